import dev.aidev.sdk.Call;
import dev.aidev.sdk.Init;
import dev.aidev.sdk.NearContract;
import dev.aidev.sdk.Private;
import dev.aidev.sdk.View;

import java.util.List;

@NearContract
class State {
    interface Shape {
    }

    static class Holder {
        Object anything;
    }

    private Shape shape;
    private Holder holder;
    private List<String> names;

    @Call
    public void run() {
    }
}
