import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

@NearContract
class Equality {
    @Call
    public boolean same(String a, String b, Long x, Long y) {
        return a == b || x != y;
    }
}
