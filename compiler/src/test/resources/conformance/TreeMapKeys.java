import dev.aidev.sdk.*;
import java.util.List;

// TreeMap keys of the other ordered types: U64 (numeric), Character, Short, Byte (numeric,
// negative first) and enums (declaration order); sorted keys, floor/ceiling, range, removal.
//> call new {}
//> call put {"id": "18446744073709551615", "c": "z", "s": -5, "b": 7, "level": "HIGH"}
//> call put {"id": "2", "c": "a", "s": 300, "b": -128, "level": "LOW"}
//> call put {"id": "10", "c": "é", "s": 0, "b": 0, "level": "MID"}
//> call put {"id": "2", "c": "A", "s": -32768, "b": 127, "level": "LOW"}
//> view keys {}
//> view around {"id": "5", "c": "b", "s": 1, "b": 1, "level": "MID"}
//> call drop {"id": "10", "c": "a", "s": 0, "b": 0, "level": "MID"}
//> view keys {}
@NearContract
public class TreeMapKeys {
    enum Level { LOW, MID, HIGH }

    private final TreeMap<U64, String> ids;
    private final TreeMap<Character, Integer> chars;
    private final TreeMap<Short, Integer> shorts;
    private final TreeMap<Byte, Integer> bytes;
    private final TreeMap<Level, Integer> levels;

    @Init
    public TreeMapKeys() {
        ids = new TreeMap<>("i");
        chars = new TreeMap<>("c");
        shorts = new TreeMap<>("s");
        bytes = new TreeMap<>("b");
        levels = new TreeMap<>("l");
    }

    @Call
    public void put(U64 id, char c, short s, byte b, Level level) {
        ids.insert(id, "v" + id);
        chars.insert(c, (int) c);
        shorts.insert(s, (int) s);
        bytes.insert(b, (int) b);
        Integer n = levels.get(level);
        levels.insert(level, n == null ? 1 : n + 1);
    }

    @Call
    public void drop(U64 id, char c, short s, byte b, Level level) {
        ids.remove(id);
        chars.remove(c);
        shorts.remove(s);
        bytes.remove(b);
        levels.remove(level);
    }

    @View
    public String keys() {
        return ids.keys() + " " + chars.keys() + " " + shorts.keys() + " " + bytes.keys() + " " + levels.keys()
                + " " + levels.get(Level.LOW) + " " + ids.minKey() + ".." + ids.maxKey();
    }

    @View
    public String around(U64 id, char c, short s, byte b, Level level) {
        return ids.floorKey(id) + "/" + ids.ceilingKey(id) + " " + chars.floorKey(c) + "/" + chars.ceilingKey(c) + " "
                + shorts.floorKey(s) + "/" + shorts.ceilingKey(s) + " " + bytes.floorKey(b) + "/" + bytes.ceilingKey(b) + " "
                + levels.floorKey(level) + "/" + levels.ceilingKey(level) + " " + ids.range(U64.of(0), id);
    }
}
