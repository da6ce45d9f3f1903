import dev.aidev.sdk.*;
import java.nio.charset.StandardCharsets;

// A lone UTF-16 surrogate (a char appended on its own) leaving the contract: Java's UTF-8 encoder
// writes '?' for it, in a returned value, a log line, storage and getBytes(UTF_8); a pair
// appended char by char is one 4-byte character.
//> view lone {}
//> call log_lone {}
//> call store {"hi": true}
//> view load {}
//> view bytes {}
//> view pair {}
@NearContract
public class LoneSurrogate {
    private String kept = "";

    public LoneSurrogate() {}

    static String loneHigh() {
        return "a" + (char) 0xD83D + "b";
    }

    @View
    public String lone() {
        return loneHigh() + (char) 0xDE00;
    }

    @Call
    public void logLone() {
        Env.log(loneHigh());
    }

    @Call
    public void store(boolean hi) {
        kept = hi ? loneHigh() : "x" + (char) 0xDC00;
    }

    @View
    public String load() {
        return kept + " " + kept.length();
    }

    @View
    public int bytes() {
        return loneHigh().getBytes(StandardCharsets.UTF_8).length;
    }

    @View
    public String pair() {
        String s = "" + (char) 0xD83D;
        return s + (char) 0xDE00;
    }
}
