import dev.aidev.sdk.*;
import java.util.ArrayList;
import java.util.List;

// java.util.List: List.of, ArrayList add/get/set/size/isEmpty, for-each, JSON arrays as
// arguments and results, Borsh (u32 count + elements) in the state; bounds and immutability panics.
//> view total {"values": [1, 2, 3, -4]}
//> view total {"values": []}
//> view total {"values": [1, "x"]}
//> call keep {"names": ["b", "a", "é"]}
//> view kept
//> view pick {"index": 2}
//> view pick {"index": 3}
//> view pick {"index": -1}
//> view fixed
//> view grow
//> view changed {"index": 1, "value": "z"}
//> view changed {"index": 5, "value": "z"}
//> view nested {"rows": [[1, 2], [], [3]]}
@NearContract
public class Lists {
    private List<String> names = new ArrayList<>();

    public Lists() {}

    @View
    public long total(List<Long> values) {
        long sum = 0;
        for (long v : values) {
            sum = Math.addExact(sum, v);
        }
        return sum;
    }

    @Call
    public int keep(List<String> names) {
        this.names = names;
        return names.size();
    }

    @View
    public List<String> kept() {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add(n + "!");
        }
        out.add(names.isEmpty() ? "empty" : "not empty");
        return out;
    }

    @View
    public String pick(int index) {
        return names.get(index);
    }

    @View
    public List<Integer> fixed() {
        return List.of(1, 2, 3);
    }

    @View
    public List<Integer> grow() {
        List<Integer> xs = List.of(1);
        xs.add(2);
        return xs;
    }

    @View
    public List<String> changed(int index, String value) {
        List<String> copy = new ArrayList<>();
        for (String n : names) {
            copy.add(n);
        }
        String old = copy.set(index, value);
        copy.add(old);
        return copy;
    }

    @View
    public List<Integer> nested(List<List<Integer>> rows) {
        List<Integer> sizes = new ArrayList<>();
        for (List<Integer> row : rows) {
            int s = 0;
            for (int x : row) {
                s += x;
            }
            sizes.add(row.size() * 100 + s);
        }
        return sizes;
    }
}
