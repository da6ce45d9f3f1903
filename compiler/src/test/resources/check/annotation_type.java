import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

@NearContract
class Annotated {
    @interface Marker {
    }

    @Call
    public void run() {
    }
}
