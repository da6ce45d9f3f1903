package dev.aidev.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.chain.Chain;
import dev.aidev.chain.runtime.ExecutionOutcome;
import dev.aidev.chain.sandbox.CallResult;
import dev.aidev.chain.sandbox.Sandbox;
import dev.aidev.compiler.CompileResult;
import dev.aidev.compiler.ContractCompiler;
import dev.aidev.compiler.lower.WasmBackend;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Our NEP-141 receiver works with any NEP-141 token, not only with our own Java one: the
 * token-receiver example (built by our compiler) receives tokens through {@code ft_transfer_call}
 * from a token written by hand in WebAssembly text ({@code wat/nep141-token.wat}, independent of our
 * compiler), on the local chain. The receiver keeps all, returns part (its {@code msg} protocol), or
 * panics and the token refunds everything; both sides' books are checked. It also sends held
 * tokens back with the token's {@code ft_transfer}.
 */
class Nep141WatTokenTest {
    private static final long TGAS = Sandbox.TGAS;
    private static final String TOKEN = "wat-token.test.near";
    private static final String RECEIVER = "receiver.test.near";
    private static final String ALICE = "alice.test.near";
    private static final String BOB = "bob.test.near";
    private static final long SUPPLY = 1_000_000;

    private static byte[] tokenWasm;
    private static byte[] receiverWasm;

    private Sandbox sandbox;
    private Sandbox.Account alice;
    private Sandbox.Account bob;

    @BeforeAll
    static void build() throws IOException {
        try (InputStream in = Nep141WatTokenTest.class.getResourceAsStream("/wat/nep141-token.wasm")) {
            assertThat(in).as("wat/nep141-token.wasm (scripts/build-contracts.sh)").isNotNull();
            tokenWasm = in.readAllBytes();
        }
        Path project = Path.of("..", "examples", "token-receiver");
        CompileResult r = ContractCompiler.compile(project,
                ContractCompiler.Options.builder().backend(new WasmBackend()).build());
        assertThat(r.hasErrors()).as(r.render()).isFalse();
        receiverWasm = r.wasm().orElseThrow();
    }

