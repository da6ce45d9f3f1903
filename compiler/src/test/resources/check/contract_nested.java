import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

class Holder {
    @NearContract
    static class Inside {
        @Call
        public void a() {
        }
    }
}
