package dev.aidev.compiler.lower;

import dev.aidev.compiler.ir.Type;

/** How a Java type is represented in WebAssembly, and so how it is read and written as JSON and Borsh. */
enum ValueKind {
    BOOL(Type.I32),
    /** byte, short, char and int: i32. */
    INT(Type.I32),
    LONG(Type.I64),
    /** a string object; also {@code AccountId}. */
    STRING(Type.I32),
    /** 16 bytes little-endian. */
    U128(Type.I32),
    /** a storage collection: its prefix as a byte string. */
    COLLECTION(Type.I32),
    /** the contract class itself (an object). */
    CONTRACT(Type.I32);

    final Type type;

    ValueKind(Type type) {
        this.type = type;
    }
}
