package dev.aidev.compiler.ir;

/** Unary operators, each one WebAssembly instruction (the opcode is kept for the emitter). */
public enum UnOp {
    I32_EQZ(0x45, Type.I32, Type.I32),
    I64_EQZ(0x50, Type.I64, Type.I32),
    I32_WRAP_I64(0xA7, Type.I64, Type.I32),
    I64_EXTEND_I32_S(0xAC, Type.I32, Type.I64),
    I64_EXTEND_I32_U(0xAD, Type.I32, Type.I64),
    I32_EXTEND8_S(0xC0, Type.I32, Type.I32),
    I32_EXTEND16_S(0xC1, Type.I32, Type.I32);

    public final int opcode;
    public final Type operand;
    public final Type result;

    UnOp(int opcode, Type operand, Type result) {
        this.opcode = opcode;
        this.operand = operand;
        this.result = result;
    }
}
