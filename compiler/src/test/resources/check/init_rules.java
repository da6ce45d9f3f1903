import dev.aidev.sdk.Call;
import dev.aidev.sdk.Init;
import dev.aidev.sdk.NearContract;
import dev.aidev.sdk.Private;
import dev.aidev.sdk.View;

@NearContract
class Inits {
    private long value;

    @Init
    public Inits reset(long v) {
        return this;
    }

    @Init
    public static long make() {
        return 0;
    }

    @Init
    public Inits(long start) {
        value = start;
    }
}
