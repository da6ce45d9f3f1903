import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

@NearContract
class Initialized {
    private long value;

    {
        value = 7;
    }

    @Call
    public long get() {
        return value;
    }
}
