package dev.aidev.sdk.standards.fungibletoken;

import dev.aidev.sdk.Env;
import java.util.Optional;

/**
 * NEP-148 token metadata, as {@code ft_metadata} returns it and {@code new} takes it: the JSON keys
 * and their order are near-contract-standards' {@code FungibleTokenMetadata}.
 *
 * <pre>{@code
 * FungibleTokenMetadata metadata = new FungibleTokenMetadata(FungibleTokenMetadata.FT_METADATA_SPEC,
 *         "Example token", "EXAMPLE", Optional.empty(), Optional.empty(), Optional.empty(), 24);
 * metadata.assertValid();
 * }</pre>
 *
 * @param spec always {@link #FT_METADATA_SPEC}
 * @param icon a data URL, or null
 * @param reference a URL to an off-chain JSON file with more information, or null
 * @param referenceHash the base64 of the SHA-256 of the {@code reference} file (32 bytes), or null
 * @param decimals 0 to 255 (a u8 in near-sdk-rs; Java has no unsigned byte, so
 *     {@link #assertValid()} checks the range)
 */
public record FungibleTokenMetadata(
        String spec,
        String name,
        String symbol,
        Optional<String> icon,
        Optional<String> reference,
        Optional<String> referenceHash,
        int decimals) {

    /** near-contract-standards' {@code FT_METADATA_SPEC}. */
    public static final String FT_METADATA_SPEC = "ft-1.0.0";

    /**
     * near-contract-standards' {@code FungibleTokenMetadata::assert_valid}, after the checks serde
     * makes while reading it: {@code decimals} is a u8, {@code reference_hash} canonical base64
     * (both fail as near-sdk-rs's argument decoding does).
     */
    public void assertValid() {
        if (decimals < 0 || decimals > 255) {
            throw Env.panic("Failed to deserialize input from JSON.");
        }
        int hashLength = referenceHash.isPresent() ? base64DecodedLength(referenceHash.get()) : 0;
        if (hashLength < 0) {
            throw Env.panic("Failed to deserialize input from JSON.");
        }
        // near-sdk-rs's require! without a message, in a release build.
        if (!spec.equals(FT_METADATA_SPEC)) {
            throw Env.panic("require! assertion failed");
        }
        if (reference.isPresent() != referenceHash.isPresent()) {
            throw Env.panic("require! assertion failed");
        }
        if (referenceHash.isPresent() && hashLength != 32) {
            throw Env.panic("Hash has to be 32 bytes");
        }
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
