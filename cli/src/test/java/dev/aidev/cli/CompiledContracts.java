package dev.aidev.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.compiler.CompileResult;
import dev.aidev.compiler.ContractCompiler;
import dev.aidev.compiler.lower.WasmBackend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Contracts compiled from Java source by our compiler, for the tests that run them on the local chain. */
final class CompiledContracts {
    private CompiledContracts() {}

    /** Writes {@code source} as {@code dir/name/name.java}, compiles it and returns the WebAssembly (fails the test on errors). */
    static byte[] compile(Path dir, String name, String source) throws IOException {
        Path project = Files.createDirectories(dir.resolve(name));
        Path file = project.resolve(name + ".java");
        Files.writeString(file, source);
        CompileResult r = ContractCompiler.compile(List.of(file),
                ContractCompiler.Options.builder().displayRoot(project).backend(new WasmBackend()).build());
        assertThat(r.hasErrors()).as(r.render()).isFalse();
        return r.wasm().orElseThrow();
    }
}
