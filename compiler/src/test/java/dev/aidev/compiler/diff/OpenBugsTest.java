package dev.aidev.compiler.diff;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mismatches between the JVM and the VM that the differential tests found and that are not fixed
 * yet, each minimised into a program of {@code src/test/resources/bugs/} (same {@code //>} format
 * as the conformance suite). Each test asserts that the mismatch is still there, so it fails the
 * day the bug is fixed: then move the program to {@code conformance/} and delete its test here.
 */
class OpenBugsTest {
    /**
     * A lone UTF-16 surrogate (a {@code char} appended on its own, or decoded from a JSON
     * {@code "\\uD83D"} (JSON)) leaves the compiled contract as its 3-byte generalised UTF-8 form
     * ({@code ED A0 BD}), in return values, logs and storage; Java's UTF-8 encoder, and so the JVM
     * run, writes {@code '?'} for it. First call: JVM {@code "a?b?"}, WASM the bytes
     * {@code 61 ED A0 BD 62 ED B8 80} (read back as U+FFFD each). Each call alone: log_lone logs
     * {@code a?b} on the JVM, the surrogate's bytes in WASM; store writes the state
     * {@code AwAAAGE/Yg==} (JVM) against {@code BQAAAGHtoL1i} (WASM); bytes is 3 (JVM) against 5
     * (WASM). Related: pair ({@code "" + (char) 0xD83D} then {@code + (char) 0xDE00}) gives one
     * U+1F600 on the JVM but two 3-byte surrogates in WASM, so a pair built char by char through
     * {@code String + char} is not joined either. Found by
     * CrossContractDifferentialTest seeds 6 and 8 (on_answer fed the promise result
     * {@code "\\uD83D"} (JSON): the stored last_answer and the result differ).
     */
    @Test
    void loneSurrogatesAreStillWrittenAsGeneralisedUtf8InWebAssembly() {
        String source = Sources.read("bugs/LoneSurrogate.java");
        List<Step> steps = ConformanceTest.steps(source);
        Differential program = Differential.compile("LoneSurrogate", source);
        assertThatThrownBy(() -> program.run(steps))
                .as("the lone-surrogate bug is fixed: move bugs/LoneSurrogate.java to conformance/ and delete this test")
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("a?b?");
    }
}
