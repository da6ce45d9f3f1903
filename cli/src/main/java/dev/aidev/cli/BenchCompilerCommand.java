package dev.aidev.cli;

import dev.aidev.compiler.CompileResult;
import dev.aidev.compiler.ContractCompiler;
import dev.aidev.compiler.lower.WasmBackend;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aidev bench compiler}: for every example contract, the WASM size, the in-process compile
 * time once warm (median of repeated compiles after the first) and the cold time of
 * {@code aidev build} as a new process.
 */
@Command(
        name = "compiler",
        mixinStandardHelpOptions = true,
        description = {
            "Benchmark the contract compiler on the example projects (examples/*/src/main/java): WASM size,",
            "warm in-process compile time (median of --runs compiles after a first one) and the cold time of",
            "'aidev build' in a new JVM."
        },
        footer = {"", "Examples:", "  ./aidev bench compiler", "  ./aidev bench compiler --examples examples --runs 20"})
final class BenchCompilerCommand implements Callable<Integer> {
    @Option(names = "--examples", defaultValue = "examples", paramLabel = "DIR",
            description = "Where the example projects are (default: ${DEFAULT-VALUE}).")
    Path examples;

    @Option(names = "--runs", defaultValue = "10", paramLabel = "N",
            description = "Warm compiles per project (default: ${DEFAULT-VALUE}).")
    int runs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || runs > 1000) {
            throw new UserError("--runs must be between 1 and 1000.", ExitCodes.USAGE);
        }
        List<Path> projects = new ArrayList<>();
        try (Stream<Path> s = Files.list(examples)) {
            s.filter(p -> Files.isDirectory(p.resolve("src/main/java"))).sorted().forEach(projects::add);
        } catch (IOException e) {
            throw new UserError("--examples: cannot list " + examples + ": " + e.getMessage());
        }
        if (projects.isEmpty()) {
            throw new UserError("No example projects (with src/main/java) in " + examples + ".");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-20s %12s %16s %16s%n", "example", "wasm bytes", "warm compile ms", "cold build ms");
        for (Path p : projects) {
            ContractCompiler.Options options = ContractCompiler.Options.builder().backend(new WasmBackend()).build();
            CompileResult first = ContractCompiler.compile(p, options);
            if (first.wasm().isEmpty()) {
                out.printf("%-20s does not build: %s%n", p.getFileName(), first.render().lines().findFirst().orElse(""));
                continue;
            }
            List<Double> warm = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                ContractCompiler.compile(p, options);
                warm.add((System.nanoTime() - t0) / 1e6);
            }
            warm.sort(Double::compare);
            out.printf(Locale.ROOT, "%-20s %,12d %16.1f %16.0f%n", p.getFileName(), first.wasm().get().length,
                    warm.get(warm.size() / 2), coldBuildMs(p));
            out.flush();
        }
        return ExitCodes.OK;
    }

    /** 'aidev build' in a new JVM, into a temporary copy so the example's build/ is untouched. */
    private static double coldBuildMs(Path project) throws Exception {
        Path copy = Files.createTempDirectory("aidev-bench-build").resolve(project.getFileName().toString());
        copyTree(project.resolve("src"), copy.resolve("src"));
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "dev.aidev.cli.Main", "build",
                copy.toString());
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("'aidev build " + copy + "' failed.");
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path f : s.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
