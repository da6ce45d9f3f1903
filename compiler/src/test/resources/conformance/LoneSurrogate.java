import dev.aidev.sdk.*;
import java.nio.charset.StandardCharsets;
import java.util.List;

// UTF-16 surrogates leaving the contract as Java's UTF-8 encoder (String.getBytes(UTF_8)) writes
// them: a pair is one 4-byte character however it was built (+ of two chars, a pair split across
// two concatenated strings, StringBuilder.append(char), a JSON escaped pair), a lone surrogate
// (high at the end, low alone, high before a non-low) is '?'; in returned values, JSON results,
// logs, events, panics, storage (keys, values and Borsh lengths), getBytes and promise arguments.
// Inside the contract the text keeps Java's UTF-16 units: length, charAt and equals as on the JVM.
//> view lone {}
//> call log_lone {}
//> call store {"hi": true}
//> view load {}
//> call store {"hi": false}
//> view load {}
//> view bytes {}
//> view pair {}
//> view split_pair {}
//> view builder_pair {}
//> view lone_high_at_end {}
//> view lone_low {}
//> view high_then_high_pair {}
//> view units {}
//> view json_result {}
//> view echo {"text": "\ud83d\ude00|\uD83D\uDE00"}
//> view echo {"text": "\ud83d|"}
//> view echo {"text": "\ude00"}
//> view echo_length {"text": "\ud83d\ude00"}
//> call remember_key {}
//> view recall {"text": "k?"}
//> view recall_lone {}
//> call event {}
//> call panic_lone {}
//> call panic_pair {}
//> call ask {}
@NearContract
public class LoneSurrogate {
    private String kept = "";
    private final LookupMap<String, String> byKey = new LookupMap<>("m");

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
        return loneHigh().getBytes(StandardCharsets.UTF_8).length * 100 + ("" + (char) 0xD83D + (char) 0xDE00).getBytes(StandardCharsets.UTF_8).length;
    }

    @View
    public String pair() {
        String s = "" + (char) 0xD83D;
        return s + (char) 0xDE00;
    }

    /** A pair split across two strings, each built on its own, then concatenated. */
    @View
    public String splitPair() {
        String left = "x" + (char) 0xD83D;
        String right = (char) 0xDE00 + "y";
        String joined = left + right;
        Env.log(left + "|" + right + "|" + joined);
        return joined + " " + joined.length() + " " + joined.equals("x\uD83D\uDE00y") + " " + joined.indexOf("\uD83D\uDE00");
    }

    @View
    public String builderPair() {
        StringBuilder sb = new StringBuilder("<");
        sb.append((char) 0xD83D);
        sb.append((char) 0xDE00);
        sb.append((char) 0xD83D);
        sb.append(">");
        return sb.toString() + " " + sb.length();
    }

    @View
    public String loneHighAtEnd() {
        return "end" + (char) 0xDBFF;
    }

    @View
    public String loneLow() {
        return (char) 0xDFFF + "start";
    }

    /** Two highs then a low: the first stays lone ('?'), the second pairs with the low. */
    @View
    public String highThenHighPair() {
        return "" + (char) 0xD83D + (char) 0xD83D + (char) 0xDE00;
    }

    @View
    public String units() {
        String s = "" + (char) 0xD83D + (char) 0xDE00 + (char) 0xDC00;
        return s.length() + " " + (int) s.charAt(0) + " " + (int) s.charAt(1) + " " + (int) s.charAt(2);
    }

    @View
    public List<String> jsonResult() {
        return List.of(loneHigh(), "" + (char) 0xD83D + (char) 0xDE00, Json.encode("" + (char) 0xDC00));
    }

    @View
    public String echo(String text) {
        return text;
    }

    @View
    public String echoLength(String text) {
        return text.length() + " " + text.equals("" + (char) 0xD83D + (char) 0xDE00);
    }

    /** The key "k" + a lone high surrogate is stored as "k?", as the JVM's Borsh writes it. */
    @Call
    public void rememberKey() {
        String key = "k" + (char) 0xD83D;
        byKey.insert(key, key + (char) 0xDE00 + key.length());
    }

    @View
    public String recall(String text) {
        return byKey.get(text);
    }

    @View
    public String recallLone() {
        return byKey.get("k\uD83D");
    }

    @Call
    public void event() {
        Events.emit("nep297", "1.0.0", "lone", List.of(loneHigh()));
    }

    @Call
    public void panicLone() {
        throw new IllegalStateException("lone " + (char) 0xD83D + "!");
    }

    @Call
    public void panicPair() {
        Env.panic("pair " + (char) 0xD83D + (char) 0xDE00);
    }

    @Call
    public Promise ask() {
        return Promise.create(AccountId.of("bob.test.near"))
                .functionCall("m" + (char) 0xD83D, "{\"q\":\"" + loneHigh() + (char) 0xD83D + (char) 0xDE00 + "\"}", U128.ZERO, Gas.tgas(5));
    }
}
