import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.sdk.standards.Deposits;
import dev.aidev.sdk.Gas;
import dev.aidev.sdk.PromiseResult;
import dev.aidev.sdk.U128;
import dev.aidev.sdk.testing.CallOutcome;
import dev.aidev.sdk.testing.PromiseRecord;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** NEP-178: nft_approve, nft_is_approved, nft_revoke, nft_revoke_all, and transfers by approved accounts. */
class NftApprovalTest {
    /** bob.near's approval: 8 bytes of account ID, its 4-byte length, the 8-byte approval ID. */
    private static final U128 BOB_APPROVAL_COST = Deposits.storageByteCost().mul(U128.of(8 + 4 + 8));
    private static final U128 MARKET_APPROVAL_COST = Deposits.storageByteCost().mul(U128.of(11 + 4 + 8));

    private NftFixture f;

    @BeforeEach
    void deploy() {
        f = NftFixture.deployed();
        f.mint("mons", "alice.near");
    }

    private static String approveArgs(String account) {
        return "{\"token_id\":\"mons\",\"account_id\":\"" + account + "\"}";
    }

    @Test
    void nft_approve_charges_the_approvals_storage_and_refunds_the_rest() {
        CallOutcome out = f.ok(f.callAs("alice.near", U128.ofNear(1), "nft_approve", approveArgs("bob.near")));
        assertThat(out.result()).isEqualTo("null");
        assertThat(out.promises()).containsExactly(new PromiseRecord(0, "alice.near", List.of(),
                List.of(NftFixture.transferAction(U128.ofNear(1).sub(BOB_APPROVAL_COST)))));
        assertThat(f.token("mons")).isEqualTo(NftFixture.tokenJson("mons", "alice.near", "\"bob.near\":1"));
        assertThat(f.isApproved("mons", "bob.near")).isTrue();
        assertThat(f.isApproved("mons", "market.near")).isFalse();
    }

    @Test
    void nft_approve_needs_at_least_1_yocto_and_enough_for_the_storage() {
        CallOutcome out = f.callAs("alice.near", U128.ZERO, "nft_approve", approveArgs("bob.near"));
        assertThat(out.panic()).isEqualTo("Requires attached deposit of at least 1 yoctoNEAR");
        out = f.callAs("alice.near", BOB_APPROVAL_COST.sub(U128.ONE), "nft_approve", approveArgs("bob.near"));
        assertThat(out.panic()).isEqualTo("Must attach " + BOB_APPROVAL_COST + " yoctoNEAR to cover storage");
        out = f.ok(f.callAs("alice.near", BOB_APPROVAL_COST, "nft_approve", approveArgs("bob.near")));
        assertThat(out.promises()).isEmpty();
    }

    @Test
    void approval_ids_increase_and_reapproving_costs_no_storage() {
        f.approve("alice.near", "mons", "bob.near");
        f.approve("alice.near", "mons", "market.near");
        CallOutcome again = f.ok(f.callAs("alice.near", U128.ONE, "nft_approve", approveArgs("bob.near")));
        assertThat(again.promises()).isEmpty();
        assertThat(f.token("mons")).isEqualTo(NftFixture.tokenJson("mons", "alice.near", "\"bob.near\":3,\"market.near\":2"));
        assertThat(isApproved("bob.near", 3)).isTrue();
        assertThat(isApproved("bob.near", 1)).isFalse();
        assertThat(isApproved("market.near", 2)).isTrue();
    }

    @Test
    void approval_ids_keep_increasing_across_revokes_and_transfers() {
        f.approve("alice.near", "mons", "bob.near");
        f.ok(f.callAs("alice.near", U128.ONE, "nft_revoke_all", "{\"token_id\":\"mons\"}"));
        f.approve("alice.near", "mons", "bob.near");
        assertThat(f.token("mons")).contains("{\"bob.near\":2}");
        f.transfer("alice.near", "carol.near", "mons");
        f.approve("carol.near", "mons", "bob.near");
        assertThat(f.token("mons")).contains("{\"bob.near\":3}");
    }

