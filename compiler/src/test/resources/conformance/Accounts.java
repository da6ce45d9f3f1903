import dev.aidev.sdk.*;

// AccountId arguments are validated when read from JSON; AccountId.of and isValid in code.
//> view greet {"account": "bob.test.near"}
//> view greet {"account": "a"}
//> view greet {"account": "Bob.near"}
//> view greet {"account": "bob..near"}
//> view greet {"account": "-bob.near"}
//> view greet {"account": "bob.near_"}
//> view greet {"account": "é.near"}
//> view greet {"account": "a1234567890123456789012345678901234567890123456789012345678901234"}
//> view greet {"account": "a123456789012345678901234567890123456789012345678901234567890123"}
//> view greet {"account": 5}
//> view check {"s": "ok.near"}
//> view check {"s": "x"}
//> view check {"s": "UPPER"}
//> view check {"s": "a__b"}
//> view check {"s": "0x.near"}
//> view make {"s": "fine.near"}
//> view make {"s": "no way"}
//> view make {"s": ""}
//> view same {"a": "x.near", "b": "x.near"}
//> view same {"a": "x.near", "b": "y.near"}
@NearContract
public class Accounts {
    public Accounts() {}

    @View
    public String greet(AccountId account) {
        return "hello " + account;
    }

    @View
    public boolean check(String s) {
        return AccountId.isValid(s);
    }

    @View
    public String make(String s) {
        AccountId id = AccountId.of(s);
        return id.toString();
    }

    @View
    public boolean same(AccountId a, AccountId b) {
        return a.equals(b);
    }
}
