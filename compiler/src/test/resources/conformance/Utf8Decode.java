import dev.aidev.sdk.*;
import java.nio.charset.StandardCharsets;

// new String(bytes, StandardCharsets.UTF_8): valid UTF-8 as it is, each malformed subsequence
// replaced by U+FFFD as the JDK's decoder does (truncated, overlong, surrogate, out of range,
// stray continuation bytes); the result's length() in UTF-16 units; a null array.
//> view decode {"b": [104, 105]}
//> view decode {"b": []}
//> view decode {"b": [195, 169, 240, 159, 152, 128, 226, 130, 172]}
//> view decode {"b": [128]}
//> view decode {"b": [191, 65]}
//> view decode {"b": [192, 128]}
//> view decode {"b": [193, 191, 66]}
//> view decode {"b": [195]}
//> view decode {"b": [195, 65]}
//> view decode {"b": [226, 130]}
//> view decode {"b": [226, 130, 65]}
//> view decode {"b": [226, 65, 65]}
//> view decode {"b": [226]}
//> view decode {"b": [224, 128, 128]}
//> view decode {"b": [224, 159, 191, 65]}
//> view decode {"b": [224, 160, 128]}
//> view decode {"b": [237, 160, 128]}
//> view decode {"b": [237, 159, 191]}
//> view decode {"b": [224, 128]}
//> view decode {"b": [240, 159, 152]}
//> view decode {"b": [240, 159, 152, 65]}
//> view decode {"b": [240, 159, 65, 65]}
//> view decode {"b": [240, 65, 65, 65]}
//> view decode {"b": [240, 128, 128, 128]}
//> view decode {"b": [240, 144, 128, 128]}
//> view decode {"b": [244, 143, 191, 191]}
//> view decode {"b": [244, 144, 128, 128]}
//> view decode {"b": [245, 128, 128, 128]}
//> view decode {"b": [247, 191, 191, 191, 65]}
//> view decode {"b": [248, 128, 65]}
//> view decode {"b": [255, 254]}
//> view decode {"b": [240, 159]}
//> view decode {"b": [240, 159, 65]}
//> view decode {"b": [240, 128]}
//> view decode {"b": [244, 144]}
//> view decode {"b": [240]}
//> view decode {"b": [245, 128]}
//> view decode {"b": [240, 159, 152, 128, 240, 159, 152]}
//> view round_trip {"s": "héllo 😀 €"}
//> view from_null
@NearContract
public class Utf8Decode {
    public Utf8Decode() {}

    @View
    public String decode(int[] b) {
        byte[] bytes = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            bytes[i] = (byte) b[i];
        }
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s + " len=" + s.length() + " bytes=" + s.getBytes(StandardCharsets.UTF_8).length;
    }

    @View
    public boolean roundTrip(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(s);
    }

    @View
    public String fromNull() {
        byte[] b = null;
        return new String(b, StandardCharsets.UTF_8);
    }
}
