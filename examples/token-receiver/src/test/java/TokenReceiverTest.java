import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.sdk.PromiseResult;
import dev.aidev.sdk.U128;
import dev.aidev.sdk.testing.CallOutcome;
import dev.aidev.sdk.testing.JvmContract;
import dev.aidev.sdk.testing.PromiseRecord;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** TokenReceiver on a MockBlockchain: tokens call ft_on_transfer; the owner sends tokens away. */
class TokenReceiverTest {
    static final String RECEIVER = "defi.near";
    static final String OWNER = "owner.near";
    static final String FT = "ft.near";
    static final String OTHER_FT = "usdc.near";
    static final String ALICE = "alice.near";
    static final String BOB = "bob.near";
    static final String TEN_TGAS = "10000000000000";

    private JvmContract<TokenReceiver> r;

    @BeforeEach
    void deploy() {
        r = JvmContract.of(TokenReceiver.class);
        r.chain().currentAccountId(RECEIVER).caller(RECEIVER).attachedDeposit(U128.ZERO);
        ok(r.init("new", "{\"owner_id\":\"" + OWNER + "\"}"));
    }

    static CallOutcome ok(CallOutcome out) {
        assertThat(out.panic()).as("panic").isNull();
        return out;
    }

    /** ft_on_transfer as {@code token} calls it after moving {@code amount} from {@code sender}. */
    private CallOutcome onTransfer(String token, String sender, String amount, String msg) {
        r.chain().caller(token).attachedDeposit(U128.ZERO).promiseResults();
        return r.call("ft_on_transfer", "{\"sender_id\":\"" + sender + "\",\"amount\":\"" + amount + "\",\"msg\":\""
                + msg + "\"}");
    }

    private String view(String method, String args) {
        r.chain().promiseResults();
        return ok(r.view(method, args)).result();
    }

    private String keptOf(String token) {
        return view("kept_of", "{\"token_id\":\"" + token + "\"}");
    }

    private String heldOf(String token) {
        return view("held_of", "{\"token_id\":\"" + token + "\"}");
    }

    private String keptFrom(String token, String sender) {
        return view("kept_from", "{\"token_id\":\"" + token + "\",\"sender_id\":\"" + sender + "\"}");
    }

    private CallOutcome sendTokens(String caller, String token, String to, String amount) {
        r.chain().caller(caller).attachedDeposit(U128.ZERO).promiseResults();
        return r.call("send_tokens", "{\"token_id\":\"" + token + "\",\"receiver_id\":\"" + to + "\",\"amount\":\""
                + amount + "\"}");
    }

    private CallOutcome onTokensSent(String token, String amount, PromiseResult transfer) {
        r.chain().caller(RECEIVER).attachedDeposit(U128.ZERO).promiseResults(transfer);
        CallOutcome out = r.call("on_tokens_sent", "{\"token_id\":\"" + token + "\",\"amount\":\"" + amount + "\"}");
        r.chain().promiseResults();
        return out;
    }

    @Test
    void take_my_money_keeps_everything_and_records_it() {
        CallOutcome out = ok(onTransfer(FT, ALICE, "100", "take-my-money"));
        assertThat(out.result()).isEqualTo("\"0\"");
        assertThat(out.promises()).isEmpty();
        assertThat(out.logs()).containsExactly(
                "in 100 tokens of ft.near from @alice.near ft_on_transfer, msg = take-my-money", "kept 100, returning 0");
        assertThat(keptOf(FT)).isEqualTo("\"100\"");
        assertThat(heldOf(FT)).isEqualTo("\"100\"");
        assertThat(keptFrom(FT, ALICE)).isEqualTo("\"100\"");
        assertThat(view("info", "{}")).isEqualTo("{\"owner_id\":\"owner.near\",\"deposits\":1}");
    }

    @Test
    void a_number_is_the_unused_amount_and_the_rest_is_kept() {
        assertThat(ok(onTransfer(FT, ALICE, "100", "30")).result()).isEqualTo("\"30\"");
        assertThat(keptOf(FT)).isEqualTo("\"70\"");
        assertThat(ok(onTransfer(FT, ALICE, "100", "100")).result()).isEqualTo("\"100\"");
        assertThat(ok(onTransfer(FT, ALICE, "100", "0")).result()).isEqualTo("\"0\"");
        assertThat(keptOf(FT)).isEqualTo("\"170\"");
        // Only transfers that kept something count.
        assertThat(view("info", "{}")).isEqualTo("{\"owner_id\":\"owner.near\",\"deposits\":2}");
    }

    @Test
    void a_number_above_the_amount_returns_the_whole_amount() {
        CallOutcome out = ok(onTransfer(FT, ALICE, "100", "5000"));
        assertThat(out.result()).isEqualTo("\"100\"");
        assertThat(out.logs()).contains("kept 0, returning 100");
        assertThat(keptOf(FT)).isEqualTo("\"0\"");
    }

    @Test
    void large_amounts_beyond_a_long_are_handled_as_u128() {
        String big = "100000000000000000000000000"; // 10^26
        assertThat(ok(onTransfer(FT, ALICE, big, "1")).result()).isEqualTo("\"1\"");
        assertThat(keptOf(FT)).isEqualTo("\"99999999999999999999999999\"");
    }

