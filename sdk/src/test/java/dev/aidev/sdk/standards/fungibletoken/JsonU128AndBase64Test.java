package dev.aidev.sdk.standards.fungibletoken;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.sdk.U128;
import dev.aidev.sdk.standards.Base64s;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The fungible token's readers of a receiver's U128 result and of a base64 reference hash. */
class JsonU128AndBase64Test {
    @Test
    void parse_json_u128_accepts_what_serde_json_and_u128_from_str_accept() {
        assertThat(FungibleToken.parseJsonU128("\"0\"")).isEqualTo(U128.ZERO);
        assertThat(FungibleToken.parseJsonU128("\"+7\"")).isEqualTo(U128.of(7));
        assertThat(FungibleToken.parseJsonU128("\t\"007\" ")).isEqualTo(U128.of(7));
        assertThat(FungibleToken.parseJsonU128("\"\\u002B\\u0037\"")).isEqualTo(U128.of(7));
        assertThat(FungibleToken.parseJsonU128("\"340282366920938463463374607431768211455\"")).isEqualTo(U128.MAX);
    }

    @Test
    void parse_json_u128_rejects_everything_else() {
        for (String json : new String[] {"7", "\"7", "7\"", "\"\"", "\"+\"", "\"-7\"", "\"++7\"", "\" 7\"", "\"7 \"",
                "\"7\\n\"", "\"\\u00\"", "\"\\u00zz\"", "\"\\x37\"", "\"\\\"7\"", "\"7\"\"", "\"\u00007\"",
                "\"340282366920938463463374607431768211456\"", "\"1000000000000000000000000000000000000000\""}) {
            assertThat(FungibleToken.parseJsonU128(json)).as(json).isNull();
        }
    }

    @Test
    void base64_decoded_length_matches_java_for_canonical_padded_base64() {
        for (int n = 0; n <= 40; n++) {
            byte[] bytes = new byte[n];
            for (int i = 0; i < n; i++) {
                bytes[i] = (byte) (i * 37 + 11);
            }
            String text = Base64.getEncoder().encodeToString(bytes);
            assertThat(Base64s.decodedLength(text, true)).as(text).isEqualTo(n);
        }
    }

    @Test
    void base64_decoded_length_rejects_unpadded_url_safe_and_non_canonical_text() {
        for (String text : new String[] {"AA", "AAA", "AA=", "A===", "====", "AA-_", "AB==", "AAB=", "A=AA", "AA==AAAA", "AA A"}) {
            assertThat(Base64s.decodedLength(text, true)).as(text).isEqualTo(-1);
        }
    }
}
