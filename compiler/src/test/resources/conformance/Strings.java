import dev.aidev.sdk.*;

// String concatenation of every kind of value, length in UTF-16 units, isEmpty, equals, null.
//> view describe {"name": "héllo 😀", "n": -3, "big": 9223372036854775807, "flag": true}
//> view describe {"name": "", "n": 0, "big": -1, "flag": false}
//> view compare {"a": "abc", "b": "abc"}
//> view compare {"a": "abc", "b": "abd"}
//> view compare {"a": "", "b": "x"}
//> view chars {"c": "é"}
//> call remember {"s": "first"}
//> view recall
//> call forget
//> view recall
//> call remember {"s": "line\nbreak \"quoted\" \\ tab\t ctrl\u0001"}
//> view recall
@NearContract
public class Strings {
    private String last = "nothing yet";

    public Strings() {}

    @View
    public String describe(String name, int n, long big, boolean flag) {
        String s = "name=" + name;
        s += " len=" + name.length();
        s += " empty=" + name.isEmpty();
        return s + " n=" + n + " big=" + big + " flag=" + flag + " char=" + 'x' + " u128=" + U128.of(big < 0 ? 0 : big);
    }

    @View
    public String compare(String a, String b) {
        return a.equals(b) + " " + b.equals(a) + " " + (a.concat(b).length());
    }

    @View
    public String chars(String c) {
        char x = 'é';
        char y = 'z';
        return "" + x + y + c;
    }

    @Call
    public String remember(String s) {
        String before = "before: " + last;
        last = s;
        Env.log(before);
        return last;
    }

    @Call
    public void forget() {
        // The state cannot hold a null String: writing it back panics, on both runtimes.
        last = null;
        Env.log("forgot");
    }

    @View
    public String recall() {
        return last;
    }
}
