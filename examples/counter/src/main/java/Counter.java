import dev.aidev.sdk.Call;
import dev.aidev.sdk.Env;
import dev.aidev.sdk.Init;
import dev.aidev.sdk.NearContract;
import dev.aidev.sdk.View;

/** A counter anyone can move: the smallest useful contract. */
@NearContract
public class Counter {
    private long value;

    private Counter() {}

    /** Starts counting at {@code start}. */
    @Init
    public static Counter create(long start) {
        Counter c = new Counter();
        c.value = start;
        return c;
    }

    /** Adds {@code by} (overflow panics) and returns the new value. */
    @Call
    public long increment(long by) {
        value = Math.addExact(value, by);
        Env.log("counter is " + value + " after " + Env.predecessorAccountId());
        return value;
    }

    /** Subtracts one. */
    @Call
    public void decrement() {
        value = Math.subtractExact(value, 1);
    }

    @View
    public long get() {
        return value;
    }
}
