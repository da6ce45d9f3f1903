package dev.aidev.compiler.lower;

import static dev.aidev.compiler.ir.Ir.add;
import static dev.aidev.compiler.ir.Ir.call;
import static dev.aidev.compiler.ir.Ir.eqz;
import static dev.aidev.compiler.ir.Ir.geS;
import static dev.aidev.compiler.ir.Ir.gtS;
import static dev.aidev.compiler.ir.Ir.gtU;
import static dev.aidev.compiler.ir.Ir.i32;
import static dev.aidev.compiler.ir.Ir.i64;
import static dev.aidev.compiler.ir.Ir.load32;
import static dev.aidev.compiler.ir.Ir.load64;
import static dev.aidev.compiler.ir.Ir.ltS;
import static dev.aidev.compiler.ir.Ir.mul;
import static dev.aidev.compiler.ir.Ir.ne;
import static dev.aidev.compiler.ir.Ir.or;
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

    static final String TIMESTAMP = "dev.aidev.sdk.Timestamp";

    /** {@code Timestamp.ofNanos(n)} (also Borsh reading, {@code Env.blockTime()}): a negative n panics {@code integer underflow}. */
    static Expr timestampOfNanos(Expr nanos) {
        return call("rt_ts_of_nanos", I32, nanos);
    }

    /** {@code seconds * 10^9}, panicking {@code integer overflow} when it does not fit a long (the SDK's multiply). */
    static Expr secondsToNanos(Expr seconds) {
        return call("rt_ts_seconds_to_nanos", I64, seconds);
    }

    /** {@code t.plusNanos(delta)} with the SDK's panics. */
    static Expr timestampPlus(Expr t, Expr delta) {
        return call("rt_ts_plus", I32, t, delta);
    }

    /** A JSON Timestamp: a U64 string below 2^63, as the SDK reads it (63 bits); else the JSON error. */
    static Expr timestampJsonRead(Expr pos) {
        return call("rt_ts_check", I32, jsonRead(pos), Runtime.jsonMessage());
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
        b.function("rt_ts_of_nanos", List.of(I64), I32, f -> {
            f.if_(ltS(f.param(0).get(), i64(0)), () -> f.eval(Runtime.panic(str("integer underflow"))));
            f.ret(ofBits(f.param(0).get()));
        });
        b.function("rt_ts_check", List.of(I32, I32), I32, f -> {
            f.if_(or(ne(load64(f.param(0).get(), 8), i64(0)), ltS(load64(f.param(0).get(), 0), i64(0))),
                    () -> f.eval(Runtime.panic(f.param(1).get())));
            f.ret(f.param(0).get());
        });
        // |seconds| <= 9223372036 is exactly when seconds * 10^9 fits a long.
        b.function("rt_ts_seconds_to_nanos", List.of(I64), I64, f -> {
            f.if_(or(gtS(f.param(0).get(), i64(9_223_372_036L)), ltS(f.param(0).get(), i64(-9_223_372_036L))),
                    () -> f.eval(Runtime.panic(str("integer overflow"))));
            f.ret(mul(f.param(0).get(), i64(1_000_000_000L)));
        });
        b.function("rt_ts_plus", List.of(I32, I64), I32, f -> {
            Local n = f.local(I64);
            Local r = f.local(I64);
            f.set(n, load64(f.param(0).get(), 0));
            f.set(r, add(n.get(), f.param(1).get()));
            f.ifElse(geS(f.param(1).get(), i64(0)),
                    () -> f.if_(ltS(r.get(), n.get()), () -> f.eval(Runtime.panic(str("integer overflow")))),
                    () -> f.if_(gtS(r.get(), n.get()), () -> f.eval(Runtime.panic(str("integer underflow")))));
            f.ret(call("rt_ts_of_nanos", I32, r.get()));
        });
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
