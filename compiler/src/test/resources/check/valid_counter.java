import dev.aidev.sdk.Call;
import dev.aidev.sdk.Env;
import dev.aidev.sdk.Init;
import dev.aidev.sdk.NearContract;
import dev.aidev.sdk.View;

// A valid contract: no diagnostics.
@NearContract
class Counter {
    private static final long LIMIT = 1_000_000L;
    private long value;

    @Init
    public static Counter create(long start) {
        Counter c = new Counter();
        c.value = start;
        return c;
    }

    @Call
    public long increment(long by) {
        if (by > LIMIT) {
            throw new IllegalArgumentException("step " + by + " exceeds " + LIMIT);
        }
        value = Math.addExact(value, by);
        Env.log("value " + value);
        return value;
    }

    @View
    public long get() {
        return value;
    }
}
