import dev.aidev.sdk.Call;
import dev.aidev.sdk.Init;
import dev.aidev.sdk.NearContract;
import dev.aidev.sdk.Private;
import dev.aidev.sdk.View;

@NearContract
record Frozen(long value) {
    @View
    public long get() {
        return value;
    }
}
