package dev.aidev.sdk;

import java.lang.reflect.Array;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JSON encoding of contract values, per the mapping in docs/compiler-design.md and
 * serde_json's output (compact, keys in declaration order): numbers for boolean/byte/short/int/
 * long; strings for char, String, AccountId, PublicKey ({@code ed25519:...}), U64, U128, Gas and
 * Timestamp (decimal); enum constant names; objects with snake_case keys for records and classes;
 * arrays for List and arrays; {@code null} for an empty Optional.
 *
 * <p>Decoding is strict as serde is: integers must be integer literals in range, unknown object
 * keys are ignored, a missing key is allowed only for an Optional, a key given twice and a lone
 * surrogate escape are errors where they are read (a number with a fraction or an exponent too:
 * no contract value is one). The compiled contract applies the same rules, and
 * {@link #decode(String, Class)} fails with the same one text.
 *
 * <p>This is the JVM implementation (reflection); on NEAR the compiler generates the same code
 * per type.
 */
public final class Json {
    private Json() {}

    /** The panic text of {@link #decode} for any malformed or mistyped JSON. */
    static final String DECODE_ERROR = "Failed to deserialize JSON.";

    /** Thrown (on the JVM) when JSON text does not decode as the requested type. */
    static final class JsonError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        JsonError(String message) {
            super(message, null, false, false);
        }
    }

    /** The JSON of {@code value}, by its runtime class. */
    public static String encode(Object value) {
        StringBuilder sb = new StringBuilder();
        write(null, value, sb);
        return sb.toString();
    }

    /** The JSON of {@code value} as {@code type}. */
    public static String encode(Type type, Object value) {
        StringBuilder sb = new StringBuilder();
        write(type, value, sb);
        return sb.toString();
    }

    /**
     * Decodes {@code json} as {@code type}; panics with {@code Failed to deserialize JSON.} when it
     * is not one JSON value of that type. The text is the same whatever the reason, as near-sdk-rs
     * gives one text for malformed arguments: compiled contracts report exactly this text too.
     */
    public static <T> T decode(String json, Class<T> type) {
        @SuppressWarnings("unchecked")
        T value = (T) Types.box(type).cast(decode(json, (Type) type));
        return value;
    }

    public static Object decode(String json, Type type) {
        try {
            return convert(new Parser(json).document(), type);
        } catch (JsonError e) {
            throw Env.panic(DECODE_ERROR);
        }
    }

    /**
     * Decodes a near-sdk argument object: the value of each key {@code names[i]} as
     * {@code types[i]}. Panics with near-sdk-rs's {@code Failed to deserialize input from JSON.}
     */
    public static Object[] decodeArguments(String json, String[] names, Type[] types) {
        try {
            Object tree = new Parser(json).document();
            if (!(tree instanceof Map)) {
                throw new JsonError("expected an object");
            }
            Map<?, ?> object = (Map<?, ?>) tree;
            Object[] values = new Object[names.length];
            for (int i = 0; i < names.length; i++) {
                values[i] = member(object, names[i], types[i]);
            }
            return values;
        } catch (JsonError e) {
            throw Env.panic("Failed to deserialize input from JSON.");
        }
    }

    /**
     * A Java identifier in snake_case, the JSON key and export name convention:
     * {@code receiverId} to {@code receiver_id}, {@code getHTTPStatus} to {@code get_http_status},
     * {@code ft2Transfer} to {@code ft2_transfer}. An underscore is inserted before an upper-case
     * letter that follows a lower-case letter or digit, or that starts a new word after an
     * upper-case run; everything is then lower-cased.
     */
    public static String snakeCase(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                char prev = name.charAt(i - 1);
                boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (Character.isLowerCase(prev) || Character.isDigit(prev)
                        || (Character.isUpperCase(prev) && nextLower)) {
                    sb.append('_');
                }
            }
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    // ---- writing ----

    private static void write(Type type, Object v, StringBuilder sb) {
        if (v instanceof Optional) {
            Optional<?> o = (Optional<?>) v;
            write(type != null ? Types.argument(type, 0) : null, o.orElse(null), sb);
            return;
        }
        if (v == null) {
            sb.append("null");
            return;
        }
        Class<?> raw = v.getClass();
        if (v instanceof Boolean || v instanceof Byte || v instanceof Short || v instanceof Integer
                || v instanceof Long) {
            sb.append(v);
        } else if (v instanceof Character || v instanceof String || v instanceof AccountId
                || v instanceof PublicKey || v instanceof U64 || v instanceof U128 || v instanceof Gas
                || v instanceof Timestamp) {
            string(v.toString(), sb);
        } else if (Types.enumClass(raw) != null) {
            string(((Enum<?>) v).name(), sb);
        } else if (v instanceof Collection) {
            Type element = type != null ? Types.argument(type, 0) : null;
            sb.append('[');
            boolean first = true;
            for (Object e : (Collection<?>) v) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                write(element, e, sb);
            }
            sb.append(']');
        } else if (raw.isArray()) {
            Type element = type != null ? Types.component(type) : raw.getComponentType();
            sb.append('[');
            for (int i = 0; i < Array.getLength(v); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                write(element, Array.get(v, i), sb);
            }
            sb.append(']');
        } else if (v instanceof StorageCollection) {
            throw new IllegalArgumentException("A storage collection has no JSON form; return a List of its elements");
        } else if (Types.isStruct(raw)) {
            sb.append('{');
            boolean first = true;
            for (Types.Member m : Types.members(raw)) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                string(m.jsonName, sb);
                sb.append(':');
                write(m.type, m.get(v), sb);
            }
            sb.append('}');
        } else {
            throw new IllegalArgumentException("JSON cannot encode " + raw.getName());
        }
    }

    /** A JSON string as serde_json writes it: only quote, backslash and control characters escaped. */
    private static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                case '\b':
                    sb.append("\\b");
                    break;
                case '\f':
                    sb.append("\\f");
                    break;
                default:
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }

    // ---- converting a parsed tree to Java values ----

    /** JSON null in a parsed tree (distinct from a missing key). */
    private static final Object NULL = new Object();

    /**
     * A number with a fraction or an exponent in a parsed tree: valid JSON, but no contract value
     * is one, so it is an error where it is read and ignored elsewhere (an unknown key), as serde.
     */
    private static final Object FLOAT = new Object();

    /**
     * The value of a key given more than once in an object. As serde's derived structs, it is an
     * error only where the key is read: a repeated unknown key is ignored like any unknown key.
     */
    private static final Object DUPLICATE = new Object();

    private static Object member(Map<?, ?> object, String name, Type type) {
        Object value = object.containsKey(name) ? object.get(name) : null;
        if (value == DUPLICATE) {
            throw new JsonError("duplicate field `" + name + "`");
        }
        if (value == null && Types.raw(type) != Optional.class) {
            throw new JsonError("missing field `" + name + "`");
        }
        return convert(value == null ? NULL : value, type);
    }

    private static Object convert(Object node, Type type) {
        Class<?> raw = Types.box(Types.raw(type));
        if (raw == Optional.class) {
            return node == NULL ? Optional.empty() : Optional.of(convert(node, Types.argument(type, 0)));
        }
        if (node == NULL) {
            throw new JsonError("invalid type: null, expected " + raw.getSimpleName());
        }
        if (raw == Boolean.class) {
            if (!(node instanceof Boolean)) {
                throw new JsonError("expected a boolean");
            }
            return node;
        } else if (raw == Byte.class) {
            return (byte) integer(node, Byte.MIN_VALUE, Byte.MAX_VALUE);
        } else if (raw == Short.class) {
            return (short) integer(node, Short.MIN_VALUE, Short.MAX_VALUE);
        } else if (raw == Integer.class) {
            return (int) integer(node, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (raw == Long.class) {
            return integer(node, Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (raw == Character.class) {
            String s = text(node);
            if (s.length() != 1) {
                throw new JsonError("expected a single character");
            }
            return s.charAt(0);
        } else if (raw == String.class) {
            return text(node);
        } else if (raw == AccountId.class) {
            String s = text(node);
            String problem = AccountId.problem(s);
            if (problem != null) {
                throw new JsonError(problem);
            }
            return AccountId.of(s);
        } else if (raw == U64.class || raw == U128.class || raw == Gas.class || raw == Timestamp.class) {
            String s = text(node);
            if (!U128.isDigits(s, 39)) {
                throw new JsonError("invalid digit found in string");
            }
            BigInteger n = new BigInteger(s);
            int bits = raw == U128.class ? 128 : raw == U64.class ? 64 : 63;
            if (n.bitLength() > bits) {
                throw new JsonError("number too large to fit in target type");
            }
            if (raw == U128.class) {
                return U128.parse(s);
            }
            if (raw == U64.class) {
                return U64.fromBits(n.longValue());
            }
            return raw == Gas.class ? Gas.ofGas(n.longValue()) : Timestamp.ofNanos(n.longValue());
        } else if (raw == PublicKey.class) {
            try {
                return PublicKey.parse(text(node));
            } catch (ContractPanic e) {
                throw new JsonError(e.getMessage());
            }
        } else if (Types.enumClass(raw) != null) {
            String s = text(node);
            for (Object constant : raw.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(s)) {
                    return constant;
                }
            }
            throw new JsonError("unknown variant `" + s + "`");
        } else if (List.class.isAssignableFrom(raw) || raw == Collection.class) {
            List<Object> out = new ArrayList<>();
            for (Object e : array(node)) {
                out.add(convert(e, Types.argument(type, 0)));
            }
            return out;
        } else if (raw.isArray()) {
            List<?> items = array(node);
            Type element = Types.component(type);
            Object out = Array.newInstance(Types.raw(element), items.size());
            for (int i = 0; i < items.size(); i++) {
                Array.set(out, i, convert(items.get(i), element));
            }
            return out;
        } else if (Types.isStruct(raw) && !StorageCollection.class.isAssignableFrom(raw)) {
            if (!(node instanceof Map)) {
                throw new JsonError("expected an object");
            }
            List<Types.Member> members = Types.members(raw);
            Object[] values = new Object[members.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = member((Map<?, ?>) node, members.get(i).jsonName, members.get(i).type);
            }
            return Types.instantiate(raw, values);
        }
        throw new IllegalArgumentException("JSON cannot decode " + raw.getName());
    }

    private static long integer(Object node, long min, long max) {
        if (!(node instanceof Number)) {
            throw new JsonError("expected an integer");
        }
        BigInteger n = (BigInteger) node;
        if (n.compareTo(BigInteger.valueOf(min)) < 0 || n.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new JsonError("integer out of range");
        }
        return n.longValue();
    }

    private static String text(Object node) {
        if (!(node instanceof String)) {
            throw new JsonError("expected a string");
        }
        String s = (String) node;
        // A \\u escape of a lone surrogate is an error where a string is read, as in serde_json
        // (which, like the compiled readers, does not check strings that nobody reads).
        for (int i = 0; i < s.length(); i++) {
            if (Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(s.charAt(i))) {
                throw new JsonError("lone surrogate in hex escape");
            }
        }
        return s;
    }

    private static List<?> array(Object node) {
        if (!(node instanceof List)) {
            throw new JsonError("expected an array");
        }
        return (List<?>) node;
    }

    /**
     * RFC 8259 parser to a tree: Map (insertion-ordered), List, String, Boolean, BigInteger for
     * integer literals, {@link #FLOAT} for other numbers, {@link #NULL}.
     */
    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        Object document() {
            Object v = value();
            skipWhitespace();
            if (i != s.length()) {
                throw new JsonError("trailing characters at " + i);
            }
            return v;
        }

        private Object value() {
            skipWhitespace();
            if (i >= s.length()) {
                throw new JsonError("EOF while parsing a value");
            }
            char c = s.charAt(i);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", NULL);
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        return number();
                    }
                    throw new JsonError("expected value at " + i);
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> out = new LinkedHashMap<>();
            i++;
            skipWhitespace();
            if (peek() == '}') {
                i++;
                return out;
            }
            while (true) {
                skipWhitespace();
                if (peek() != '"') {
                    throw new JsonError("key must be a string at " + i);
                }
                String key = string();
                skipWhitespace();
                expect(':');
                Object v = value();
                if (out.put(key, v) != null) {
                    out.put(key, DUPLICATE);
                }
                skipWhitespace();
                char c = next();
                if (c == '}') {
                    return out;
                }
                if (c != ',') {
                    throw new JsonError("expected `,` or `}` at " + (i - 1));
                }
            }
        }

        private List<Object> array() {
            List<Object> out = new ArrayList<>();
            i++;
            skipWhitespace();
            if (peek() == ']') {
                i++;
                return out;
            }
            while (true) {
                out.add(value());
                skipWhitespace();
                char c = next();
                if (c == ']') {
                    return out;
                }
                if (c != ',') {
                    throw new JsonError("expected `,` or `]` at " + (i - 1));
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return sb.toString();
                }
                if (c < 0x20) {
                    throw new JsonError("control character in string at " + (i - 1));
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = next();
                switch (e) {
                    case '"':
                    case '\\':
                    case '/':
                        sb.append(e);
                        break;
                    case 'b':
                        sb.append('\b');
                        break;
                    case 'f':
                        sb.append('\f');
                        break;
                    case 'n':
                        sb.append('\n');
                        break;
                    case 'r':
                        sb.append('\r');
                        break;
                    case 't':
                        sb.append('\t');
                        break;
                    case 'u':
                        if (i + 4 > s.length()) {
                            throw new JsonError("EOF in escape");
                        }
                        try {
                            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw new JsonError("invalid escape at " + i);
                        }
                        i += 4;
                        break;
                    default:
                        throw new JsonError("invalid escape at " + (i - 1));
                }
            }
        }

        private Object number() {
            int start = i;
            if (peek() == '-') {
                i++;
            }
            int digits = i;
            // ASCII digits only: Character.isDigit would take other scripts' digits too.
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == digits || (s.charAt(digits) == '0' && i - digits > 1)) {
                throw new JsonError("invalid number at " + start);
            }
            boolean fraction = i < s.length() && s.charAt(i) == '.';
            if (fraction) {
                i++;
                digits();
            }
            boolean exponent = i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E');
            if (exponent) {
                i++;
                if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                    i++;
                }
                digits();
            }
            return fraction || exponent ? FLOAT : new BigInteger(s.substring(start, i));
        }

        /** One or more ASCII digits. */
        private void digits() {
            int from = i;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == from) {
                throw new JsonError("invalid number at " + from);
            }
        }

        private Object literal(String word, Object value) {
            if (!s.startsWith(word, i)) {
                throw new JsonError("expected " + word + " at " + i);
            }
            i += word.length();
            return value;
        }

        private void skipWhitespace() {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    return;
                }
                i++;
            }
        }

        private char peek() {
            return i < s.length() ? s.charAt(i) : '\0';
        }

        private char next() {
            if (i >= s.length()) {
                throw new JsonError("EOF while parsing");
            }
            return s.charAt(i++);
        }

        private void expect(char c) {
            if (next() != c) {
                throw new JsonError("expected `" + c + "` at " + (i - 1));
            }
        }
    }
}
