import dev.aidev.sdk.Call;
import dev.aidev.sdk.Init;
import dev.aidev.sdk.NearContract;
import dev.aidev.sdk.Private;
import dev.aidev.sdk.View;

import dev.aidev.sdk.Name;

@NearContract
class Names {
    @Call
    public void addMessage() {
    }

    @Call
    @Name("add_message")
    public void addAnother() {
    }
}
