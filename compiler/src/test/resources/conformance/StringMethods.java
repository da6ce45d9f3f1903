import dev.aidev.sdk.*;

// charAt, substring, startsWith, endsWith, indexOf (String and char), contains, compareTo, valueOf (UTF-16 units over UTF-8
// strings), StringBuilder (append of String, char, int, long, boolean; length; toString), char
// arithmetic and int <-> char casts; out-of-range indices panic as StringIndexOutOfBoundsException.
//> view scan {"s": "héllo 😀 world"}
//> view scan {"s": ""}
//> view scan {"s": "abc"}
//> view at {"s": "a😀b", "i": 1}
//> view at {"s": "a😀b", "i": 2}
//> view at {"s": "a😀b", "i": 3}
//> view at {"s": "a😀b", "i": 4}
//> view at {"s": "abc", "i": -1}
//> view cut {"s": "héllo world", "b": 1, "e": 5}
//> view cut {"s": "héllo world", "b": 6, "e": 11}
//> view cut {"s": "héllo world", "b": 3, "e": 3}
//> view cut {"s": "héllo world", "b": 4, "e": 2}
//> view cut {"s": "héllo world", "b": 0, "e": 12}
//> view cut {"s": "héllo world", "b": -1, "e": 2}
//> view tail {"s": "+00123", "b": 1}
//> view tail {"s": "abc", "b": 3}
//> view tail {"s": "abc", "b": 4}
//> view affix {"s": "+123", "t": "+"}
//> view affix {"s": "héllo", "t": "lo"}
//> view affix {"s": "héllo", "t": "héllo!"}
//> view affix {"s": "héllo", "t": ""}
//> view affix {"s": "a😀b😀", "t": "😀"}
//> view order {"a": "abc", "b": "abd"}
//> view order {"a": "abc", "b": "ab"}
//> view order {"a": "", "b": "xyz"}
//> view order {"a": "é", "b": "e"}
//> view order {"a": "\uffff", "b": "😀"}
//> view order {"a": "😀", "b": "😁"}
//> view order {"a": "340282366920938463463374607431768211456", "b": "340282366920938463463374607431768211455"}
//> view build {"n": 5}
//> view build {"n": 0}
//> view unescape {"s": "ab\\u0041\\u00e9\\u20ac!"}
//> view unescape {"s": "\\u0030\\u0031"}
//> view digits {"s": "9876543210"}
//> view digits {"s": "12a"}
//> call null_prefix
//> view pairs
//> view find {"s": "a😀bé😀", "c": 98}
//> view find {"s": "a😀bé😀", "c": 233}
//> view find {"s": "a😀bé😀", "c": 128512}
//> view find {"s": "a😀bé😀", "c": 55357}
//> view find {"s": "a😀bé😀", "c": 56832}
//> view find {"s": "a😀bé😀", "c": 122}
//> view values {"n": -42, "l": 9223372036854775807, "c": "é", "b": true}
//> view nested
@NearContract
public class StringMethods {
    public StringMethods() {}

    @View
    public String scan(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append((int) c).append(',');
        }
        StringBuilder none = null;
        return out + " len=" + out.length() + " empty=" + s.isEmpty() + " " + none;
    }

    @View
    public int at(String s, int i) {
        return s.charAt(i);
    }

    @View
    public String cut(String s, int b, int e) {
        return "[" + s.substring(b, e) + "]";
    }

    @View
    public String tail(String s, int b) {
        return "[" + s.substring(b) + "]";
    }

    @View
    public String affix(String s, String t) {
        return s.startsWith(t) + " " + s.endsWith(t) + " " + s.indexOf(t) + " " + s.contains(t);
    }

    @View
    public int order(String a, String b) {
        int x = a.compareTo(b);
        int y = b.compareTo(a);
        Env.require(x == -y, "antisymmetric");
        return x;
    }

    @View
    public String build(int n) {
        StringBuilder sb = new StringBuilder("n=");
        sb.append(n).append(' ').append(1L << 40).append(' ').append(n > 2).append(' ').append("x");
        char c = 'a';
        for (int i = 0; i < n; i++) {
            sb.append((char) (c + i));
            c++;
        }
        char last = (char) ('a' + n);
        return sb.toString() + " " + last + " " + (last - 'a') + " " + (char) 233;
    }

    /** Decodes backslash-u escapes into chars, as the fungible token's unescape does. */
    @View
    public String unescape(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            int code = 0;
            for (int k = i + 2; k < i + 6; k++) {
                char h = s.charAt(k);
                int d = h >= '0' && h <= '9' ? h - '0' : h - 'a' + 10;
                code = code * 16 + d;
            }
            out.append((char) code);
            i += 6;
        }
        return out.toString();
    }

    @View
    public String digits(String s) {
        U128 value = U128.ZERO;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return "not a digit at " + i + ": " + c;
            }
            value = value.mul(U128.of(10)).add(U128.of(s.charAt(i) - '0'));
        }
        return value.toString();
    }

    /** A surrogate pair appended char by char is one character, written as Java writes it. */
    @View
    public String pairs() {
        StringBuilder sb = new StringBuilder("x");
        sb.append((char) 0xD83D).append((char) 0xDE00).append('y');
        StringBuilder lone = new StringBuilder();
        lone.append((char) 0xDE00).append((char) 0xD83D);
        String s = sb.toString();
        return s + " " + s.length() + " " + (int) s.charAt(1) + " " + (int) s.charAt(2) + " " + s.substring(1, 3) + " "
                + s.indexOf("y") + " " + lone.length() + " " + (int) lone.toString().charAt(1);
    }

    @View
    public String find(String s, int c) {
        return s.indexOf(c) + " " + s.indexOf((char) c);
    }

    @View
    public String values(int n, long l, char c, boolean b) {
        return String.valueOf(n) + String.valueOf(l) + String.valueOf(c) + String.valueOf(b);
    }

    /** The argument is evaluated before the append reads the builder. */
    @View
    public String nested() {
        StringBuilder sb = new StringBuilder("a");
        sb.append(grow(sb));
        return sb.toString();
    }

    private static String grow(StringBuilder sb) {
        sb.append("b");
        return "c";
    }

    @Call
    public boolean nullPrefix() {
        String p = null;
        return "abc".startsWith(p);
    }
}
