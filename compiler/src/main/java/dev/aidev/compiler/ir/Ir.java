package dev.aidev.compiler.ir;

import java.util.List;

/**
 * Short constructors for IR expressions, so that runtime functions and the lowering read like the
 * code they stand for. Operators take their WebAssembly type from the left operand.
 */
public final class Ir {
    private Ir() {}

    public static Expr i32(int v) {
        return new Expr.Const(Type.I32, v);
    }

    public static Expr i64(long v) {
        return new Expr.Const(Type.I64, v);
    }

    private static Expr bin(String op, Expr a, Expr b) {
        return new Expr.Binary(BinOp.of(a.type(), op), a, b);
    }

    public static Expr add(Expr a, Expr b) {
        return bin("ADD", a, b);
    }

    public static Expr sub(Expr a, Expr b) {
        return bin("SUB", a, b);
    }

    public static Expr mul(Expr a, Expr b) {
        return bin("MUL", a, b);
    }

    public static Expr divS(Expr a, Expr b) {
        return bin("DIV_S", a, b);
    }

    public static Expr divU(Expr a, Expr b) {
        return bin("DIV_U", a, b);
    }

    public static Expr remS(Expr a, Expr b) {
        return bin("REM_S", a, b);
    }

    public static Expr remU(Expr a, Expr b) {
        return bin("REM_U", a, b);
    }

    public static Expr and(Expr a, Expr b) {
        return bin("AND", a, b);
    }

    public static Expr or(Expr a, Expr b) {
        return bin("OR", a, b);
    }

    public static Expr xor(Expr a, Expr b) {
        return bin("XOR", a, b);
    }

    public static Expr shl(Expr a, Expr b) {
        return bin("SHL", a, b);
    }

    public static Expr shrS(Expr a, Expr b) {
        return bin("SHR_S", a, b);
    }

    public static Expr shrU(Expr a, Expr b) {
        return bin("SHR_U", a, b);
    }

    public static Expr eq(Expr a, Expr b) {
        return bin("EQ", a, b);
    }

    public static Expr ne(Expr a, Expr b) {
        return bin("NE", a, b);
    }

    public static Expr ltS(Expr a, Expr b) {
        return bin("LT_S", a, b);
    }

    public static Expr ltU(Expr a, Expr b) {
        return bin("LT_U", a, b);
    }

    public static Expr gtS(Expr a, Expr b) {
        return bin("GT_S", a, b);
    }

    public static Expr gtU(Expr a, Expr b) {
        return bin("GT_U", a, b);
    }

    public static Expr leS(Expr a, Expr b) {
        return bin("LE_S", a, b);
    }

    public static Expr leU(Expr a, Expr b) {
        return bin("LE_U", a, b);
    }

    public static Expr geS(Expr a, Expr b) {
        return bin("GE_S", a, b);
    }

    public static Expr geU(Expr a, Expr b) {
        return bin("GE_U", a, b);
    }

    /** i32/i64 {@code == 0}, also boolean negation. */
    public static Expr eqz(Expr a) {
        return new Expr.Unary(a.type() == Type.I32 ? UnOp.I32_EQZ : UnOp.I64_EQZ, a);
    }

    public static Expr wrap(Expr a) {
        return new Expr.Unary(UnOp.I32_WRAP_I64, a);
    }

    public static Expr extendS(Expr a) {
        return new Expr.Unary(UnOp.I64_EXTEND_I32_S, a);
    }

    /** An i32 address or length as the i64 a host function takes. */
    public static Expr extendU(Expr a) {
        return new Expr.Unary(UnOp.I64_EXTEND_I32_U, a);
    }

    public static Expr load32(Expr addr, int offset) {
        return new Expr.Load(MemType.I32, addr, offset);
    }

    public static Expr load64(Expr addr, int offset) {
        return new Expr.Load(MemType.I64, addr, offset);
    }

    public static Expr load8u(Expr addr, int offset) {
        return new Expr.Load(MemType.U8, addr, offset);
    }

    public static Expr load32u64(Expr addr, int offset) {
        return new Expr.Load(MemType.U32_I64, addr, offset);
    }

    public static Expr call(String function, Type result, Expr... args) {
        return new Expr.Call(function, List.of(args), result);
    }

    public static Expr host(String name, Expr... args) {
        return new Expr.HostCall(Host.of(name), List.of(args));
    }

    public static Expr ifElse(Expr cond, Expr then, Expr otherwise) {
        return new Expr.IfElse(cond, then, otherwise);
    }

    public static Expr global(String name, Type type) {
        return new Expr.GlobalGet(name, type);
    }

    /** A constant string object: {@code [u32 byte length][UTF-8 bytes]} in the data segment. */
    public static Expr str(String s) {
        return bytesObject(utf8(s));
    }

    /**
     * A string constant in the contract's text representation: UTF-8, except that a lone
     * surrogate keeps its 3-byte encoding (so that length() and charAt() still see it, as Java
     * does) instead of becoming the '?' of {@code getBytes(UTF_8)}; a pair is one 4-byte sequence.
     */
    static byte[] utf8(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length());
        s.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xC0 | cp >> 6);
                out.write(0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                out.write(0xE0 | cp >> 12);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            } else {
                out.write(0xF0 | cp >> 18);
                out.write(0x80 | cp >> 12 & 0x3F);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            }
        });
        return out.toByteArray();
    }

    /** Constant bytes as a length-prefixed object in the data segment. */
    public static Expr bytesObject(byte[] b) {
        byte[] d = new byte[4 + b.length];
        d[0] = (byte) b.length;
        d[1] = (byte) (b.length >>> 8);
        d[2] = (byte) (b.length >>> 16);
        d[3] = (byte) (b.length >>> 24);
        System.arraycopy(b, 0, d, 4, b.length);
        return new Expr.Data(d);
    }
}
