import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

import java.util.List;

@NearContract
class Lambdas {
    @Call
    public int total(List<Integer> values) {
        int sum = 0;
        values.forEach(v -> System.out.println(v));
        Runnable r = () -> { };
        return sum;
    }
}
