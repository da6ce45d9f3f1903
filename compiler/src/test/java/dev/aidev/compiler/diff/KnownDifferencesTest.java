package dev.aidev.compiler.diff;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one difference between the JVM and WebAssembly runs that we accept (docs/compiler-design.md,
 * "The JVM and WebAssembly runs"): a plain operator that overflows ({@code a + b},
 * {@code x *= 2}, {@code -a}) wraps on the JVM, which runs javac's bytecode unchanged, but panics
 * with {@code integer overflow} in WebAssembly, as DESIGN.md requires. Contracts that must agree
 * use Math.addExact and friends, which panic on both. If this test fails, the JVM runner learned
 * to check overflow: delete it and the note in the docs.
 */
class KnownDifferencesTest {
    private static final String SOURCE = """
            import dev.aidev.sdk.*;

            @NearContract
            public class Wrap {
                public Wrap() {}

                @View
                public int add(int a, int b) {
                    return a + b;
                }
            }
            """;

    @Test
    void plainIntegerOverflowWrapsOnTheJvmButPanicsInWebAssembly() {
        Differential wrap = Differential.compile("Wrap", SOURCE);
        wrap.run(List.of(Step.view("add", "{\"a\":2147483646,\"b\":1}")));
        assertThatThrownBy(() -> wrap.run(List.of(Step.view("add", "{\"a\":2147483647,\"b\":1}"))))
                .hasMessageContaining("jvm:  Outcome[result=-2147483648")
                .hasMessageContaining("panic=integer overflow");
    }
}
