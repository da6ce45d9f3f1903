package dev.aidev.compiler.ir;

/** Binary operators, each one WebAssembly instruction (the opcode is kept for the emitter). */
public enum BinOp {
    I32_EQ(0x46, Type.I32, Type.I32),
    I32_NE(0x47, Type.I32, Type.I32),
    I32_LT_S(0x48, Type.I32, Type.I32),
    I32_LT_U(0x49, Type.I32, Type.I32),
    I32_GT_S(0x4A, Type.I32, Type.I32),
    I32_GT_U(0x4B, Type.I32, Type.I32),
    I32_LE_S(0x4C, Type.I32, Type.I32),
    I32_LE_U(0x4D, Type.I32, Type.I32),
    I32_GE_S(0x4E, Type.I32, Type.I32),
    I32_GE_U(0x4F, Type.I32, Type.I32),
    I64_EQ(0x51, Type.I64, Type.I32),
    I64_NE(0x52, Type.I64, Type.I32),
    I64_LT_S(0x53, Type.I64, Type.I32),
    I64_LT_U(0x54, Type.I64, Type.I32),
    I64_GT_S(0x55, Type.I64, Type.I32),
    I64_GT_U(0x56, Type.I64, Type.I32),
    I64_LE_S(0x57, Type.I64, Type.I32),
    I64_LE_U(0x58, Type.I64, Type.I32),
    I64_GE_S(0x59, Type.I64, Type.I32),
    I64_GE_U(0x5A, Type.I64, Type.I32),
    I32_ADD(0x6A, Type.I32, Type.I32),
    I32_SUB(0x6B, Type.I32, Type.I32),
    I32_MUL(0x6C, Type.I32, Type.I32),
    I32_DIV_S(0x6D, Type.I32, Type.I32),
    I32_DIV_U(0x6E, Type.I32, Type.I32),
    I32_REM_S(0x6F, Type.I32, Type.I32),
    I32_REM_U(0x70, Type.I32, Type.I32),
    I32_AND(0x71, Type.I32, Type.I32),
    I32_OR(0x72, Type.I32, Type.I32),
    I32_XOR(0x73, Type.I32, Type.I32),
    I32_SHL(0x74, Type.I32, Type.I32),
    I32_SHR_S(0x75, Type.I32, Type.I32),
    I32_SHR_U(0x76, Type.I32, Type.I32),
    I64_ADD(0x7C, Type.I64, Type.I64),
    I64_SUB(0x7D, Type.I64, Type.I64),
    I64_MUL(0x7E, Type.I64, Type.I64),
    I64_DIV_S(0x7F, Type.I64, Type.I64),
    I64_DIV_U(0x80, Type.I64, Type.I64),
    I64_REM_S(0x81, Type.I64, Type.I64),
    I64_REM_U(0x82, Type.I64, Type.I64),
    I64_AND(0x83, Type.I64, Type.I64),
    I64_OR(0x84, Type.I64, Type.I64),
    I64_XOR(0x85, Type.I64, Type.I64),
    I64_SHL(0x86, Type.I64, Type.I64),
    I64_SHR_S(0x87, Type.I64, Type.I64),
    I64_SHR_U(0x88, Type.I64, Type.I64);

    public final int opcode;
    public final Type operand;
    public final Type result;

    BinOp(int opcode, Type operand, Type result) {
        this.opcode = opcode;
        this.operand = operand;
        this.result = result;
    }

    /** The operator named {@code name} ("ADD", "LT_S", ...) for operands of type {@code t}. */
    public static BinOp of(Type t, String name) {
        return valueOf(t.name() + "_" + name);
    }
}
