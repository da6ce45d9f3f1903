package dev.aidev.sdk.standards.nonfungibletoken;

import dev.aidev.sdk.AccountId;
import dev.aidev.sdk.Env;
import dev.aidev.sdk.Events;

/**
 * The NEP-171 events (NEP-297 logs, standard {@code nep171}, version {@code 1.2.0}), written as
 * near-contract-standards' {@code NftMint} and {@code NftTransfer}: optional keys are left out
 * when absent.
 *
 * <pre>
 * EVENT_JSON:{"standard":"nep171","version":"1.2.0","event":"nft_mint","data":[{"owner_id":"alice","token_ids":["1"]}]}
 * </pre>
 */
public final class NftEvents {
    static final String STANDARD = "nep171";
    static final String VERSION = "1.2.0";

    private NftEvents() {}

    /** {@code nft_mint} of {@code tokenId} for {@code ownerId}; {@code memo} null leaves the key out. */
    public static void nftMint(AccountId ownerId, String tokenId, String memo) {
        Env.log(Events.format(STANDARD, VERSION, "nft_mint", NftJson.mintLog(ownerId, tokenId, memo)));
    }

    /**
     * {@code nft_transfer}; {@code authorizedId} is the approved account that made the transfer
     * (null when the owner did), {@code memo} null leaves the key out.
     */
    public static void nftTransfer(AccountId oldOwnerId, AccountId newOwnerId, String tokenId, AccountId authorizedId,
            String memo) {
        Env.log(Events.format(STANDARD, VERSION, "nft_transfer",
                NftJson.transferLog(oldOwnerId, newOwnerId, tokenId, authorizedId, memo)));
    }
}
