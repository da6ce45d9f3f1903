package dev.aidev.vm.prepare;

/** The module's bytes are not a well-formed WebAssembly binary. */
final class MalformedWasm extends RuntimeException {
    MalformedWasm(String message) {
        super(message);
    }
}
