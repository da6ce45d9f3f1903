import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

@NearContract
class Labels {
    @Call
    public int find(int[] values) {
        int found = -1;
        search: {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == 0) {
                    found = i;
                    break search;
                }
            }
        }
        return found;
    }
}
