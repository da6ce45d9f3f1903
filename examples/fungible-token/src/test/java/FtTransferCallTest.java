import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.sdk.PromiseResult;
import dev.aidev.sdk.U128;
import dev.aidev.sdk.testing.CallOutcome;
import dev.aidev.sdk.testing.PromiseRecord;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ft_transfer_call and its ft_resolve_transfer callback. The MockBlockchain records the promises;
 * each test then runs the callback as the runtime would, with the receiver's result.
 */
class FtTransferCallTest {
    private FtFixture f;

    @BeforeEach
    void deploy() {
        f = FtFixture.deployed("1000");
        f.register("defi.near");
    }

    private CallOutcome transferCall(String args) {
        return f.callAs("owner.near", U128.ONE, "ft_transfer_call", args);
    }

    /** ft_transfer_call of 100 to defi.near, then ft_resolve_transfer with the receiver's result. */
    private CallOutcome sendAndResolve(PromiseResult receiverResult) {
        CallOutcome call = f.ok(transferCall("{\"receiver_id\":\"defi.near\",\"amount\":\"100\",\"msg\":\"\"}"));
        String resolveArgs = FtFixture.functionCallArgs(call.promises().get(1));
        f.ft.chain().caller("ft.near").attachedDeposit(U128.ZERO).promiseResults(receiverResult);
        return f.ok(f.ft.call("ft_resolve_transfer", resolveArgs));
    }

    private CallOutcome sendAndResolve(String receiverJson) {
        return sendAndResolve(PromiseResult.successfulJson(receiverJson));
    }

    @Test
    void ft_transfer_call_transfers_then_calls_ft_on_transfer_then_ft_resolve_transfer() {
        CallOutcome out = f.ok(transferCall(
                "{\"receiver_id\":\"defi.near\",\"amount\":\"100\",\"memo\":\"m\",\"msg\":\"take \\\"it\\\"\"}"));
        assertThat(out.logs()).containsExactly(FtFixture.transferEvent("owner.near", "defi.near", "100", "m"));
        assertThat(out.promises()).containsExactly(
                new PromiseRecord(0, "defi.near", List.of(), List.of("FunctionCallWeight(ft_on_transfer, "
                        + "{\"sender_id\":\"owner.near\",\"amount\":\"100\",\"msg\":\"take \\\"it\\\"\"}, 0, 0, 1)")),
                new PromiseRecord(1, "ft.near", List.of(0L), List.of("FunctionCallWeight(ft_resolve_transfer, "
                        + "{\"sender_id\":\"owner.near\",\"receiver_id\":\"defi.near\",\"amount\":\"100\"}, 0, 5000000000000, 0)")));
        assertThat(out.returnedPromise()).isEqualTo(1L);
        assertThat(out.result()).isNull();
        assertThat(f.balanceOf("owner.near")).isEqualTo("900");
        assertThat(f.balanceOf("defi.near")).isEqualTo("100");
    }

    @Test
    void ft_transfer_call_checks_what_ft_transfer_checks_and_then_creates_no_promise() {
        String[][] cases = {
            {"0", "{\"receiver_id\":\"defi.near\",\"amount\":\"1\",\"msg\":\"\"}", FtFixture.NOT_ONE_YOCTO},
            {"2", "{\"receiver_id\":\"defi.near\",\"amount\":\"1\",\"msg\":\"\"}", FtFixture.NOT_ONE_YOCTO},
            {"1", "{\"receiver_id\":\"bob.near\",\"amount\":\"1\",\"msg\":\"\"}", "The account bob.near is not registered"},
            {"1", "{\"receiver_id\":\"defi.near\",\"amount\":\"0\",\"msg\":\"\"}", "The amount should be a positive number"},
            {"1", "{\"receiver_id\":\"owner.near\",\"amount\":\"1\",\"msg\":\"\"}", "Sender and receiver should be different"},
            {"1", "{\"receiver_id\":\"defi.near\",\"amount\":\"1001\",\"msg\":\"\"}", "The account doesn't have enough balance"},
            {"1", "{\"receiver_id\":\"defi.near\",\"amount\":\"1\"}", FtFixture.BAD_JSON},
        };
        for (String[] c : cases) {
            CallOutcome out = f.callAs("owner.near", U128.parse(c[0]), "ft_transfer_call", c[1]);
            assertThat(out.panic()).as(c[1]).isEqualTo(c[2]);
            assertThat(out.promises()).isEmpty();
            assertThat(out.logs()).isEmpty();
        }
        assertThat(f.balanceOf("owner.near")).isEqualTo("1000");
    }

