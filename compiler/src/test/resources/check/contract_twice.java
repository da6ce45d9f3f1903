import dev.aidev.sdk.Call;
import dev.aidev.sdk.Init;
import dev.aidev.sdk.NearContract;
import dev.aidev.sdk.Private;
import dev.aidev.sdk.View;

@NearContract
class First {
    @Call
    public void a() {
    }
}

@NearContract
class Second {
    @Call
    public void b() {
    }
}
