package dev.aidev.compiler.diff;

import static dev.aidev.compiler.diff.RandomCalls.caller;
import static dev.aidev.compiler.diff.RandomCalls.interestingInt;
import static dev.aidev.compiler.diff.RandomCalls.interestingLong;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CounterDifferentialTest {
    private static final Differential COUNTER = Differential.compile("Counter", Sources.read("contracts/Counter.java"));

    static Step randomStep(Random r) {
        switch (r.nextInt(10)) {
            case 0:
                return caller(r, Step.call("create", "{\"start\":" + interestingLong(r) + "}"));
            case 1:
            case 2:
            case 3:
                return caller(r, Step.call("increment", "{\"by\":" + interestingLong(r) + "}"));
            case 4:
                return caller(r, Step.call("decrement", r.nextBoolean() ? "" : "{\"ignored\":1}"));
            case 5:
                return r.nextBoolean() ? Step.view("get", "") : caller(r, Step.call("get", ""));
            case 6:
                return Step.view("is_even", "");
            case 7:
                // Small n: the JVM has no gas meter, so a loop the VM stops has no JVM twin.
                return Step.view("sum_to", "{\"n\":" + (r.nextInt(5) == 0 ? interestingInt(r) % 2000 : r.nextInt(300)) + "}");
            case 8:
                return caller(r, Step.call("increment", RandomCalls.pick(r, List.of(
                        "{\"by\":\"2\"}", "{}", "", "[1]", "{\"by\":1.5}", "{\"by\":1,}", "{\"by\":01}", "{\"by\": 9223372036854775808}"))));
            default:
                return caller(r, Step.call("increment", "{\"by\":" + (r.nextInt(7) - 3) + "}"));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void randomCallSequencesAgreeOnTheJvmAndTheVm(long seed) {
        Random r = new Random(seed);
        List<Step> steps = new ArrayList<>();
        if (r.nextInt(4) != 0) {
            steps.add(Step.call("create", "{\"start\":" + interestingLong(r) + "}"));
        }
        for (int i = 0; i < 40; i++) {
            steps.add(randomStep(r));
        }
        COUNTER.run(steps);
    }

    @Test
    void overflowPanicsCompareWithoutTheirSourceLocation() {
        List<Outcome> out = COUNTER.run(List.of(
                Step.call("create", "{\"start\":9223372036854775807}"),
                Step.call("increment", "{\"by\":1}")));
        assertThat(out.get(1).panic()).isEqualTo("integer overflow");
        assertThat(Differential.panicOf("Smart contract panicked: integer overflow at Counter.java:19:17"))
                .isEqualTo("integer overflow");
        assertThat(Differential.panicOf("Exceeded the prepaid gas.")).isEqualTo("Exceeded the prepaid gas.");
    }
}
