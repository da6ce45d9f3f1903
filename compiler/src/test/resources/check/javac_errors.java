import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

@NearContract
class Broken {
    @Call
    public int run() {
        int x = "text";
        return missing + 1;
    }
}
