import dev.aidev.sdk.*;

@NearContract
public class Counter {
    private long value;
    private int calls;

    private Counter() {}

    @Init
    public static Counter create(long start) {
        Counter c = new Counter();
        c.value = start;
        return c;
    }

    @Call
    public long increment(long by) {
        value = Math.addExact(value, by);
        calls++;
        Env.log("value " + value + " after " + calls + " calls by " + Env.predecessorAccountId());
        return value;
    }

    @Call
    public void decrement() {
        value = value - 1;
    }

    @View
    public long get() {
        return value;
    }

    @View
    public boolean isEven() {
        return value % 2 == 0;
    }

    @View
    public long sumTo(int n) {
        long s = 0;
        for (int i = 1; i <= n; i++) {
            if (i % 3 == 0) {
                continue;
            }
            s += i;
        }
        return s;
    }
}
