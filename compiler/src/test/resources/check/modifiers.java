import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

@NearContract
class Modifiers {
    private transient long cache;
    private volatile long flag;

    private native long host();

    @Call
    public void run() {
    }
}
