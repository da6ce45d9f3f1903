import dev.aidev.sdk.*;
import java.nio.charset.StandardCharsets;

// Env.valueReturn(byte[]) from void methods (the raw bytes are the result, no JSON), and from a
// method with a result (the runner's JSON result is written last); String.getBytes(UTF_8) as a
// byte[] value (signed bytes, length, mutation, null); U128.toLongExact, toLittleEndian,
// fromLittleEndian, min, max and MAX; a panic after valueReturn reverts the state.
//> view raw {"s": "{\"a\": [1, 2]}"}
//> view raw {"s": "héllo 😀"}
//> view raw {"s": ""}
//> view bytes_of {"s": "aé😀"}
//> view bytes_of {"s": ""}
//> view shouted {"s": "quiet"}
//> view shouted {"s": ""}
//> call save {"s": "kept"}
//> view last
//> view null_bytes
//> view twice
//> view both
//> view long_exact {"v": "0"}
//> view long_exact {"v": "5"}
//> view long_exact {"v": "9223372036854775807"}
//> view long_exact {"v": "9223372036854775808"}
//> view long_exact {"v": "18446744073709551616"}
//> view long_exact {"v": "340282366920938463463374607431768211455"}
//> view index_of {"from": "3"}
//> view index_of {"from": "5"}
//> view le {"v": "0"}
//> view le {"v": "1"}
//> view le {"v": "340282366920938463463374607431768211455"}
//> view le {"v": "170141183460469231731687303715884105855"}
//> view from_bytes {"n": 16}
//> view from_bytes {"n": 15}
//> view from_bytes {"n": 0}
//> view from_null
//> view min_max {"a": "3", "b": "10"}
//> view min_max {"a": "10", "b": "3"}
//> view min_max {"a": "7", "b": "7"}
//> call then_panic
//> view last
@NearContract
public class RawResults {
    private String last = "none";

    public RawResults() {}

    @View
    public void raw(String s) {
        Env.valueReturn(s.getBytes(StandardCharsets.UTF_8));
    }

    @View
    public String bytesOf(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        String out = "len=" + b.length;
        for (int i = 0; i < b.length; i++) {
            out = out + " " + b[i];
        }
        long sum = 0;
        for (byte x : b) {
            sum += x;
        }
        return out + " sum=" + sum;
    }

    @View
    public void shouted(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < b.length; i++) {
            if (b[i] >= 'a' && b[i] <= 'z') {
                b[i] = (byte) (b[i] - 32);
            }
        }
        Env.valueReturn(b);
    }

    @Call
    public void save(String s) {
        last = s;
        Env.valueReturn(("{\"saved\":\"" + s + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    @View
    public String last() {
        return last;
    }

    @View
    public void nullBytes() {
        byte[] b = null;
        Env.valueReturn(b);
    }

    @View
    public void twice() {
        Env.valueReturn("first".getBytes(StandardCharsets.UTF_8));
        Env.valueReturn("second".getBytes(StandardCharsets.UTF_8));
    }

    @View
    public String both() {
        Env.valueReturn("raw".getBytes(StandardCharsets.UTF_8));
        return "json";
    }

    @View
    public long longExact(U128 v) {
        return v.toLongExact();
    }

    @View
    public String indexOf(U128 from) {
        String[] names = {"a", "b", "c", "d", "e"};
        int i = (int) from.toLongExact();
        return names[i];
    }

    @View
    public String le(U128 v) {
        byte[] b = v.toLittleEndian();
        String out = "len=" + b.length + ":";
        for (byte x : b) {
            out = out + " " + x;
        }
        return out + " back=" + U128.fromLittleEndian(b) + " eq=" + U128.fromLittleEndian(b).equals(v);
    }

    @View
    public String fromBytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 37);
        }
        return U128.fromLittleEndian(b).toString();
    }

    @View
    public String fromNull() {
        byte[] b = null;
        return U128.fromLittleEndian(b).toString();
    }

    @View
    public String minMax(U128 a, U128 b) {
        return a.min(b) + " " + a.max(b) + " " + U128.MAX + " " + U128.MAX.min(a) + " " + a.max(U128.MAX);
    }

    @Call
    public void thenPanic() {
        last = "changed";
        Env.valueReturn("partial".getBytes(StandardCharsets.UTF_8));
        throw Env.panic("after the result");
    }
}
