import java.util.Optional;

/**
 * NEP-177 contract metadata, as {@code nft_metadata} returns it and {@code new} takes it: the JSON
 * keys and their order are near-contract-standards' {@code NFTContractMetadata}; an absent optional
 * field is {@code null}.
 *
 * @param spec always {@code nft-1.0.0}
 * @param icon a data URL, or null
 * @param baseUri the centralized gateway of the decentralized storage holding the media, or null
 * @param reference a URL to an off-chain JSON file with more information, or null
 * @param referenceHash the base64 of the SHA-256 of the {@code reference} file (32 bytes), or null
 */
public record NFTContractMetadata(
        String spec,
        String name,
        String symbol,
        Optional<String> icon,
        Optional<String> baseUri,
        Optional<String> reference,
        Optional<String> referenceHash) {}
