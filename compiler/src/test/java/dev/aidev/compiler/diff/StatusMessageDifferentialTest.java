package dev.aidev.compiler.diff;

import static dev.aidev.compiler.diff.RandomCalls.caller;
import static dev.aidev.compiler.diff.RandomCalls.json;
import static dev.aidev.compiler.diff.RandomCalls.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatusMessageDifferentialTest {
    private static final Differential STATUS = Differential.compile("StatusMessage", Sources.read("contracts/StatusMessage.java"));

    static Step randomStep(Random r) {
        String account = json(pick(r, RandomCalls.ACCOUNTS));
        switch (r.nextInt(8)) {
            case 0:
            case 1:
            case 2:
                return caller(r, Step.call("set_status", "{\"message\":" + json(RandomCalls.text(r, 24)) + "}"));
            case 3:
                return Step.view("get_status", "{\"account_id\":" + account + "}");
            case 4:
                return Step.view("has_status", "{\"account_id\":" + account + "}");
            case 5:
                return caller(r, Step.call("clear", ""));
            case 6:
                return Step.view("summary", "");
            default:
                return caller(r, Step.call("set_status", pick(r, List.of("{}", "{\"message\":null}", "{\"message\":5}", "{\"msg\":\"x\"}"))));
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
        STATUS.run(steps);
    }
}
