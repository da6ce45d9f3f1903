import dev.aidev.sdk.*;
import java.util.List;
import java.util.Optional;

// Json.decode(text, X.class) of primitives (as their boxes), boxes, String, char, U64, U128,
// AccountId, enums, records (with List, Optional, nested records, @Name, a compact constructor's
// check), arrays of primitives, strings and records; whitespace around the value; every malformed
// or mistyped text panics "Failed to deserialize JSON." on both sides (a number with a fraction or
// an exponent, or a lone surrogate escape, only where it is read, as serde); a null text; a decode inside
// a record's constructor that is itself being decoded; the arguments' own JSON error is unchanged;
// a key given twice is an error where it is read and ignored elsewhere (serde's derived structs).
//> view as_long {"json": "42"}
//> view as_long {"json": " -9223372036854775808 "}
//> view as_long {"json": "9223372036854775808"}
//> view as_long {"json": "1.5"}
//> view as_long {"json": "1e3"}
//> view as_long {"json": "01"}
//> view as_long {"json": "-"}
//> view as_long {"json": "1+"}
//> view as_long {"json": "\"1\""}
//> view as_long {"json": ""}
//> view as_long {"json": "   "}
//> view as_long {"json": "1 2"}
//> view as_long {"json": "null"}
//> view as_int {"json": "2147483647"}
//> view as_int {"json": "2147483648"}
//> view as_byte {"json": "-128"}
//> view as_byte {"json": "128"}
//> view as_short {"json": "32767"}
//> view as_short {"json": "-32769"}
//> view as_bool {"json": "true"}
//> view as_bool {"json": "false"}
//> view as_bool {"json": "tru"}
//> view as_bool {"json": "1"}
//> view as_char {"json": "\"x\""}
//> view as_char {"json": "\"\\u00e9\""}
//> view as_char {"json": "\"xy\""}
//> view as_char {"json": "\"\""}
//> view as_string {"json": "\"plain\""}
//> view as_string {"json": "\"esc \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u0041\\u00e9\\u20ac\\ud83d\\ude00\""}
//> view as_string {"json": "\"bad \\q\""}
//> view as_string {"json": "\"bad \\u12g4\""}
//> view as_string {"json": "\"open"}
//> view as_string {"json": "\"a\" x"}
//> view as_string {"json": "null"}
//> view as_string {"json": "[]"}
//> view string_length {"json": "\"\\ud83d\\ude00\""}
//> view string_length {"json": "\"\\ud83d\""}
//> view string_length {"json": "\"\\ude00x\""}
//> view as_u64 {"json": "\"18446744073709551615\""}
//> view as_u64 {"json": "\"18446744073709551616\""}
//> view as_u64 {"json": "\"-1\""}
//> view as_u64 {"json": "7"}
//> view as_u128 {"json": "\"340282366920938463463374607431768211455\""}
//> view as_u128 {"json": "\"340282366920938463463374607431768211456\""}
//> view as_u128 {"json": "\"\""}
//> view as_u128 {"json": "\"12a\""}
//> view as_u128 {"json": "5"}
//> view as_account {"json": "\"alice.near\""}
//> view as_account {"json": "\"Alice\""}
//> view as_account {"json": "\"a\""}
//> view as_color {"json": "\"GREEN\""}
//> view as_color {"json": "\"BLUE\""}
//> view as_color {"json": "0"}
//> view as_item {"json": "{\"name\":\"pen\",\"count\":3,\"color\":\"RED\",\"tags\":[1,2],\"note\":\"n\",\"limits\":{\"min\":\"1\",\"max\":\"9\"},\"owner_id\":\"bob.near\"}"}
//> view as_item {"json": " { \"owner_id\" : \"bob.near\" , \"limits\" : { \"min\" : \"0\" } , \"tags\" : [ ] , \"color\" : \"GREEN\" , \"count\" : -1 , \"name\" : \"\" , \"extra\" : [ 1 , { \"x\" : null } , \"s\" ] } "}
//> view as_item {"json": "{\"name\":\"pen\",\"count\":3,\"color\":\"RED\",\"tags\":[1,2],\"note\":null,\"limits\":{\"min\":\"1\",\"max\":null},\"owner_id\":\"bob.near\"}"}
//> view as_item {"json": "{\"name\":\"pen\",\"count\":3,\"color\":\"RED\",\"tags\":[1,2],\"limits\":{\"min\":\"1\"}}"}
//> view as_item {"json": "{\"name\":\"pen\",\"count\":3,\"color\":\"RED\",\"tags\":[1,\"2\"],\"limits\":{\"min\":\"1\"},\"owner_id\":\"bob.near\"}"}
//> view as_item {"json": "{\"name\":\"pen\",\"count\":3,\"color\":\"RED\",\"tags\":[1,2,],\"limits\":{\"min\":\"1\"},\"owner_id\":\"bob.near\"}"}
//> view as_item {"json": "{\"name\":\"pen\",\"count\":3,\"color\":\"RED\",\"tags\":[],\"limits\":{\"min\":\"1\"},\"owner_id\":\"bob.near\",}"}
//> view as_item {"json": "{\"name\":\"pen\",\"count\":3,\"color\":\"RED\",\"tags\":[],\"limits\":{\"min\":\"1\"},\"owner_id\":\"bob.near\",\"extra\":1.5}"}
//> view as_item {"json": "{\"name\":\"pen\",\"count\":3,\"color\":\"RED\",\"tags\":[],\"limits\":{\"min\":\"1\"},\"owner_id\":\"bob.near\",\"extra\":\"\\x\"}"}
//> view as_item {"json": "[]"}
//> view as_item {"json": "{\"name\":\"pen\",\"count\":3,\"color\":\"RED\",\"tags\":[],\"limits\":{\"min\":\"1\"},\"owner_id\":\"bob.near\",\"extra\":[-0.5,1E+3,2e-2,0.0]}"}
//> view as_item {"json": "{\"name\":\"pen\",\"count\":3,\"color\":\"RED\",\"tags\":[],\"limits\":{\"min\":\"1\"},\"owner_id\":\"bob.near\",\"extra\":1.}"}
//> view as_item {"json": "{\"name\":\"pen\",\"count\":3,\"color\":\"RED\",\"tags\":[],\"limits\":{\"min\":\"1\"},\"owner_id\":\"bob.near\",\"extra\":.5}"}
//> view as_item {"json": "{\"name\":\"pen\",\"count\":3,\"color\":\"RED\",\"tags\":[],\"limits\":{\"min\":\"1\"},\"owner_id\":\"bob.near\",\"extra\":1e}"}
//> view as_item {"json": "{\"name\":\"pen\",\"count\":3,\"color\":\"RED\",\"tags\":[],\"limits\":{\"min\":\"1\"},\"owner_id\":\"bob.near\",\"extra\":01.5}"}
//> view as_item {"json": "{\"name\":\"pen\",\"count\":3,\"color\":\"RED\",\"tags\":[],\"limits\":{\"min\":\"1\"},\"owner_id\":\"bob.near\",\"extra\":\"\\ud83d\"}"}
//> view as_longs {"json": "[1, -2, 3]"}
//> view as_longs {"json": "[]"}
//> view as_longs {"json": "[1 2]"}
//> view as_strings {"json": "[\"a\", \"b\\n\"]"}
//> view as_strings {"json": "[\"a\", null]"}
//> view as_items {"json": "[{\"name\":\"a\",\"count\":1,\"color\":\"RED\",\"tags\":[],\"limits\":{\"min\":\"1\"},\"owner_id\":\"a.near\"}]"}
//> view as_boxed {"json": "7"}
//> view as_boxed {"json": "null"}
//> view checked {"json": "{\"n\":5}"}
//> view checked {"json": "{\"n\":-5}"}
//> view checked {"json": "{\"m\":5}"}
//> view checked {"json": "{\"n\":1,\"n\":2}"}
//> view checked {"json": "{\"n\":1,\"x\":2,\"x\":[3]}"}
//> view as_long {"json": "7", "json": "8"}
//> view wrapped {"json": "{\"inner\":\"{\\\"n\\\":2}\"}"}
//> view wrapped {"json": "{\"inner\":\"{\\\"n\\\":}\"}"}
//> view wrapped_argument {"w": {"inner": "{\"n\":2}"}, "count": 4}
//> view wrapped_argument {"w": {"inner": "{\"n\":2}"}, "count": "x"}
//> view wrapped_argument {"w": {"inner": "{\"n\":-2}"}, "count": 4}
//> view wrapped_argument {"w": {"inner": "{\"n\":"}, "count": 4}
//> view null_text
//> call remember {"json": "{\"name\":\"kept\",\"count\":2,\"color\":\"GREEN\",\"tags\":[5],\"limits\":{\"min\":\"3\"},\"owner_id\":\"carol.near\"}"}
//> view remembered
@NearContract
public class JsonDecode {
    private Optional<Item> kept = Optional.empty();

