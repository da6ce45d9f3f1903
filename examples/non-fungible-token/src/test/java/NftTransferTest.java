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

/** NEP-171: nft_transfer, nft_transfer_call and nft_resolve_transfer. */
class NftTransferTest {
    private NftFixture f;

    @BeforeEach
    void deploy() {
        f = NftFixture.deployed();
        f.mint("mons", "alice.near");
    }

    @Test
    void the_owner_transfers_with_exactly_1_yocto_and_an_nft_transfer_event() {
        CallOutcome out = f.ok(f.callAs("alice.near", U128.ONE, "nft_transfer",
                "{\"receiver_id\":\"bob.near\",\"token_id\":\"mons\"}"));
        assertThat(out.logs()).containsExactly(NftFixture.transferEvent("alice.near", "bob.near", "mons"));
        assertThat(out.result()).isNull();
        assertThat(out.promises()).isEmpty();
        assertThat(f.token("mons")).isEqualTo(NftFixture.tokenJson("mons", "bob.near", ""));
    }

    @Test
    void the_memo_is_in_the_event() {
        CallOutcome out = f.ok(f.callAs("alice.near", U128.ONE, "nft_transfer",
                "{\"receiver_id\":\"bob.near\",\"token_id\":\"mons\",\"memo\":\"for \\\"you\\\"\"}"));
        assertThat(out.logs()).containsExactly(
                NftFixture.transferEvent("alice.near", "bob.near", "mons", ",\"memo\":\"for \\\"you\\\"\""));
    }

    @Test
    void nft_transfer_requires_exactly_1_yocto() {
        for (U128 deposit : new U128[] {U128.ZERO, U128.of(2), U128.ofNear(1)}) {
            CallOutcome out = f.callAs("alice.near", deposit, "nft_transfer", "{\"receiver_id\":\"bob.near\",\"token_id\":\"mons\"}");
            assertThat(out.panic()).as(deposit.toString()).isEqualTo(NftFixture.NOT_ONE_YOCTO);
            assertThat(out.logs()).isEmpty();
        }
        assertThat(f.token("mons")).contains("\"owner_id\":\"alice.near\"");
    }

    @Test
    void nft_transfer_panics_as_near_contract_standards_does() {
        String[][] cases = {
            {"alice.near", "{\"receiver_id\":\"bob.near\",\"token_id\":\"nope\"}", "Token not found"},
            {"bob.near", "{\"receiver_id\":\"bob.near\",\"token_id\":\"mons\"}", "Sender not approved"},
            {"alice.near", "{\"receiver_id\":\"alice.near\",\"token_id\":\"mons\"}", "Current and next owner must differ"},
            {"alice.near", "{\"receiver_id\":\"bob.near\"}", NftFixture.BAD_JSON},
            {"alice.near", "{\"receiver_id\":\"not an account\",\"token_id\":\"mons\"}", NftFixture.BAD_JSON},
        };
        for (String[] c : cases) {
            CallOutcome out = f.callAs(c[0], U128.ONE, "nft_transfer", c[1]);
            assertThat(out.panic()).as(c[1]).isEqualTo(c[2]);
            assertThat(out.logs()).isEmpty();
        }
        assertThat(f.token("mons")).contains("\"owner_id\":\"alice.near\"");
    }

    @Test
    void enumeration_follows_transfers() {
        f.mint("olympus", "alice.near");
        f.transfer("alice.near", "bob.near", "mons");
        assertThat(f.ok(f.view("nft_supply_for_owner", "{\"account_id\":\"alice.near\"}")).result()).isEqualTo("\"1\"");
        assertThat(f.ok(f.view("nft_supply_for_owner", "{\"account_id\":\"bob.near\"}")).result()).isEqualTo("\"1\"");
        f.transfer("alice.near", "bob.near", "olympus");
        assertThat(f.ok(f.view("nft_supply_for_owner", "{\"account_id\":\"alice.near\"}")).result()).isEqualTo("\"0\"");
        assertThat(f.ok(f.view("nft_tokens_for_owner", "{\"account_id\":\"alice.near\"}")).result()).isEqualTo("[]");
        assertThat(f.ok(f.view("nft_tokens_for_owner", "{\"account_id\":\"bob.near\"}")).result()).isEqualTo("["
                + NftFixture.tokenJson("mons", "bob.near", "") + "," + NftFixture.tokenJson("olympus", "bob.near", "") + "]");
    }

