import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

import java.util.List;

@NearContract
class References {
    @Call
    public void each(List<String> names) {
        names.forEach(this::greet);
    }

    private void greet(String name) {
    }
}
