package dev.aidev.compiler;

import dev.aidev.compiler.check.CheckedProgram;

/**
 * The seam between the front end (javac and the subset check) and the back end (lowering to the
 * IR and emitting WebAssembly). {@link ContractCompiler} hands every checked program to the
 * back end set in its {@link ContractCompiler.Options}.
 */
@FunctionalInterface
public interface Backend {
    /**
     * The NEAR WebAssembly module of a checked program.
     *
     * @throws CompileError for a user mistake the subset check could not see; it is reported as a
     *     diagnostic
     */
    byte[] generate(CheckedProgram program);
}