    // ---- nft_transfer_call ----

    private CallOutcome transferCall() {
        return f.ok(f.callAs("alice.near", U128.ONE, "nft_transfer_call",
                "{\"receiver_id\":\"market.near\",\"token_id\":\"mons\",\"msg\":\"list it\"}"));
    }

    @Test
    void nft_transfer_call_transfers_then_calls_nft_on_transfer_then_nft_resolve_transfer() {
        f.nft.chain().prepaidGas(Gas.tgas(100));
        CallOutcome out = transferCall();
        assertThat(out.logs()).containsExactly(NftFixture.transferEvent("alice.near", "market.near", "mons"));
        assertThat(out.promises()).containsExactly(
                new PromiseRecord(0, "market.near", List.of(), List.of("FunctionCall(nft_on_transfer, "
                        + "{\"sender_id\":\"alice.near\",\"previous_owner_id\":\"alice.near\",\"token_id\":\"mons\","
                        + "\"msg\":\"list it\"}, 0, 70000000000000)")),
                new PromiseRecord(1, "nft.near", List.of(0L), List.of("FunctionCall(nft_resolve_transfer, "
                        + "{\"previous_owner_id\":\"alice.near\",\"receiver_id\":\"market.near\",\"token_id\":\"mons\","
                        + "\"approved_account_ids\":[]}, 0, 5000000000000)")));
        assertThat(out.returnedPromise()).isEqualTo(1L);
        assertThat(f.token("mons")).contains("\"owner_id\":\"market.near\"");
    }

    @Test
    void nft_transfer_call_requires_1_yocto_and_more_than_30_tgas() {
        String args = "{\"receiver_id\":\"market.near\",\"token_id\":\"mons\",\"msg\":\"\"}";
        assertThat(f.callAs("alice.near", U128.ZERO, "nft_transfer_call", args).panic()).isEqualTo(NftFixture.NOT_ONE_YOCTO);
        assertThat(f.callAs("alice.near", U128.of(2), "nft_transfer_call", args).panic()).isEqualTo(NftFixture.NOT_ONE_YOCTO);
        f.nft.chain().prepaidGas(Gas.tgas(30));
        CallOutcome out = f.callAs("alice.near", U128.ONE, "nft_transfer_call", args);
        assertThat(out.panic()).isEqualTo("More gas is required");
        assertThat(out.promises()).isEmpty();
        assertThat(f.callAs("alice.near", U128.ONE, "nft_transfer_call", "{\"receiver_id\":\"market.near\",\"token_id\":\"mons\"}")
                .panic()).isEqualTo(NftFixture.BAD_JSON);
        assertThat(f.token("mons")).contains("\"owner_id\":\"alice.near\"");
    }

    @Test
    void a_receiver_returning_false_keeps_the_token() {
        CallOutcome call = transferCall();
        CallOutcome out = f.ok(f.resolve(call, PromiseResult.successfulJson("false")));
        assertThat(out.result()).isEqualTo("true");
        assertThat(out.logs()).isEmpty();
        assertThat(f.token("mons")).contains("\"owner_id\":\"market.near\"");
    }

