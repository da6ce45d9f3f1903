package dev.aidev.compiler.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.compiler.CompileError;
import dev.aidev.compiler.CompileResult;
import dev.aidev.compiler.ContractCompiler;
import dev.aidev.compiler.ContractCompiler.Options;
import dev.aidev.compiler.Diagnostic;
import dev.aidev.compiler.check.CheckedProgram;
import dev.aidev.compiler.check.ExportedMethod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontendTest {
    private static final String COUNTER = String.join("\n",
            "package demo;",
            "",
            "import dev.aidev.sdk.*;",
            "",
            "@NearContract",
            "public class Counter {",
            "    private long value;",
            "",
            "    @Init(payable = true)",
            "    public static Counter create(long startValue) { Counter c = new Counter(); c.value = startValue; return c; }",
            "",
            "    @Call(payable = true)",
            "    public long incrementBy(long by, @Name(\"memo_text\") String memo) { value = Steps.add(value, by); return value; }",
            "",
            "    @Private",
            "    @Call",
            "    public void onDone() {}",
            "",
            "    @View",
            "    public long get() { return value; }",
            "}",
            "");

    private static final String STEPS = String.join("\n",
            "package demo;",
            "",
            "final class Steps {",
            "    static long add(long a, long b) { return a + b; }",
            "}",
            "");

    @TempDir
    Path dir;

    @Test
    void aProjectWithTheConventionalLayoutCompilesToACheckedProgram() throws IOException {
        write("src/main/java/demo/Counter.java", COUNTER);
        write("src/main/java/demo/Steps.java", STEPS);

        CompileResult result = ContractCompiler.compile(dir, Options.defaults());

        assertThat(result.diagnostics()).isEmpty();
        CheckedProgram program = result.program().orElseThrow();
        assertThat(program.contract().getQualifiedName().toString()).isEqualTo("demo.Counter");
        assertThat(program.stateFields()).extracting(f -> f.getSimpleName().toString()).containsExactly("value");
        assertThat(program.exports()).extracting(ExportedMethod::exportName)
                .containsExactly("create", "increment_by", "on_done", "get");
        assertThat(program.exports()).extracting(ExportedMethod::kind).containsExactly(
                ExportedMethod.Kind.INIT, ExportedMethod.Kind.CALL, ExportedMethod.Kind.CALL, ExportedMethod.Kind.VIEW);
        assertThat(program.exports()).extracting(ExportedMethod::payable).containsExactly(true, true, false, false);
        assertThat(program.exports()).extracting(ExportedMethod::privateMethod).containsExactly(false, false, true, false);
        assertThat(program.exports().get(0).jsonParameterNames()).containsExactly("start_value");
        assertThat(program.exports().get(1).jsonParameterNames()).containsExactly("by", "memo_text");
        assertThat(result.wasm()).isEmpty();
    }

    @Test
    void diagnosticsNameFilesAsGivenOrRelativeToTheDisplayRoot() throws IOException {
        write("src/main/java/demo/Counter.java", COUNTER.replace("return value; }\n}", "return value + 0.5; }\n}"));
        write("src/main/java/demo/Steps.java", STEPS);

        CompileResult asGiven = ContractCompiler.compile(dir, Options.defaults());
        CompileResult relative = ContractCompiler.compile(dir, Options.builder().displayRoot(dir).build());

        assertThat(asGiven.diagnostics()).extracting(Diagnostic::file)
                .containsOnly(dir.resolve("src/main/java/demo/Counter.java").toString());
        assertThat(relative.diagnostics()).extracting(Diagnostic::file).containsOnly("src/main/java/demo/Counter.java");
    }

    @Test
    void javacErrorsOfEveryFileAreReportedAndStopBeforeTheSubsetCheck() throws IOException {
        write("src/main/java/demo/Counter.java", COUNTER.replace("return value; }\n}",
                "Runnable r = () -> {}; return \"text\"; }\n}"));
        write("src/main/java/demo/Steps.java", STEPS.replace("return a + b;", "return a + missing;"));

        CompileResult result = ContractCompiler.compile(dir, Options.builder().displayRoot(dir).build());

        assertThat(result.render()).isEqualTo(String.join("\n",
                "src/main/java/demo/Counter.java:20:55: error: incompatible types: java.lang.String cannot be converted to long",
                "    public long get() { Runnable r = () -> {}; return \"text\"; }",
                "                                                      ^",
                "src/main/java/demo/Steps.java:4:50: error: cannot find symbol",
                "    static long add(long a, long b) { return a + missing; }",
                "                                                 ^",
                "  symbol:   variable missing",
                "  location: class demo.Steps",
                ""));
        assertThat(result.program()).isEmpty();
    }

    @Test
    void aProjectWithoutSourcesIsAnError() {
        CompileResult result = ContractCompiler.compile(dir, Options.defaults());

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.diagnostics().get(0).message()).startsWith("no Java sources in ");
    }

    @Test
    void theBackendReceivesTheCheckedProgramAndItsErrorsBecomeDiagnostics() throws IOException {
        write("src/main/java/demo/Counter.java", COUNTER);
        write("src/main/java/demo/Steps.java", STEPS);
        AtomicReference<CheckedProgram> seen = new AtomicReference<>();

        CompileResult built = ContractCompiler.compile(dir, Options.builder().backend(program -> {
            seen.set(program);
            return new byte[] {0, 'a', 's', 'm'};
        }).build());
        CompileResult failed = ContractCompiler.compile(dir, Options.builder().backend(program -> {
            throw new CompileError(Diagnostic.error("recursion is not supported in contracts; use a loop"));
        }).build());

        assertThat(built.wasm()).hasValueSatisfying(wasm -> assertThat(wasm).containsExactly(0, 'a', 's', 'm'));
        assertThat(seen.get().exports()).hasSize(4);
        assertThat(failed.wasm()).isEmpty();
        assertThat(failed.render()).isEqualTo("error: recursion is not supported in contracts; use a loop\n");
    }

    @Test
    void projectSourcesAreSortedAndOnlyJava() throws IOException {
        write("src/main/java/b/B.java", "package b; class B {}");
        write("src/main/java/a/A.java", "package a; class A {}");
        write("src/main/java/a/notes.txt", "not java");
        write("src/test/java/a/ATest.java", "package a; class ATest {}");

        List<Path> sources = Frontend.projectSources(dir);

        assertThat(sources.stream().map(p -> dir.relativize(p).toString().replace('\\', '/')).collect(Collectors.toList()))
                .containsExactly("src/main/java/a/A.java", "src/main/java/b/B.java");
    }

    @Test
    void theFrontendGivesAttributedTrees() throws IOException {
        Path counter = write("src/main/java/demo/Counter.java", COUNTER);
        Path steps = write("src/main/java/demo/Steps.java", STEPS);

        FrontendResult result = Frontend.analyze(List.of(counter, steps));

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.units()).hasSize(2);
        assertThat(result.elements().getTypeElement("demo.Counter")).isNotNull();
        assertThat(result.source(result.units().get(1)).lineText(4)).contains("return a + b;");
    }

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
