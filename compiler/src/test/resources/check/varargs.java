import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

@NearContract
class Varargs {
    @Call
    public long sum(long[] values) {
        return add(values);
    }

    private long add(long... values) {
        return values.length;
    }
}
