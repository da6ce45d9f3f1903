package dev.aidev.sdk.standards.nonfungibletoken;

import java.util.Optional;

/**
 * NEP-177 token metadata, with exactly the standard's field names (JSON keys in
 * near-contract-standards' order); every field is optional and an absent one is {@code null}.
 *
 * @param mediaHash base64 of the SHA-256 of the {@code media} file
 * @param copies the number of copies of this set of metadata in existence when minted
 * @param issuedAt when the token was issued or minted, Unix epoch milliseconds (a string)
 * @param extra anything extra the NFT wants to store on-chain, e.g. stringified JSON
 * @param reference a URL to an off-chain JSON file with more information
 * @param referenceHash base64 of the SHA-256 of the {@code reference} file
 */
public record TokenMetadata(
        Optional<String> title,
        Optional<String> description,
        Optional<String> media,
        Optional<String> mediaHash,
        Optional<Long> copies,
        Optional<String> issuedAt,
        Optional<String> expiresAt,
        Optional<String> startsAt,
        Optional<String> updatedAt,
        Optional<String> extra,
        Optional<String> reference,
        Optional<String> referenceHash) {}
