import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.sdk.PromiseResult;
import dev.aidev.sdk.U128;
import dev.aidev.sdk.testing.CallOutcome;
import dev.aidev.sdk.testing.JvmContract;
import dev.aidev.sdk.testing.PromiseRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Java fungible token (examples/fungible-token) and TokenReceiver, each a JvmContract on its
 * own MockBlockchain; {@link #transferCall} and {@link #sendTokens} relay the promises between them
 * as the runtime does: ft_transfer_call, ft_on_transfer, ft_resolve_transfer; send_tokens,
 * ft_transfer, on_tokens_sent.
 */
class WithFungibleTokenTest {
    static final String FT = "ft.near";
    static final String RECEIVER = "defi.near";
    static final String ALICE = "alice.near";
    static final String BOB = "bob.near";
    static final String OWNER = "owner.near";

    private final JvmContract<FtContract> ft = JvmContract.of(FtContract.class);
    private final JvmContract<TokenReceiver> receiver = JvmContract.of(TokenReceiver.class);

    static CallOutcome ok(CallOutcome out) {
        assertThat(out.panic()).as("panic").isNull();
        return out;
    }

    @BeforeEach
    void deploy() {
        ft.chain().currentAccountId(FT).caller(FT).attachedDeposit(U128.ZERO);
        ok(ft.init("new_default_meta", "{\"owner_id\":\"" + ALICE + "\",\"total_supply\":\"1000\"}"));
        receiver.chain().currentAccountId(RECEIVER).caller(RECEIVER).attachedDeposit(U128.ZERO);
        ok(receiver.init("new", "{\"owner_id\":\"" + OWNER + "\"}"));
        register(RECEIVER);
        register(BOB);
    }

    private void register(String account) {
        ft.chain().caller(ALICE).attachedDeposit(U128.parse("1250000000000000000000")).promiseResults();
        ok(ft.call("storage_deposit", "{\"account_id\":\"" + account + "\"}"));
    }

    private String balanceOf(String account) {
        ft.chain().attachedDeposit(U128.ZERO).promiseResults();
        return ok(ft.view("ft_balance_of", "{\"account_id\":\"" + account + "\"}")).result();
    }

    private String receiverView(String method, String args) {
        receiver.chain().promiseResults();
        return ok(receiver.view(method, args)).result();
    }

    /** The method and JSON arguments of a promise's single function call. */
    static String[] call(PromiseRecord p) {
        assertThat(p.actions()).hasSize(1);
        String a = p.actions().get(0);
        String inner = a.substring(a.indexOf('(') + 1, a.length() - 1);
        int comma = inner.indexOf(", ");
        int argsEnd = inner.lastIndexOf(", ", inner.lastIndexOf(", ") - 1);
        if (a.startsWith("FunctionCallWeight(")) {
            argsEnd = inner.lastIndexOf(", ", argsEnd - 1);
        }
        return new String[] {inner.substring(0, comma), inner.substring(comma + 2, argsEnd)};
    }

    static PromiseResult resultOf(CallOutcome out) {
        return out.succeeded() ? PromiseResult.successfulJson(out.result() == null ? "" : out.result())
                : PromiseResult.failed();
    }

    /** ft_transfer_call from {@code sender}, run to its end; returns {ft_on_transfer, ft_resolve_transfer}. */
    private CallOutcome[] transferCall(String sender, String amount, String msg) {
        ft.chain().caller(sender).attachedDeposit(U128.ONE_YOCTO).promiseResults();
        CallOutcome call = ok(ft.call("ft_transfer_call", "{\"receiver_id\":\"" + RECEIVER + "\",\"amount\":\"" + amount
                + "\",\"msg\":\"" + msg + "\"}"));
        assertThat(call.promises()).hasSize(2);
        String[] onTransfer = call(call.promises().get(0));
        assertThat(call.promises().get(0).receiverId()).isEqualTo(RECEIVER);
        assertThat(onTransfer[0]).isEqualTo("ft_on_transfer");
        receiver.chain().caller(FT).attachedDeposit(U128.ZERO).promiseResults();
        CallOutcome received = receiver.call(onTransfer[0], onTransfer[1]);
        String[] resolve = call(call.promises().get(1));
        ft.chain().caller(FT).attachedDeposit(U128.ZERO).promiseResults(resultOf(received));
        CallOutcome resolved = ok(ft.call(resolve[0], resolve[1]));
        ft.chain().promiseResults();
        return new CallOutcome[] {received, resolved};
    }

    /** send_tokens by the owner, run to its end; returns {ft_transfer, on_tokens_sent}. */
    private CallOutcome[] sendTokens(String to, String amount) {
        receiver.chain().caller(OWNER).attachedDeposit(U128.ZERO).promiseResults();
        CallOutcome send = ok(receiver.call("send_tokens", "{\"token_id\":\"" + FT + "\",\"receiver_id\":\"" + to
                + "\",\"amount\":\"" + amount + "\"}"));
        PromiseRecord toToken = send.promises().get(0);
        assertThat(toToken.receiverId()).isEqualTo(FT);
        String[] transfer = call(toToken);
        assertThat(toToken.actions().get(0)).contains(", 1, "); // the 1 yoctoNEAR NEP-141 requires
        ft.chain().caller(RECEIVER).attachedDeposit(U128.ONE_YOCTO).promiseResults();
        CallOutcome transferred = ft.call(transfer[0], transfer[1]);
        String[] callback = call(send.promises().get(1));
        receiver.chain().caller(RECEIVER).attachedDeposit(U128.ZERO).promiseResults(resultOf(transferred));
        CallOutcome done = ok(receiver.call(callback[0], callback[1]));
        receiver.chain().promiseResults();
        return new CallOutcome[] {transferred, done};
    }

    @Test
    void keep_all_partial_full_refund_and_panic() {
        assertThat(transferCall(ALICE, "100", "take-my-money")[1].result()).isEqualTo("\"100\"");
        assertThat(balanceOf(RECEIVER)).isEqualTo("\"100\"");

        CallOutcome[] partial = transferCall(ALICE, "100", "30");
        assertThat(partial[0].result()).isEqualTo("\"30\"");
        assertThat(partial[1].result()).isEqualTo("\"70\"");
        assertThat(partial[1].logs()).containsExactly("EVENT_JSON:{\"standard\":\"nep141\",\"version\":\"1.0.0\","
                + "\"event\":\"ft_transfer\",\"data\":[{\"old_owner_id\":\"defi.near\",\"new_owner_id\":\"alice.near\","
                + "\"amount\":\"30\",\"memo\":\"refund\"}]}");

        assertThat(transferCall(ALICE, "100", "100")[1].result()).isEqualTo("\"0\"");
        CallOutcome[] panicked = transferCall(ALICE, "100", "panic");
        assertThat(panicked[0].panic()).isEqualTo("ft_on_transfer panics as asked");
        assertThat(panicked[1].result()).isEqualTo("\"0\"");

        assertThat(balanceOf(ALICE)).isEqualTo("\"830\"");
        assertThat(balanceOf(RECEIVER)).isEqualTo("\"170\"");
        assertThat(receiverView("kept_of", "{\"token_id\":\"ft.near\"}")).isEqualTo("\"170\"");
        assertThat(receiverView("kept_from", "{\"token_id\":\"ft.near\",\"sender_id\":\"alice.near\"}"))
                .isEqualTo("\"170\"");
    }

    @Test
    void the_receiver_sends_tokens_with_ft_transfer_and_recovers_from_a_refusal() {
        transferCall(ALICE, "100", "take-my-money");
        CallOutcome[] sent = sendTokens(BOB, "40");
        assertThat(sent[0].panic()).isNull();
        assertThat(sent[1].result()).isEqualTo("true");
        assertThat(balanceOf(BOB)).isEqualTo("\"40\"");
        assertThat(balanceOf(RECEIVER)).isEqualTo("\"60\"");
        assertThat(receiverView("held_of", "{\"token_id\":\"ft.near\"}")).isEqualTo("\"60\"");

        CallOutcome[] refused = sendTokens("carol.near", "60"); // not registered with the token
        assertThat(refused[0].panic()).isEqualTo("The account carol.near is not registered");
        assertThat(refused[1].result()).isEqualTo("false");
        assertThat(balanceOf(RECEIVER)).isEqualTo("\"60\"");
        assertThat(receiverView("held_of", "{\"token_id\":\"ft.near\"}")).isEqualTo("\"60\"");
    }
}
