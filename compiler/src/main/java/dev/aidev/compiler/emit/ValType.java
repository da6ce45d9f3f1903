package dev.aidev.compiler.emit;

/** The WebAssembly value types our modules use. NEAR enables floats, but contracts have none yet. */
public enum ValType {
    I32(0x7F),
    I64(0x7E);

    final int code;

    ValType(int code) {
        this.code = code;
    }
}
