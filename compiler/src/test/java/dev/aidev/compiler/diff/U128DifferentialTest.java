package dev.aidev.compiler.diff;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** U128 arithmetic on random operands of every size: the compiled runtime against the SDK's BigInteger. */
class U128DifferentialTest {
    private static final Differential U128_MATH = Differential.compile("U128Math", Sources.read("conformance/U128Math.java"));

    /** 0 to 128 random bits, so small, medium and huge operands all occur. */
    static String operand(Random r) {
        return new BigInteger(r.nextInt(129), r).toString();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void mulDivRemAgreeWithTheSdk(long seed) {
        Random r = new Random(seed);
        Differential.Session s = U128_MATH.session();
        for (int i = 0; i < 60; i++) {
            String a = operand(r);
            String b = r.nextInt(20) == 0 ? "0" : operand(r);
            String method = RandomCalls.pick(r, java.util.List.of("mul", "div", "rem"));
            s.step(Step.view(method, "{\"a\":\"" + a + "\",\"b\":\"" + b + "\"}"));
        }
    }
}
