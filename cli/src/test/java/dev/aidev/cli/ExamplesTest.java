package dev.aidev.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example contract (each {@code examples/<name>} with {@code src/main/java}) builds with
 * {@code aidev build} and passes its scenarios with {@code aidev test}, as a user runs them:
 * {@code ./aidev build examples/<name> && ./aidev test examples/<name>/scenarios} (the scenarios
 * deploy {@code ../build/<name>.wasm}). Each runs on a copy of the example in a temporary
 * {@code <name>/} folder, so the test never writes into the source tree (vm's WasmSourcesTest
 * checks every .wasm under examples/). The examples' JVM unit tests run in their own Maven modules.
 */
class ExamplesTest {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final byte[] WASM_MAGIC = {0, 'a', 's', 'm'};

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {}

    private static Run aidev(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static List<Path> examples() throws IOException {
        try (Stream<Path> dirs = Files.list(EXAMPLES)) {
            return dirs.filter(d -> Files.isDirectory(d.resolve("src/main/java"))).sorted().toList();
        }
    }

    /**
     * The examples build one after the other, in sorted order, into the same temporary folder
     * ({@link #tmp} is shared by a factory's dynamic tests), so a scenario may deploy another
     * example's build through {@code ../../<other>/build/<other>.wasm} (token-receiver's scenarios
     * deploy fungible-token): {@link #examples_that_deploy_another_example_sort_after_it} checks that
     * such an example comes after the one it uses.
     */
    @TestFactory
    Stream<DynamicTest> each_example_builds_and_passes_its_scenarios() throws IOException {
        List<Path> examples = examples();
        assertThat(examples).extracting(d -> d.getFileName().toString()).contains("counter", "status-message");
        return examples.stream().map(example -> DynamicTest.dynamicTest(example.getFileName().toString(),
                () -> buildAndTest(copy(example, tmp.resolve(example.getFileName())))));
    }

    /** The example without its build outputs ({@code build/}, {@code target/}). */
    private static Path copy(Path example, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(example)) {
            for (Path f : files.toList()) {
                Path rel = example.relativize(f);
                if (rel.getNameCount() > 0 && (rel.getName(0).toString().equals("build") || rel.getName(0).toString().equals("target"))) {
                    continue;
                }
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }

    private static void buildAndTest(Path dir) throws IOException {
        String name = dir.getFileName().toString();
        if (Files.exists(dir.resolve("BUILD-PENDING.md"))) {
            // The example's logic is tested on the JVM; the compiler cannot build it yet. This
            // asserts that, so the day it builds, this test says so and the file goes.
            Run pending = aidev("build", dir.toString());
            assertThat(pending.code()).as("%s builds now: delete its BUILD-PENDING.md%n%s", name, pending.out())
                    .isEqualTo(65);
            assertThat(pending.err()).contains("error:");
            return;
        }
        Run build = aidev("build", dir.toString());
        assertThat(build.code()).as("aidev build %s%n%s%s", dir, build.out(), build.err()).isZero();
        assertThat(build.out()).contains("built ").contains(name + ".wasm");

        Path wasm = dir.resolve("build").resolve(name + ".wasm");
        Path abi = dir.resolve("build").resolve(name + ".abi.json");
        assertThat(wasm).isRegularFile();
        assertThat(Arrays.copyOf(Files.readAllBytes(wasm), 4)).isEqualTo(WASM_MAGIC);
        assertThat(abi).isRegularFile();
        JsonNode abiJson = new ObjectMapper().readTree(abi.toFile());
        assertThat(abiJson.at("/metadata/name").asText()).isEqualTo(name);
        assertThat(abiJson.at("/body/functions").findValuesAsText("name")).isNotEmpty();

        Path scenarios = dir.resolve("scenarios");
        List<Path> files;
        try (Stream<Path> s = Files.list(scenarios)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".json")).toList();
        }
        assertThat(files).as("%s has scenario files", scenarios).isNotEmpty();
        Run test = aidev("test", scenarios.toString());
        assertThat(test.code()).as("aidev test %s%n%s%s", scenarios, test.out(), test.err()).isZero();
        assertThat(test.out()).endsWith(files.size() + " passed, 0 failed" + System.lineSeparator());
    }

    private static final Pattern OTHER_EXAMPLE_WASM = Pattern.compile("\\.\\./\\.\\./([a-z0-9-]+)/build/\\1\\.wasm");

    @Test
    void examples_that_deploy_another_example_sort_after_it() throws IOException {
        List<String> names = examples().stream().map(d -> d.getFileName().toString()).toList();
        int uses = 0;
        for (Path example : examples()) {
            String name = example.getFileName().toString();
            Path scenarios = example.resolve("scenarios");
            if (!Files.isDirectory(scenarios)) {
                continue;
            }
            try (Stream<Path> files = Files.list(scenarios)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                    Matcher m = OTHER_EXAMPLE_WASM.matcher(Files.readString(f));
                    while (m.find()) {
                        String other = m.group(1);
                        uses++;
                        assertThat(names).as("%s deploys %s", f, other).contains(other);
                        assertThat(names.indexOf(other)).as("%s deploys %s, which must build first", f, other)
                                .isLessThan(names.indexOf(name));
                    }
                }
            }
        }
        assertThat(uses).as("token-receiver's scenarios deploy fungible-token").isPositive();
    }

    @TestFactory
    Stream<DynamicTest> each_example_is_a_maven_module_with_unit_tests_and_ignores_its_build_output() throws IOException {
        String rootPom = Files.readString(EXAMPLES.resolve("../pom.xml"));
        return examples().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            String name = dir.getFileName().toString();
            assertThat(rootPom).as("the root pom.xml lists the module").contains("<module>examples/" + name + "</module>");
            assertThat(dir.resolve("pom.xml")).isRegularFile();
            assertThat(dir.resolve("src/test/java")).isDirectory();
            try (Stream<Path> tests = Files.walk(dir.resolve("src/test/java"))) {
                assertThat(tests.filter(f -> f.toString().endsWith("Test.java"))).as("unit tests of " + name).isNotEmpty();
            }
            assertThat(dir.resolve(".gitignore")).isRegularFile();
            assertThat(Files.readAllLines(dir.resolve(".gitignore"))).contains("build/");
        }));
    }
}
