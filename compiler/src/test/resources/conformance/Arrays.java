import dev.aidev.sdk.*;

// Arrays: new T[n], initializers, length, indexing with bounds checks, element assignment and
// compound assignment, for-each; JSON arrays as arguments and results; Borsh in the state.
//> view squares {"n": 4}
//> view squares {"n": 0}
//> view squares {"n": -1}
//> view at {"values": [5, 6, 7], "index": 2}
//> view at {"values": [5, 6, 7], "index": 3}
//> view at {"values": [5, 6, 7], "index": -1}
//> call store {"values": [9000000000, -1]}
//> view stored
//> view words
//> view flags {"bits": [true, false, true]}
@NearContract
public class Arrays {
    private long[] kept = new long[] {1L, 2L};

    public Arrays() {}

    @View
    public int[] squares(int n) {
        int[] out = new int[n];
        for (int i = 0; i < out.length; i++) {
            out[i] = i * i;
            out[i] += 1;
        }
        return out;
    }

    @View
    public int at(int[] values, int index) {
        return values[index];
    }

    @Call
    public int store(long[] values) {
        kept = values;
        return kept.length;
    }

    @View
    public long stored() {
        long sum = 0;
        for (long v : kept) {
            sum = Math.addExact(sum, v);
        }
        return sum;
    }

    @View
    public String[] words() {
        String[] w = {"a", "b", "c"};
        w[1] = w[0] + w[2];
        return w;
    }

    @View
    public int flags(boolean[] bits) {
        int n = 0;
        for (boolean b : bits) {
            n = n * 2 + (b ? 1 : 0);
        }
        return n;
    }
}
