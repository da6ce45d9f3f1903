package dev.aidev.compiler;

import dev.aidev.compiler.check.CheckedProgram;
import java.util.List;
import java.util.Optional;

/**
 * What a compilation produced: always its diagnostics; the checked program when the front end
 * and the subset check found no error; the WebAssembly when, in addition, a back end ran and
 * succeeded.
 */
public final class CompileResult {
    private final List<Diagnostic> diagnostics;
    private final CheckedProgram program;
    private final byte[] wasm;

    CompileResult(List<Diagnostic> diagnostics, CheckedProgram program, byte[] wasm) {
        this.diagnostics = List.copyOf(diagnostics);
        this.program = program;
        this.wasm = wasm == null ? null : wasm.clone();
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** The checked program; empty if there were errors. */
    public Optional<CheckedProgram> program() {
        return Optional.ofNullable(program);
    }

    /** The WebAssembly module; empty if there were errors or no back end was set. */
    public Optional<byte[]> wasm() {
        return Optional.ofNullable(wasm).map(byte[]::clone);
    }

    /** The diagnostics rendered javac-style (see {@link Diagnostic#render()}). */
    public String render() {
        return Diagnostics.render(diagnostics);
    }

    /** The diagnostics as the JSON array {@code --format json} prints. */
    public String toJson() {
        return Diagnostics.toJson(diagnostics);
    }
}
