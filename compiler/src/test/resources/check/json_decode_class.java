import dev.aidev.sdk.Json;
import dev.aidev.sdk.LookupMap;
import dev.aidev.sdk.NearContract;
import dev.aidev.sdk.View;
import java.util.List;

@NearContract
class Decoder {
    record Entry(String key, LookupMap<String, Long> values) {}

    record Point(long x, long y) {}

    @View
    public long decode(String json) {
        List<?> list = Json.decode(json, List.class);
        Entry entry = Json.decode(json, Entry.class);
        Object any = Json.decode(json, Object.class);
        Point[] points = Json.decode(json, Point[].class);
        return points.length + list.size();
    }
}
