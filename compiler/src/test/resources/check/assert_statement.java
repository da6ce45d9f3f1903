import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

@NearContract
class Asserts {
    @Call
    public void check(long v) {
        assert v > 0 : "positive";
    }
}
