package dev.aidev.compiler.diff;

import static dev.aidev.compiler.diff.RandomCalls.interestingInt;
import static dev.aidev.compiler.diff.RandomCalls.json;
import static dev.aidev.compiler.diff.RandomCalls.pick;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** examples/guest-book: random add_message / get_messages / total_messages sequences, JVM against VM. */
class GuestBookDifferentialTest {
    private static final Differential BOOK = Differential.example("guest-book", "GuestBook");

    static final BigInteger NEAR = new BigInteger("1000000000000000000000000");

    static BigInteger deposit(Random r) {
        return pick(r, List.of(BigInteger.ZERO, BigInteger.ONE, NEAR.subtract(BigInteger.ONE), NEAR,
                NEAR.add(BigInteger.ONE), NEAR.multiply(BigInteger.valueOf(1000))));
    }

    static Step randomStep(Random r) {
        String who = pick(r, RandomCalls.ACCOUNTS);
        switch (r.nextInt(9)) {
            case 0:
            case 1:
            case 2:
                return Step.call("add_message", "{\"text\":" + json(RandomCalls.text(r, 20)) + "}").from(who).deposit(deposit(r));
            case 3:
            case 4:
                return Step.view("get_messages", "{\"from_index\":" + r.nextInt(6) + ",\"limit\":" + r.nextInt(8) + "}");
            case 5:
                // Negative, huge (Math.addExact overflows on both sides) and past-the-end pages.
                return Step.view("get_messages", "{\"from_index\":" + interestingInt(r) + ",\"limit\":" + interestingInt(r) + "}");
            case 6:
                return r.nextBoolean() ? Step.view("total_messages", "") : Step.call("total_messages", "").from(who);
            case 7:
                return Step.view("get_messages", pick(r, List.of("{}", "", "{\"from_index\":0}", "{\"from_index\":\"0\",\"limit\":1}",
                        "{\"from_index\":0,\"limit\":2147483648}", "{\"from_index\":null,\"limit\":1}", "[0,1]")));
            default:
                return Step.call("add_message", pick(r, List.of("{}", "{\"text\":null}", "{\"text\":7}", "{\"text\":\"\"}",
                        "{\"text\":\"a\",\"extra\":1}", "{\"text\":\"\\u00e9\\ud83d\\ude00\"}", "not json"))).from(who).deposit(deposit(r));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void randomCallSequencesAgreeOnTheJvmAndTheVm(long seed) {
        Random r = new Random(seed);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            steps.add(randomStep(r));
        }
        BOOK.run(steps);
    }
}
