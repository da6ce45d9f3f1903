import dev.aidev.sdk.*;
import java.util.List;

// IterableSet<T>: insert, contains, remove (the last element swapped into the hole, its index
// entry rewritten), size, isEmpty, toList whole and paged, clear; the SDK's layout (elements in a
// Vector under prefix+"v", sha256(prefix+"m"+borsh(x)) -> u32 index); record elements.
//> view all
//> call add {"w": "a"}
//> call add {"w": "b"}
//> call add {"w": "c"}
//> call add {"w": "d"}
//> call add {"w": "b"}
//> view all
//> call drop {"w": "b"}
//> view all
//> call drop {"w": "b"}
//> call drop {"w": "c"}
//> view all
//> call drop {"w": "a"}
//> view all
//> view has {"w": "d"}
//> view has {"w": "a"}
//> call add {"w": "a"}
//> call add {"w": "b"}
//> view all
//> view page {"from": 1, "limit": 1}
//> view page {"from": 5, "limit": 1}
//> view page {"from": -1, "limit": 1}
//> call drop {"w": "b"}
//> view all
//> call add_null
//> call wipe
//> view all
//> view has {"w": "d"}
//> call add {"w": "d"}
//> view all
//> call add_pair {"x": 1, "y": 2}
//> call add_pair {"x": 3, "y": 4}
//> call add_pair {"x": 1, "y": 2}
//> call drop_pair {"x": 1, "y": 2}
//> view pairs
@NearContract
public class IterableSets {
    private final IterableSet<String> words = new IterableSet<>("s");
    private final IterableSet<Pair> pairs = new IterableSet<>("p");

    public IterableSets() {}

    public record Pair(int x, int y) {}

    @Call
    public boolean add(String w) {
        boolean added = words.insert(w);
        Env.log("size " + words.size() + " empty " + words.isEmpty());
        return added;
    }

    @Call
    public boolean addNull() {
        return words.insert(null);
    }

    @Call
    public boolean drop(String w) {
        return words.remove(w);
    }

    @View
    public boolean has(String w) {
        return words.contains(w);
    }

    @View
    public List<String> all() {
        return words.toList();
    }

    @View
    public List<String> page(int from, int limit) {
        return words.toList(from, limit);
    }

    @Call
    public int wipe() {
        words.clear();
        return words.size();
    }

    @Call
    public boolean addPair(int x, int y) {
        return pairs.insert(new Pair(x, y));
    }

    @Call
    public boolean dropPair(int x, int y) {
        return pairs.remove(new Pair(x, y));
    }

    @View
    public List<Pair> pairs() {
        return pairs.toList();
    }
}