    @BeforeEach
    void start() {
        sandbox = Sandbox.start();
        alice = sandbox.createAccount(ALICE, Sandbox.near(50));
        bob = sandbox.createAccount(BOB, Sandbox.near(50));
        Sandbox.Account token = sandbox.createAccount(TOKEN, Sandbox.near(10));
        Sandbox.Account receiver = sandbox.createAccount(RECEIVER, Sandbox.near(10));
        token.deploy(tokenWasm, "new", "{\"owner_id\":\"" + ALICE + "\",\"total_supply\":\"" + SUPPLY + "\"}")
                .requireSuccess("deploy the WAT token");
        receiver.deploy(receiverWasm, "new", "{\"owner_id\":\"" + BOB + "\"}").requireSuccess("deploy token-receiver");
        for (String account : List.of(RECEIVER, BOB)) {
            alice.call(TOKEN, "storage_deposit", "{\"account_id\":\"" + account + "\"}")
                    .deposit(new BigInteger("1250000000000000000000")).send().requireSuccess("register " + account);
        }
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private String view(String contract, String method, String args) {
        return new String(sandbox.view(contract, method, args).value(), StandardCharsets.UTF_8);
    }

    private String balanceOf(String account) {
        return view(TOKEN, "ft_balance_of", "{\"account_id\":\"" + account + "\"}");
    }

    private String keptByReceiver() {
        return view(RECEIVER, "kept_of", "{\"token_id\":\"" + TOKEN + "\"}");
    }

    private CallResult transferCall(long amount, String msg) {
        return alice.call(TOKEN, "ft_transfer_call", "{\"receiver_id\":\"" + RECEIVER + "\",\"amount\":\"" + amount
                + "\",\"msg\":\"" + msg + "\"}").deposit(BigInteger.ONE).gas(200 * TGAS).send();
    }

    /** The receipts that ran code on {@code executor}, in order. */
    private static List<ExecutionOutcome> receiptsOn(CallResult r, String executor) {
        return r.outcome().receiptsOutcome().stream().map(Chain.OutcomeInBlock::outcome)
                .filter(o -> o.executorId().equals(executor) && o.gasBurnt() > 0).toList();
    }

    @Test
    void the_receiver_keeps_all_and_the_token_reports_all_used() {
        CallResult r = transferCall(300, "take-my-money");
        assertThat(r.succeeded()).as(r.toString()).isTrue();
        // ft_transfer_call's result is ft_resolve_transfer's: the used amount, a JSON string.
        assertThat(r.json().asText()).isEqualTo("300");
        assertThat(r.logs()).contains("in 300 tokens of " + TOKEN + " from @" + ALICE
                + " ft_on_transfer, msg = take-my-money", "kept 300, returning 0");
        assertThat(balanceOf(ALICE)).isEqualTo("\"" + (SUPPLY - 300) + "\"");
        assertThat(balanceOf(RECEIVER)).isEqualTo("\"300\"");
        assertThat(keptByReceiver()).isEqualTo("\"300\"");
        assertThat(view(RECEIVER, "kept_from", "{\"token_id\":\"" + TOKEN + "\",\"sender_id\":\"" + ALICE + "\"}"))
                .isEqualTo("\"300\"");
        assertThat(view(TOKEN, "ft_total_supply", "{}")).isEqualTo("\"" + SUPPLY + "\"");
        // ft_transfer_call and ft_resolve_transfer on the token, ft_on_transfer on the receiver.
        assertThat(receiptsOn(r, TOKEN)).hasSize(2);
        assertThat(receiptsOn(r, RECEIVER)).hasSize(1).allMatch(ExecutionOutcome::succeeded);
    }

    @Test
    void the_receiver_returns_part_through_msg_and_the_token_refunds_it() {
        CallResult r = transferCall(300, "120");
        assertThat(r.succeeded()).as(r.toString()).isTrue();
        assertThat(r.json().asText()).isEqualTo("180");
        assertThat(r.logs()).contains("kept 180, returning 120");
        assertThat(balanceOf(ALICE)).isEqualTo("\"" + (SUPPLY - 180) + "\"");
        assertThat(balanceOf(RECEIVER)).isEqualTo("\"180\"");
        assertThat(keptByReceiver()).isEqualTo("\"180\"");
        assertThat(view(RECEIVER, "held_of", "{\"token_id\":\"" + TOKEN + "\"}")).isEqualTo("\"180\"");
    }

    @Test
    void returning_more_than_the_amount_refunds_the_amount() {
        CallResult r = transferCall(300, "5000");
        assertThat(r.succeeded()).as(r.toString()).isTrue();
        assertThat(r.json().asText()).isEqualTo("0");
        assertThat(balanceOf(ALICE)).isEqualTo("\"" + SUPPLY + "\"");
        assertThat(balanceOf(RECEIVER)).isEqualTo("\"0\"");
    }

    @Test
    void a_panicking_receiver_gets_nothing_and_the_sender_everything_back() {
        CallResult r = transferCall(300, "panic");
        // The transaction succeeds: its result is ft_resolve_transfer's, which handled the failure.
        assertThat(r.succeeded()).as(r.toString()).isTrue();
        assertThat(r.json().asText()).isEqualTo("0");
        List<ExecutionOutcome> onTransfer = receiptsOn(r, RECEIVER);
        assertThat(onTransfer).hasSize(1);
        assertThat(onTransfer.get(0).status()).isInstanceOf(ExecutionOutcome.Failure.class);
        assertThat(((ExecutionOutcome.Failure) onTransfer.get(0).status()).error().toString())
                .contains("ft_on_transfer panics as asked");
        assertThat(balanceOf(ALICE)).isEqualTo("\"" + SUPPLY + "\"");
        assertThat(balanceOf(RECEIVER)).isEqualTo("\"0\"");
        assertThat(keptByReceiver()).isEqualTo("\"0\"");
    }

    @Test
    void the_receiver_sends_held_tokens_on_with_the_tokens_ft_transfer() {
        transferCall(300, "take-my-money").requireSuccess("ft_transfer_call");
        CallResult r = bob.call(RECEIVER, "send_tokens", "{\"token_id\":\"" + TOKEN + "\",\"receiver_id\":\"" + BOB
                + "\",\"amount\":\"100\"}").gas(100 * TGAS).send();
        assertThat(r.succeeded()).as(r.toString()).isTrue();
        assertThat(r.json().asBoolean()).as("on_tokens_sent's result").isTrue();
        assertThat(balanceOf(RECEIVER)).isEqualTo("\"200\"");
        assertThat(balanceOf(BOB)).isEqualTo("\"100\"");
        assertThat(view(RECEIVER, "held_of", "{\"token_id\":\"" + TOKEN + "\"}")).isEqualTo("\"200\"");
    }

    @Test
    void the_token_checks_the_yocto_the_registration_the_balance_and_its_private_callback() {
        CallResult noYocto = alice.call(TOKEN, "ft_transfer", "{\"receiver_id\":\"" + BOB + "\",\"amount\":\"5\"}").send();
        assertThat(noYocto.errorText()).contains("Requires attached deposit of exactly 1 yoctoNEAR");

        CallResult ok = alice.call(TOKEN, "ft_transfer", "{\"receiver_id\":\"" + BOB + "\",\"amount\":\"5\"}")
                .deposit(BigInteger.ONE).send();
        assertThat(ok.succeeded()).as(ok.toString()).isTrue();
        assertThat(balanceOf(BOB)).isEqualTo("\"5\"");

        CallResult tooMuch = bob.call(TOKEN, "ft_transfer", "{\"receiver_id\":\"" + ALICE + "\",\"amount\":\"6\"}")
                .deposit(BigInteger.ONE).send();
        assertThat(tooMuch.errorText()).contains("The account does not have enough balance");

        // An unregistered receiver: the transfer fails before any promise, nothing moves.
        CallResult unregistered = alice.call(TOKEN, "ft_transfer_call", "{\"receiver_id\":\"carol.test.near\","
                + "\"amount\":\"5\",\"msg\":\"\"}").deposit(BigInteger.ONE).gas(200 * TGAS).send();
        assertThat(unregistered.errorText()).contains("The receiver is not registered");
        assertThat(receiptsOn(unregistered, TOKEN)).hasSize(1);
        assertThat(receiptsOn(unregistered, "carol.test.near")).isEmpty();

        CallResult direct = alice.call(TOKEN, "ft_resolve_transfer", "{\"sender_id\":\"" + BOB + "\",\"receiver_id\":\""
                + ALICE + "\",\"amount\":\"5\"}").send();
        assertThat(direct.errorText()).contains("Method ft_resolve_transfer is private");
        assertThat(balanceOf(ALICE)).isEqualTo("\"" + (SUPPLY - 5) + "\"");
    }
}
