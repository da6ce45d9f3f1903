import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

import java.util.HashMap;
import java.util.Map;

@NearContract
class Jdk {
    @Call
    public String run(String name) {
        Map<String, Long> totals = new HashMap<>();
        System.out.println(name);
        long now = System.currentTimeMillis();
        long dice = (long) Math.random();
        String upper = name.toUpperCase();
        return String.format("%s!", name);
    }
}
