package dev.aidev.sdk.standards.nonfungibletoken;

import dev.aidev.sdk.AccountId;
import dev.aidev.sdk.Json;
import dev.aidev.sdk.U128;
import java.util.List;

/**
 * The JSON the standards give as objects keyed by account ID (a token's
 * {@code approved_account_ids}, a {@code Payout}), and the NEP-171 event data, which leaves out
 * absent optional keys. The SDK's JSON maps records to objects with fixed keys, so these are
 * written here, in serde_json's compact form.
 */
final class NftJson {
    private NftJson() {}

    /**
     * near-contract-standards' {@code Token}:
     * {@code {"token_id","owner_id","metadata","approved_account_ids"}}; {@code metadata} null
     * when the token has none.
     */
    static String token(String tokenId, AccountId ownerId, TokenMetadata metadata, List<Approval> approvals) {
        String json = "{\"token_id\":" + Json.encode(tokenId) + ",\"owner_id\":" + Json.encode(ownerId)
                + ",\"metadata\":" + (metadata == null ? "null" : Json.encode(metadata)) + ",\"approved_account_ids\":{";
        for (int i = 0; i < approvals.size(); i++) {
            Approval approval = approvals.get(i);
            json = json + (i > 0 ? "," : "") + Json.encode(approval.accountId()) + ":" + approval.approvalId();
        }
        return json + "}}";
    }

    /** A JSON array of already-encoded values. */
    static String array(List<String> encoded) {
        String json = "[";
        for (int i = 0; i < encoded.size(); i++) {
            json = json + (i > 0 ? "," : "") + encoded.get(i);
        }
        return json + "]";
    }

    /** NEP-199's {@code Payout}: {@code {"payout":{"<account_id>":"<yoctoNEAR>",...}}}. */
    static String payout(List<AccountId> accounts, List<U128> amounts) {
        String json = "{\"payout\":{";
        for (int i = 0; i < accounts.size(); i++) {
            json = json + (i > 0 ? "," : "") + Json.encode(accounts.get(i)) + ":" + Json.encode(amounts.get(i));
        }
        return json + "}}";
    }

    /** NEP-171's {@code NftMintLog}: {@code owner_id}, {@code token_ids}, and {@code memo} only when given. */
    static String mintLog(AccountId ownerId, String tokenId, String memo) {
        String json = "[{\"owner_id\":" + Json.encode(ownerId) + ",\"token_ids\":[" + Json.encode(tokenId) + "]";
        if (memo != null) {
            json = json + ",\"memo\":" + Json.encode(memo);
        }
        return json + "}]";
    }

    /**
     * NEP-171's {@code NftTransferLog}: {@code authorized_id} (the approved account that made the
     * transfer) and {@code memo} only when there is one, in near-contract-standards' key order.
     */
    static String transferLog(AccountId oldOwnerId, AccountId newOwnerId, String tokenId, AccountId authorizedId,
            String memo) {
        String json = "[{\"old_owner_id\":" + Json.encode(oldOwnerId) + ",\"new_owner_id\":" + Json.encode(newOwnerId)
                + ",\"token_ids\":[" + Json.encode(tokenId) + "]";
        if (authorizedId != null) {
            json = json + ",\"authorized_id\":" + Json.encode(authorizedId);
        }
        if (memo != null) {
            json = json + ",\"memo\":" + Json.encode(memo);
        }
        return json + "}]";
    }
}
