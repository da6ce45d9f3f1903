import dev.aidev.sdk.*;

// The fungible token's own string code (examples/fungible-token, copied): reading the unused
// amount a receiver returned from Promise.result(0) (parseJsonU128 with backslash-u escapes,
// charAt, substring, startsWith, compareTo, StringBuilder.append(char), char arithmetic and
// casts) and base64DecodedLength.
//> call from=contract.test.near result="30" resolve {"amount": "100"}
//> call from=contract.test.near result="\u0033\u0030" resolve {"amount": "100"}
//> call from=contract.test.near result="+0030" resolve {"amount": "100"}
//> call from=contract.test.near result="5000" resolve {"amount": "100"}
//> call from=contract.test.near result=failed resolve {"amount": "100"}
//> call from=contract.test.near result=30 resolve {"amount": "100"}
//> call from=contract.test.near result="" resolve {"amount": "100"}
//> call from=contract.test.near result="+" resolve {"amount": "100"}
//> call from=contract.test.near result="\ud800" resolve {"amount": "100"}
//> call from=contract.test.near result="\n" resolve {"amount": "100"}
//> call from=contract.test.near result="340282366920938463463374607431768211455" resolve {"amount": "340282366920938463463374607431768211455"}
//> call from=contract.test.near result="340282366920938463463374607431768211456" resolve {"amount": "100"}
//> call from=contract.test.near result="000000000000000000000000000000000000000000000000001" resolve {"amount": "100"}
//> call from=contract.test.near result="1234567890123456789012345678901234567890" resolve {"amount": "100"}
//> call resolve {"amount": "100"}
//> view base64 {"text": "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="}
//> view base64 {"text": "YWJj"}
//> view base64 {"text": "YWI="}
//> view base64 {"text": "YWJ="}
//> view base64 {"text": "YQ=="}
//> view base64 {"text": "YR=="}
//> view base64 {"text": "Y*=="}
//> view base64 {"text": "abc"}
//> view base64 {"text": ""}
@NearContract
public class FtParsing {
    static final int MAX_RESULT_LENGTH = 42;
    static final String U128_MAX_DECIMAL = "340282366920938463463374607431768211455";

    public FtParsing() {}

    @Call
    public U128 resolve(U128 amount) {
        return unusedAmount(amount);
    }

    @View
    public int base64(String text) {
        return base64DecodedLength(text);
    }

    private static U128 unusedAmount(U128 amount) {
        PromiseResult result = Promise.result(0);
        if (!result.isSuccessful()) {
            return amount;
        }
        String json = result.json();
        if (json.length() > MAX_RESULT_LENGTH) {
            return amount;
        }
        U128 unused = parseJsonU128(json);
        if (unused == null || unused.compareTo(amount) > 0) {
            return amount;
        }
        return unused;
    }

    /**
     * The value of {@code json} read as serde_json reads near-sdk-rs's {@code U128}: a JSON string
     * (whitespace around it allowed, backslash-u escapes decoded) holding what Rust's
     * {@code u128::from_str} accepts: an optional {@code +} and decimal digits, at most u128::MAX.
     * Null for anything else.
     */
    static U128 parseJsonU128(String json) {
        int start = 0;
        int end = json.length();
        while (start < end && isJsonWhitespace(json.charAt(start))) {
            start++;
        }
        while (end > start && isJsonWhitespace(json.charAt(end - 1))) {
            end--;
        }
        if (end - start < 2 || json.charAt(start) != '"' || json.charAt(end - 1) != '"') {
            return null;
        }
        String digits = unescape(json, start + 1, end - 1);
        if (digits == null) {
            return null;
        }
        int first = digits.startsWith("+") ? 1 : 0;
        if (first == digits.length()) {
            return null;
        }
        for (int i = first; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        while (first < digits.length() - 1 && digits.charAt(first) == '0') {
            first++;
        }
        String significant = digits.substring(first);
        if (significant.length() > U128_MAX_DECIMAL.length()
                || (significant.length() == U128_MAX_DECIMAL.length() && significant.compareTo(U128_MAX_DECIMAL) > 0)) {
            return null;
        }
        U128 value = U128.ZERO;
        U128 ten = U128.of(10);
        for (int i = 0; i < significant.length(); i++) {
            value = value.mul(ten).add(U128.of(significant.charAt(i) - '0'));
        }
        return value;
    }

    /**
     * The characters of the JSON string body {@code json[start, end)} with backslash-u escapes
     * decoded, or null when it is not valid JSON or holds another escape.
     */
    private static String unescape(String json, int start, int end) {
        StringBuilder out = new StringBuilder();
        int i = start;
        while (i < end) {
            char c = json.charAt(i);
            if (c == '"' || c < ' ') {
                return null;
            }
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 >= end) {
                return null;
            }
            char escape = json.charAt(i + 1);
            if (escape == 'u') {
                if (i + 6 > end) {
                    return null;
                }
                int code = 0;
                for (int k = i + 2; k < i + 6; k++) {
                    int digit = hexDigit(json.charAt(k));
                    if (digit < 0) {
                        return null;
                    }
                    code = code * 16 + digit;
                }
                out.append((char) code);
                i += 6;
            } else {
                return null; // another escape is valid JSON, but never a digit or '+'
            }
        }
        return out.toString();
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static boolean isJsonWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /**
     * How many bytes the standard, padded base64 {@code text} decodes to, or -1 when it is not
     * canonical base64 (as near-sdk-rs's {@code Base64VecU8} requires): length a multiple of 4,
     * at most two {@code =} at the end, no stray bits in the last character.
     */
    static int base64DecodedLength(String text) {
        int length = text.length();
        if (length % 4 != 0) {
            return -1;
        }
        int padding = 0;
        while (padding < 2 && padding < length && text.charAt(length - 1 - padding) == '=') {
            padding++;
        }
        for (int i = 0; i < length - padding; i++) {
            if (base64Value(text.charAt(i)) < 0) {
                return -1;
            }
        }
        if (padding > 0) {
            int last = base64Value(text.charAt(length - 1 - padding));
            int strayBits = padding == 1 ? last & 0x3 : last & 0xF;
            if (strayBits != 0) {
                return -1;
            }
        }
        return length / 4 * 3 - padding;
    }

    private static int base64Value(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == '+') {
            return 62;
        }
        if (c == '/') {
            return 63;
        }
        return -1;
    }
}