    @Test
    void a_receiver_returning_true_gives_the_token_back_with_an_nft_transfer_event() {
        CallOutcome call = transferCall();
        CallOutcome out = f.ok(f.resolve(call, PromiseResult.successfulJson("true")));
        assertThat(out.result()).isEqualTo("false");
        assertThat(out.logs()).containsExactly(NftFixture.transferEvent("market.near", "alice.near", "mons"));
        assertThat(f.token("mons")).isEqualTo(NftFixture.tokenJson("mons", "alice.near", ""));
        assertThat(f.ok(f.view("nft_supply_for_owner", "{\"account_id\":\"market.near\"}")).result()).isEqualTo("\"0\"");
    }

    @Test
    void a_receiver_that_panicked_gives_the_token_back() {
        CallOutcome call = transferCall();
        CallOutcome out = f.ok(f.resolve(call, PromiseResult.failed()));
        assertThat(out.result()).isEqualTo("false");
        assertThat(f.token("mons")).contains("\"owner_id\":\"alice.near\"");
    }

    @Test
    void a_result_that_is_not_a_json_bool_counts_as_true() {
        for (String result : new String[] {"", "0", "\"false\"", "null", "{}", "False"}) {
            f = NftFixture.deployed();
            f.mint("mons", "alice.near");
            CallOutcome out = f.ok(f.resolve(transferCall(), PromiseResult.successfulJson(result)));
            assertThat(out.result()).as(result).isEqualTo("false");
            assertThat(f.token("mons")).as(result).contains("\"owner_id\":\"alice.near\"");
        }
        f = NftFixture.deployed();
        f.mint("mons", "alice.near");
        assertThat(f.ok(f.resolve(transferCall(), PromiseResult.successfulJson(" false\n"))).result()).isEqualTo("true");
    }

    @Test
    void the_token_is_not_returned_when_the_receiver_passed_it_on() {
        CallOutcome call = transferCall();
        f.transfer("market.near", "bob.near", "mons");
        CallOutcome out = f.ok(f.resolve(call, PromiseResult.successfulJson("true")));
        assertThat(out.result()).isEqualTo("true");
        assertThat(out.logs()).isEmpty();
        assertThat(f.token("mons")).contains("\"owner_id\":\"bob.near\"");
    }

    @Test
    void returning_the_token_restores_the_previous_approvals_and_refunds_the_receivers() {
        f.approve("alice.near", "mons", "bob.near");
        CallOutcome call = transferCall();
        assertThat(NftFixture.functionCallArgs(call.promises().get(1)))
                .contains("\"approved_account_ids\":[{\"account_id\":\"bob.near\",\"approval_id\":1}]");
        assertThat(f.token("mons")).contains("\"approved_account_ids\":{}");
        f.approve("market.near", "mons", "carol.near");
        CallOutcome out = f.ok(f.resolve(call, PromiseResult.successfulJson("true")));
        assertThat(out.result()).isEqualTo("false");
        assertThat(out.promises()).containsExactly(new PromiseRecord(0, "market.near", List.of(),
                List.of(NftFixture.transferAction(Deposits.storageByteCost().mul(U128.of(10 + 4 + 8))))));
        assertThat(f.token("mons")).isEqualTo(NftFixture.tokenJson("mons", "alice.near", "\"bob.near\":1"));
        assertThat(f.isApproved("mons", "carol.near")).isFalse();
        // bob's approval works again, with its ID
        f.ok(f.callAs("bob.near", U128.ONE, "nft_transfer",
                "{\"receiver_id\":\"bob.near\",\"token_id\":\"mons\",\"approval_id\":1}"));
    }

    @Test
    void nft_resolve_transfer_is_private() {
        f.nft.chain().caller("alice.near").attachedDeposit(U128.ZERO).promiseResults(PromiseResult.successfulJson("true"));
        CallOutcome out = f.nft.call("nft_resolve_transfer",
                "{\"previous_owner_id\":\"alice.near\",\"receiver_id\":\"market.near\",\"token_id\":\"mons\"}");
        assertThat(out.panic()).isEqualTo("Method nft_resolve_transfer is private");
    }
}
