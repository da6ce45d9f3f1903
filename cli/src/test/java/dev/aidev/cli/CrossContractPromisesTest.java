package dev.aidev.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.chain.sandbox.CallResult;
import dev.aidev.chain.sandbox.Sandbox;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Promises compiled from Java, run on the local chain: a caller contract calls a callee contract
 * (both compiled by our compiler), and its {@code @Private} callback reads the result with
 * {@code Promise.result(0)}; a failing callee reaches the callback as a failed result; a joint
 * promise ({@code and}) gives its callback both results; a direct
 * call of the callback is refused; a transfer moves NEAR. (This lives in cli because the compiler
 * module cannot depend on chain.)
 */
class CrossContractPromisesTest {
    private static final long TGAS = Sandbox.TGAS;

    private static final String CALLER = """
            import dev.aidev.sdk.*;

            @NearContract
            public class Caller {
                private String last = "";

                public Caller() {}

                @Call
                public Promise ask(AccountId callee, long n) {
                    Env.log("asking " + callee);
                    return Promise.create(callee)
                            .functionCallWeight("twice", "{\\"n\\":" + n + "}", U128.ZERO, Gas.tgas(10), 1)
                            .then(Promise.create(Env.currentAccountId())
                                    .functionCall("on_answer", "{\\"n\\":" + n + "}", U128.ZERO, Gas.tgas(20)));
                }

                /** As ft_transfer_call: the callee gets no gas of its own, only a share of the unused gas. */
                @Call
                public Promise askShared(AccountId callee, long n) {
                    Promise onTransfer = Promise.create(callee)
                            .functionCallWeight("twice", "{\\"n\\":" + n + "}", U128.ZERO, Gas.ZERO, 1);
                    Promise resolve = Promise.create(Env.currentAccountId())
                            .functionCallWeight("on_answer", "{\\"n\\":" + n + "}", U128.ZERO, Gas.tgas(5), 0);
                    return onTransfer.then(resolve);
                }

                @Call
                public Promise askToFail(AccountId callee) {
                    return Promise.create(callee).functionCall("fail", "{}", U128.ZERO, Gas.tgas(10))
                            .then(Promise.create(Env.currentAccountId())
                                    .functionCall("on_answer", "{\\"n\\":-1}", U128.ZERO, Gas.tgas(20)));
                }

                @Private
                @Call
                public String onAnswer(long n) {
                    PromiseResult r = Promise.result(0);
                    String text = r.isSuccessful() ? "asked " + n + ", got " + r.json() : "asked " + n + ", callee failed";
                    last = text + " (" + Env.promiseResultsCount() + " result)";
                    Env.log(last);
                    return text;
                }

                /** promise_and: the callback receives both results, in order. */
                @Call
                public Promise askBoth(AccountId callee) {
                    Promise good = Promise.create(callee).functionCall("twice", "{\\"n\\":4}", U128.ZERO, Gas.tgas(10));
                    Promise bad = Promise.create(callee).functionCall("fail", "{}", U128.ZERO, Gas.tgas(10));
                    return good.and(bad).then(Promise.create(Env.currentAccountId())
                            .functionCall("on_both", "{}", U128.ZERO, Gas.tgas(20)));
                }

                @Private
                @Call
                public String onBoth() {
                    String s = Env.promiseResultsCount() + " results:";
                    for (int i = 0; i < Env.promiseResultsCount(); i++) {
                        PromiseResult r = Promise.result(i);
                        s += " " + (r.isSuccessful() ? r.json() : "failed");
                    }
                    return s;
                }

                @Call
                public void pay(AccountId to, long yocto) {
                    Promise.create(to).transfer(U128.of(yocto));
                }

                @View
                public String last() {
                    return last;
                }
            }
            """;

    private static final String CALLEE = """
            import dev.aidev.sdk.*;

            @NearContract
            public class Callee {
                private long calls;

                public Callee() {}

                @Call
                public long twice(long n) {
                    calls++;
                    Env.log("twice " + n + " from " + Env.predecessorAccountId());
                    return Math.multiplyExact(n, 2);
                }

                @Call
                public void fail() {
                    calls++;
                    throw new IllegalStateException("callee says no");
                }

                @View
                public long calls() {
                    return calls;
                }
            }
            """;

    @TempDir
    Path tmp;

