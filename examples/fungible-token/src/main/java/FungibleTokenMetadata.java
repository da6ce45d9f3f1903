import java.util.Optional;

/**
 * NEP-148 token metadata, as {@code ft_metadata} returns it and {@code new} takes it: the JSON keys
 * and their order are near-contract-standards' {@code FungibleTokenMetadata}.
 *
 * @param spec always {@code ft-1.0.0}
 * @param icon a data URL, or null
 * @param reference a URL to an off-chain JSON file with more information, or null
 * @param referenceHash the base64 of the SHA-256 of the {@code reference} file (32 bytes), or null
 * @param decimals 0 to 255 (a u8 in near-sdk-rs; Java has no unsigned byte, so {@code new} checks
 *     the range)
 */
public record FungibleTokenMetadata(
        String spec,
        String name,
        String symbol,
        Optional<String> icon,
        Optional<String> reference,
        Optional<String> referenceHash,
        int decimals) {}
