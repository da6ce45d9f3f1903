import dev.aidev.sdk.*;

// Static and instance helper methods, recursion, overloading, constants, contract fields.
//> view fib {"n": 20}
//> view fib {"n": 91}
//> view fib {"n": 93}
//> view gcd {"a": 1071, "b": 462}
//> call bump {"by": 3}
//> call bump {"by": 4}
//> view total
//> view describe
@NearContract
public class Methods {
    private static final String NAME = "methods";
    private static final int SCALE = 10;
    private long total = 5;
    private int bumps;
    private boolean touched;

    public Methods() {}

    @View
    public long fib(int n) {
        return n < 2 ? n : fibFrom(0, 1, n);
    }

    private static long fibFrom(long a, long b, int n) {
        return n == 0 ? a : fibFrom(b, Math.addExact(a, b), n - 1);
    }

    @View
    public long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    @Call
    public long bump(long by) {
        add(by);
        add((int) by);
        touched = true;
        return total;
    }

    private void add(long by) {
        total += by * SCALE;
        bumps++;
    }

    private void add(int by) {
        total = scaled(total, by);
    }

    private static long scaled(long v, int by) {
        return v + by;
    }

    @View
    public long total() {
        return this.total;
    }

    @View
    public String describe() {
        return NAME + " total=" + total + " bumps=" + bumps + " touched=" + touched;
    }
}
