import dev.aidev.sdk.*;

// LookupMap with String, AccountId and U128 keys and values: insert, set, get, remove, containsKey.
//> call put {"k": "a", "v": "1"}
//> call put {"k": "a", "v": "2"}
//> call put {"k": "é😀", "v": ""}
//> view get {"k": "a"}
//> view get {"k": "missing"}
//> call drop {"k": "a"}
//> call drop {"k": "a"}
//> call from=bob.test.near credit {"amount": "10"}
//> call from=bob.test.near credit {"amount": "5"}
//> view balance {"account": "bob.test.near"}
//> view balance {"account": "carol.test.near"}
//> call mark {"amount": "340282366920938463463374607431768211455"}
//> view marked {"amount": "340282366920938463463374607431768211455"}
@NearContract
public class Maps {
    private final LookupMap<String, String> names = new LookupMap<>("n");
    private final LookupMap<AccountId, U128> balances = new LookupMap<>("b");
    private final LookupMap<U128, String> marks = new LookupMap<>("mk");

    public Maps() {}

    @Call
    public String put(String k, String v) {
        return names.insert(k, v);
    }

    @View
    public String get(String k) {
        return names.containsKey(k) ? names.get(k) : "none";
    }

    @Call
    public boolean drop(String k) {
        return names.remove(k) != null;
    }

    @Call
    public U128 credit(U128 amount) {
        AccountId who = Env.predecessorAccountId();
        U128 old = balances.get(who);
        U128 now = old == null ? amount : old.add(amount);
        balances.set(who, now);
        return now;
    }

    @View
    public U128 balance(AccountId account) {
        U128 b = balances.get(account);
        return b == null ? U128.ZERO : b;
    }

    @Call
    public void mark(U128 amount) {
        marks.set(amount, "marked " + amount);
    }

    @View
    public String marked(U128 amount) {
        return marks.get(amount);
    }
}
