import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.sdk.U128;
import dev.aidev.sdk.testing.CallOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ft_transfer, ft_balance_of and ft_total_supply (NEP-141 core, near-contract-standards' rules). */
class FtTransferTest {
    private FtFixture f;

    @BeforeEach
    void deploy() {
        f = FtFixture.deployed("1000");
        f.register("alice.near");
    }

    private CallOutcome transfer(String from, U128 deposit, String args) {
        return f.callAs(from, deposit, "ft_transfer", args);
    }

    @Test
    void ft_transfer_moves_tokens_and_emits_ft_transfer_without_a_memo_key() {
        CallOutcome out = f.ok(transfer("owner.near", U128.ONE, "{\"receiver_id\":\"alice.near\",\"amount\":\"300\"}"));
        assertThat(out.result()).isNull();
        assertThat(out.logs()).containsExactly(FtFixture.transferEvent("owner.near", "alice.near", "300"));
        assertThat(out.promises()).isEmpty();
        assertThat(f.balanceOf("owner.near")).isEqualTo("700");
        assertThat(f.balanceOf("alice.near")).isEqualTo("300");
        assertThat(f.totalSupply()).isEqualTo("1000");
        assertThat(f.storage(FtFixture.balanceKey("alice.near"))).isEqualTo(U128.of(300).toLittleEndian());
    }

    @Test
    void a_memo_goes_into_the_event() {
        CallOutcome out = f.ok(transfer("owner.near", U128.ONE,
                "{\"receiver_id\":\"alice.near\",\"amount\":\"5\",\"memo\":\"for \\\"lunch\\\"\"}"));
        assertThat(out.logs()).containsExactly(FtFixture.transferEvent("owner.near", "alice.near", "5", "for \\\"lunch\\\""));
    }

    @Test
    void a_null_memo_is_no_memo() {
        CallOutcome out = f.ok(transfer("owner.near", U128.ONE, "{\"receiver_id\":\"alice.near\",\"amount\":\"5\",\"memo\":null}"));
        assertThat(out.logs()).containsExactly(FtFixture.transferEvent("owner.near", "alice.near", "5"));
    }

    @Test
    void the_whole_balance_can_be_sent_and_sent_back() {
        f.transfer("owner.near", "alice.near", "1000");
        assertThat(f.balanceOf("owner.near")).isEqualTo("0");
        f.transfer("alice.near", "owner.near", "1000");
        assertThat(f.balanceOf("owner.near")).isEqualTo("1000");
        assertThat(f.balanceOf("alice.near")).isEqualTo("0");
    }

    @Test
    void ft_transfer_requires_exactly_one_yocto() {
        for (U128 deposit : new U128[] {U128.ZERO, U128.of(2), U128.ofNear(1)}) {
            CallOutcome out = transfer("owner.near", deposit, "{\"receiver_id\":\"alice.near\",\"amount\":\"1\"}");
            assertThat(out.panic()).as(deposit.toString()).isEqualTo(FtFixture.NOT_ONE_YOCTO);
            assertThat(out.logs()).isEmpty();
        }
        assertThat(f.balanceOf("alice.near")).isEqualTo("0");
    }

    @Test
    void the_receiver_must_be_registered() {
        CallOutcome out = transfer("owner.near", U128.ONE, "{\"receiver_id\":\"bob.near\",\"amount\":\"1\"}");
        assertThat(out.panic()).isEqualTo("The account bob.near is not registered");
        assertThat(out.logs()).isEmpty();
        assertThat(f.balanceOf("owner.near")).isEqualTo("1000");
    }

    @Test
    void the_sender_must_be_registered() {
        assertThat(transfer("bob.near", U128.ONE, "{\"receiver_id\":\"alice.near\",\"amount\":\"1\"}").panic())
                .isEqualTo("The account bob.near is not registered");
    }

    @Test
    void the_amount_must_be_positive() {
        assertThat(transfer("owner.near", U128.ONE, "{\"receiver_id\":\"alice.near\",\"amount\":\"0\"}").panic())
                .isEqualTo("The amount should be a positive number");
    }

    @Test
    void sender_and_receiver_must_differ_which_is_checked_before_the_amount() {
        assertThat(transfer("owner.near", U128.ONE, "{\"receiver_id\":\"owner.near\",\"amount\":\"1\"}").panic())
                .isEqualTo("Sender and receiver should be different");
        assertThat(transfer("owner.near", U128.ONE, "{\"receiver_id\":\"owner.near\",\"amount\":\"0\"}").panic())
                .isEqualTo("Sender and receiver should be different");
    }

    @Test
    void the_sender_needs_enough_balance() {
        CallOutcome out = transfer("owner.near", U128.ONE, "{\"receiver_id\":\"alice.near\",\"amount\":\"1001\"}");
        assertThat(out.panic()).isEqualTo("The account doesn't have enough balance");
        assertThat(f.balanceOf("owner.near")).isEqualTo("1000");
        assertThat(transfer("alice.near", U128.ONE, "{\"receiver_id\":\"owner.near\",\"amount\":\"1\"}").panic())
                .isEqualTo("The account doesn't have enough balance");
    }

    @Test
    void malformed_arguments_panic_with_near_sdk_rs_text() {
        for (String args : new String[] {"{\"receiver_id\":\"alice.near\"}", "{\"amount\":\"1\"}",
                "{\"receiver_id\":\"Alice\",\"amount\":\"1\"}", "{\"receiver_id\":\"alice.near\",\"amount\":1}",
                "{\"receiver_id\":\"alice.near\",\"amount\":\"-1\"}", "{\"receiver_id\":\"alice.near\",\"amount\":\"1\",\"memo\":5}",
                "not json"}) {
            assertThat(transfer("owner.near", U128.ONE, args).panic()).as(args).isEqualTo(FtFixture.BAD_JSON);
        }
    }

    @Test
    void ft_balance_of_is_zero_for_an_unregistered_account_and_needs_a_valid_account_id() {
        assertThat(f.ok(f.view("ft_balance_of", "{\"account_id\":\"nobody.near\"}")).result()).isEqualTo("\"0\"");
        assertThat(f.view("ft_balance_of", "{\"account_id\":\"NOBODY\"}").panic()).isEqualTo(FtFixture.BAD_JSON);
        assertThat(f.view("ft_balance_of", "{}").panic()).isEqualTo(FtFixture.BAD_JSON);
    }

    @Test
    void views_return_u128_as_json_strings() {
        assertThat(f.ok(f.view("ft_total_supply", "")).result()).isEqualTo("\"1000\"");
        assertThat(f.ok(f.view("ft_balance_of", "{\"account_id\":\"owner.near\"}")).result()).isEqualTo("\"1000\"");
    }

    @Test
    void transfers_of_the_largest_u128_do_not_overflow() {
        FtFixture big = FtFixture.deployed("340282366920938463463374607431768211455");
        big.register("alice.near");
        big.transfer("owner.near", "alice.near", "340282366920938463463374607431768211455");
        assertThat(big.balanceOf("alice.near")).isEqualTo("340282366920938463463374607431768211455");
        assertThat(big.totalSupply()).isEqualTo("340282366920938463463374607431768211455");
    }
}
