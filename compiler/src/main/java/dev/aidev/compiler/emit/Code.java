package dev.aidev.compiler.emit;

/**
 * The body of one function as WebAssembly instructions, written in order. Only the MVP,
 * sign-extension and mutable-global features NEAR enables have methods here. Block types are
 * {@code null} (no result) or one value type: NEAR has no multi-value.
 */
public final class Code {
    final ByteWriter out = new ByteWriter();

    private Code op(int opcode) {
        out.u8(opcode);
        return this;
    }

    private Code blockType(ValType t) {
        out.u8(t == null ? 0x40 : t.code);
        return this;
    }

    private Code memarg(int align, int offset) {
        out.u32(align);
        out.u32(Integer.toUnsignedLong(offset));
        return this;
    }

    // Control

    public Code unreachable() {
        return op(0x00);
    }

    public Code block(ValType result) {
        return op(0x02).blockType(result);
    }

    public Code loop(ValType result) {
        return op(0x03).blockType(result);
    }

    public Code if_(ValType result) {
        return op(0x04).blockType(result);
    }

    public Code else_() {
        return op(0x05);
    }

    public Code end() {
        return op(0x0B);
    }

    public Code br(int depth) {
        op(0x0C);
        out.u32(depth);
        return this;
    }

    public Code brIf(int depth) {
        op(0x0D);
        out.u32(depth);
        return this;
    }

    public Code return_() {
        return op(0x0F);
    }

    public Code call(int function) {
        op(0x10);
        out.u32(function);
        return this;
    }

    public Code drop() {
        return op(0x1A);
    }

    public Code select() {
        return op(0x1B);
    }

    // Variables

    public Code localGet(int i) {
        op(0x20);
        out.u32(i);
        return this;
    }

    public Code localSet(int i) {
        op(0x21);
        out.u32(i);
        return this;
    }

    public Code localTee(int i) {
        op(0x22);
        out.u32(i);
        return this;
    }

    public Code globalGet(int i) {
        op(0x23);
        out.u32(i);
        return this;
    }

    public Code globalSet(int i) {
        op(0x24);
        out.u32(i);
        return this;
    }

    // Memory: natural alignment hints; the offset is an unsigned immediate.

    public Code i32Load(int offset) {
        return op(0x28).memarg(2, offset);
    }

    public Code i64Load(int offset) {
        return op(0x29).memarg(3, offset);
    }

    public Code i32Load8U(int offset) {
        return op(0x2D).memarg(0, offset);
    }

    public Code i32Load16U(int offset) {
        return op(0x2F).memarg(1, offset);
    }

    public Code i64Load32U(int offset) {
        return op(0x35).memarg(2, offset);
    }

    public Code i32Store(int offset) {
        return op(0x36).memarg(2, offset);
    }

    public Code i64Store(int offset) {
        return op(0x37).memarg(3, offset);
    }

    public Code i32Store8(int offset) {
        return op(0x3A).memarg(0, offset);
    }

    public Code i32Store16(int offset) {
        return op(0x3B).memarg(1, offset);
    }

    public Code i64Store32(int offset) {
        return op(0x3E).memarg(2, offset);
    }

    public Code memorySize() {
        op(0x3F);
        out.u8(0);
        return this;
    }

    public Code memoryGrow() {
        op(0x40);
        out.u8(0);
        return this;
    }

    // Constants

    public Code i32Const(int v) {
        op(0x41);
        out.s64(v);
        return this;
    }

    public Code i64Const(long v) {
        op(0x42);
        out.s64(v);
        return this;
    }

    /** Any other instruction without immediates (numeric operators), by its opcode from {@link Op}. */
    public Code plain(int opcode) {
        if (!Op.isPlain(opcode)) {
            throw new IllegalArgumentException("Opcode 0x" + Integer.toHexString(opcode) + " is not a plain numeric instruction.");
        }
        return op(opcode);
    }
}
