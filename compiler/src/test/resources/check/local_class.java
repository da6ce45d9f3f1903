import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

@NearContract
class Locals {
    @Call
    public long run() {
        record Pair(long a, long b) {}
        class Helper {
        }
        return new Pair(1, 2).a();
    }
}
