package dev.aidev.compiler.ir;

/** How a load reads or a store writes memory: the width in memory and the value type in the IR. */
public enum MemType {
    /** i32, 4 bytes. */
    I32(Type.I32),
    /** i64, 8 bytes. */
    I64(Type.I64),
    /** one byte, zero-extended to i32 on load. */
    U8(Type.I32),
    /** two bytes, zero-extended to i32 on load. */
    U16(Type.I32),
    /** four bytes, zero-extended to i64 on load (i64.load32_u / i64.store32). */
    U32_I64(Type.I64);

    public final Type type;

    MemType(Type type) {
        this.type = type;
    }
}
