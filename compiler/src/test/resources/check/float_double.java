import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

@NearContract
class Prices {
    private double rate;

    @Call
    public long scale(long amount) {
        float factor = 1.5f;
        return (long) (amount * 2.25);
    }
}
