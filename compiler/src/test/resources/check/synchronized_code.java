import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

@NearContract
class Locked {
    private long value;

    @Call
    public synchronized void bump() {
        synchronized (this) {
            value++;
        }
    }
}
