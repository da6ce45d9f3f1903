import dev.aidev.sdk.*;

// AccountId.compareTo (as Strings) and isSubAccountOf (a "." + parent suffix, as the SDK);
// LookupMap.getOrDefault (the default evaluated either way).
//> view relate {"a": "bob.alice.near", "b": "alice.near"}
//> view relate {"a": "alice.near", "b": "alice.near"}
//> view relate {"a": "xalice.near", "b": "alice.near"}
//> call put {"k": "x", "v": 7}
//> view value {"k": "x"}
//> view value {"k": "y"}
@NearContract
public class AccountsAndDefaults {
    private final LookupMap<String, Long> m;
    private long reads;

    @Init
    public AccountsAndDefaults() {
        m = new LookupMap<>("m");
    }

    @View
    public String relate(AccountId a, AccountId b) {
        return a.compareTo(b) + " " + b.compareTo(a) + " " + a.isSubAccountOf(b) + " " + b.isSubAccountOf(a);
    }

    @Call
    public void put(String k, long v) {
        m.insert(k, v);
    }

    @View
    public String value(String k) {
        long v = m.getOrDefault(k, fallback());
        return v + " " + reads;
    }

    private long fallback() {
        reads++;
        return -1;
    }
}
