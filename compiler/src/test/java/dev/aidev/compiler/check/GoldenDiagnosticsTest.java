package dev.aidev.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.compiler.CompileResult;
import dev.aidev.compiler.ContractCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden diagnostics: each {@code src/test/resources/check/<case>.java} is compiled alone and its
 * rendered diagnostics must equal {@code <case>.diag} (empty for a valid contract). Run with
 * {@code -Dgolden.update=true} to rewrite the .diag files, then review them in the diff.
 *
 * <p>The classes in the cases are not public, so that javac accepts any file name.
 */
class GoldenDiagnosticsTest {
    static final Path CASES = Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources/check");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    Stream<DynamicTest> everyCaseReportsExactlyItsGoldenDiagnostics() throws IOException {
        return cases().stream().map(source -> DynamicTest.dynamicTest(source.getFileName().toString(), () -> {
            String actual = render(source);
            Path golden = golden(source);
            if (UPDATE) {
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            assertThat(golden).as("golden file (run with -Dgolden.update=true to create it)").exists();
            assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        }));
    }

    static List<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }

    static Path golden(Path source) {
        String name = source.getFileName().toString();
        return source.resolveSibling(name.substring(0, name.length() - ".java".length()) + ".diag");
    }

    static String render(Path source) {
        CompileResult result = ContractCompiler.compile(List.of(source),
                ContractCompiler.Options.builder().displayRoot(CASES).build());
        return result.render();
    }
}
