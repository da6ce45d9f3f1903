import dev.aidev.sdk.*;

// LookupSet<T>: insert (true when new), contains, remove (true when it was there); elements as
// keys prefix + borsh(element) with empty values; String, AccountId, U128, Long and record
// elements; re-insert after remove; a null String element panics in Borsh as the SDK.
//> view has {"name": "alice"}
//> call add {"name": "alice"}
//> call add {"name": "alice"}
//> view has {"name": "alice"}
//> call add {"name": ""}
//> view has {"name": ""}
//> call drop {"name": "bob"}
//> call drop {"name": "alice"}
//> call drop {"name": "alice"}
//> view has {"name": "alice"}
//> call add {"name": "alice"}
//> view has {"name": "alice"}
//> call add_null
//> call from=bob.test.near join
//> call from=bob.test.near join
//> view member {"id": "bob.test.near"}
//> view member {"id": "carol.test.near"}
//> call add_amount {"a": "0"}
//> call add_amount {"a": "340282366920938463463374607431768211455"}
//> call add_amount {"a": "0"}
//> view has_amount {"a": "0"}
//> view has_amount {"a": "1"}
//> call add_pair {"x": 1, "y": -2}
//> call add_pair {"x": 1, "y": -2}
//> call remove_pair {"x": -2, "y": 1}
//> call remove_pair {"x": 1, "y": -2}
//> call add_num {"n": -9}
//> call add_num {"n": -9}
//> view has_num {"n": -9}
@NearContract
public class LookupSets {
    private final LookupSet<String> names = new LookupSet<>("n");
    private final LookupSet<AccountId> members = new LookupSet<>("m");
    private final LookupSet<U128> amounts = new LookupSet<>("a");
    private final LookupSet<Pair> pairs = new LookupSet<>("p");
    private final LookupSet<Long> nums = new LookupSet<>("x");

    public LookupSets() {}

    public record Pair(int x, int y) {}

    @Call
    public boolean add(String name) {
        boolean added = names.insert(name);
        Env.log("added " + name + ": " + added);
        return added;
    }

    @Call
    public boolean addNull() {
        return names.insert(null);
    }

    @Call
    public boolean drop(String name) {
        return names.remove(name);
    }

    @View
    public boolean has(String name) {
        return names.contains(name);
    }

    @Call
    public boolean join() {
        return members.insert(Env.predecessorAccountId());
    }

    @View
    public boolean member(AccountId id) {
        return members.contains(id);
    }

    @Call
    public boolean addAmount(U128 a) {
        return amounts.insert(a);
    }

    @View
    public boolean hasAmount(U128 a) {
        return amounts.contains(a);
    }

    @Call
    public boolean addPair(int x, int y) {
        return pairs.insert(new Pair(x, y));
    }

    @Call
    public boolean removePair(int x, int y) {
        return pairs.remove(new Pair(x, y));
    }

    @Call
    public boolean addNum(long n) {
        return nums.insert(n);
    }

    @View
    public boolean hasNum(long n) {
        return nums.contains(n);
    }
}