    @Test
    void only_the_owner_approves_revokes_and_revokes_all() {
        assertThat(f.callAs("bob.near", U128.ONE, "nft_approve", approveArgs("bob.near")).panic())
                .isEqualTo("Predecessor must be token owner.");
        assertThat(f.callAs("bob.near", U128.ONE, "nft_revoke", approveArgs("bob.near")).panic())
                .isEqualTo("Predecessor must be token owner.");
        assertThat(f.callAs("bob.near", U128.ONE, "nft_revoke_all", "{\"token_id\":\"mons\"}").panic())
                .isEqualTo("Predecessor must be token owner.");
        String unknown = "{\"token_id\":\"nope\",\"account_id\":\"bob.near\"}";
        assertThat(f.callAs("alice.near", U128.ONE, "nft_approve", unknown).panic()).isEqualTo("Token not found");
        assertThat(f.callAs("alice.near", U128.ONE, "nft_revoke", unknown).panic()).isEqualTo("Token not found");
        assertThat(f.view("nft_is_approved", "{\"token_id\":\"nope\",\"approved_account_id\":\"bob.near\"}").panic())
                .isEqualTo("Token not found");
    }

    @Test
    void nft_revoke_and_revoke_all_require_exactly_1_yocto() {
        f.approve("alice.near", "mons", "bob.near");
        assertThat(f.callAs("alice.near", U128.ZERO, "nft_revoke", approveArgs("bob.near")).panic()).isEqualTo(NftFixture.NOT_ONE_YOCTO);
        assertThat(f.callAs("alice.near", U128.of(2), "nft_revoke", approveArgs("bob.near")).panic()).isEqualTo(NftFixture.NOT_ONE_YOCTO);
        assertThat(f.callAs("alice.near", U128.ZERO, "nft_revoke_all", "{\"token_id\":\"mons\"}").panic())
                .isEqualTo(NftFixture.NOT_ONE_YOCTO);
        assertThat(f.isApproved("mons", "bob.near")).isTrue();
    }

    @Test
    void nft_revoke_removes_one_approval_and_refunds_its_storage() {
        f.approve("alice.near", "mons", "bob.near");
        f.approve("alice.near", "mons", "market.near");
        CallOutcome out = f.ok(f.callAs("alice.near", U128.ONE, "nft_revoke", approveArgs("bob.near")));
        assertThat(out.promises()).containsExactly(new PromiseRecord(0, "alice.near", List.of(),
                List.of(NftFixture.transferAction(BOB_APPROVAL_COST))));
        assertThat(f.token("mons")).contains("\"approved_account_ids\":{\"market.near\":2}");
        CallOutcome again = f.ok(f.callAs("alice.near", U128.ONE, "nft_revoke", approveArgs("bob.near")));
        assertThat(again.promises()).as("revoking an account that is not approved does nothing").isEmpty();
    }

    @Test
    void nft_revoke_all_removes_every_approval_and_refunds_their_storage() {
        f.approve("alice.near", "mons", "bob.near");
        f.approve("alice.near", "mons", "market.near");
        CallOutcome out = f.ok(f.callAs("alice.near", U128.ONE, "nft_revoke_all", "{\"token_id\":\"mons\"}"));
        assertThat(out.promises()).containsExactly(new PromiseRecord(0, "alice.near", List.of(),
                List.of(NftFixture.transferAction(BOB_APPROVAL_COST.add(MARKET_APPROVAL_COST)))));
        assertThat(f.token("mons")).contains("\"approved_account_ids\":{}");
        assertThat(f.ok(f.callAs("alice.near", U128.ONE, "nft_revoke_all", "{\"token_id\":\"mons\"}")).promises()).isEmpty();
    }

    @Test
    void with_msg_nft_approve_calls_nft_on_approve_and_returns_that_promise() {
        f.nft.chain().prepaidGas(Gas.tgas(50));
        CallOutcome out = f.ok(f.callAs("alice.near", MARKET_APPROVAL_COST, "nft_approve",
                "{\"token_id\":\"mons\",\"account_id\":\"market.near\",\"msg\":\"{\\\"price\\\":\\\"5\\\"}\"}"));
        assertThat(out.promises()).containsExactly(new PromiseRecord(0, "market.near", List.of(), List.of(
                "FunctionCall(nft_on_approve, {\"token_id\":\"mons\",\"owner_id\":\"alice.near\",\"approval_id\":1,"
                        + "\"msg\":\"{\\\"price\\\":\\\"5\\\"}\"}, 0, 40000000000000)")));
        assertThat(out.returnedPromise()).isEqualTo(0L);
    }

    @Test
    void an_approved_account_transfers_and_the_event_names_it_as_authorized_id() {
        f.approve("alice.near", "mons", "market.near");
        CallOutcome out = f.ok(f.callAs("market.near", U128.ONE, "nft_transfer",
                "{\"receiver_id\":\"bob.near\",\"token_id\":\"mons\",\"approval_id\":1,\"memo\":\"sold\"}"));
        assertThat(out.logs()).containsExactly(NftFixture.transferEvent("alice.near", "bob.near", "mons",
                ",\"authorized_id\":\"market.near\",\"memo\":\"sold\""));
        assertThat(f.token("mons")).isEqualTo(NftFixture.tokenJson("mons", "bob.near", ""));
        assertThat(f.isApproved("mons", "market.near")).as("a transfer clears the approvals").isFalse();
    }

