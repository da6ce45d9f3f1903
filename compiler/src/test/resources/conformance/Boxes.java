import dev.aidev.sdk.*;
import java.util.ArrayList;
import java.util.List;

// Boxes: LookupMap<String, Long> and <AccountId, Integer>, boxing and unboxing (a null unboxes
// to a panic), Long.valueOf, longValue, equals, boxes in lists and concatenation.
//> call bump {"key": "a", "by": 5}
//> call bump {"key": "a", "by": 7}
//> view value {"key": "a"}
//> view value {"key": "b"}
//> view strict {"key": "b"}
//> view strict {"key": "a"}
//> call from=bob.test.near visit
//> call from=bob.test.near visit
//> view visits {"account": "bob.test.near"}
//> view visits {"account": "carol.test.near"}
//> view boxed {"values": [3, 4]}
//> view same {"a": 3, "b": 3}
@NearContract
public class Boxes {
    private final LookupMap<String, Long> counters = new LookupMap<>("c");
    private final LookupMap<AccountId, Integer> seen = new LookupMap<>("s");

    public Boxes() {}

    @Call
    public long bump(String key, long by) {
        Long old = counters.get(key);
        long now = old == null ? by : Math.addExact(old, by);
        counters.set(key, now);
        return now;
    }

    @View
    public Long value(String key) {
        return counters.get(key);
    }

    @View
    public long strict(String key) {
        long v = counters.get(key);
        return v;
    }

    @Call
    public int visit() {
        Integer n = seen.get(Env.predecessorAccountId());
        int next = n == null ? 1 : n + 1;
        seen.insert(Env.predecessorAccountId(), next);
        return next;
    }

    @View
    public String visits(AccountId account) {
        Integer n = seen.get(account);
        return "visits: " + n;
    }

    @View
    public List<Long> boxed(List<Integer> values) {
        List<Long> out = new ArrayList<>();
        for (Integer v : values) {
            out.add(Long.valueOf(v.longValue() * 10));
        }
        return out;
    }

    @View
    public boolean same(Long a, Long b) {
        return a.equals(b);
    }
}
