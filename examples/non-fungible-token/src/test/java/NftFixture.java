import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.sdk.PromiseResult;
import dev.aidev.sdk.U128;
import dev.aidev.sdk.testing.CallOutcome;
import dev.aidev.sdk.testing.JvmContract;
import dev.aidev.sdk.testing.PromiseRecord;

/** An NftContract on a MockBlockchain, with the calls and expected texts the tests share. */
final class NftFixture {
    static final String NFT = "nft.near";
    static final String OWNER = "owner.near";
    static final String ALICE = "alice.near";
    static final String BOB = "bob.near";
    static final String MARKET = "market.near";
    static final U128 ONE_YOCTO = U128.ONE_YOCTO;
    /** Enough to pay for any token's storage in these tests (1 NEAR). */
    static final U128 MINT_DEPOSIT = U128.ofNear(1);
    static final String NOT_ONE_YOCTO = "Requires attached deposit of exactly 1 yoctoNEAR";
    static final String BAD_JSON = "Failed to deserialize input from JSON.";
    /** The metadata of a token minted by {@link #mint}: only a title. */
    static final String METADATA = "{\"title\":\"Olympus Mons\",\"description\":null,\"media\":null,\"media_hash\":null,"
            + "\"copies\":null,\"issued_at\":null,\"expires_at\":null,\"starts_at\":null,\"updated_at\":null,"
            + "\"extra\":null,\"reference\":null,\"reference_hash\":null}";

    final JvmContract<NftContract> nft = JvmContract.of(NftContract.class);

    private NftFixture() {
        nft.chain().currentAccountId(NFT).caller(OWNER).attachedDeposit(U128.ZERO);
    }

    static NftFixture undeployed() {
        return new NftFixture();
    }

    /** {@code new_default_meta} with OWNER as the owner. */
    static NftFixture deployed() {
        NftFixture f = new NftFixture();
        f.nft.chain().caller(NFT);
        f.ok(f.nft.init("new_default_meta", "{\"owner_id\":\"" + OWNER + "\"}"));
        return f;
    }

    CallOutcome callAs(String account, U128 deposit, String method, String args) {
        nft.chain().caller(account).attachedDeposit(deposit).promiseResults();
        return nft.call(method, args);
    }

    CallOutcome view(String method, String args) {
        nft.chain().attachedDeposit(U128.ZERO).promiseResults();
        return nft.view(method, args);
    }

    /** nft_mint of {@code tokenId} for {@code owner}, by OWNER, with {@link #METADATA}. */
    CallOutcome mint(String tokenId, String owner) {
        return ok(callAs(OWNER, MINT_DEPOSIT, "nft_mint", mintArgs(tokenId, owner)));
    }

    static String mintArgs(String tokenId, String owner) {
        return "{\"token_id\":\"" + tokenId + "\",\"token_owner_id\":\"" + owner
                + "\",\"token_metadata\":{\"title\":\"Olympus Mons\"}}";
    }

    void transfer(String from, String to, String tokenId) {
        ok(callAs(from, ONE_YOCTO, "nft_transfer", "{\"receiver_id\":\"" + to + "\",\"token_id\":\"" + tokenId + "\"}"));
    }

    /** nft_approve of {@code account} for {@code tokenId} by {@code owner}, with 1 NEAR attached. */
    CallOutcome approve(String owner, String tokenId, String account) {
        return ok(callAs(owner, U128.ofNear(1), "nft_approve",
                "{\"token_id\":\"" + tokenId + "\",\"account_id\":\"" + account + "\"}"));
    }

    String token(String tokenId) {
        return ok(view("nft_token", "{\"token_id\":\"" + tokenId + "\"}")).result();
    }

    boolean isApproved(String tokenId, String account) {
        return Boolean.parseBoolean(ok(view("nft_is_approved",
                "{\"token_id\":\"" + tokenId + "\",\"approved_account_id\":\"" + account + "\"}")).result());
    }

    /** The nft_resolve_transfer callback of {@code call} (an nft_transfer_call), as the runtime runs it. */
    CallOutcome resolve(CallOutcome call, PromiseResult receiverResult) {
        String args = functionCallArgs(call.promises().get(1));
        nft.chain().caller(NFT).attachedDeposit(U128.ZERO).promiseResults(receiverResult);
        return nft.call("nft_resolve_transfer", args);
    }

    CallOutcome ok(CallOutcome out) {
        assertThat(out.panic()).as("panic").isNull();
        return out;
    }

    /** The token JSON as nft_token returns it, with the {@link #METADATA} of {@link #mint}. */
    static String tokenJson(String tokenId, String owner, String approvals) {
        return "{\"token_id\":\"" + tokenId + "\",\"owner_id\":\"" + owner + "\",\"metadata\":" + METADATA
                + ",\"approved_account_ids\":{" + approvals + "}}";
    }

    static String mintEvent(String owner, String tokenId) {
        return "EVENT_JSON:{\"standard\":\"nep171\",\"version\":\"1.2.0\",\"event\":\"nft_mint\",\"data\":[{\"owner_id\":\""
                + owner + "\",\"token_ids\":[\"" + tokenId + "\"]}]}";
    }

    static String transferEvent(String from, String to, String tokenId) {
        return "EVENT_JSON:{\"standard\":\"nep171\",\"version\":\"1.2.0\",\"event\":\"nft_transfer\",\"data\":[{\"old_owner_id\":\""
                + from + "\",\"new_owner_id\":\"" + to + "\",\"token_ids\":[\"" + tokenId + "\"]}]}";
    }

    /** An nft_transfer event with {@code extra} ({@code ,"authorized_id":...} and/or {@code ,"memo":...}) after token_ids. */
    static String transferEvent(String from, String to, String tokenId, String extra) {
        return "EVENT_JSON:{\"standard\":\"nep171\",\"version\":\"1.2.0\",\"event\":\"nft_transfer\",\"data\":[{\"old_owner_id\":\""
                + from + "\",\"new_owner_id\":\"" + to + "\",\"token_ids\":[\"" + tokenId + "\"]" + extra + "}]}";
    }

    static String transferAction(U128 amount) {
        return "Transfer(" + amount + ")";
    }

    /** The JSON arguments of the single function call of {@code promise}. */
    static String functionCallArgs(PromiseRecord promise) {
        String action = promise.actions().get(0);
        int start = action.indexOf(", ") + 2;
        int end = action.lastIndexOf(", ");
        end = action.lastIndexOf(", ", end - 1);
        return action.substring(start, end);
    }
}