    @Test
    void a_receiver_that_keeps_everything_returns_0_and_nothing_is_refunded() {
        CallOutcome out = sendAndResolve("\"0\"");
        assertThat(out.result()).isEqualTo("\"100\"");
        assertThat(out.logs()).isEmpty();
        assertThat(f.balanceOf("owner.near")).isEqualTo("900");
        assertThat(f.balanceOf("defi.near")).isEqualTo("100");
    }

    @Test
    void a_receiver_that_returns_everything_gets_it_all_refunded_with_a_refund_event() {
        CallOutcome out = sendAndResolve("\"100\"");
        assertThat(out.result()).isEqualTo("\"0\"");
        assertThat(out.logs()).containsExactly(FtFixture.transferEvent("defi.near", "owner.near", "100", "refund"));
        assertThat(f.balanceOf("owner.near")).isEqualTo("1000");
        assertThat(f.balanceOf("defi.near")).isEqualTo("0");
        assertThat(f.totalSupply()).isEqualTo("1000");
    }

    @Test
    void a_receiver_that_returns_part_keeps_the_rest() {
        CallOutcome out = sendAndResolve("\"30\"");
        assertThat(out.result()).isEqualTo("\"70\"");
        assertThat(out.logs()).containsExactly(FtFixture.transferEvent("defi.near", "owner.near", "30", "refund"));
        assertThat(f.balanceOf("owner.near")).isEqualTo("930");
        assertThat(f.balanceOf("defi.near")).isEqualTo("70");
    }

    @Test
    void an_unused_amount_above_the_amount_refunds_only_the_amount() {
        CallOutcome out = sendAndResolve("\"5000\"");
        assertThat(out.result()).isEqualTo("\"0\"");
        assertThat(f.balanceOf("owner.near")).isEqualTo("1000");
    }

    @Test
    void a_failed_receiver_call_refunds_everything() {
        CallOutcome out = sendAndResolve(PromiseResult.failed());
        assertThat(out.result()).isEqualTo("\"0\"");
        assertThat(out.logs()).containsExactly(FtFixture.transferEvent("defi.near", "owner.near", "100", "refund"));
        assertThat(f.balanceOf("owner.near")).isEqualTo("1000");
    }

    @Test
    void a_result_that_is_not_a_json_u128_string_counts_as_all_unused() {
        for (String result : new String[] {"", "30", "\"-1\"", "\"3x\"", "\"\"", "\"+\"", "null", "{\"amount\":\"30\"}",
                "\"340282366920938463463374607431768211456\"", "\"30\" 1", "\"3\\n0\""}) {
            FtFixture fresh = FtFixture.deployed("1000");
            fresh.register("defi.near");
            f = fresh;
            assertThat(sendAndResolve(result).result()).as(result).isEqualTo("\"0\"");
            assertThat(f.balanceOf("owner.near")).as(result).isEqualTo("1000");
        }
    }

    @Test
    void a_result_longer_than_42_bytes_counts_as_all_unused_even_if_it_is_valid_json() {
        String fortyThreeBytes = "\"" + "0".repeat(39) + "30\"";
        assertThat(sendAndResolve(fortyThreeBytes).result()).isEqualTo("\"0\"");
    }

    @Test
    void the_result_is_read_as_serde_reads_u128_plus_sign_whitespace_escapes_and_leading_zeros() {
        String[] thirty = {"\"+30\"", " \"30\"\n", "\"\\u0033\\u0030\"", "\"030\"",
            "\"" + "0".repeat(38) + "30\"" /* 42 bytes, the most near-sdk-rs reads */};
        for (String result : thirty) {
            FtFixture fresh = FtFixture.deployed("1000");
            fresh.register("defi.near");
            f = fresh;
            assertThat(sendAndResolve(result).result()).as(result).isEqualTo("\"70\"");
        }
    }