    @Test
    void panic_and_unknown_messages_panic_and_change_nothing() {
        assertThat(onTransfer(FT, ALICE, "100", "panic").panic()).isEqualTo("ft_on_transfer panics as asked");
        for (String msg : new String[] {"", "hello", "-5", "1.5", "1e3", "+5", "123456789012345678901234567890123456789"}) {
            assertThat(onTransfer(FT, ALICE, "100", msg).panic()).as(msg)
                    .isEqualTo("msg must be \"take-my-money\", \"panic\" or a decimal amount to return, not \"" + msg + "\"");
        }
        assertThat(keptOf(FT)).isEqualTo("\"0\"");
        assertThat(view("info", "{}")).isEqualTo("{\"owner_id\":\"owner.near\",\"deposits\":0}");
    }

    @Test
    void totals_are_per_token_and_per_token_and_sender() {
        ok(onTransfer(FT, ALICE, "100", "take-my-money"));
        ok(onTransfer(FT, BOB, "50", "10"));
        ok(onTransfer(OTHER_FT, ALICE, "7", "take-my-money"));
        assertThat(keptOf(FT)).isEqualTo("\"140\"");
        assertThat(keptOf(OTHER_FT)).isEqualTo("\"7\"");
        assertThat(keptOf("nobody.near")).isEqualTo("\"0\"");
        assertThat(keptFrom(FT, ALICE)).isEqualTo("\"100\"");
        assertThat(keptFrom(FT, BOB)).isEqualTo("\"40\"");
        assertThat(keptFrom(OTHER_FT, ALICE)).isEqualTo("\"7\"");
        assertThat(keptFrom(OTHER_FT, BOB)).isEqualTo("\"0\"");
    }

    @Test
    void send_tokens_calls_ft_transfer_with_one_yocto_then_its_callback() {
        ok(onTransfer(FT, ALICE, "100", "take-my-money"));
        CallOutcome out = ok(sendTokens(OWNER, FT, BOB, "40"));
        assertThat(out.promises()).containsExactly(
                new PromiseRecord(0, FT, List.of(), List.of("FunctionCall(ft_transfer, {\"receiver_id\":\"bob.near\","
                        + "\"amount\":\"40\",\"memo\":\"sent by the receiver\"}, 1, " + TEN_TGAS + ")")),
                new PromiseRecord(1, RECEIVER, List.of(0L), List.of("FunctionCall(on_tokens_sent, "
                        + "{\"token_id\":\"ft.near\",\"amount\":\"40\"}, 0, " + TEN_TGAS + ")")));
        assertThat(out.returnedPromise()).isEqualTo(1L);
        assertThat(out.logs()).containsExactly("sending 40 of ft.near to bob.near");
        // Taken from the holdings at once, so that a second send cannot spend them again.
        assertThat(heldOf(FT)).isEqualTo("\"60\"");
        assertThat(keptOf(FT)).isEqualTo("\"100\"");

        CallOutcome sent = ok(onTokensSent(FT, "40", PromiseResult.successfulJson("")));
        assertThat(sent.result()).isEqualTo("true");
        assertThat(sent.logs()).containsExactly("sent 40 of ft.near");
        assertThat(heldOf(FT)).isEqualTo("\"60\"");
    }

    @Test
    void a_failed_ft_transfer_puts_the_tokens_back() {
        ok(onTransfer(FT, ALICE, "100", "take-my-money"));
        ok(sendTokens(OWNER, FT, BOB, "100"));
        assertThat(heldOf(FT)).isEqualTo("\"0\"");
        CallOutcome failed = ok(onTokensSent(FT, "100", PromiseResult.failed()));
        assertThat(failed.result()).isEqualTo("false");
        assertThat(failed.logs()).containsExactly("ft_transfer of 100 on ft.near failed; the tokens are held again");
        assertThat(heldOf(FT)).isEqualTo("\"100\"");
    }

    @Test
    void only_the_owner_sends_and_only_what_is_held() {
        ok(onTransfer(FT, ALICE, "100", "take-my-money"));
        CallOutcome notOwner = sendTokens(ALICE, FT, ALICE, "1");
        assertThat(notOwner.panic()).isEqualTo("only the owner can send tokens");
        assertThat(notOwner.promises()).isEmpty();
        assertThat(sendTokens(OWNER, FT, BOB, "101").panic()).isEqualTo("holds only 100 of ft.near");
        assertThat(sendTokens(OWNER, OTHER_FT, BOB, "1").panic()).isEqualTo("holds only 0 of usdc.near");
        assertThat(sendTokens(OWNER, FT, BOB, "0").panic()).isEqualTo("the amount must be positive");
        assertThat(heldOf(FT)).isEqualTo("\"100\"");
    }

    @Test
    void the_callback_is_private() {
        r.chain().caller(OWNER).promiseResults(PromiseResult.failed());
        CallOutcome forged = r.call("on_tokens_sent", "{\"token_id\":\"ft.near\",\"amount\":\"1000\"}");
        assertThat(forged.panic()).isEqualTo("Method on_tokens_sent is private");
        assertThat(heldOf(FT)).isEqualTo("\"0\"");
    }

    @Test
    void parse_decimal_accepts_only_plain_digits() {
        assertThat(TokenReceiver.parseDecimal("0")).isEqualTo(U128.ZERO);
        assertThat(TokenReceiver.parseDecimal("007")).isEqualTo(U128.of(7));
        assertThat(TokenReceiver.parseDecimal("99999999999999999999999999999999999999"))
                .isEqualTo(U128.parse("99999999999999999999999999999999999999"));
        assertThat(TokenReceiver.parseDecimal("")).isNull();
        assertThat(TokenReceiver.parseDecimal(" 1")).isNull();
        assertThat(TokenReceiver.parseDecimal("100000000000000000000000000000000000000")).isNull();
    }
}
