import dev.aidev.sdk.*;
import java.util.List;

// TreeMap<K, V>: insert in any order keeps the keys sorted (the SDK's sorted key Vector under
// prefix+"n", values as a LookupMap under prefix+"v"), get, containsKey, remove (first, middle,
// last, missing), minKey, maxKey, floorKey, ceilingKey, keys, range; String, Long and U128 keys.
//> view all
//> view bounds {"k": "m"}
//> call put {"k": "m", "v": 1}
//> call put {"k": "c", "v": 2}
//> call put {"k": "x", "v": 3}
//> call put {"k": "a", "v": 4}
//> call put {"k": "p", "v": 5}
//> call put {"k": "c", "v": 22}
//> view all
//> view bounds {"k": "m"}
//> view bounds {"k": "n"}
//> view bounds {"k": "0"}
//> view bounds {"k": "z"}
//> view range {"from": "b", "to": "p"}
//> view range {"from": "c", "to": "c"}
//> view range {"from": "q", "to": "zz"}
//> call drop {"k": "m"}
//> call drop {"k": "m"}
//> call drop {"k": "a"}
//> call drop {"k": "x"}
//> view all
//> call drop {"k": "c"}
//> call drop {"k": "p"}
//> view all
//> call put {"k": "b", "v": 9}
//> view all
//> call put_num {"n": 5}
//> call put_num {"n": -3}
//> call put_num {"n": 100}
//> call put_num {"n": 0}
//> call drop_num {"n": 5}
//> view nums
//> call put_amount {"a": "300"}
//> call put_amount {"a": "20"}
//> call put_amount {"a": "1000000000000000000000000"}
//> view amounts
//> call from=bob.test.near join {"score": 3}
//> call from=alice.test.near join {"score": 3}
//> call from=carol.test.near join {"score": -8}
//> call from=alice.test.near join {"score": 4}
//> view members
//> call leave {"score": 3}
//> call leave {"score": 7}
//> view scores
@NearContract
public class TreeMaps {
    private final TreeMap<String, Long> m = new TreeMap<>("t");
    private final TreeMap<Long, String> nums = new TreeMap<>("n");
    private final TreeMap<U128, Boolean> amounts = new TreeMap<>("a");

    private final TreeMap<AccountId, Integer> members = new TreeMap<>("m");
    private final TreeMap<Integer, AccountId> scores = new TreeMap<>("s");

    public TreeMaps() {}

    @Call
    public Integer join(int score) {
        scores.insert(score, Env.predecessorAccountId());
        return members.insert(Env.predecessorAccountId(), score);
    }

    @Call
    public AccountId leave(int score) {
        return scores.remove(score);
    }

    @View
    public List<AccountId> members() {
        return members.keys();
    }

    @View
    public List<Integer> scores() {
        return scores.range(-100, 100);
    }

    public record Snapshot(List<String> keys, int size, boolean empty, String min, String max) {}

    public record Bounds(String floor, String ceiling, boolean has, Long value) {}

    @Call
    public Long put(String k, long v) {
        return m.insert(k, v);
    }

    @Call
    public Long drop(String k) {
        return m.remove(k);
    }

    @View
    public Snapshot all() {
        return new Snapshot(m.keys(), m.size(), m.isEmpty(), m.minKey(), m.maxKey());
    }

    @View
    public Bounds bounds(String k) {
        return new Bounds(m.floorKey(k), m.ceilingKey(k), m.containsKey(k), m.get(k));
    }

    @View
    public List<String> range(String from, String to) {
        return m.range(from, to);
    }

    @Call
    public String putNum(long n) {
        return nums.insert(n, "n" + n);
    }

    @Call
    public String dropNum(long n) {
        return nums.remove(n);
    }

    @View
    public List<Long> nums() {
        return nums.keys();
    }

    @Call
    public Boolean putAmount(U128 a) {
        return amounts.insert(a, true);
    }

    @View
    public List<U128> amounts() {
        return amounts.keys();
    }
}