    @Test
    void only_what_the_receiver_still_holds_is_refunded() {
        CallOutcome call = f.ok(transferCall("{\"receiver_id\":\"defi.near\",\"amount\":\"100\",\"msg\":\"\"}"));
        f.register("alice.near");
        f.transfer("defi.near", "alice.near", "80");
        f.ft.chain().caller("ft.near").attachedDeposit(U128.ZERO).promiseResults(PromiseResult.successfulJson("\"100\""));
        CallOutcome out = f.ok(f.ft.call("ft_resolve_transfer", FtFixture.functionCallArgs(call.promises().get(1))));
        assertThat(out.result()).isEqualTo("\"80\"");
        assertThat(out.logs()).containsExactly(FtFixture.transferEvent("defi.near", "owner.near", "20", "refund"));
        assertThat(f.balanceOf("defi.near")).isEqualTo("0");
        assertThat(f.balanceOf("owner.near")).isEqualTo("920");
    }

    @Test
    void nothing_is_refunded_when_the_receiver_unregistered_meanwhile() {
        CallOutcome call = f.ok(transferCall("{\"receiver_id\":\"defi.near\",\"amount\":\"100\",\"msg\":\"\"}"));
        f.ok(f.callAs("defi.near", U128.ONE, "storage_unregister", "{\"force\":true}"));
        f.ft.chain().caller("ft.near").attachedDeposit(U128.ZERO).promiseResults(PromiseResult.failed());
        CallOutcome out = f.ok(f.ft.call("ft_resolve_transfer", FtFixture.functionCallArgs(call.promises().get(1))));
        assertThat(out.result()).isEqualTo("\"100\"");
        assertThat(out.logs()).isEmpty();
        assertThat(f.balanceOf("owner.near")).isEqualTo("900");
        assertThat(f.totalSupply()).isEqualTo("900");
    }

    @Test
    void the_refund_is_burned_when_the_sender_unregistered_meanwhile() {
        f.register("alice.near");
        f.transfer("owner.near", "alice.near", "100");
        CallOutcome call = f.ok(f.callAs("alice.near", U128.ONE, "ft_transfer_call",
                "{\"receiver_id\":\"defi.near\",\"amount\":\"100\",\"msg\":\"\"}"));
        f.ok(f.callAs("alice.near", U128.ONE, "storage_unregister", "{}"));
        f.ft.chain().caller("ft.near").attachedDeposit(U128.ZERO).promiseResults(PromiseResult.successfulJson("\"40\""));
        CallOutcome out = f.ok(f.ft.call("ft_resolve_transfer", FtFixture.functionCallArgs(call.promises().get(1))));
        assertThat(out.result()).isEqualTo("\"100\"");
        assertThat(out.logs()).containsExactly("The account of the sender was deleted", FtFixture.burnEvent("defi.near", "40"),
                "Account @alice.near burned 40");
        assertThat(f.balanceOf("defi.near")).isEqualTo("60");
        assertThat(f.totalSupply()).isEqualTo("960");
        assertThat(f.ok(f.view("storage_balance_of", "{\"account_id\":\"alice.near\"}")).result()).isEqualTo("null");
    }

    @Test
    void ft_resolve_transfer_is_private() {
        f.ft.chain().caller("owner.near").attachedDeposit(U128.ZERO).promiseResults(PromiseResult.successfulJson("\"100\""));
        CallOutcome out = f.ft.call("ft_resolve_transfer",
                "{\"sender_id\":\"owner.near\",\"receiver_id\":\"defi.near\",\"amount\":\"100\"}");
        assertThat(out.panic()).isEqualTo("Method ft_resolve_transfer is private");
    }

    @Test
    void ft_resolve_transfer_takes_no_deposit() {
        f.ft.chain().caller("ft.near").attachedDeposit(U128.ONE).promiseResults(PromiseResult.failed());
        assertThat(f.ft.call("ft_resolve_transfer", "{\"sender_id\":\"owner.near\",\"receiver_id\":\"defi.near\",\"amount\":\"1\"}")
                .panic()).isEqualTo("Method ft_resolve_transfer doesn't accept deposit");
    }
}