    public JsonDecode() {}

    public enum Color { RED, GREEN }

    public record Limits(U128 min, Optional<U128> max) {}

    public record Item(String name, long count, Color color, List<Long> tags, Optional<String> note, Limits limits,
            @Name("owner_id") AccountId owner) {}

    public record Checked(int n) {
        public Checked {
            if (n < 0) {
                throw new IllegalArgumentException("n must not be negative, got " + n);
            }
        }
    }

    /** A record whose constructor decodes its own text: a Json.decode inside a Json.decode. */
    public record Wrapped(String inner) {
        public Wrapped {
            Env.log("inner n = " + Json.decode(inner, Checked.class).n());
        }
    }

    @View
    public long asLong(String json) {
        return Json.decode(json, long.class);
    }

    @View
    public int asInt(String json) {
        return Json.decode(json, int.class);
    }

    @View
    public byte asByte(String json) {
        return Json.decode(json, byte.class);
    }

    @View
    public short asShort(String json) {
        return Json.decode(json, Short.class);
    }

    @View
    public boolean asBool(String json) {
        return Json.decode(json, boolean.class);
    }

    @View
    public char asChar(String json) {
        return Json.decode(json, char.class);
    }

    @View
    public String asString(String json) {
        return Json.decode(json, String.class);
    }

