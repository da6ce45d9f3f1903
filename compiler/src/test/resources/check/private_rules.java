import dev.aidev.sdk.Call;
import dev.aidev.sdk.Init;
import dev.aidev.sdk.NearContract;
import dev.aidev.sdk.Private;
import dev.aidev.sdk.View;

@NearContract
class Privates {
    @Private
    @View
    public long peek() {
        return 0;
    }

    @Private
    public void helper() {
    }

    @Private
    @Call
    public void onCallback() {
    }
}
