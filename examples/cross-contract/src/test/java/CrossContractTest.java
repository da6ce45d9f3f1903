import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.sdk.Json;
import dev.aidev.sdk.PromiseResult;
import dev.aidev.sdk.U128;
import dev.aidev.sdk.testing.CallOutcome;
import dev.aidev.sdk.testing.JvmContract;
import dev.aidev.sdk.testing.PromiseRecord;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CrossContract on the JVM: a caller on caller.near and a callee on callee.near, each a JvmContract
 * on its own MockBlockchain. The mock records the promises {@code ask} creates; {@link #relay} then
 * does what the runtime does: runs the callee's {@code answer} with the caller as predecessor, and
 * runs {@code on_answer} on the caller with the callee's outcome as promise result 0.
 */
class CrossContractTest {
    static final String ANSWER_GAS = "10000000000000";

    private JvmContract<CrossContract> caller;
    private JvmContract<CrossContract> callee;

    @BeforeEach
    void deploy() {
        caller = JvmContract.of(CrossContract.class);
        caller.chain().currentAccountId("caller.near").caller("alice.near");
        callee = JvmContract.of(CrossContract.class);
        callee.chain().currentAccountId("callee.near");
    }

    static CallOutcome ok(CallOutcome out) {
        assertThat(out.panic()).as("panic").isNull();
        return out;
    }

    private CallOutcome ask(String calleeId, String question, boolean fail) {
        caller.chain().caller("alice.near").promiseResults();
        return caller.call("ask", "{\"callee\":\"" + calleeId + "\",\"question\":" + Json.encode(question)
                + ",\"fail\":" + fail + "}");
    }

    /** The method and the JSON arguments of a recorded {@code FunctionCall(method, args, deposit, gas)}. */
    static String[] functionCall(PromiseRecord p) {
        assertThat(p.actions()).hasSize(1);
        String action = p.actions().get(0);
        assertThat(action).startsWith("FunctionCall(").endsWith(", 0, " + ANSWER_GAS + ")");
        String inner = action.substring("FunctionCall(".length(), action.length() - (", 0, " + ANSWER_GAS + ")").length());
        int comma = inner.indexOf(", ");
        return new String[] {inner.substring(0, comma), inner.substring(comma + 2)};
    }

    /** The callee's outcome as the callback sees it. */
    static PromiseResult resultOf(CallOutcome out) {
        return out.succeeded() ? PromiseResult.successfulJson(out.result() == null ? "" : out.result())
                : PromiseResult.failed();
    }

    /** What the runtime does after {@code ask}: the callee's call, then the callback; returns both. */
    private CallOutcome[] relay(CallOutcome asked) {
        ok(asked);
        assertThat(asked.promises()).hasSize(2);
        PromiseRecord toCallee = asked.promises().get(0);
        PromiseRecord callback = asked.promises().get(1);
        assertThat(callback.receiverId()).isEqualTo("caller.near");
        assertThat(callback.after()).containsExactly(toCallee.index());
        assertThat(asked.returnedPromise()).isEqualTo(callback.index());
        String[] call = functionCall(toCallee);
        CallOutcome answered;
        if (toCallee.receiverId().equals("callee.near")) {
            callee.chain().signerAccountId("alice.near").predecessor("caller.near");
            answered = callee.call(call[0], call[1]);
        } else { // no such account: the call fails before any code runs
            answered = new CallOutcome(null, List.of(), "account " + toCallee.receiverId() + " does not exist",
                    new java.util.TreeMap<>(), List.of(), null);
        }
        String[] back = functionCall(callback);
        assertThat(back[0]).isEqualTo("on_answer");
        caller.chain().signerAccountId("alice.near").predecessor("caller.near").promiseResults(resultOf(answered));
        CallOutcome result = caller.call(back[0], back[1]);
        caller.chain().promiseResults();
        return new CallOutcome[] {answered, result};
    }

    private String stats(JvmContract<CrossContract> c) {
        return ok(c.view("stats", "{}")).result();
    }

    @Test
    void ask_calls_the_callee_then_its_own_callback_and_returns_the_callback() {
        CallOutcome out = ok(ask("callee.near", "why?", false));
        assertThat(out.promises()).containsExactly(
                new PromiseRecord(0, "callee.near", List.of(),
                        List.of("FunctionCall(answer, {\"question\":\"why?\",\"fail\":false}, 0, " + ANSWER_GAS + ")")),
                new PromiseRecord(1, "caller.near", List.of(0L),
                        List.of("FunctionCall(on_answer, {\"question\":\"why?\"}, 0, " + ANSWER_GAS + ")")));
        assertThat(out.returnedPromise()).isEqualTo(1L);
        assertThat(out.result()).isNull();
        assertThat(out.logs()).containsExactly("asking callee.near: why?");
        assertThat(stats(caller)).isEqualTo(
                "{\"asked\":1,\"succeeded\":0,\"failed\":0,\"last_answer\":\"\",\"answered\":0}");
    }

    @Test
    void the_callback_reads_a_successful_answer() {
        CallOutcome[] run = relay(ask("callee.near", "why?", false));
        assertThat(run[0].result()).isEqualTo("\"answer #1 to why?\"");
        assertThat(run[0].logs()).containsExactly("answering why? for caller.near");
        CallOutcome callback = ok(run[1]);
        assertThat(callback.result()).isEqualTo("{\"question\":\"why?\",\"answered\":true,\"answer\":\"answer #1 to why?\"}");
        assertThat(callback.logs()).containsExactly("the callee answered why?: answer #1 to why?");
        assertThat(callback.promises()).isEmpty();
        assertThat(stats(caller)).isEqualTo(
                "{\"asked\":1,\"succeeded\":1,\"failed\":0,\"last_answer\":\"answer #1 to why?\",\"answered\":0}");
        assertThat(stats(callee)).isEqualTo(
                "{\"asked\":0,\"succeeded\":0,\"failed\":0,\"last_answer\":\"\",\"answered\":1}");
    }

    @Test
    void the_callee_fails_on_demand_and_the_callback_sees_a_failure() {
        CallOutcome[] run = relay(ask("callee.near", "now", true));
        assertThat(run[0].panic()).isEqualTo("failing as asked: now");
        CallOutcome callback = ok(run[1]);
        assertThat(callback.result()).isEqualTo("{\"question\":\"now\",\"answered\":false,\"answer\":\"\"}");
        assertThat(callback.logs()).containsExactly("the callee failed to answer now");
        assertThat(stats(caller)).isEqualTo(
                "{\"asked\":1,\"succeeded\":0,\"failed\":1,\"last_answer\":\"\",\"answered\":0}");
        // The failed call changed nothing on the callee.
        assertThat(stats(callee)).isEqualTo(
                "{\"asked\":0,\"succeeded\":0,\"failed\":0,\"last_answer\":\"\",\"answered\":0}");
    }

    @Test
    void a_missing_callee_is_a_failure_too() {
        CallOutcome[] run = relay(ask("nobody.near", "hello?", false));
        assertThat(run[0].succeeded()).isFalse();
        assertThat(ok(run[1]).result()).isEqualTo("{\"question\":\"hello?\",\"answered\":false,\"answer\":\"\"}");
    }

    @Test
    void the_callback_is_private() {
        caller.chain().caller("alice.near").promiseResults(PromiseResult.successfulJson("\"forged\""));
        CallOutcome out = caller.call("on_answer", "{\"question\":\"q\"}");
        assertThat(out.panic()).isEqualTo("Method on_answer is private");
        assertThat(stats(caller)).isEqualTo(
                "{\"asked\":0,\"succeeded\":0,\"failed\":0,\"last_answer\":\"\",\"answered\":0}");
        // The callee (another account) calling it is refused as well.
        caller.chain().caller("callee.near");
        assertThat(caller.call("on_answer", "{\"question\":\"q\"}").panic()).isEqualTo("Method on_answer is private");
    }

    @Test
    void the_callback_needs_exactly_one_result() {
        caller.chain().caller("caller.near").promiseResults();
        assertThat(caller.call("on_answer", "{\"question\":\"q\"}").panic())
                .isEqualTo("on_answer expects the result of exactly one call");
        caller.chain().promiseResults(PromiseResult.failed(), PromiseResult.failed());
        assertThat(caller.call("on_answer", "{\"question\":\"q\"}").panic())
                .isEqualTo("on_answer expects the result of exactly one call");
    }

    @Test
    void the_callback_refuses_a_result_that_is_not_a_json_string() {
        caller.chain().caller("caller.near").promiseResults(PromiseResult.successfulJson("42"));
        CallOutcome out = caller.call("on_answer", "{\"question\":\"q\"}");
        assertThat(out.panic()).isEqualTo("the callee did not return a JSON string: 42");
        assertThat(stats(caller)).contains("\"succeeded\":0");
        caller.chain().promiseResults(PromiseResult.successfulJson("\"a\\u0041\\n\\\"\\\\\\/\""));
        assertThat(ok(caller.call("on_answer", "{\"question\":\"q\"}")).result())
                .isEqualTo("{\"question\":\"q\",\"answered\":true,\"answer\":\"aA\\n\\\"\\\\/\"}");
    }

    @Test
    void ask_checks_its_arguments_and_schedules_nothing_on_failure() {
        CallOutcome empty = ask("callee.near", "", false);
        assertThat(empty.panic()).isEqualTo("the question must not be empty");
        assertThat(empty.promises()).isEmpty();
        caller.chain().caller("alice.near");
        CallOutcome badAccount = caller.call("ask", "{\"callee\":\"NOT VALID\",\"question\":\"q\",\"fail\":false}");
        assertThat(badAccount.panic()).isEqualTo("Failed to deserialize input from JSON.");
        caller.chain().attachedDeposit(U128.ONE);
        assertThat(caller.call("ask", "{\"callee\":\"callee.near\",\"question\":\"q\",\"fail\":false}").panic())
                .isEqualTo("Method ask doesn't accept deposit");
        caller.chain().attachedDeposit(U128.ZERO);
        assertThat(stats(caller)).contains("\"asked\":0");
    }

    @Test
    void random_asks_keep_the_counts_of_both_sides() {
        Random random = new Random(42L);
        long succeeded = 0;
        long failed = 0;
        String last = "";
        for (int n = 1; n <= 40; n++) {
            boolean fail = random.nextInt(3) == 0;
            String question = "q" + n + (random.nextBoolean() ? " \"quoted\"" : "");
            CallOutcome[] run = relay(ask("callee.near", question, fail));
            if (fail) {
                failed++;
                assertThat(run[0].panic()).isEqualTo("failing as asked: " + question);
            } else {
                succeeded++;
                last = "answer #" + succeeded + " to " + question;
                assertThat(Json.decode(run[0].result(), String.class)).isEqualTo(last);
            }
            assertThat(ok(run[1]).result()).isEqualTo("{\"question\":" + Json.encode(question)
                    + ",\"answered\":" + !fail + ",\"answer\":" + Json.encode(fail ? "" : last) + "}");
            assertThat(stats(caller)).isEqualTo("{\"asked\":" + n + ",\"succeeded\":" + succeeded + ",\"failed\":" + failed
                    + ",\"last_answer\":" + Json.encode(last) + ",\"answered\":0}");
        }
        assertThat(stats(callee)).endsWith("\"answered\":" + succeeded + "}");
    }
}
