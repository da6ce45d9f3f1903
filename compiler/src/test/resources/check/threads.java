import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

@NearContract
class Threads {
    @Call
    public void spawn() {
        Thread t = new Thread();
        java.util.concurrent.atomic.AtomicLong counter = null;
    }
}
