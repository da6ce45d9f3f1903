package dev.aidev.compiler.lower;

import static dev.aidev.compiler.ir.Ir.call;
import static dev.aidev.compiler.ir.Ir.eqz;
import static dev.aidev.compiler.ir.Ir.gtU;
import static dev.aidev.compiler.ir.Ir.i32;
import static dev.aidev.compiler.ir.Ir.i64;
import static dev.aidev.compiler.ir.Ir.load32;
import static dev.aidev.compiler.ir.Ir.load64;
import static dev.aidev.compiler.ir.Ir.ne;
import static dev.aidev.compiler.ir.Ir.str;
import static dev.aidev.compiler.ir.Type.I32;
import static dev.aidev.compiler.ir.Type.I64;

import dev.aidev.compiler.ir.Expr;
import dev.aidev.compiler.ir.IrBuilder;
import dev.aidev.compiler.ir.Local;
import java.util.List;

/**
 * The SDK's {@code U64}. A U64 is held exactly as a {@code U128} whose high 8 bytes are zero (see
 * {@link ValueKind#U128}), so comparison, equality, formatting, JSON writing, Optional and List
 * handling are U128's; what differs is the range (checked after U128 arithmetic and parsing,
 * panicking as the SDK does) and Borsh (u64 little-endian: the low 8 bytes).
 */
final class U64s {
    private U64s() {}

    static final String TYPE = "dev.aidev.sdk.U64";

    /** A U64 from its two's-complement bits ({@code U64.fromBits}, Borsh reading). */
    static Expr ofBits(Expr bits) {
        return call("rt_u64_of_bits", I32, bits);
    }

    /** The value's 8 bytes as a long (Borsh writing, {@code bits()}); v must not be null. */
    static Expr bits(Expr v) {
        return load64(v, 0);
    }

    /** A JSON string of decimal digits up to 2^64-1; anything else fails as the SDK's JSON reading. */
    static Expr jsonRead(Expr pos) {
        return check(Runtime.jsonReadU128(pos), Runtime.jsonMessage());
    }

    /** {@code U64.parse(s)}: 1 to 20 digits else {@code error}; above 2^64-1 "integer overflow". */
    static Expr parse(Expr s, Expr error) {
        return call("rt_u64_parse", I32, s, error);
    }

    /** add, sub, mul, div, rem with the SDK's panics. */
    static Expr op(String op, Expr a, Expr b) {
        Expr r = Runtime.u128Op(op, a, b);
        return op.equals("add") || op.equals("mul") ? check(r, str("integer overflow")) : r;
    }

    /** v, unless it is above 2^64-1: then panics with {@code error}. */
    private static Expr check(Expr v, Expr error) {
        return call("rt_u64_check", I32, v, error);
    }

    static void install(IrBuilder b) {
        b.function("rt_u64_of_bits", List.of(I64), I32, f -> {
            Local r = f.local(I32);
            f.set(r, Runtime.alloc(i32(16)));
            f.store64(r.get(), 0, f.param(0).get());
            f.store64(r.get(), 8, i64(0));
            f.ret(r.get());
        });
        b.function("rt_u64_check", List.of(I32, I32), I32, f -> {
            f.if_(ne(load64(f.param(0).get(), 8), i64(0)), () -> f.eval(Runtime.panic(f.param(1).get())));
            f.ret(f.param(0).get());
        });
        b.function("rt_u64_parse", List.of(I32, I32), I32, f -> {
            // null is "Invalid U64: null", as the SDK's isDigits rejects it
            f.if_(eqz(f.param(0).get()), () -> f.eval(Runtime.panic(f.param(1).get())));
            f.if_(gtU(load32(f.param(0).get(), 0), i32(20)), () -> f.eval(Runtime.panic(f.param(1).get())));
            f.ret(check(Runtime.u128Parse(f.param(0).get(), f.param(1).get()), str("integer overflow")));
        });
    }
}
