package dev.aidev.sdk.standards.fungibletoken;

import dev.aidev.sdk.Env;
import dev.aidev.sdk.Standard;
import dev.aidev.sdk.standards.Base64s;
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
@Standard(name = "nep148", version = "1.0.0")
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
        int hashLength = referenceHash.isPresent() ? Base64s.decodedLength(referenceHash.get(), true) : 0;
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
}
