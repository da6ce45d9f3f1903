package dev.aidev.compiler.diff;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance suite: each {@code src/test/resources/conformance/<Name>.java} is a small
 * contract exercising some constructs of the subset, with its calls in {@code //>} lines:
 *
 * <pre>
 * //> call increment {"by": 2}
 * //> view get
 * //> call from=bob.test.near deposit=1 donate {}
 * //> call from=contract.test.near result="7" result=failed on_done {}
 * </pre>
 *
 * ({@code result=} gives a callback its promise results: a successful result's text, without
 * spaces, or {@code 0x} and its bytes in hex, or {@code failed}.)
 *
 * Each file is compiled by our compiler and by javac, and every call must give the same result,
 * logs, panic and storage on the JVM and on the VM (both engines).
 */
class ConformanceTest {
    static Stream<String> programs() throws IOException, URISyntaxException {
        Path dir = Path.of(ConformanceTest.class.getClassLoader().getResource("conformance").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java")).sorted()
                    .map(n -> n.substring(0, n.length() - ".java".length())).toList().stream();
        }
    }

    /** The {@code //>} lines of a program as steps. */
    static List<Step> steps(String source) {
        List<Step> steps = new ArrayList<>();
        for (String line : source.split("\n")) {
            String l = line.strip();
            if (!l.startsWith("//> ")) {
                continue;
            }
            String[] words = l.substring(4).strip().split(" ", -1);
            boolean view = words[0].equals("view");
            if (!view && !words[0].equals("call")) {
                throw new IllegalArgumentException("Expected call or view: " + line);
            }
            String from = Step.ALICE;
            BigInteger deposit = BigInteger.ZERO;
            List<String> results = new ArrayList<>();
            int i = 1;
            for (; words[i].contains("="); i++) {
                String[] kv = words[i].split("=", 2);
                if (kv[0].equals("from")) {
                    from = kv[1];
                } else if (kv[0].equals("deposit")) {
                    deposit = new BigInteger(kv[1]);
                } else if (kv[0].equals("result")) {
                    results.add(kv[1].equals("failed") ? Step.FAILED : kv[1]);
                } else {
                    throw new IllegalArgumentException("Unknown option " + kv[0] + ": " + line);
                }
            }
            String method = words[i];
            String args = String.join(" ", List.of(words).subList(i + 1, words.length));
            steps.add(new Step(method, args, from, deposit, view, results));
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("A conformance program needs //> call lines");
        }
        return steps;
    }

    /** The outcome of the {@code nth} call (from 0) of {@code method} among the steps. */
    static Outcome outcome(List<Step> steps, List<Outcome> out, String method, int nth) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).method().equals(method) && nth-- == 0) {
                return out.get(i);
            }
        }
        throw new AssertionError("no call " + method);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void runsTheSameOnTheJvmAndTheVm(String name) {
        String source = Sources.read("conformance/" + name + ".java");
        Differential.compile(name, source).run(steps(source));
    }
}
