import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

import java.util.ArrayList;

@NearContract
class Extending {
    static class Names extends ArrayList<String> {
    }

    @Call
    public void run() {
    }
}
