package dev.aidev.vm;

/**
 * Why a function call failed: NEAR's {@code FunctionCallError}, by who is at fault.
 *
 * <p>{@link #kind()} is NEAR's variant name (e.g. {@code GuestPanic}, {@code MethodNotFound},
 * {@code Unreachable}) and {@link #message()} its display text as nearcore prints it.
 */
public sealed interface VmError {
    /** NEAR's top-level category: CompilationError, LinkError, MethodResolveError, WasmTrap, HostError. */
    String category();

    String kind();

    String message();

    /** The contract could not be prepared or compiled (PrepareError variants, CodeDoesNotExist). */
    record CompilationError(String kind, String message) implements VmError {
        public String category() {
            return "CompilationError";
        }
    }

    /** The module imports something the VM does not provide. */
    record LinkError(String message) implements VmError {
        public String category() {
            return "LinkError";
        }

        public String kind() {
            return "LinkError";
        }
    }

    /** The called method is missing, empty or has a signature other than {@code () -> ()}. */
    record MethodResolveError(String kind) implements VmError {
        public String category() {
            return "MethodResolveError";
        }

        public String message() {
            return kind;
        }
    }

    /** The WebAssembly code trapped. */
    record WasmTrap(String kind, String message) implements VmError {
        public String category() {
            return "WasmTrap";
        }
    }

    /** A host function refused: the contract's fault, deterministic. */
    record HostError(String kind, String message) implements VmError {
        public String category() {
            return "HostError";
        }
    }
}
