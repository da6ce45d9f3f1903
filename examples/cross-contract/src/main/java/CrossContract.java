import dev.aidev.sdk.AccountId;
import dev.aidev.sdk.Call;
import dev.aidev.sdk.Env;
import dev.aidev.sdk.Gas;
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
        String quoted = quote(question);
        return Promise.create(callee)
                .functionCall("answer", "{\"question\":" + quoted + ",\"fail\":" + fail + "}", U128.ZERO,
                        Gas.tgas(ANSWER_TGAS))
                .then(Promise.create(Env.currentAccountId())
                        .functionCall("on_answer", "{\"question\":" + quoted + "}", U128.ZERO, Gas.tgas(CALLBACK_TGAS)));
    }

    /** The callback of {@link #ask}: reads the callee's result (promise result 0). */
    @Private
    @Call
    public Outcome onAnswer(String question) {
        Env.require(Env.promiseResultsCount() == 1, "on_answer expects the result of exactly one call");
        PromiseResult result = Promise.result(0);
        if (result.isSuccessful()) {
            String answer = unquote(result.json());
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

    // ---- JSON strings ----

    /** {@code s} as a JSON string literal. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder();
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c < 0x20) {
                sb.append("\\u00").append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    static final String HEX = "0123456789abcdef";

    /** The value of the JSON string literal {@code json}; panics when it is not one. */
    static String unquote(String json) {
        Env.require(json.length() >= 2 && json.charAt(0) == '"' && json.charAt(json.length() - 1) == '"',
                "the callee did not return a JSON string: " + json);
        StringBuilder sb = new StringBuilder();
        int end = json.length() - 1;
        int i = 1;
        while (i < end) {
            char c = json.charAt(i);
            if (c != '\\') {
                sb.append(c);
                i++;
                continue;
            }
            Env.require(i + 1 < end, "a JSON string ends in the middle of an escape: " + json);
            char e = json.charAt(i + 1);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    Env.require(i + 6 <= end, "a JSON string ends in the middle of an escape: " + json);
                    int code = 0;
                    for (int k = i + 2; k < i + 6; k++) {
                        code = code * 16 + hexDigit(json.charAt(k));
                    }
                    sb.append((char) code);
                    i += 4;
                }
                default -> throw new IllegalStateException("bad escape \\" + e + " in a JSON string");
            }
            i += 2;
        }
        return sb.toString();
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        throw new IllegalStateException("bad hex digit " + c + " in a JSON string");
    }

    // ---- types ----

    /** How one call ended: {@code answer} is empty when the callee failed. */
    public record Outcome(String question, boolean answered, String answer) {}

    public record Stats(long asked, long succeeded, long failed, String lastAnswer, long answered) {}
}
