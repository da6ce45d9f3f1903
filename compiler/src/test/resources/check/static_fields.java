import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

import java.util.List;

@NearContract
class Statics {
    private static long calls;
    private static final List<String> NAMES = List.of("a");
    private static final int OK = 3;

    static {
        calls = 1;
    }

    @Call
    public void call() {
        calls = calls + OK;
    }
}