    private Sandbox sandbox;
    private Sandbox.Account alice;
    private Sandbox.Account caller;
    private Sandbox.Account callee;

    private byte[] compile(String name, String source) throws IOException {
        return CompiledContracts.compile(tmp, name, source);
    }

    @BeforeEach
    void start() throws IOException {
        sandbox = Sandbox.start();
        alice = sandbox.createAccount("alice.test.near", Sandbox.near(50));
        caller = sandbox.createAccount("caller.test.near", Sandbox.near(10));
        callee = sandbox.createAccount("callee.test.near", Sandbox.near(10));
        caller.deploy(compile("Caller", CALLER)).requireSuccess("deploy the caller");
        callee.deploy(compile("Callee", CALLEE)).requireSuccess("deploy the callee");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private static String text(byte[] b) {
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void a_call_then_a_callback_that_reads_the_result_is_the_transactions_result() {
        CallResult r = alice.call(caller, "ask", "{\"callee\":\"callee.test.near\",\"n\":21}").gas(150 * TGAS).send();
        assertThat(r.succeeded()).as(r.toString()).isTrue();
        // promise_return: the transaction's value is the callback's JSON result.
        assertThat(text(r.value())).isEqualTo("\"asked 21, got 42\"");
        assertThat(r.logs()).containsExactly("asking callee.test.near", "twice 21 from caller.test.near",
                "asked 21, got 42 (1 result)");
        assertThat(text(sandbox.view(callee.id(), "calls", "{}").value())).isEqualTo("1");
        assertThat(text(sandbox.view(caller.id(), "last", "{}").value())).isEqualTo("\"asked 21, got 42 (1 result)\"");
    }

    @Test
    void a_call_with_only_a_weighted_share_of_the_gas_runs_like_ft_transfer_call() {
        CallResult r = alice.call(caller, "ask_shared", "{\"callee\":\"callee.test.near\",\"n\":5}").gas(100 * TGAS).send();
        assertThat(r.succeeded()).as(r.toString()).isTrue();
        assertThat(text(r.value())).isEqualTo("\"asked 5, got 10\"");
        assertThat(text(sandbox.view(callee.id(), "calls", "{}").value())).isEqualTo("1");
    }

    @Test
    void a_failing_callee_reaches_the_callback_as_a_failed_result() {
        CallResult r = alice.call(caller, "ask_to_fail", "{\"callee\":\"callee.test.near\"}").gas(150 * TGAS).send();
        assertThat(r.succeeded()).as(r.toString()).isTrue();
        assertThat(text(r.value())).isEqualTo("\"asked -1, callee failed\"");
        // The callee's failure rolled back its own state change only.
        assertThat(text(sandbox.view(callee.id(), "calls", "{}").value())).isEqualTo("0");
        assertThat(text(sandbox.view(caller.id(), "last", "{}").value())).isEqualTo("\"asked -1, callee failed (1 result)\"");
    }

    @Test
    void a_callback_after_a_joint_promise_reads_both_results() {
        CallResult r = alice.call(caller, "ask_both", "{\"callee\":\"callee.test.near\"}").gas(200 * TGAS).send();
        assertThat(r.succeeded()).as(r.toString()).isTrue();
        assertThat(text(r.value())).isEqualTo("\"2 results: 8 failed\"");
        assertThat(text(sandbox.view(callee.id(), "calls", "{}").value())).isEqualTo("1");
    }

    @Test
    void the_private_callback_refuses_other_callers() {
        CallResult r = alice.call(caller, "on_answer", "{\"n\":1}").gas(50 * TGAS).send();
        assertThat(r.succeeded()).isFalse();
        assertThat(r.errorText()).contains("Method on_answer is private");
        assertThat(text(sandbox.view(caller.id(), "last", "{}").value())).isEqualTo("\"\"");
    }

    @Test
    void a_transfer_promise_moves_near() {
        Sandbox.Account bob = sandbox.createAccount("bob.test.near", Sandbox.near(1));
        BigInteger before = sandbox.balance(bob.id());
        CallResult r = alice.call(caller, "pay", "{\"to\":\"bob.test.near\",\"yocto\":12345}").gas(50 * TGAS).send();
        assertThat(r.succeeded()).as(r.toString()).isTrue();
        assertThat(sandbox.balance(bob.id())).isEqualTo(before.add(BigInteger.valueOf(12345)));
    }
}
