import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

@NearContract
class Patterns {
    @Call
    public int size(String text) {
        return measure(text);
    }

    private int measure(Object value) {
        if (value instanceof String s) {
            return s.length();
        }
        if (value instanceof String) {
            return ((String) value).length();
        }
        return 0;
    }
}
