package dev.aidev.chain.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.chain.Chain;
import dev.aidev.chain.FinalOutcome;
import dev.aidev.chain.primitives.CryptoHash;
import dev.aidev.chain.primitives.SignedTransaction;
import dev.aidev.chain.sandbox.Sandbox;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * NEP-519 yield/resume with the probe contract: {@code yield} creates a yield whose callback
 * {@code on_resume} logs its promise result; {@code resume} resumes it with the input. Without a
 * resume, the callback runs with a failed result after yield_timeout_length_in_blocks (200 in
 * parameters.snap). The yield transaction is submitted, not executed: it stays unfinished until the
 * callback runs, and {@code Chain.execute} would wait for that.
 */
class YieldResumeTest {
    private Sandbox sandbox;
    private Chain chain;
    private Sandbox.Account alice;
    private Sandbox.Account contract;

    @BeforeEach
    void start() {
        sandbox = Sandbox.start();
        chain = sandbox.chain();
        alice = sandbox.createAccount("alice.test.near", Sandbox.near(20));
        contract = sandbox.createAccount("yield.test.near", Sandbox.near(10));
        contract.deploy(Probe.wasm()).requireSuccess("deploy");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private CryptoHash submit(String method, String args) {
        SignedTransaction stx = Probe.tx(chain, alice.id(), alice.key(), contract.id(),
                List.of(Probe.call(method, args, 100 * Probe.TGAS, BigInteger.ZERO)));
        return chain.submit(stx);
    }

    private FinalOutcome outcome(CryptoHash tx) {
        return chain.finalOutcome(tx).orElseThrow();
    }

    @Test
    void a_resume_in_a_later_transaction_runs_the_callback_with_the_payload() {
        CryptoHash yieldTx = submit("yield", "");
        FinalOutcome pending = outcome(yieldTx);
        assertThat(pending.isFinal()).as("the yielded callback has not run").isFalse();
        assertThat(pending.logs()).isEmpty();

        CryptoHash resumeTx = submit("resume", "hello-payload");
        assertThat(outcome(resumeTx).logs()).containsExactly("resumed");
        FinalOutcome done = outcome(yieldTx);
        assertThat(done.isFinal()).isTrue();
        assertThat(done.logs()).containsExactly("payload:hello-payload");
        // a second resume finds no yield
        assertThat(outcome(submit("resume", "again")).logs()).containsExactly("not resumed");
        assertThat(outcome(yieldTx).logs()).containsExactly("payload:hello-payload");
        assertThat(chain.totalSupply()).isEqualTo(chain.head().totalSupply());
    }

    @Test
    void without_a_resume_the_callback_runs_with_a_failed_result_after_200_blocks() {
        CryptoHash yieldTx = submit("yield", "");
        long yieldedAt = chain.head().height();
        chain.fastForward(150);
        chain.produceBlock();
        assertThat(outcome(yieldTx).isFinal()).as("still waiting at +151 blocks").isFalse();
        chain.fastForward(yieldedAt + 200 - chain.head().height());
        chain.produceBlock();
        chain.produceBlock();
        FinalOutcome done = outcome(yieldTx);
        assertThat(done.isFinal()).isTrue();
        assertThat(done.logs()).containsExactly("yield timeout");
        long ranAt = done.receiptsOutcome().get(done.receiptsOutcome().size() - 1).blockHeight();
        assertThat(ranAt).isGreaterThanOrEqualTo(yieldedAt + 200);
        // once timed out, it cannot be resumed
        assertThat(outcome(submit("resume", "late")).logs()).containsExactly("not resumed");
        assertThat(outcome(yieldTx).logs()).containsExactly("yield timeout");
        assertThat(chain.totalSupply()).isEqualTo(chain.head().totalSupply());
    }
}
