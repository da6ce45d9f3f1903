package dev.aidev.compiler.emit;

/** Opcodes of the numeric instructions without immediates (WebAssembly MVP and sign extension). */
public final class Op {
    private Op() {}

    public static final int I32_EQZ = 0x45, I32_EQ = 0x46, I32_NE = 0x47, I32_LT_S = 0x48, I32_LT_U = 0x49,
            I32_GT_S = 0x4A, I32_GT_U = 0x4B, I32_LE_S = 0x4C, I32_LE_U = 0x4D, I32_GE_S = 0x4E, I32_GE_U = 0x4F;
    public static final int I64_EQZ = 0x50, I64_EQ = 0x51, I64_NE = 0x52, I64_LT_S = 0x53, I64_LT_U = 0x54,
            I64_GT_S = 0x55, I64_GT_U = 0x56, I64_LE_S = 0x57, I64_LE_U = 0x58, I64_GE_S = 0x59, I64_GE_U = 0x5A;
    public static final int I32_ADD = 0x6A, I32_SUB = 0x6B, I32_MUL = 0x6C, I32_DIV_S = 0x6D, I32_DIV_U = 0x6E,
            I32_REM_S = 0x6F, I32_REM_U = 0x70, I32_AND = 0x71, I32_OR = 0x72, I32_XOR = 0x73, I32_SHL = 0x74,
            I32_SHR_S = 0x75, I32_SHR_U = 0x76;
    public static final int I64_ADD = 0x7C, I64_SUB = 0x7D, I64_MUL = 0x7E, I64_DIV_S = 0x7F, I64_DIV_U = 0x80,
            I64_REM_S = 0x81, I64_REM_U = 0x82, I64_AND = 0x83, I64_OR = 0x84, I64_XOR = 0x85, I64_SHL = 0x86,
            I64_SHR_S = 0x87, I64_SHR_U = 0x88;
    public static final int I32_WRAP_I64 = 0xA7, I64_EXTEND_I32_S = 0xAC, I64_EXTEND_I32_U = 0xAD;
    /** Sign extension (enabled on NEAR). */
    public static final int I32_EXTEND8_S = 0xC0, I32_EXTEND16_S = 0xC1, I64_EXTEND8_S = 0xC2,
            I64_EXTEND16_S = 0xC3, I64_EXTEND32_S = 0xC4;

    static boolean isPlain(int op) {
        return (op >= 0x45 && op <= 0x5A) || (op >= 0x6A && op <= 0x76) || (op >= 0x7C && op <= 0x88)
                || op == I32_WRAP_I64 || op == I64_EXTEND_I32_S || op == I64_EXTEND_I32_U
                || (op >= 0xC0 && op <= 0xC4);
    }
}
