import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

@NearContract
class Guarded {
    @Call
    public int parse(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        } finally {
            text = "";
        }
    }
}
