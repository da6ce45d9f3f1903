import dev.aidev.sdk.Call;
import dev.aidev.sdk.Init;
import dev.aidev.sdk.NearContract;
import dev.aidev.sdk.Private;
import dev.aidev.sdk.View;

// No @NearContract class at all.
class Plain {
    public long get() {
        return 1;
    }
}
