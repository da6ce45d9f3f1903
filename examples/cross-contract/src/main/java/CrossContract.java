import dev.aidev.sdk.AccountId;
import dev.aidev.sdk.Call;
import dev.aidev.sdk.Env;
import dev.aidev.sdk.Gas;
import dev.aidev.sdk.Json;
import dev.aidev.sdk.NearContract;
import dev.aidev.sdk.Private;
import dev.aidev.sdk.Promise;
import dev.aidev.sdk.PromiseResult;
import dev.aidev.sdk.U128;
import dev.aidev.sdk.View;

/**
 * Cross-contract calls with a callback. One contract, two roles, so that one project deploys to
 * both ends (a project has exactly one contract):
 *
 * <ul>
 *   <li>the <b>caller</b>: {@code ask(callee, question, fail)} calls {@code answer} on another
 *       account, then its own {@code on_answer} callback, and returns that promise, so the
 *       transaction's result is what the callback returns;
 *   <li>the <b>callee</b>: {@code answer(question, fail)} answers, or panics when {@code fail}
 *       says so;
 *   <li>the <b>callback</b> {@code on_answer} is {@link Private} (only the contract itself may
 *       call it) and reads the callee's result with {@link Promise#result}: the answer when the
 *       call succeeded, nothing when it failed (a panic, a missing account or method, no gas).
 * </ul>
 */
@NearContract
public class CrossContract {
    /** Gas for the callee's {@code answer}, and for the {@code on_answer} callback. */
    static final long ANSWER_TGAS = 10;
    static final long CALLBACK_TGAS = 10;

    /** As the caller: questions asked, and how the calls ended. */
    private long asked;
    private long succeeded;
    private long failed;
    private String lastAnswer = "";
    /** As the callee: questions answered. */
    private long answered;

    public CrossContract() {}

    // ---- the caller ----

    /**
     * Asks {@code callee} {@code question} (asking it to fail when {@code fail}); the result of
     * the transaction is the {@link Outcome} {@code on_answer} returns.
     */
    @Call
    public Promise ask(AccountId callee, String question, boolean fail) {
        Env.require(!question.isEmpty(), "the question must not be empty");
        asked = Math.addExact(asked, 1);
        Env.log("asking " + callee + ": " + question);
        return Promise.create(callee)
                .functionCall("answer", Json.encode(new AnswerArgs(question, fail)), U128.ZERO, Gas.tgas(ANSWER_TGAS))
                .then(Promise.create(Env.currentAccountId())
                        .functionCall("on_answer", Json.encode(new OnAnswerArgs(question)), U128.ZERO, Gas.tgas(CALLBACK_TGAS)));
    }

    /** The callback of {@link #ask}: reads the callee's result (promise result 0). */
    @Private
    @Call
    public Outcome onAnswer(String question) {
        Env.require(Env.promiseResultsCount() == 1, "on_answer expects the result of exactly one call");
        PromiseResult result = Promise.result(0);
        if (result.isSuccessful()) {
            String json = result.json();
            Env.require(json.startsWith("\""), "the callee did not return a JSON string: " + json);
            String answer = Json.decode(json, String.class);
            succeeded = Math.addExact(succeeded, 1);
            lastAnswer = answer;
            Env.log("the callee answered " + question + ": " + answer);
            return new Outcome(question, true, answer);
        }
        failed = Math.addExact(failed, 1);
        Env.log("the callee failed to answer " + question);
        return new Outcome(question, false, "");
    }

    /** What this contract asked and how the calls ended, and what it answered as a callee. */
    @View
    public Stats stats() {
        return new Stats(asked, succeeded, failed, lastAnswer, answered);
    }

    // ---- the callee ----

    /** Answers {@code question}; panics when {@code fail} is true (the call fails on demand). */
    @Call
    public String answer(String question, boolean fail) {
        if (fail) {
            throw new IllegalStateException("failing as asked: " + question);
        }
        answered = Math.addExact(answered, 1);
        Env.log("answering " + question + " for " + Env.predecessorAccountId());
        return "answer #" + answered + " to " + question;
    }

    // ---- types ----

    /** How one call ended: {@code answer} is empty when the callee failed. */
    public record Outcome(String question, boolean answered, String answer) {}

    public record Stats(long asked, long succeeded, long failed, String lastAnswer, long answered) {}

    /** The arguments of the callee's {@code answer}, and of the {@code on_answer} callback. */
    record AnswerArgs(String question, boolean fail) {}

    record OnAnswerArgs(String question) {}
}
