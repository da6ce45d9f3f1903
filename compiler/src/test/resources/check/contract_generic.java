import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

@NearContract
class Generic<T> {
    @Call
    public void a() {
    }
}
