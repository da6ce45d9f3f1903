import dev.aidev.sdk.*;

// Int and long arithmetic, narrowing, shifts, bitwise operators, compound assignment. Plain operators
// that overflow wrap on the JVM but panic in WebAssembly (docs/compiler-design.md, "JVM and WASM"),
// so overflow is exercised here through Math.*Exact, which panics on both.
//> view add {"a": -5, "b": 7}
//> view add_long {"a": 4000000000, "b": 4000000000}
//> view mixed {"a": 2147483647, "b": 2147483647}
//> view div_rem {"a": -7, "b": 2}
//> view div_rem {"a": 7, "b": 0}
//> view rem_long {"a": -9223372036854775808, "b": -1}
//> view neg {"a": 5}
//> view narrow {"v": 4294967297}
//> view narrow {"v": -129}
//> view bits {"a": -8, "n": 33}
//> view bits {"a": 12345, "n": 3}
//> view compound {"a": 100}
//> view steps {"n": 5}
//> view mul_long {"a": -3, "b": 7}
//> view mul_long {"a": 3037000499, "b": 3037000499}
//> view exact {"a": 2147483647}
//> view exact {"a": 5}
//> view exact_long {"a": 9223372036854775807, "b": 2}
//> view exact_long {"a": -4611686018427387904, "b": 2}
//> view min_max {"a": 65536, "b": 32768}
//> view min_max {"a": -3, "b": 9}
@NearContract
public class Arithmetic {
    static final int BASE = 1000;
    static final long BIG = 1L << 40;

    public Arithmetic() {}

    @View
    public int add(int a, int b) {
        return a + b;
    }

    @View
    public long addLong(long a, long b) {
        return a + b;
    }

    @View
    public long mixed(int a, long b) {
        return a * 2L + b;
    }

    @View
    public String divRem(int a, int b) {
        return (a / b) + " " + (a % b);
    }

    @View
    public long remLong(long a, long b) {
        return a % b;
    }

    @View
    public int neg(int a) {
        return -a;
    }

    @View
    public String narrow(long v) {
        int i = (int) v;
        short s = (short) v;
        byte b = (byte) v;
        char c = (char) (v & 0x7F);
        long back = i;
        return i + " " + s + " " + b + " " + (int) c + " " + back;
    }

    @View
    public String bits(int a, int n) {
        long l = a;
        return (a << n) + " " + (a >> n) + " " + (a >>> n) + " " + (l << n) + " " + (l >>> n) + " " + (a & 0xFF) + " "
                + (a | 1) + " " + (a ^ -1) + " " + (~a) + " " + (~l);
    }

    @View
    public int compound(int a) {
        int x = a;
        x += 10;
        x -= 3;
        x *= 2;
        x /= 3;
        x %= 1000;
        x <<= 2;
        x >>= 1;
        x |= 1;
        x &= 0xFFFF;
        x ^= 5;
        byte b = 120;
        b += 10;
        short s = 32767;
        s += 1;
        char c = 'a';
        c += 1;
        return x + b + s + c + BASE;
    }

    @View
    public long steps(int n) {
        int i = n;
        int pre = ++i;
        int post = i++;
        int dec = --i;
        long l = BIG;
        l--;
        l++;
        return pre * 1000L + post * 100 + dec * 10 + i + l;
    }

    @View
    public long mulLong(long a, long b) {
        return a * b;
    }

    @View
    public int exact(int a) {
        return Math.addExact(a, 1);
    }

    @View
    public long exactLong(long a, long b) {
        return Math.subtractExact(Math.multiplyExact(a, b), 1L);
    }

    @View
    public String minMax(int a, int b) {
        return Math.min(a, b) + " " + Math.max(a, b) + " " + Math.min((long) a, 5L) + " " + Math.multiplyExact(a, b);
    }
}
