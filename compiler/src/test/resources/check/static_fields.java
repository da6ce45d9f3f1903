import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;
import dev.aidev.sdk.U128;

import java.util.List;

@NearContract
class Statics {
    private static long calls;
    private static final List<String> NAMES = List.of("a");
    private static final int OK = 3;
    private static final U128 PRICE = U128.of(OK).mul(U128.of(10));

    static {
        calls = 1;
    }

    @Call
    public void call() {
        calls = calls + OK;
    }
}
