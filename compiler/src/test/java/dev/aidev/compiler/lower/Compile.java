package dev.aidev.compiler.lower;

import dev.aidev.compiler.CompileResult;
import dev.aidev.compiler.ContractCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Compiles a contract source through the whole pipeline (javac, subset check, this back end). */
final class Compile {
    private Compile() {}

    /** A contract source from the test resources, {@code contracts/<className>.java}. */
    static String source(String className) {
        return dev.aidev.compiler.diff.Sources.read("contracts/" + className + ".java");
    }

    static byte[] wasm(String className, String source) {
        try {
            Path dir = Files.createTempDirectory("aidev-lower");
            Path file = dir.resolve(className + ".java");
            Files.writeString(file, source);
            CompileResult r = ContractCompiler.compile(List.of(file),
                    ContractCompiler.Options.builder().displayRoot(dir).backend(new WasmBackend()).build());
            if (r.hasErrors() || r.wasm().isEmpty()) {
                throw new AssertionError("Compilation failed:\n" + r.render());
            }
            return r.wasm().get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
