import dev.aidev.sdk.*;

// U128.min and U128.max: the smaller or larger value, compared as unsigned 128-bit numbers
// (both halves), and a null argument panics as the SDK's does.
//> view min {"a": "1", "b": "2"}
//> view min {"a": "2", "b": "1"}
//> view min {"a": "7", "b": "7"}
//> view min {"a": "18446744073709551616", "b": "18446744073709551615"}
//> view min {"a": "340282366920938463463374607431768211455", "b": "0"}
//> view max {"a": "1", "b": "2"}
//> view max {"a": "2", "b": "1"}
//> view max {"a": "18446744073709551616", "b": "18446744073709551615"}
//> view max {"a": "9223372036854775808", "b": "9223372036854775807"}
//> view max {"a": "0", "b": "340282366920938463463374607431768211455"}
//> view capped {"unused": "5000", "amount": "100"}
//> view capped {"unused": "30", "amount": "100"}
//> view null_other {"a": "3"}
//> view equality {"a": "3", "b": "3"}
//> view equality {"a": "3", "b": "18446744073709551619"}
//> view compare_null {"a": "3"}
@NearContract
public class U128MinMax {
    public U128MinMax() {}

    @View
    public U128 min(U128 a, U128 b) {
        return a.min(b);
    }

    @View
    public U128 max(U128 a, U128 b) {
        return a.max(b);
    }

    /** A receiver's unused amount, at most the amount, and what is kept. */
    @View
    public String capped(U128 unused, U128 amount) {
        U128 u = unused.min(amount);
        return u + " unused, " + amount.sub(u) + " kept, max " + unused.max(amount);
    }

    @View
    public U128 nullOther(U128 a) {
        U128 none = null;
        return a.min(none);
    }

    /** equals: null and equal values, as Java; U64 and U128 of the same number are not equal. */
    @View
    public String equality(U128 a, U128 b) {
        U128 none = null;
        U64 small = U64.parse(a.toString());
        return a.equals(b) + " " + a.equals(none) + " " + a.equals(a) + " " + small.equals(U64.parse("3"))
                + " " + small.equals(null);
    }

    @View
    public int compareNull(U128 a) {
        U128 none = null;
        return a.compareTo(none);
    }
}
