package dev.aidev.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aidev.compiler.CompileResult;
import dev.aidev.compiler.ContractCompiler;
import dev.aidev.compiler.abi.AbiGenerator;
import dev.aidev.compiler.check.CheckedProgram;
import dev.aidev.compiler.lower.WasmBackend;
import dev.aidev.vm.Base58;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aidev build}: compiles a Java contract project to {@code build/<name>.wasm} and its ABI,
 * {@code build/<name>.abi.json}, printing sizes and time; diagnostics go to stderr as javac
 * writes them (or as JSON with {@code --format json}).
 */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Compile a Java contract project (src/main/java/**) to NEAR WebAssembly: build/<name>.wasm and",
            "build/<name>.abi.json (near-abi format). Same input, byte-identical output.",
            "Errors are reported as path:line:col: error: message, with the source line and a caret."
        },
        footer = {
            "",
            "Examples:",
            "  ./aidev build examples/counter",
            "  ./aidev build --gas-report examples/status-message",
            "  ./aidev build --format json my-contract"
        })
final class BuildCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "DIR",
            description = "The contract project (default: the current directory).")
    Path dir;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "How to print diagnostics (default: ${DEFAULT-VALUE}); json is an array of"
                    + " {file, line, column, severity, message}.")
    String format;

    @Option(names = "--gas-report", description = "Run every exported method on the VM with sample arguments"
            + " (init first) and print the gas each burns.")
    boolean gasReport;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UserError("--format must be text or json, not '" + format + "'.", ExitCodes.USAGE);
        }
        if (!Files.isDirectory(dir)) {
            throw new UserError(dir + ": no such directory.");
        }
        long t0 = System.nanoTime();
        CompileResult result = ContractCompiler.compile(dir, ContractCompiler.Options.builder()
                .displayRoot(dir).backend(new WasmBackend()).build());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (result.hasErrors() || result.wasm().isEmpty()) {
            if (format.equals("json")) {
                out.println(result.toJson());
                out.flush();
            } else {
                err.print(result.render());
                err.flush();
            }
            return ExitCodes.BAD_INPUT;
        }
        CheckedProgram program = result.program().orElseThrow();
        byte[] wasm = result.wasm().get();
        String name = projectName(dir, program);
        Path build = dir.resolve("build");
        Files.createDirectories(build);
        Path wasmFile = build.resolve(name + ".wasm");
        Path abiFile = build.resolve(name + ".abi.json");
        Files.write(wasmFile, wasm);
        ObjectNode abi = AbiGenerator.generate(program.contract(), name, "0.1.0",
                new AbiGenerator.BuildInfo("aidev-compiler 0.1.0", "aidev build 0.1.0"), Base58.encode(sha256(wasm)));
        Files.writeString(abiFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(abi) + "\n");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (format.equals("json")) {
            out.println(result.toJson());
        } else {
            err.print(result.render());
            out.printf(Locale.ROOT, "built %s (%,d bytes) and %s in %d ms%n", wasmFile, wasm.length,
                    abiFile.getFileName(), ms);
            if (gasReport) {
                out.print(GasReport.render(GasReport.measure(wasm, abi)));
            }
        }
        out.flush();
        err.flush();
        return ExitCodes.OK;
    }

    /** The contract's name: the project folder's name, or the contract class's in snake_case. */
    private static String projectName(Path dir, CheckedProgram program) {
        Path abs = dir.toAbsolutePath().normalize();
        String folder = abs.getFileName() == null ? "" : abs.getFileName().toString();
        String name = folder.isEmpty() || folder.equals(".")
                ? AbiGenerator.snakeCase(program.contract().getSimpleName().toString())
                : folder;
        return name.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
