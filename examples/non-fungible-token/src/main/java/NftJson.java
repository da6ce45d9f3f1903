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
        StringBuilder sb = new StringBuilder();
        sb.append("{\"token_id\":").append(Json.encode(tokenId));
        sb.append(",\"owner_id\":").append(Json.encode(ownerId));
        sb.append(",\"metadata\":").append(metadata == null ? "null" : Json.encode(metadata));
        sb.append(",\"approved_account_ids\":{");
        for (int i = 0; i < approvals.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Approval approval = approvals.get(i);
            sb.append(Json.encode(approval.accountId())).append(':').append(approval.approvalId());
        }
        return sb.append("}}").toString();
    }

    /** A JSON array of already-encoded values. */
    static String array(List<String> encoded) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < encoded.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(encoded.get(i));
        }
        return sb.append(']').toString();
    }

    /** NEP-199's {@code Payout}: {@code {"payout":{"<account_id>":"<yoctoNEAR>",...}}}. */
    static String payout(List<AccountId> accounts, List<U128> amounts) {
        StringBuilder sb = new StringBuilder("{\"payout\":{");
        for (int i = 0; i < accounts.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(Json.encode(accounts.get(i))).append(':').append(Json.encode(amounts.get(i)));
        }
        return sb.append("}}").toString();
    }

    /** NEP-171's {@code NftMintLog}: {@code owner_id}, {@code token_ids}, and {@code memo} only when given. */
    static String mintLog(AccountId ownerId, String tokenId, String memo) {
        StringBuilder sb = new StringBuilder("[{\"owner_id\":").append(Json.encode(ownerId));
        sb.append(",\"token_ids\":[").append(Json.encode(tokenId)).append(']');
        if (memo != null) {
            sb.append(",\"memo\":").append(Json.encode(memo));
        }
        return sb.append("}]").toString();
    }

    /**
     * NEP-171's {@code NftTransferLog}: {@code authorized_id} (the approved account that made the
     * transfer) and {@code memo} only when there is one, in near-contract-standards' key order.
     */
    static String transferLog(AccountId oldOwnerId, AccountId newOwnerId, String tokenId, AccountId authorizedId,
            String memo) {
        StringBuilder sb = new StringBuilder("[{\"old_owner_id\":").append(Json.encode(oldOwnerId));
        sb.append(",\"new_owner_id\":").append(Json.encode(newOwnerId));
        sb.append(",\"token_ids\":[").append(Json.encode(tokenId)).append(']');
        if (authorizedId != null) {
            sb.append(",\"authorized_id\":").append(Json.encode(authorizedId));
        }
        if (memo != null) {
            sb.append(",\"memo\":").append(Json.encode(memo));
        }
        return sb.append("}]").toString();
    }
}
