import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

@NearContract
class Outer {
    class Inner {
        long x;
    }

    static class Nested {
        long y;
    }

    @Call
    public void run() {
    }
}