    @View
    public int stringLength(String json) {
        String s = Json.decode(json, String.class);
        return s.length() * 100000 + s.charAt(0);
    }

    @View
    public U64 asU64(String json) {
        return Json.decode(json, U64.class);
    }

    @View
    public U128 asU128(String json) {
        return Json.decode(json, U128.class);
    }

    @View
    public AccountId asAccount(String json) {
        return Json.decode(json, AccountId.class);
    }

    @View
    public String asColor(String json) {
        Color c = Json.decode(json, Color.class);
        return c + " " + c.ordinal();
    }

    @View
    public Item asItem(String json) {
        return Json.decode(json, Item.class);
    }

    @View
    public long[] asLongs(String json) {
        return Json.decode(json, long[].class);
    }

    @View
    public String[] asStrings(String json) {
        return Json.decode(json, String[].class);
    }

    @View
    public Item[] asItems(String json) {
        return Json.decode(json, Item[].class);
    }

    @View
    public Optional<Long> asBoxed(String json) {
        Long n = Json.decode(json, Long.class);
        return Optional.of(n);
    }

    @View
    public int checked(String json) {
        return Json.decode(json, Checked.class).n();
    }

    @View
    public String wrapped(String json) {
        return Json.decode(json, Wrapped.class).inner();
    }

    /**
     * An argument whose constructor runs Json.decode: a malformed argument read after it still
     * panics with the arguments' own text.
     */
    @View
    public String wrappedArgument(Wrapped w, long count) {
        return w.inner() + " " + count;
    }

    @View
    public String nullText() {
        String none = null;
        return Json.decode(none, String.class);
    }

    @Call
    public void remember(String json) {
        kept = Optional.of(Json.decode(json, Item.class));
        Env.log("kept " + Json.encode(kept));
    }

    @View
    public Optional<Item> remembered() {
        return kept;
    }
}
