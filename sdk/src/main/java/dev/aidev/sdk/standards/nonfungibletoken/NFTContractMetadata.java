package dev.aidev.sdk.standards.nonfungibletoken;

import dev.aidev.sdk.Env;
import dev.aidev.sdk.Standard;
import dev.aidev.sdk.standards.Base64s;
import java.util.Optional;

/**
 * NEP-177 contract metadata, as {@code nft_metadata} returns it and {@code new} takes it: the JSON
 * keys and their order are near-contract-standards' {@code NFTContractMetadata}; an absent optional
 * field is {@code null}.
 *
 * @param spec always {@link #NFT_METADATA_SPEC}
 * @param icon a data URL, or null
 * @param baseUri the centralized gateway of the decentralized storage holding the media, or null
 * @param reference a URL to an off-chain JSON file with more information, or null
 * @param referenceHash the base64 of the SHA-256 of the {@code reference} file (32 bytes), or null
 */
@Standard(name = "nep177", version = "2.0.0")
public record NFTContractMetadata(
        String spec,
        String name,
        String symbol,
        Optional<String> icon,
        Optional<String> baseUri,
        Optional<String> reference,
        Optional<String> referenceHash) {

    /** near-contract-standards' {@code NFT_METADATA_SPEC}. */
    public static final String NFT_METADATA_SPEC = "nft-1.0.0";

    /** near-contract-standards' {@code NFTContractMetadata::assert_valid}. */
    public void assertValid() {
        if (!spec.equals(NFT_METADATA_SPEC)) {
            throw Env.panic("Spec is not NFT metadata");
        }
        if (reference.isPresent() != referenceHash.isPresent()) {
            throw Env.panic("Reference and reference hash must be present");
        }
        if (referenceHash.isPresent() && Base64s.decodedLength(referenceHash.get(), false) != 32) {
            throw Env.panic("Hash has to be 32 bytes");
        }
    }
}
