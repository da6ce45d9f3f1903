package dev.aidev.compiler;

import dev.aidev.compiler.check.CheckedProgram;
import dev.aidev.compiler.check.SubsetChecker;
import dev.aidev.compiler.parse.Frontend;
import dev.aidev.compiler.parse.FrontendResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The contract compiler: javac's front end, the subset check, then the back end. Each stage runs
 * only if the one before it reported no error, and all errors of a stage are reported together.
 *
 * <pre>{@code
 * CompileResult result = ContractCompiler.compile(Path.of("examples/counter"),
 *         ContractCompiler.Options.builder().backend(wasmBackend).build());
 * if (result.hasErrors()) {
 *     System.err.print(result.render());
 * }
 * }</pre>
 */
public final class ContractCompiler {
    private ContractCompiler() {}

    /**
     * Compiles a project with the conventional layout ({@code src/main/java/**}). Diagnostics
     * name files by their path under {@code projectDir} as given, unless the options set a display
     * root.
     */
    public static CompileResult compile(Path projectDir, Options options) {
        List<Path> sources = Frontend.projectSources(projectDir);
        if (sources.isEmpty()) {
            return new CompileResult(List.of(Diagnostic.error(
                    "no Java sources in " + projectDir.resolve("src/main/java")
                            + "; put the contract under src/main/java")), null, null);
        }
        return compile(sources, options);
    }

    /** Compiles the given source files. */
    public static CompileResult compile(List<Path> sources, Options options) {
        Diagnostics diagnostics = new Diagnostics();
        FrontendResult frontend = Frontend.analyze(sources, options.classPath(), options.displayRoot());
        diagnostics.addAll(frontend.diagnostics());
        if (frontend.hasErrors()) {
            return new CompileResult(diagnostics.all(), null, null);
        }
        Optional<CheckedProgram> program = SubsetChecker.check(frontend, diagnostics);
        if (program.isEmpty()) {
            return new CompileResult(diagnostics.all(), null, null);
        }
        if (options.backend() == null) {
            return new CompileResult(diagnostics.all(), program.get(), null);
        }
        try {
            byte[] wasm = options.backend().generate(program.get());
            return new CompileResult(diagnostics.all(), program.get(), wasm);
        } catch (CompileError e) {
            diagnostics.add(e.diagnostic());
            return new CompileResult(diagnostics.all(), null, null);
        }
    }

    /**
     * How to compile.
     *
     * @param classPath what contracts compile against; by default the SDK this JVM loaded
     * @param displayRoot if set, diagnostics name files relative to it
     * @param backend the back end; without one, compilation stops after the subset check
     */
    public record Options(List<Path> classPath, Path displayRoot, Backend backend) {
        public Options {
            classPath = List.copyOf(classPath);
        }

        /** The SDK of this JVM, paths as given, no back end (checking only). */
        public static Options defaults() {
            return builder().build();
        }

        public static Builder builder() {
            return new Builder();
        }

        /** Builds {@link Options}; the class path defaults to {@link Frontend#sdkClassPath()}. */
        public static final class Builder {
            private List<Path> classPath;
            private Path displayRoot;
            private Backend backend;

            private Builder() {}

            public Builder classPath(List<Path> classPath) {
                this.classPath = List.copyOf(classPath);
                return this;
            }

            public Builder displayRoot(Path displayRoot) {
                this.displayRoot = Objects.requireNonNull(displayRoot, "displayRoot");
                return this;
            }

            public Builder backend(Backend backend) {
                this.backend = Objects.requireNonNull(backend, "backend");
                return this;
            }

            public Options build() {
                return new Options(classPath != null ? classPath : Frontend.sdkClassPath(), displayRoot, backend);
            }
        }
    }
}
