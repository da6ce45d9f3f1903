import dev.aidev.sdk.Call;
import dev.aidev.sdk.Init;
import dev.aidev.sdk.NearContract;
import dev.aidev.sdk.Private;
import dev.aidev.sdk.View;

@NearContract
class Views {
    private long reads;
    private long[] history = new long[4];

    @View
    public long get() {
        reads++;
        this.reads = reads + 1;
        history[0] = 1;
        long local = 0;
        local += 1;
        return reads;
    }
}
