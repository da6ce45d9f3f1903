import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

import java.util.List;

@NearContract
class Many {
    private static long counter;

    @Call
    public long run(List<Long> values) {
        double average = 0.5;
        values.forEach(v -> counter += v);
        try {
            return values.get(0);
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
