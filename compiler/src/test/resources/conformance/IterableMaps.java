import dev.aidev.sdk.*;
import java.util.List;

// IterableMap<K, V>: insert (previous value or null; an update keeps the key's place), get,
// getOrDefault, containsKey, remove (the last key swapped into the hole, its entry's index
// rewritten), size, isEmpty, keys whole and paged, values, clear; the SDK's layout (keys in a
// Vector under prefix+"v", sha256(prefix+"m"+borsh(key)) -> borsh(value) + u32 index).
//> view all
//> call put {"k": "a", "v": "1"}
//> call put {"k": "b", "v": "2"}
//> call put {"k": "c", "v": "3"}
//> call put {"k": "d", "v": "4"}
//> call put {"k": "b", "v": "22"}
//> view all
//> view get {"k": "b"}
//> view get {"k": "z"}
//> view get_or {"k": "z"}
//> view get_or {"k": "a"}
//> call drop {"k": "a"}
//> view all
//> call drop {"k": "a"}
//> call drop {"k": "b"}
//> view all
//> call put {"k": "c", "v": "33"}
//> call put {"k": "a", "v": "new"}
//> view all
//> view page {"from": 1, "limit": 5}
//> view page {"from": 0, "limit": -1}
//> call drop {"k": "a"}
//> view all
//> call put_null_value {"k": "x"}
//> call put_null_key
//> call wipe
//> view all
//> view get {"k": "d"}
//> call put {"k": "d", "v": "again"}
//> view all
//> call bump {"who": "alice.test.near", "by": 5}
//> call bump {"who": "bob.test.near", "by": 7}
//> call bump {"who": "alice.test.near", "by": 1}
//> call unbump {"who": "alice.test.near"}
//> view balances
@NearContract
public class IterableMaps {
    private final IterableMap<String, String> m = new IterableMap<>("m");
    private final IterableMap<AccountId, Entry> balances = new IterableMap<>("b");

    public IterableMaps() {}

    public record Entry(long amount, U128 total) {}

    @Call
    public String put(String k, String v) {
        String old = m.insert(k, v);
        Env.log("size " + m.size() + " empty " + m.isEmpty() + " has " + m.containsKey(k));
        return old;
    }

    @Call
    public String putNullValue(String k) {
        return m.insert(k, null);
    }

    @Call
    public String putNullKey() {
        return m.insert(null, "v");
    }

    @View
    public String get(String k) {
        return m.get(k);
    }

    @View
    public String getOr(String k) {
        return m.getOrDefault(k, "none");
    }

    @Call
    public String drop(String k) {
        return m.remove(k);
    }

    public record Snapshot(List<String> keys, List<String> values, int size, boolean empty) {}

    @View
    public Snapshot all() {
        return new Snapshot(m.keys(), m.values(), m.size(), m.isEmpty());
    }

    @View
    public List<String> page(int from, int limit) {
        return m.keys(from, limit);
    }

    @Call
    public void wipe() {
        m.clear();
    }

    @Call
    public Entry bump(AccountId who, long by) {
        Entry e = balances.get(who);
        Entry next = e == null ? new Entry(by, U128.of(by)) : new Entry(e.amount() + by, e.total().add(U128.of(by)));
        return balances.insert(who, next);
    }

    @Call
    public Entry unbump(AccountId who) {
        return balances.remove(who);
    }

    @View
    public List<Entry> balances() {
        return balances.values();
    }
}