    @Test
    void an_approved_account_may_leave_out_the_approval_id() {
        f.approve("alice.near", "mons", "market.near");
        f.transfer("market.near", "bob.near", "mons");
        assertThat(f.token("mons")).contains("\"owner_id\":\"bob.near\"");
    }

    @Test
    void a_wrong_approval_id_is_refused_with_both_ids() {
        f.approve("alice.near", "mons", "bob.near");
        f.approve("alice.near", "mons", "market.near");
        CallOutcome out = f.callAs("market.near", U128.ONE, "nft_transfer",
                "{\"receiver_id\":\"bob.near\",\"token_id\":\"mons\",\"approval_id\":1}");
        assertThat(out.panic()).isEqualTo("The actual approval_id Some(2) is different from the given approval_id Some(1)");
        assertThat(f.isApproved("mons", "market.near")).as("a failed transfer keeps the approvals").isTrue();
    }

    @Test
    void the_owner_transfers_whatever_approval_id_it_gives() {
        f.approve("alice.near", "mons", "bob.near");
        f.ok(f.callAs("alice.near", U128.ONE, "nft_transfer",
                "{\"receiver_id\":\"carol.near\",\"token_id\":\"mons\",\"approval_id\":99}"));
        assertThat(f.token("mons")).contains("\"owner_id\":\"carol.near\"");
    }

    @Test
    void a_revoked_account_can_no_longer_transfer() {
        f.approve("alice.near", "mons", "bob.near");
        f.ok(f.callAs("alice.near", U128.ONE, "nft_revoke", approveArgs("bob.near")));
        CallOutcome out = f.callAs("bob.near", U128.ONE, "nft_transfer", "{\"receiver_id\":\"bob.near\",\"token_id\":\"mons\"}");
        assertThat(out.panic()).isEqualTo("Sender not approved");
    }

    @Test
    void an_approved_account_can_transfer_call_and_the_receiver_sees_both_accounts() {
        f.approve("alice.near", "mons", "market.near");
        f.nft.chain().prepaidGas(Gas.tgas(100));
        CallOutcome out = f.ok(f.callAs("market.near", U128.ONE, "nft_transfer_call",
                "{\"receiver_id\":\"bob.near\",\"token_id\":\"mons\",\"approval_id\":1,\"msg\":\"\"}"));
        assertThat(NftFixture.functionCallArgs(out.promises().get(0))).isEqualTo(
                "{\"sender_id\":\"market.near\",\"previous_owner_id\":\"alice.near\",\"token_id\":\"mons\",\"msg\":\"\"}");
        assertThat(out.logs()).containsExactly(NftFixture.transferEvent("alice.near", "bob.near", "mons",
                ",\"authorized_id\":\"market.near\""));
    }

    @Test
    void when_the_receiver_of_an_approved_transfer_call_gives_the_token_back_every_approval_returns_with_its_id() {
        f.approve("alice.near", "mons", "bob.near");
        f.approve("alice.near", "mons", "market.near");
        f.nft.chain().prepaidGas(Gas.tgas(100));
        CallOutcome call = f.ok(f.callAs("market.near", U128.ONE, "nft_transfer_call",
                "{\"receiver_id\":\"carol.near\",\"token_id\":\"mons\",\"approval_id\":2,\"msg\":\"\"}"));
        assertThat(f.isApproved("mons", "market.near")).isFalse();
        CallOutcome out = f.ok(f.resolve(call, PromiseResult.failed()));
        assertThat(out.result()).isEqualTo("false");
        assertThat(out.logs()).containsExactly(NftFixture.transferEvent("carol.near", "alice.near", "mons"));
        assertThat(f.token("mons")).isEqualTo(NftFixture.tokenJson("mons", "alice.near", "\"bob.near\":1,\"market.near\":2"));
        f.approve("alice.near", "mons", "carol.near");
        assertThat(f.token("mons")).as("the next approval ID survived the round trip")
                .contains("\"carol.near\":3");
    }

    private boolean isApproved(String account, long approvalId) {
        return Boolean.parseBoolean(f.ok(f.view("nft_is_approved", "{\"token_id\":\"mons\",\"approved_account_id\":\""
                + account + "\",\"approval_id\":" + approvalId + "}")).result());
    }
}
