import dev.aidev.sdk.*;
import java.util.List;

// Vector.set (returns the old element; out of range panics before writing; a null String panics
// in Borsh before the index is checked, as the SDK encodes first) and toList, whole and paged
// (negative from/limit panic, from past the end is empty), after pops and swapRemoves.
//> view all
//> call add {"w": "a"}
//> call add {"w": "b"}
//> call add {"w": "c"}
//> call put {"index": 1, "w": "B"}
//> call put {"index": 0, "w": "A"}
//> call put {"index": 2, "w": "C"}
//> call put {"index": 3, "w": "D"}
//> call put {"index": -1, "w": "D"}
//> call put_null {"index": 7}
//> view all
//> view page {"from": 0, "limit": 2}
//> view page {"from": 1, "limit": 100}
//> view page {"from": 3, "limit": 1}
//> view page {"from": 9, "limit": 1}
//> view page {"from": 0, "limit": 0}
//> view page {"from": -1, "limit": 1}
//> view page {"from": 0, "limit": -1}
//> call swap_remove {"index": 0}
//> view all
//> call put {"index": 0, "w": "x"}
//> call pop
//> call pop
//> call pop
//> view all
//> call put {"index": 0, "w": "z"}
//> call add_num {"n": 5}
//> call add_num {"n": -7}
//> call set_num {"index": 1, "n": 70}
//> view nums
@NearContract
public class VectorEdits {
    private final Vector<String> words = new Vector<>("w");
    private final Vector<Long> nums = new Vector<>("n");

    public VectorEdits() {}

    @Call
    public int add(String w) {
        words.push(w);
        return words.size();
    }

    @Call
    public String put(int index, String w) {
        String old = words.set(index, w);
        Env.log("replaced " + old + " with " + w);
        return old;
    }

    @Call
    public String putNull(int index) {
        return words.set(index, null);
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
    public String swapRemove(int index) {
        return words.swapRemove(index);
    }

    @Call
    public String pop() {
        return words.pop();
    }

    @Call
    public void addNum(long n) {
        nums.push(n);
    }

    @Call
    public long setNum(int index, long n) {
        return nums.set(index, n);
    }

    @View
    public List<Long> nums() {
        return nums.toList();
    }
}
