package dev.aidev.compiler.lower;

import dev.aidev.compiler.Backend;
import dev.aidev.compiler.check.CheckedProgram;
import dev.aidev.compiler.emit.IrEmitter;

/** The back end: lowers a checked contract to the IR with its runtime, and emits NEAR WebAssembly. */
public final class WasmBackend implements Backend {
    @Override
    public byte[] generate(CheckedProgram program) {
        return IrEmitter.emit(new Lowering(program).lower());
    }
}
