import dev.aidev.sdk.Call;
import dev.aidev.sdk.Init;
import dev.aidev.sdk.NearContract;
import dev.aidev.sdk.Private;
import dev.aidev.sdk.View;

import dev.aidev.sdk.LookupMap;
import java.util.List;

@NearContract
class Signatures {
    record Entry(String key, LookupMap<String, Long> values) {}

    static class Plain {
        long x;
    }

    @Call
    public void store(LookupMap<String, Long> map, List<Entry> entries, Plain plain) {
    }

    @View
    public Object anything() {
        return null;
    }

    @Call
    public <T> void generic(T value) {
    }
}
