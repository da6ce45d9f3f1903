package dev.aidev.compiler.lower;

import static dev.aidev.compiler.ir.Ir.add;
import static dev.aidev.compiler.ir.Ir.and;
import static dev.aidev.compiler.ir.Ir.call;
import static dev.aidev.compiler.ir.Ir.divS;
import static dev.aidev.compiler.ir.Ir.divU;
import static dev.aidev.compiler.ir.Ir.eq;
import static dev.aidev.compiler.ir.Ir.eqz;
import static dev.aidev.compiler.ir.Ir.extendS;
import static dev.aidev.compiler.ir.Ir.extendU;
import static dev.aidev.compiler.ir.Ir.geU;
import static dev.aidev.compiler.ir.Ir.global;
import static dev.aidev.compiler.ir.Ir.gtU;
import static dev.aidev.compiler.ir.Ir.host;
import static dev.aidev.compiler.ir.Ir.i32;
import static dev.aidev.compiler.ir.Ir.i64;
import static dev.aidev.compiler.ir.Ir.ifElse;
import static dev.aidev.compiler.ir.Ir.load32;
import static dev.aidev.compiler.ir.Ir.load32u64;
import static dev.aidev.compiler.ir.Ir.load64;
import static dev.aidev.compiler.ir.Ir.load8u;
import static dev.aidev.compiler.ir.Ir.ltS;
import static dev.aidev.compiler.ir.Ir.ltU;
import static dev.aidev.compiler.ir.Ir.mul;
import static dev.aidev.compiler.ir.Ir.ne;
import static dev.aidev.compiler.ir.Ir.or;
import static dev.aidev.compiler.ir.Ir.remS;
import static dev.aidev.compiler.ir.Ir.remU;
import static dev.aidev.compiler.ir.Ir.shl;
import static dev.aidev.compiler.ir.Ir.shrU;
import static dev.aidev.compiler.ir.Ir.str;
import static dev.aidev.compiler.ir.Ir.sub;
import static dev.aidev.compiler.ir.Ir.wrap;
import static dev.aidev.compiler.ir.Ir.xor;
import static dev.aidev.compiler.ir.Type.I32;
import static dev.aidev.compiler.ir.Type.I64;

import dev.aidev.compiler.ir.Expr;
import dev.aidev.compiler.ir.FunctionBuilder;
import dev.aidev.compiler.ir.IrBuilder;
import dev.aidev.compiler.ir.IrGlobal;
import dev.aidev.compiler.ir.Local;
import dev.aidev.compiler.ir.MemType;
import dev.aidev.compiler.ir.Stmt;
import dev.aidev.compiler.ir.Type;
import java.util.List;
import java.util.function.Consumer;

/**
 * The runtime library inside every contract, as IR functions written with {@link IrBuilder}:
 * allocation, strings, decimal conversion, checked arithmetic, JSON reading and writing, Borsh
 * reading and writing, and U128. {@link #install} adds all of it; the emitter keeps only what a
 * contract reaches. The static methods build calls of these functions for the lowering.
 *
 * <p>Memory model: a bump allocator from the heap base, never freed (a call is short-lived), so
 * freshly allocated memory is always zero. Strings and byte strings are {@code [u32 length][bytes]};
 * U128 values are 16 bytes little-endian (what the host's u128 functions read and write), immutable.
 *
 * <p>Two builders are global state: the output buffer ({@code buf_*}, used for JSON results and
 * Borsh state, one at a time) and the Borsh read cursor ({@code rd_*}).
 */
public final class Runtime {
    private Runtime() {}

    /** near-sdk-rs's text for any malformed argument object. */
    public static final String JSON_ERROR = "Failed to deserialize input from JSON.";
    /** The SDK's text when {@code Json.decode} fails, whatever the reason (one text on the JVM and on NEAR). */
    public static final String DECODE_ERROR = "Failed to deserialize JSON.";
    /** near-sdk-rs's text when the stored state does not decode. */
    public static final String STATE_ERROR = "Cannot deserialize the contract state.";

    static final String HEAP = "heap";
    static final String BUF = "buf";
    static final String BUF_CAP = "buf_cap";
    static final String RD = "rd";
    static final String RD_END = "rd_end";
    /** The JSON error text while {@code Json.decode} runs, else 0 for {@link #JSON_ERROR}. */
    static final String JSON_MSG = "json_msg";

    // ---------------------------------------------------------------------------------------------
    // Calls, for the lowering

    public static Expr alloc(Expr size) {
        return call("rt_alloc", I32, size);
    }

    /** Panics with a string object; never returns. */
    public static Expr panic(Expr msg) {
        return call("rt_panic", null, msg);
    }

    /** {@code ref}, after checking it is not null (else panics {@code null dereference at loc}). */
    public static Expr nonNull(Expr ref, Expr loc) {
        return call("rt_nonnull", I32, ref, loc);
    }

    /**
     * Why the string is not a valid NEAR account ID (the SDK's texts, from near-account-id), or
     * null (0) when it is valid.
     */
    public static Expr accountIdProblem(Expr s) {
        return call("rt_account_id_problem", I32, s);
    }

    /** {@code s}, after checking it is a valid account ID; else the JSON error, as serde fails. */
    public static Expr jsonAccountId(Expr s) {
        return call("rt_json_account_id", I32, s);
    }

    /** A new string of {@code len} bytes (zeroed). */
    public static Expr strNew(Expr len) {
        return call("rt_str_new", I32, len);
    }

    /** The contents of a register as a new byte string. */
    public static Expr registerBytes(Expr reg) {
        return call("rt_register_bytes", I32, reg);
    }

    public static Expr concat(Expr a, Expr b) {
        return call("rt_str_concat", I32, a, b);
    }

    /** Java's {@code String.length()}: UTF-16 units. */
    public static Expr strLength(Expr s) {
        return call("rt_str_length", I32, s);
    }

    public static Expr strEq(Expr a, Expr b) {
        return call("rt_str_eq", I32, a, b);
    }

    /** The decimal string of an i64. */
    public static Expr i64ToStr(Expr v) {
        return call("rt_i64_to_str", I32, v);
    }

    /** Checked arithmetic: {@code op} is add, sub, mul, div or rem; {@code loc} a "File.java:L:C" string. */
    public static Expr checked(String op, Expr a, Expr b, Expr loc) {
        return call("rt_" + op + "_" + a.type().name().toLowerCase(), a.type(), a, b, loc);
    }

    /** The position of the value of {@code key} in the JSON object {@code input}; panics if absent or malformed. */
    public static Expr jsonArg(Expr input, String key) {
        return call("rt_json_arg", I32, input, str(key));
    }

    public static Expr jsonReadI64(Expr pos) {
        return call("rt_json_read_i64", I64, pos);
    }

    public static Expr jsonReadI32(Expr pos) {
        return call("rt_json_read_i32", I32, pos);
    }

    public static Expr jsonReadBool(Expr pos) {
        return call("rt_json_read_bool", I32, pos);
    }

    public static Expr jsonReadStr(Expr pos) {
        return call("rt_json_read_str", I32, pos);
    }

    public static Expr jsonReadU128(Expr pos) {
        return call("rt_json_read_u128", I32, pos);
    }

    /** Starts the output buffer. */
    public static Expr bufBegin() {
        return call("rt_buf_begin", null);
    }

    /** Appends to the output buffer: {@code what} is u8, i32, i64, bytes, borsh_str, u128, json_str, json_i64, json_u128. */
    public static Expr buf(String what, Expr v) {
        return call("rt_buf_" + what, null, v);
    }

    /** The output buffer as a byte string. */
    public static Expr bufEnd() {
        return global(BUF, I32);
    }

    public static Expr rdBegin(Expr bytes) {
        return call("rt_rd_begin", null, bytes);
    }

    /** Reads from the Borsh cursor: {@code what} is u8 (bool), i32, i64, str, u128. */
    public static Expr rd(String what, Type t) {
        return call("rt_rd_" + what, t);
    }

    public static Expr rdFinish() {
        return call("rt_rd_finish", null);
    }

    public static Expr u128ToStr(Expr v) {
        return call("rt_u128_to_str", I32, v);
    }

    public static Expr u128Op(String op, Expr a, Expr b) {
        return call("rt_u128_" + op, I32, a, b);
    }

    public static Expr u128OfI64(Expr v) {
        return call("rt_u128_of_i64", I32, v);
    }

    /** The position of member {@code key}'s value in the JSON object at {@code pos} (validated input), or 0. */
    public static Expr jsonMember(Expr pos, Expr key) {
        return call("rt_json_member", I32, pos, key);
    }

    /** The first element of the JSON array at {@code pos}, or 0 when it is empty; not an array fails. */
    public static Expr jsonFirst(Expr pos) {
        return call("rt_json_first", I32, pos);
    }

    /** The element after the one at {@code pos} in its array, or 0 at the end. */
    public static Expr jsonNext(Expr pos) {
        return call("rt_json_next", I32, pos);
    }

    /** Panics with near-sdk-rs's JSON error (or the one of {@code Json.decode}, while it runs); never returns. */
    public static Expr jsonError() {
        return jsonFail();
    }

    /** The text {@link #jsonError} panics with now. */
    static Expr jsonMessage() {
        return call("rt_json_msg", I32);
    }

    /**
     * {@code Json.decode(text, T)}: checks that {@code text} is one JSON value (whitespace around it
     * allowed) and returns the position of a copy of that value, followed by a 0 byte so that a
     * number at the end of the text is not read past it. JSON errors use {@code message} until
     * {@link #jsonDecodeEnd} restores the previous text (a record built while decoding may decode).
     */
    public static Expr jsonDecodeBegin(Expr text, Expr message) {
        return call("rt_json_decode_begin", I32, text, message);
    }

    /** Restores the JSON error text saved by {@link #jsonDecodeBegin}. */
    public static Stmt jsonDecodeEnd(Expr saved) {
        return new Stmt.SetGlobal(JSON_MSG, saved);
    }

    /** A new list object {@code [size][capacity][data][immutable]} with room for {@code cap} elements. */
    public static Expr listNew(Expr cap) {
        return call("rt_list_new", I32, cap);
    }

    public static Expr listAdd(Expr list, Expr v) {
        return call("rt_list_add", null, list, v);
    }

    /** Element {@code i}; out of range panics {@code index out of bounds at loc}. */
    public static Expr listGet(Expr list, Expr i, Expr loc) {
        return call("rt_list_get", I32, list, i, loc);
    }

    /** The address of element {@code i} of an array of {@code width}-byte elements, bounds-checked. */
    public static Expr arrayAt(Expr array, Expr i, int width, Expr loc) {
        return call("rt_array_at", I32, array, i, i32(width), loc);
    }

    /** A new zeroed array of {@code n} elements of {@code width} bytes; a negative n panics as the JVM does. */
    public static Expr arrayNew(Expr n, int width) {
        return call("rt_array_new", I32, n, i32(width));
    }

    /** A box: a cell holding an i32 or i64. */
    public static Expr box(Expr v) {
        return call(v.type() == I64 ? "rt_box_i64" : "rt_box_i32", I32, v);
    }

    /** {@code prefix + u32_le(i)}: a Vector element's storage key. */
    public static Expr vectorKey(Expr prefix, Expr i) {
        return call("rt_vec_key", I32, prefix, i);
    }

    /** A string parsed as U128 digits; anything else panics with {@code error}. */
    public static Expr u128Parse(Expr s, Expr error) {
        return call("rt_u128_parse", I32, s, error, str("integer overflow"));
    }

    /** The code point of the surrogate pair {@code hi}, {@code lo}. */
    static Expr surrogatePair(Expr hi, Expr lo) {
        return add(i32(0x10000), or(shl(sub(hi, i32(0xD800)), i32(10)), sub(lo, i32(0xDC00))));
    }

    /**
     * The string's bytes as Java's UTF-8 encoder writes them (String.getBytes(UTF_8)): every
     * string leaving for the host (logs, panics, results, storage, promise arguments) goes through it.
     */
    public static Expr utf8Out(Expr s) {
        return call("rt_str_utf8", I32, s);
    }

    /** A one-character string (UTF-8 of a UTF-16 unit). */
    public static Expr charToStr(Expr c) {
        return call("rt_char_to_str", I32, c);
    }

    // ---------------------------------------------------------------------------------------------
    // The library

    public static void install(IrBuilder b) {
        Bytes.install(b);
        U64s.install(b);
        PublicKeys.install(b);
        b.global(new IrGlobal(HEAP, I32, 0, true));
        b.global(new IrGlobal(BUF, I32, 0, false));
        b.global(new IrGlobal(BUF_CAP, I32, 0, false));
        b.global(new IrGlobal(RD, I32, 0, false));
        b.global(new IrGlobal(RD_END, I32, 0, false));
        b.global(new IrGlobal(JSON_MSG, I32, 0, false));
        memory(b);
        strings(b);
        arithmetic(b);
        jsonRead(b);
        buffer(b);
        borshRead(b);
        u128(b);
        containers(b);
    }

    private static void fn(IrBuilder b, String name, List<Type> params, Type result, Consumer<FunctionBuilder> body) {
        b.function(name, params, result, body);
    }

    /** {@code stmt; value}: statements in expression position (e.g. a panic where a value is expected). */
    static Expr seq(Expr value, Stmt... stmts) {
        return new Expr.Seq(List.of(stmts), value);
    }

    private static Stmt eval(Expr e) {
        return new Stmt.Eval(e);
    }

    private static void memory(IrBuilder b) {
        fn(b, "rt_alloc", List.of(I32), I32, f -> {
            Local size = f.param(0);
            Local p = f.local(I32);
            Local end = f.local(I32);
            f.set(p, global(HEAP, I32));
            f.set(end, and(add(add(p.get(), size.get()), i32(7)), i32(~7)));
            // Grow memory when the heap passes its end; NEAR caps memory, a failed grow traps.
            f.if_(gtU(end.get(), shl(new Expr.MemorySize(), i32(16))), () -> {
                f.if_(eq(new Expr.MemoryGrow(sub(shrU(add(end.get(), i32(0xFFFF)), i32(16)), new Expr.MemorySize())), i32(-1)),
                        f::unreachable);
            });
            f.setGlobal(HEAP, end.get());
            f.ret(p.get());
        });
        // memcpy(dst, src, n): 8 bytes at a time, then bytes (no bulk memory on NEAR).
        fn(b, "rt_memcpy", List.of(I32, I32, I32), null, f -> {
            Local dst = f.param(0);
            Local src = f.param(1);
            Local n = f.param(2);
            f.block(done -> f.loop(top -> {
                f.brIf(done, ltU(n.get(), i32(8)));
                f.store64(dst.get(), 0, load64(src.get(), 0));
                f.set(dst, add(dst.get(), i32(8)));
                f.set(src, add(src.get(), i32(8)));
                f.set(n, sub(n.get(), i32(8)));
                f.br(top);
            }));
            f.block(done -> f.loop(top -> {
                f.brIf(done, eqz(n.get()));
                f.store8(dst.get(), 0, load8u(src.get(), 0));
                f.set(dst, add(dst.get(), i32(1)));
                f.set(src, add(src.get(), i32(1)));
                f.set(n, sub(n.get(), i32(1)));
                f.br(top);
            }));
        });
        fn(b, "rt_panic", List.of(I32), null, f -> {
            Local m = f.param(0);
            f.set(m, utf8Out(m.get()));
            f.eval(host("panic_utf8", extendU(load32(m.get(), 0)), extendU(add(m.get(), i32(4)))));
            f.unreachable();
        });
        fn(b, "rt_panic_at", List.of(I32, I32), null, f -> {
            f.eval(panic(concat(f.param(0).get(), f.param(1).get())));
            f.unreachable();
        });
        fn(b, "rt_nonnull", List.of(I32, I32), I32, f -> {
            f.if_(eqz(f.param(0).get()), () -> f.eval(panicAt("null dereference at ", f.param(1).get())));
            f.ret(f.param(0).get());
        });
        fn(b, "rt_borsh_nonnull", List.of(I32, I32), I32, f -> {
            f.if_(eqz(f.param(0).get()), () -> f.eval(panic(f.param(1).get())));
            f.ret(f.param(0).get());
        });
        fn(b, "rt_str_new", List.of(I32), I32, f -> {
            Local p = f.local(I32);
            f.set(p, alloc(add(f.param(0).get(), i32(4))));
            f.store32(p.get(), 0, f.param(0).get());
            f.ret(p.get());
        });
        fn(b, "rt_register_bytes", List.of(I64), I32, f -> {
            Local p = f.local(I32);
            f.set(p, strNew(wrap(host("register_len", f.param(0).get()))));
            f.eval(host("read_register", f.param(0).get(), extendU(add(p.get(), i32(4)))));
            f.ret(p.get());
        });
    }

    private static Expr memcpy(Expr dst, Expr src, Expr n) {
        return call("rt_memcpy", null, dst, src, n);
    }

    private static void strings(IrBuilder b) {
        fn(b, "rt_str_concat", List.of(I32, I32), I32, f -> {
            Local a = f.param(0);
            Local c = f.param(1);
            Local la = f.local(I32);
            Local lb = f.local(I32);
            Local p = f.local(I32);
            // Java prints a null reference as "null".
            f.if_(eqz(a.get()), () -> f.set(a, str("null")));
            f.if_(eqz(c.get()), () -> f.set(c, str("null")));
            f.set(la, load32(a.get(), 0));
            f.set(lb, load32(c.get(), 0));
            // A high surrogate ending a and a low one starting c are one character, as in Java's
            // text: one 4-byte sequence, so that equals, indexOf and the UTF-8 written out agree.
            f.if_(and(geU(la.get(), i32(3)), geU(lb.get(), i32(3))), () -> {
                Local hi = f.local(I32);
                Local lo = f.local(I32);
                f.set(hi, call("rt_lone_unit", I32, add(add(a.get(), i32(1)), la.get())));
                f.set(lo, call("rt_lone_unit", I32, add(c.get(), i32(4))));
                f.if_(and(eq(and(hi.get(), i32(0xFC00)), i32(0xD800)), eq(and(lo.get(), i32(0xFC00)), i32(0xDC00))), () -> {
                    f.set(p, strNew(sub(add(la.get(), lb.get()), i32(2))));
                    f.eval(memcpy(add(p.get(), i32(4)), add(a.get(), i32(4)), sub(la.get(), i32(3))));
                    f.eval(call("rt_utf8_put", I32, add(add(p.get(), i32(1)), la.get()), surrogatePair(hi.get(), lo.get())));
                    f.eval(memcpy(add(add(p.get(), i32(5)), la.get()), add(c.get(), i32(7)), sub(lb.get(), i32(3))));
                    f.ret(p.get());
                });
            });
            f.set(p, strNew(add(la.get(), lb.get())));
            f.eval(memcpy(add(p.get(), i32(4)), add(a.get(), i32(4)), la.get()));
            f.eval(memcpy(add(add(p.get(), i32(4)), la.get()), add(c.get(), i32(4)), lb.get()));
            f.ret(p.get());
        });
        // The UTF-16 surrogate encoded on its own (3 bytes, ED A0..BF xx) at p, else 0; p has 3 bytes.
        fn(b, "rt_lone_unit", List.of(I32), I32, f -> {
            Local p = f.param(0);
            f.ret(ifElse(and(eq(load8u(p.get(), 0), i32(0xED)), geU(load8u(p.get(), 1), i32(0xA0))),
                    or(i32(0xD000), or(shl(and(load8u(p.get(), 1), i32(0x3F)), i32(6)), and(load8u(p.get(), 2), i32(0x3F)))),
                    i32(0)));
        });
        // s as String.getBytes(UTF_8) gives it, for the host: a lone surrogate is '?'. s itself when
        // it holds none. A pair is never two 3-byte sequences here: rt_str_concat joins them where
        // two strings meet, constants and JSON strings are encoded joined, and nothing else puts
        // two surrogates next to each other.
        fn(b, "rt_str_utf8", List.of(I32), I32, f -> {
            Local s = f.param(0);
            Local n = f.local(I32);
            Local i = f.local(I32);
            Local out = f.local(I32);
            Local q = f.local(I32);
            f.set(n, load32(s.get(), 0));
            f.block(done -> f.loop(top -> {
                f.if_(gtU(add(i.get(), i32(3)), n.get()), () -> f.ret(s.get()));
                f.brIf(done, call("rt_lone_unit", I32, add(add(s.get(), i32(4)), i.get())));
                f.set(i, add(i.get(), i32(1)));
                f.br(top);
            }));
            // Never longer: a lone surrogate goes from 3 bytes to 1.
            f.set(out, strNew(n.get()));
            f.set(q, add(out.get(), i32(4)));
            f.set(i, i32(0));
            f.block(done -> f.loop(top -> {
                f.brIf(done, geU(i.get(), n.get()));
                // (The ifElse evaluates one side only: no read past the end of s.)
                f.ifElse(ifElse(gtU(add(i.get(), i32(3)), n.get()), i32(0), call("rt_lone_unit", I32, add(add(s.get(), i32(4)), i.get()))), () -> {
                    f.store8(q.get(), 0, i32('?'));
                    f.set(i, add(i.get(), i32(3)));
                }, () -> {
                    f.store8(q.get(), 0, load8u(add(s.get(), i.get()), 4));
                    f.set(i, add(i.get(), i32(1)));
                });
                f.set(q, add(q.get(), i32(1)));
                f.br(top);
            }));
            f.store32(out.get(), 0, sub(q.get(), add(out.get(), i32(4))));
            f.ret(out.get());
        });
        fn(b, "rt_str_eq", List.of(I32, I32), I32, f -> {
            Local a = f.param(0);
            Local c = f.param(1);
            Local n = f.local(I32);
            f.if_(eq(a.get(), c.get()), () -> f.ret(i32(1)));
            f.if_(or(eqz(a.get()), eqz(c.get())), () -> f.ret(i32(0)));
            f.set(n, load32(a.get(), 0));
            f.if_(ne(n.get(), load32(c.get(), 0)), () -> f.ret(i32(0)));
            f.block(done -> f.loop(top -> {
                f.brIf(done, eqz(n.get()));
                f.if_(ne(load8u(a.get(), 4), load8u(c.get(), 4)), () -> f.ret(i32(0)));
                f.set(a, add(a.get(), i32(1)));
                f.set(c, add(c.get(), i32(1)));
                f.set(n, sub(n.get(), i32(1)));
                f.br(top);
            }));
            f.ret(i32(1));
        });
        // String.length() counts UTF-16 units: one per UTF-8 lead byte, two for 4-byte sequences.
        fn(b, "rt_str_length", List.of(I32), I32, f -> {
            Local s = f.param(0);
            Local n = f.local(I32);
            Local c = f.local(I32);
            Local units = f.local(I32);
            f.set(n, load32(s.get(), 0));
            f.block(done -> f.loop(top -> {
                f.brIf(done, eqz(n.get()));
                f.set(c, load8u(s.get(), 4));
                f.set(units, add(units.get(), add(ne(and(c.get(), i32(0xC0)), i32(0x80)), geU(c.get(), i32(0xF0)))));
                f.set(s, add(s.get(), i32(1)));
                f.set(n, sub(n.get(), i32(1)));
                f.br(top);
            }));
            f.ret(units.get());
        });
        // Digits are produced from a non-positive value so that Long.MIN_VALUE needs no special case.
        fn(b, "rt_i64_to_str", List.of(I64), I32, f -> {
            Local v = f.param(0);
            Local tmp = f.local(I32);
            Local pos = f.local(I32);
            Local neg = f.local(I32);
            Local len = f.local(I32);
            Local p = f.local(I32);
            f.set(tmp, alloc(i32(24)));
            f.set(pos, add(tmp.get(), i32(24)));
            f.set(neg, ltS(v.get(), i64(0)));
            f.if_(eqz(neg.get()), () -> f.set(v, sub(i64(0), v.get())));
            f.loop(top -> {
                f.set(pos, sub(pos.get(), i32(1)));
                f.store8(pos.get(), 0, sub(i32('0'), wrap(remS(v.get(), i64(10)))));
                f.set(v, divS(v.get(), i64(10)));
                f.brIf(top, ne(v.get(), i64(0)));
            });
            f.if_(neg.get(), () -> {
                f.set(pos, sub(pos.get(), i32(1)));
                f.store8(pos.get(), 0, i32('-'));
            });
            f.set(len, sub(add(tmp.get(), i32(24)), pos.get()));
            f.set(p, strNew(len.get()));
            f.eval(memcpy(add(p.get(), i32(4)), pos.get(), len.get()));
            f.ret(p.get());
        });
    }

    private static Expr panicAt(String kind, Expr loc) {
        return call("rt_panic_at", null, str(kind), loc);
    }

    private static void arithmetic(IrBuilder b) {
        String overflow = "integer overflow at ";
        String byZero = "division by zero at ";
        fn(b, "rt_add_i64", List.of(I64, I64, I32), I64, f -> {
            Local x = f.param(0);
            Local y = f.param(1);
            Local r = f.local(I64);
            f.set(r, add(x.get(), y.get()));
            f.if_(ltS(and(xor(x.get(), r.get()), xor(y.get(), r.get())), i64(0)), () -> f.eval(panicAt(overflow, f.param(2).get())));
            f.ret(r.get());
        });
        fn(b, "rt_sub_i64", List.of(I64, I64, I32), I64, f -> {
            Local x = f.param(0);
            Local y = f.param(1);
            Local r = f.local(I64);
            f.set(r, sub(x.get(), y.get()));
            f.if_(ltS(and(xor(x.get(), y.get()), xor(x.get(), r.get())), i64(0)), () -> f.eval(panicAt(overflow, f.param(2).get())));
            f.ret(r.get());
        });
        fn(b, "rt_mul_i64", List.of(I64, I64, I32), I64, f -> {
            Local x = f.param(0);
            Local y = f.param(1);
            Local r = f.local(I64);
            f.set(r, mul(x.get(), y.get()));
            // r / x would trap for MIN / -1, the one overflow it cannot see.
            f.if_(and(eq(x.get(), i64(-1)), eq(y.get(), i64(Long.MIN_VALUE))), () -> f.eval(panicAt(overflow, f.param(2).get())));
            f.if_(ne(x.get(), i64(0)), () -> f.if_(ne(divS(r.get(), x.get()), y.get()), () -> f.eval(panicAt(overflow, f.param(2).get()))));
            f.ret(r.get());
        });
        for (Type t : List.of(I32, I64)) {
            String s = t.name().toLowerCase();
            Expr min = t == I32 ? i32(Integer.MIN_VALUE) : i64(Long.MIN_VALUE);
            Expr zero = t == I32 ? i32(0) : i64(0);
            Expr minusOne = t == I32 ? i32(-1) : i64(-1);
            fn(b, "rt_div_" + s, List.of(t, t, I32), t, f -> {
                Local x = f.param(0);
                Local y = f.param(1);
                f.if_(eq(y.get(), zero), () -> f.eval(panicAt(byZero, f.param(2).get())));
                f.if_(and(eq(x.get(), min), eq(y.get(), minusOne)), () -> f.eval(panicAt(overflow, f.param(2).get())));
                f.ret(divS(x.get(), y.get()));
            });
            fn(b, "rt_rem_" + s, List.of(t, t, I32), t, f -> {
                f.if_(eq(f.param(1).get(), zero), () -> f.eval(panicAt(byZero, f.param(2).get())));
                // rem_s of MIN by -1 is 0 in WebAssembly, as in Java: no trap.
                f.ret(remS(f.param(0).get(), f.param(1).get()));
            });
        }
        // int arithmetic: exact in i64, then checked to fit in 32 bits.
        for (String op : List.of("add", "sub", "mul")) {
            fn(b, "rt_" + op + "_i32", List.of(I32, I32, I32), I32, f -> {
                Local r = f.local(I64);
                Expr x = extendS(f.param(0).get());
                Expr y = extendS(f.param(1).get());
                f.set(r, op.equals("add") ? add(x, y) : op.equals("sub") ? sub(x, y) : mul(x, y));
                f.if_(ne(r.get(), extendS(wrap(r.get()))), () -> f.eval(panicAt(overflow, f.param(2).get())));
                f.ret(wrap(r.get()));
            });
        }
    }

    // ---------------------------------------------------------------------------------------------
    // JSON reading: the input is validated as a whole while looking up each argument.

    private static Expr jsonFail() {
        return call("rt_json_fail", null);
    }

    /** The byte at p, or -1 at or past the end. */
    private static Expr at(Expr p, Expr end) {
        return call("rt_json_byte", I32, p, end);
    }

    private static void jsonRead(IrBuilder b) {
        fn(b, "rt_json_msg", List.of(), I32, f -> f.ret(ifElse(eqz(global(JSON_MSG, I32)), str(JSON_ERROR), global(JSON_MSG, I32))));
        fn(b, "rt_json_fail", List.of(), null, f -> f.eval(panic(jsonMessage())));
        fn(b, "rt_json_decode_begin", List.of(I32, I32), I32, f -> {
            Local copy = f.local(I32);
            Local p = f.local(I32);
            Local end = f.local(I32);
            f.setGlobal(JSON_MSG, f.param(1).get());
            f.set(copy, strNew(add(load32(f.param(0).get(), 0), i32(1))));
            f.eval(memcpy(add(copy.get(), i32(4)), add(f.param(0).get(), i32(4)), load32(f.param(0).get(), 0)));
            f.set(end, add(add(copy.get(), i32(4)), load32(f.param(0).get(), 0)));
            f.set(p, ws(add(copy.get(), i32(4)), end.get()));
            f.if_(ne(ws(call("rt_json_skip", I32, p.get(), end.get()), end.get()), end.get()), () -> f.eval(jsonFail()));
            f.ret(p.get());
        });
        fn(b, "rt_json_byte", List.of(I32, I32), I32, f -> f.ret(ifElse(ltU(f.param(0).get(), f.param(1).get()), load8u(f.param(0).get(), 0), i32(-1))));
        fn(b, "rt_json_ws", List.of(I32, I32), I32, f -> {
            Local p = f.param(0);
            Local c = f.local(I32);
            f.loop(top -> {
                f.set(c, at(p.get(), f.param(1).get()));
                f.if_(or(or(eq(c.get(), i32(' ')), eq(c.get(), i32('\n'))), or(eq(c.get(), i32('\r')), eq(c.get(), i32('\t')))), () -> {
                    f.set(p, add(p.get(), i32(1)));
                    f.br(top);
                });
            });
            f.ret(p.get());
        });
        // p at '"'; returns the position after the closing quote.
        fn(b, "rt_json_skip_str", List.of(I32, I32), I32, f -> {
            Local p = f.param(0);
            Local end = f.param(1);
            Local c = f.local(I32);
            f.set(p, add(p.get(), i32(1)));
            f.loop(top -> {
                f.set(c, at(p.get(), end.get()));
                f.if_(eq(c.get(), i32('"')), () -> f.ret(add(p.get(), i32(1))));
                // Control characters and the end (-1: a signed comparison) are not allowed in JSON strings.
                f.if_(ltS(c.get(), i32(0x20)), () -> f.eval(jsonFail()));
                f.if_(eq(c.get(), i32('\\')), () -> {
                    // Escapes are checked here, so that a value nobody reads (an unknown member)
                    // fails as the JVM's parser fails on it.
                    f.set(c, at(add(p.get(), i32(1)), end.get()));
                    f.ifElse(eq(c.get(), i32('u')), () -> {
                        f.eval(call("rt_json_hex4", I32, add(p.get(), i32(2))));
                        f.set(p, add(p.get(), i32(4)));
                    }, () -> f.eval(call("rt_json_unescape", I32, c.get())));
                    f.set(p, add(p.get(), i32(1)));
                });
                f.set(p, add(p.get(), i32(1)));
                f.br(top);
            });
            f.unreachable();
        });
        // p at one or more ASCII digits (else the JSON error); returns the position after them.
        fn(b, "rt_json_digits", List.of(I32, I32), I32, f -> {
            Local p = f.param(0);
            Local start = f.local(I32);
            f.set(start, p.get());
            f.loop(top -> f.if_(ltU(sub(at(p.get(), f.param(1).get()), i32('0')), i32(10)), () -> {
                f.set(p, add(p.get(), i32(1)));
                f.br(top);
            }));
            f.if_(eq(p.get(), start.get()), () -> f.eval(jsonFail()));
            f.ret(p.get());
        });
        fn(b, "rt_json_skip", List.of(I32, I32), I32, f -> {
            Local p = f.param(0);
            Local end = f.param(1);
            Local c = f.local(I32);
            Local start = f.local(I32);
            f.set(c, at(p.get(), end.get()));
            f.if_(eq(c.get(), i32('"')), () -> f.ret(call("rt_json_skip_str", I32, p.get(), end.get())));
            f.if_(or(eq(c.get(), i32('{')), eq(c.get(), i32('['))), () -> {
                Expr close = add(c.get(), i32(2)); // '{'+2 = '}', '['+2 = ']'
                f.set(p, ws(add(p.get(), i32(1)), end.get()));
                f.if_(eq(at(p.get(), end.get()), close), () -> f.ret(add(p.get(), i32(1))));
                f.loop(top -> {
                    f.if_(eq(c.get(), i32('{')), () -> {
                        f.if_(ne(at(p.get(), end.get()), i32('"')), () -> f.eval(jsonFail()));
                        f.set(p, ws(call("rt_json_skip_str", I32, p.get(), end.get()), end.get()));
                        f.if_(ne(at(p.get(), end.get()), i32(':')), () -> f.eval(jsonFail()));
                        f.set(p, ws(add(p.get(), i32(1)), end.get()));
                    });
                    f.set(p, ws(call("rt_json_skip", I32, p.get(), end.get()), end.get()));
                    f.if_(eq(at(p.get(), end.get()), i32(',')), () -> {
                        f.set(p, ws(add(p.get(), i32(1)), end.get()));
                        f.br(top);
                    });
                });
                f.if_(ne(at(p.get(), end.get()), close), () -> f.eval(jsonFail()));
                f.ret(add(p.get(), i32(1)));
            });
            // Literals, compared four bytes at a time (little-endian).
            f.if_(and(eq(c.get(), i32('t')), literal(p.get(), end.get(), 0, "true")), () -> f.ret(add(p.get(), i32(4))));
            f.if_(and(eq(c.get(), i32('n')), literal(p.get(), end.get(), 0, "null")), () -> f.ret(add(p.get(), i32(4))));
            f.if_(and(eq(c.get(), i32('f')), literal(p.get(), end.get(), 1, "alse")), () -> f.ret(add(p.get(), i32(5))));
            // Numbers as RFC 8259 writes them, -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?;
            // rt_json_read_i64 then refuses a fraction or an exponent where a value is read.
            f.set(p, add(p.get(), eq(c.get(), i32('-'))));
            f.set(start, p.get());
            f.set(p, call("rt_json_digits", I32, p.get(), end.get()));
            f.if_(and(eq(load8u(start.get(), 0), i32('0')), gtU(sub(p.get(), start.get()), i32(1))), () -> f.eval(jsonFail()));
            f.if_(eq(at(p.get(), end.get()), i32('.')), () -> f.set(p, call("rt_json_digits", I32, add(p.get(), i32(1)), end.get())));
            f.if_(eq(or(at(p.get(), end.get()), i32(0x20)), i32('e')), () -> {
                f.set(p, add(p.get(), i32(1)));
                f.set(c, at(p.get(), end.get()));
                f.set(p, add(p.get(), or(eq(c.get(), i32('+')), eq(c.get(), i32('-')))));
                f.set(p, call("rt_json_digits", I32, p.get(), end.get()));
            });
            f.ret(p.get());
        });
        // rt_json_arg(input, key): validates the whole object, returns where key's value starts.
        fn(b, "rt_json_arg", List.of(I32, I32), I32, f -> {
            Local in = f.param(0);
            Local key = f.param(1);
            Local p = f.local(I32);
            Local end = f.local(I32);
            Local k = f.local(I32);
            Local found = f.local(I32);
            f.set(p, add(in.get(), i32(4)));
            f.set(end, add(p.get(), load32(in.get(), 0)));
            f.set(p, ws(p.get(), end.get()));
            f.if_(ne(at(p.get(), end.get()), i32('{')), () -> f.eval(jsonFail()));
            f.set(p, ws(add(p.get(), i32(1)), end.get()));
            f.ifElse(eq(at(p.get(), end.get()), i32('}')), () -> f.set(p, add(p.get(), i32(1))), () -> f.loop(top -> {
                f.if_(ne(at(p.get(), end.get()), i32('"')), () -> f.eval(jsonFail()));
                f.set(k, p.get());
                f.set(p, ws(call("rt_json_skip_str", I32, p.get(), end.get()), end.get()));
                f.if_(ne(at(p.get(), end.get()), i32(':')), () -> f.eval(jsonFail()));
                f.set(p, ws(add(p.get(), i32(1)), end.get()));
                // Keys are compared raw: argument names are plain ASCII, never escaped. A key given
                // twice is an error, as serde's derived structs report a duplicate field.
                f.if_(call("rt_json_key_is", I32, k.get(), sub(p.get(), k.get()), key.get()), () -> {
                    f.if_(found.get(), () -> f.eval(jsonFail()));
                    f.set(found, p.get());
                });
                f.set(p, ws(call("rt_json_skip", I32, p.get(), end.get()), end.get()));
                f.if_(eq(at(p.get(), end.get()), i32(',')), () -> {
                    f.set(p, ws(add(p.get(), i32(1)), end.get()));
                    f.br(top);
                });
                f.if_(ne(at(p.get(), end.get()), i32('}')), () -> f.eval(jsonFail()));
                f.set(p, add(p.get(), i32(1)));
            }));
            f.if_(ne(ws(p.get(), end.get()), end.get()), () -> f.eval(jsonFail()));
            f.if_(eqz(found.get()), () -> f.eval(jsonFail()));
            f.ret(found.get());
        });
        // Whether the quoted key at k (span bytes up to the ':' and spaces) equals the string key.
        fn(b, "rt_json_key_is", List.of(I32, I32, I32), I32, f -> {
            Local k = f.param(0);
            Local key = f.param(2);
            Local n = f.local(I32);
            Local i = f.local(I32);
            f.set(n, load32(key.get(), 0));
            f.if_(ltU(f.param(1).get(), add(n.get(), i32(2))), () -> f.ret(i32(0)));
            f.if_(ne(load8u(add(k.get(), n.get()), 1), i32('"')), () -> f.ret(i32(0)));
            f.block(done -> f.loop(top -> {
                f.brIf(done, eq(i.get(), n.get()));
                f.if_(ne(load8u(add(k.get(), i.get()), 1), load8u(add(key.get(), i.get()), 4)), () -> f.ret(i32(0)));
                f.set(i, add(i.get(), i32(1)));
                f.br(top);
            }));
            f.ret(i32(1));
        });
        // Integers as serde_json reads them: optional '-', no leading zeros, no fraction or exponent.
        fn(b, "rt_json_read_i64", List.of(I32), I64, f -> {
            Local p = f.param(0);
            Local neg = f.local(I32);
            Local acc = f.local(I64);
            Local d = f.local(I32);
            f.set(neg, eq(load8u(p.get(), 0), i32('-')));
            f.set(p, add(p.get(), neg.get()));
            f.if_(geU(sub(load8u(p.get(), 0), i32('0')), i32(10)), () -> f.eval(jsonFail()));
            f.if_(and(eq(load8u(p.get(), 0), i32('0')), ltU(sub(load8u(p.get(), 1), i32('0')), i32(10))), () -> f.eval(jsonFail()));
            // Accumulate negatively so that Long.MIN_VALUE parses.
            f.block(done -> f.loop(top -> {
                f.set(d, sub(load8u(p.get(), 0), i32('0')));
                f.brIf(done, geU(d.get(), i32(10)));
                f.if_(or(ltS(acc.get(), i64(Long.MIN_VALUE / 10)),
                        and(eq(acc.get(), i64(Long.MIN_VALUE / 10)), gtU(d.get(), i32(8)))), () -> f.eval(jsonFail()));
                f.set(acc, sub(mul(acc.get(), i64(10)), extendU(d.get())));
                f.set(p, add(p.get(), i32(1)));
                f.br(top);
            }));
            f.set(d, or(load8u(p.get(), 0), i32(0x20)));
            f.if_(or(eq(d.get(), i32('.' | 0x20)), eq(d.get(), i32('e'))), () -> f.eval(jsonFail()));
            f.if_(neg.get(), () -> f.ret(acc.get()));
            f.if_(eq(acc.get(), i64(Long.MIN_VALUE)), () -> f.eval(jsonFail()));
            f.ret(sub(i64(0), acc.get()));
        });
        fn(b, "rt_json_read_i32", List.of(I32), I32, f -> {
            Local v = f.local(I64);
            f.set(v, jsonReadI64(f.param(0).get()));
            f.if_(ne(v.get(), extendS(wrap(v.get()))), () -> f.eval(jsonFail()));
            f.ret(wrap(v.get()));
        });
        fn(b, "rt_json_read_bool", List.of(I32), I32, f -> {
            Local c = f.local(I32);
            f.set(c, load8u(f.param(0).get(), 0));
            f.if_(eq(c.get(), i32('t')), () -> f.ret(i32(1)));
            f.if_(ne(c.get(), i32('f')), () -> f.eval(jsonFail()));
            f.ret(i32(0));
        });
        fn(b, "rt_json_hex4", List.of(I32), I32, f -> {
            Local p = f.param(0);
            Local v = f.local(I32);
            Local c = f.local(I32);
            Local i = f.local(I32);
            f.block(done -> f.loop(top -> {
                f.brIf(done, eq(i.get(), i32(4)));
                f.set(c, load8u(add(p.get(), i.get()), 0));
                f.ifElse(ltU(sub(c.get(), i32('0')), i32(10)), () -> f.set(c, sub(c.get(), i32('0'))), () -> {
                    f.set(c, sub(or(c.get(), i32(0x20)), i32('a')));
                    f.if_(geU(c.get(), i32(6)), () -> f.eval(jsonFail()));
                    f.set(c, add(c.get(), i32(10)));
                });
                f.set(v, or(shl(v.get(), i32(4)), c.get()));
                f.set(i, add(i.get(), i32(1)));
                f.br(top);
            }));
            f.ret(v.get());
        });
        // Strings: escapes decoded, \\u surrogate pairs joined, UTF-8 out. Never longer than the raw text.
        fn(b, "rt_json_read_str", List.of(I32), I32, f -> {
            Local p = f.param(0);
            Local out = f.local(I32);
            Local q = f.local(I32);
            Local c = f.local(I32);
            Local lo = f.local(I32);
            f.if_(ne(load8u(p.get(), 0), i32('"')), () -> f.eval(jsonFail()));
            f.set(out, strNew(sub(call("rt_json_skip_str", I32, p.get(), i32(-1)), p.get())));
            f.set(q, add(out.get(), i32(4)));
            f.set(p, add(p.get(), i32(1)));
            f.block(done -> f.loop(top -> {
                f.set(c, load8u(p.get(), 0));
                f.brIf(done, eq(c.get(), i32('"')));
                f.ifElse(ne(c.get(), i32('\\')), () -> {
                    f.store8(q.get(), 0, c.get());
                    f.set(q, add(q.get(), i32(1)));
                    f.set(p, add(p.get(), i32(1)));
                }, () -> {
                    f.set(c, load8u(p.get(), 1));
                    f.set(p, add(p.get(), i32(2)));
                    f.ifElse(eq(c.get(), i32('u')), () -> {
                        f.set(c, call("rt_json_hex4", I32, p.get()));
                        f.set(p, add(p.get(), i32(4)));
                        f.if_(eq(and(c.get(), i32(0xF800)), i32(0xD800)), () -> {
                            // A high surrogate must be followed by \\u and a low one; a lone one is
                            // an error, as serde_json reports it (the SDK's parser too).
                            f.if_(or(ne(c.get(), and(c.get(), i32(0xDBFF))), or(ne(load8u(p.get(), 0), i32('\\')), ne(load8u(p.get(), 1), i32('u')))),
                                    () -> f.eval(jsonFail()));
                            f.set(lo, call("rt_json_hex4", I32, add(p.get(), i32(2))));
                            f.if_(ne(and(lo.get(), i32(0xFC00)), i32(0xDC00)), () -> f.eval(jsonFail()));
                            f.set(p, add(p.get(), i32(6)));
                            f.set(c, surrogatePair(c.get(), lo.get()));
                        });
                        f.set(q, call("rt_utf8_put", I32, q.get(), c.get()));
                    }, () -> {
                        f.set(c, call("rt_json_unescape", I32, c.get()));
                        f.store8(q.get(), 0, c.get());
                        f.set(q, add(q.get(), i32(1)));
                    });
                });
                f.br(top);
            }));
            f.store32(out.get(), 0, sub(q.get(), add(out.get(), i32(4))));
            f.ret(out.get());
        });
        fn(b, "rt_json_unescape", List.of(I32), I32, f -> {
            Local c = f.param(0);
            f.if_(or(or(eq(c.get(), i32('"')), eq(c.get(), i32('\\'))), eq(c.get(), i32('/'))), () -> f.ret(c.get()));
            char[][] pairs = {{'b', '\b'}, {'f', '\f'}, {'n', '\n'}, {'r', '\r'}, {'t', '\t'}};
            for (char[] pair : pairs) {
                f.if_(eq(c.get(), i32(pair[0])), () -> f.ret(i32(pair[1])));
            }
            f.eval(jsonFail());
            f.unreachable();
        });
        fn(b, "rt_utf8_put", List.of(I32, I32), I32, f -> {
            Local q = f.param(0);
            Local c = f.param(1);
            f.if_(ltU(c.get(), i32(0x80)), () -> {
                f.store8(q.get(), 0, c.get());
                f.ret(add(q.get(), i32(1)));
            });
            f.if_(ltU(c.get(), i32(0x800)), () -> {
                f.store8(q.get(), 0, or(i32(0xC0), shrU(c.get(), i32(6))));
                f.store8(q.get(), 1, or(i32(0x80), and(c.get(), i32(0x3F))));
                f.ret(add(q.get(), i32(2)));
            });
            f.if_(ltU(c.get(), i32(0x10000)), () -> {
                f.store8(q.get(), 0, or(i32(0xE0), shrU(c.get(), i32(12))));
                f.store8(q.get(), 1, or(i32(0x80), and(shrU(c.get(), i32(6)), i32(0x3F))));
                f.store8(q.get(), 2, or(i32(0x80), and(c.get(), i32(0x3F))));
                f.ret(add(q.get(), i32(3)));
            });
            f.store8(q.get(), 0, or(i32(0xF0), shrU(c.get(), i32(18))));
            f.store8(q.get(), 1, or(i32(0x80), and(shrU(c.get(), i32(12)), i32(0x3F))));
            f.store8(q.get(), 2, or(i32(0x80), and(shrU(c.get(), i32(6)), i32(0x3F))));
            f.store8(q.get(), 3, or(i32(0x80), and(c.get(), i32(0x3F))));
            f.ret(add(q.get(), i32(4)));
        });
        // near-account-id's rules, as the SDK's AccountId.problem checks them (UTF-8 bytes: any
        // non-ASCII byte is an invalid character, so counting bytes gives the same verdict).
        fn(b, "rt_account_id_problem", List.of(I32), I32, f -> {
            Local s = f.param(0);
            Local n = f.local(I32);
            Local c = f.local(I32);
            Local sep = f.local(I32);
            Local lastSep = f.local(I32);
            f.if_(eqz(s.get()), () -> f.ret(str("the Account ID is too short")));
            f.set(n, load32(s.get(), 0));
            f.if_(ltU(n.get(), i32(2)), () -> f.ret(str("the Account ID is too short")));
            f.if_(gtU(n.get(), i32(64)), () -> f.ret(str("the Account ID is too long")));
            f.set(lastSep, i32(1));
            f.block(done -> f.loop(top -> {
                f.brIf(done, eqz(n.get()));
                f.set(c, load8u(s.get(), 4));
                f.set(sep, or(or(eq(c.get(), i32('-')), eq(c.get(), i32('_'))), eq(c.get(), i32('.'))));
                f.ifElse(sep.get(), () -> f.if_(lastSep.get(), () -> f.ret(str("the Account ID has a redundant separator"))),
                        () -> f.if_(and(geU(sub(c.get(), i32('a')), i32(26)), geU(sub(c.get(), i32('0')), i32(10))),
                                () -> f.ret(str("the Account ID contains an invalid character"))));
                f.set(lastSep, sep.get());
                f.set(s, add(s.get(), i32(1)));
                f.set(n, sub(n.get(), i32(1)));
                f.br(top);
            }));
            f.if_(lastSep.get(), () -> f.ret(str("the Account ID has a redundant separator")));
            f.ret(i32(0));
        });
        fn(b, "rt_json_account_id", List.of(I32), I32, f -> {
            f.if_(ne(accountIdProblem(f.param(0).get()), i32(0)), () -> f.eval(jsonFail()));
            f.ret(f.param(0).get());
        });
        fn(b, "rt_json_read_u128", List.of(I32), I32, f -> f.ret(call("rt_u128_parse", I32, jsonReadStr(f.param(0).get()), jsonMessage(), jsonMessage())));
    }

    private static Expr ws(Expr p, Expr end) {
        return call("rt_json_ws", I32, p, end);
    }

    /** Whether the 4 bytes at p+skip are {@code word}, within end. */
    private static Expr literal(Expr p, Expr end, int skip, String word) {
        int w = word.charAt(0) | word.charAt(1) << 8 | word.charAt(2) << 16 | word.charAt(3) << 24;
        return and(call("rt_json_fits", I32, p, end, i32(skip + 4)), eq(load32(p, skip), i32(w)));
    }

    // ---------------------------------------------------------------------------------------------
    // The output buffer: a growing byte string for JSON results and Borsh state.

    private static void buffer(IrBuilder b) {
        fn(b, "rt_json_fits", List.of(I32, I32, I32), I32, f -> f.ret(eqz(gtU(add(f.param(0).get(), f.param(2).get()), f.param(1).get()))));
        fn(b, "rt_buf_begin", List.of(), null, f -> {
            f.setGlobal(BUF_CAP, i32(64));
            f.setGlobal(BUF, strNew(i32(0)));
            f.eval(alloc(i32(64)));
        });
        // Returns where n more bytes go, after making room and counting them in the length.
        fn(b, "rt_buf_reserve", List.of(I32), I32, f -> {
            Local n = f.param(0);
            Local len = f.local(I32);
            Local nb = f.local(I32);
            f.set(len, load32(global(BUF, I32), 0));
            f.if_(gtU(add(len.get(), n.get()), global(BUF_CAP, I32)), () -> {
                f.setGlobal(BUF_CAP, add(shl(global(BUF_CAP, I32), i32(1)), n.get()));
                f.set(nb, alloc(add(global(BUF_CAP, I32), i32(4))));
                f.eval(memcpy(nb.get(), global(BUF, I32), add(len.get(), i32(4))));
                f.setGlobal(BUF, nb.get());
            });
            f.store32(global(BUF, I32), 0, add(len.get(), n.get()));
            f.ret(add(add(global(BUF, I32), i32(4)), len.get()));
        });
        fn(b, "rt_buf_u8", List.of(I32), null, f -> f.store8(reserve(i32(1)), 0, f.param(0).get()));
        fn(b, "rt_buf_u16", List.of(I32), null, f -> f.store(MemType.U16, reserve(i32(2)), 0, f.param(0).get()));
        fn(b, "rt_buf_i32", List.of(I32), null, f -> f.store32(reserve(i32(4)), 0, f.param(0).get()));
        fn(b, "rt_buf_i64", List.of(I64), null, f -> f.store64(reserve(i32(8)), 0, f.param(0).get()));
        fn(b, "rt_buf_bytes", List.of(I32), null, f -> {
            Local s = f.param(0);
            f.eval(memcpy(reserve(load32(s.get(), 0)), add(s.get(), i32(4)), load32(s.get(), 0)));
        });
        fn(b, "rt_buf_borsh_str", List.of(I32), null, f -> {
            f.set(f.param(0), utf8Out(f.param(0).get()));
            f.eval(buf("i32", load32(f.param(0).get(), 0)));
            f.eval(buf("bytes", f.param(0).get()));
        });
        fn(b, "rt_buf_u128", List.of(I32), null, f -> f.eval(memcpy(reserve(i32(16)), f.param(0).get(), i32(16))));
        fn(b, "rt_buf_json_i64", List.of(I64), null, f -> f.eval(buf("bytes", i64ToStr(f.param(0).get()))));
        fn(b, "rt_buf_json_u128", List.of(I32), null, f -> {
            f.eval(buf("u8", i32('"')));
            f.eval(buf("bytes", u128ToStr(f.param(0).get())));
            f.eval(buf("u8", i32('"')));
        });
        // JSON strings as serde_json writes them: ", \\ and control characters escaped, the rest raw.
        fn(b, "rt_buf_json_str", List.of(I32), null, f -> {
            Local s = f.param(0);
            Local n = f.local(I32);
            Local c = f.local(I32);
            Local e = f.local(I32);
            f.eval(buf("u8", i32('"')));
            f.set(n, load32(s.get(), 0));
            f.block(done -> f.loop(top -> {
                f.brIf(done, eqz(n.get()));
                f.set(c, load8u(s.get(), 4));
                f.set(e, i32(0));
                f.if_(eq(c.get(), i32('"')), () -> f.set(e, i32('"')));
                f.if_(eq(c.get(), i32('\\')), () -> f.set(e, i32('\\')));
                f.if_(eq(c.get(), i32('\n')), () -> f.set(e, i32('n')));
                f.if_(eq(c.get(), i32('\r')), () -> f.set(e, i32('r')));
                f.if_(eq(c.get(), i32('\t')), () -> f.set(e, i32('t')));
                f.if_(eq(c.get(), i32('\b')), () -> f.set(e, i32('b')));
                f.if_(eq(c.get(), i32('\f')), () -> f.set(e, i32('f')));
                f.ifElse(e.get(), () -> {
                    f.eval(buf("u8", i32('\\')));
                    f.eval(buf("u8", e.get()));
                }, () -> f.ifElse(ltU(c.get(), i32(0x20)), () -> {
                    f.eval(buf("bytes", str("\\u00")));
                    f.eval(buf("u8", load8u(add(str("0123456789abcdef"), shrU(c.get(), i32(4))), 4)));
                    f.eval(buf("u8", load8u(add(str("0123456789abcdef"), and(c.get(), i32(15))), 4)));
                }, () -> f.eval(buf("u8", c.get()))));
                f.set(s, add(s.get(), i32(1)));
                f.set(n, sub(n.get(), i32(1)));
                f.br(top);
            }));
            f.eval(buf("u8", i32('"')));
        });
    }

    private static Expr reserve(Expr n) {
        return call("rt_buf_reserve", I32, n);
    }

    // ---------------------------------------------------------------------------------------------
    // Borsh reading from a cursor; the state is ours, but a mismatch still panics cleanly.

    private static void borshRead(IrBuilder b) {
        fn(b, "rt_rd_begin", List.of(I32), null, f -> {
            f.setGlobal(RD, add(f.param(0).get(), i32(4)));
            f.setGlobal(RD_END, add(global(RD, I32), load32(f.param(0).get(), 0)));
        });
        // Returns the cursor and moves it n bytes on.
        fn(b, "rt_rd_take", List.of(I32), I32, f -> {
            Local p = f.local(I32);
            f.set(p, global(RD, I32));
            f.if_(gtU(f.param(0).get(), sub(global(RD_END, I32), p.get())), () -> f.eval(panic(str(STATE_ERROR))));
            f.setGlobal(RD, add(p.get(), f.param(0).get()));
            f.ret(p.get());
        });
        fn(b, "rt_rd_u8", List.of(), I32, f -> {
            Local v = f.local(I32);
            f.set(v, load8u(take(i32(1)), 0));
            // Borsh booleans are exactly 0 or 1.
            f.if_(gtU(v.get(), i32(1)), () -> f.eval(panic(str(STATE_ERROR))));
            f.ret(v.get());
        });
        fn(b, "rt_rd_i32", List.of(), I32, f -> f.ret(load32(take(i32(4)), 0)));
        fn(b, "rt_rd_ord", List.of(), I32, f -> f.ret(load8u(take(i32(1)), 0)));
        fn(b, "rt_rd_i8", List.of(), I32, f -> f.ret(new Expr.Unary(dev.aidev.compiler.ir.UnOp.I32_EXTEND8_S, load8u(take(i32(1)), 0))));
        fn(b, "rt_rd_u16", List.of(), I32, f -> f.ret(new Expr.Load(MemType.U16, take(i32(2)), 0)));
        fn(b, "rt_rd_i16", List.of(), I32, f -> f.ret(new Expr.Unary(dev.aidev.compiler.ir.UnOp.I32_EXTEND16_S, new Expr.Load(MemType.U16, take(i32(2)), 0))));
        fn(b, "rt_rd_i64", List.of(), I64, f -> f.ret(load64(take(i32(8)), 0)));
        fn(b, "rt_rd_str", List.of(), I32, f -> {
            Local n = f.local(I32);
            Local p = f.local(I32);
            f.set(n, load32(take(i32(4)), 0));
            f.set(p, strNew(n.get()));
            f.eval(memcpy(add(p.get(), i32(4)), take(n.get()), n.get()));
            f.ret(p.get());
        });
        fn(b, "rt_rd_u128", List.of(), I32, f -> {
            Local p = f.local(I32);
            f.set(p, alloc(i32(16)));
            f.eval(memcpy(p.get(), take(i32(16)), i32(16)));
            f.ret(p.get());
        });
        fn(b, "rt_rd_finish", List.of(), null, f -> f.if_(ne(global(RD, I32), global(RD_END, I32)), () -> f.eval(panic(str(STATE_ERROR)))));
    }

    private static Expr take(Expr n) {
        return call("rt_rd_take", I32, n);
    }

    // ---------------------------------------------------------------------------------------------
    // U128: four u32 limbs, little-endian, worked on in i64 so carries fit.

    private static Expr limb(Expr p, int i) {
        return load32u64(p, 4 * i);
    }

    private static void u128(IrBuilder b) {
        // 1 to 39 decimal digits (the SDK's U128.isDigits); else panics with the second argument,
        // and above 2^128-1 with the third (JSON reading passes its error for both).
        fn(b, "rt_u128_parse", List.of(I32, I32, I32), I32, f -> {
            Local s = f.param(0);
            Local n = f.local(I32);
            Local r = f.local(I32);
            Local d = f.local(I32);
            Local carry = f.local(I64);
            Local cur = f.local(I64);
            Local over = f.local(I32);
            f.set(n, load32(s.get(), 0));
            f.if_(or(eqz(n.get()), gtU(n.get(), i32(39))), () -> f.eval(panic(f.param(1).get())));
            f.set(r, alloc(i32(16)));
            f.block(done -> f.loop(top -> {
                f.brIf(done, eqz(n.get()));
                f.set(d, sub(load8u(s.get(), 4), i32('0')));
                f.if_(geU(d.get(), i32(10)), () -> f.eval(panic(f.param(1).get())));
                f.set(carry, extendU(d.get()));
                for (int i = 0; i < 4; i++) {
                    f.set(cur, add(mul(limb(r.get(), i), i64(10)), carry.get()));
                    f.store(MemType.U32_I64, r.get(), 4 * i, cur.get());
                    f.set(carry, shrU(cur.get(), i64(32)));
                }
                // Every character is checked to be a digit before an overflow is reported.
                f.set(over, or(over.get(), ne(carry.get(), i64(0))));
                f.set(s, add(s.get(), i32(1)));
                f.set(n, sub(n.get(), i32(1)));
                f.br(top);
            }));
            f.if_(over.get(), () -> f.eval(panic(f.param(2).get())));
            f.ret(r.get());
        });
        fn(b, "rt_u128_to_str", List.of(I32), I32, f -> {
            Local t = f.local(I32);
            Local buf = f.local(I32);
            Local pos = f.local(I32);
            Local rem = f.local(I64);
            Local cur = f.local(I64);
            Local p = f.local(I32);
            f.set(t, alloc(i32(16)));
            f.eval(memcpy(t.get(), f.param(0).get(), i32(16)));
            f.set(buf, alloc(i32(40)));
            f.set(pos, add(buf.get(), i32(40)));
            f.loop(top -> {
                f.set(rem, i64(0));
                for (int i = 3; i >= 0; i--) {
                    f.set(cur, or(shl(rem.get(), i64(32)), limb(t.get(), i)));
                    f.store(MemType.U32_I64, t.get(), 4 * i, divU(cur.get(), i64(10)));
                    f.set(rem, remU(cur.get(), i64(10)));
                }
                f.set(pos, sub(pos.get(), i32(1)));
                f.store8(pos.get(), 0, add(wrap(rem.get()), i32('0')));
                f.brIf(top, ne(or(load64(t.get(), 0), load64(t.get(), 8)), i64(0)));
            });
            f.set(p, strNew(sub(add(buf.get(), i32(40)), pos.get())));
            f.eval(memcpy(add(p.get(), i32(4)), pos.get(), load32(p.get(), 0)));
            f.ret(p.get());
        });
        // The SDK's U128 panics without a location: "integer overflow" / "integer underflow".
        fn(b, "rt_u128_add", List.of(I32, I32), I32, f -> {
            Local r = f.local(I32);
            Local cur = f.local(I64);
            f.set(r, alloc(i32(16)));
            f.set(cur, i64(0));
            for (int i = 0; i < 4; i++) {
                f.set(cur, add(add(limb(f.param(0).get(), i), limb(f.param(1).get(), i)), shrU(cur.get(), i64(32))));
                f.store(MemType.U32_I64, r.get(), 4 * i, cur.get());
            }
            f.if_(ne(shrU(cur.get(), i64(32)), i64(0)), () -> f.eval(panic(str("integer overflow"))));
            f.ret(r.get());
        });
        fn(b, "rt_u128_sub", List.of(I32, I32), I32, f -> {
            Local r = f.local(I32);
            Local cur = f.local(I64);
            f.set(r, alloc(i32(16)));
            f.set(cur, i64(0));
            for (int i = 0; i < 4; i++) {
                // The borrow is the sign bit of the previous limb's difference.
                f.set(cur, sub(sub(limb(f.param(0).get(), i), limb(f.param(1).get(), i)), shrU(cur.get(), i64(63))));
                f.store(MemType.U32_I64, r.get(), 4 * i, cur.get());
            }
            f.if_(ltS(cur.get(), i64(0)), () -> f.eval(panic(str("integer underflow"))));
            f.ret(r.get());
        });
        // Schoolbook multiplication into eight u32 limbs; the high four must be zero.
        fn(b, "rt_u128_mul", List.of(I32, I32), I32, f -> {
            Local t = f.local(I32);
            Local r = f.local(I32);
            Local cur = f.local(I64);
            Local carry = f.local(I64);
            f.set(t, alloc(i32(32)));
            for (int i = 0; i < 4; i++) {
                f.set(carry, i64(0));
                for (int j = 0; j < 4; j++) {
                    // At most (2^32-1)^2 + 2 (2^32-1) = 2^64-1: no u64 overflow.
                    f.set(cur, add(add(limb(t.get(), i + j), mul(limb(f.param(0).get(), i), limb(f.param(1).get(), j))), carry.get()));
                    f.store(MemType.U32_I64, t.get(), 4 * (i + j), cur.get());
                    f.set(carry, shrU(cur.get(), i64(32)));
                }
                f.store(MemType.U32_I64, t.get(), 4 * (i + 4), carry.get());
            }
            f.if_(ne(or(load64(t.get(), 16), load64(t.get(), 24)), i64(0)), () -> f.eval(panic(str("integer overflow"))));
            f.set(r, alloc(i32(16)));
            f.eval(memcpy(r.get(), t.get(), i32(16)));
            f.ret(r.get());
        });
        // Restoring division, one bit at a time over (hi, lo) halves; the third argument picks
        // the remainder (1) or the quotient (0).
        fn(b, "rt_u128_divrem", List.of(I32, I32, I32), I32, f -> {
            Local a = f.param(0);
            Local d = f.param(1);
            Local bh = f.local(I64);
            Local bl = f.local(I64);
            Local qh = f.local(I64);
            Local ql = f.local(I64);
            Local rh = f.local(I64);
            Local rl = f.local(I64);
            Local i = f.local(I64);
            Local top = f.local(I64);
            Local borrow = f.local(I64);
            Local out = f.local(I32);
            f.set(bl, load64(d.get(), 0));
            f.set(bh, load64(d.get(), 8));
            f.if_(eqz(or(bh.get(), bl.get())), () -> f.eval(panic(str("division by zero"))));
            f.set(i, i64(127));
            f.block(done -> f.loop(loop -> {
                f.brIf(done, ltS(i.get(), i64(0)));
                // A bit shifted out of r means r >= d for sure (d < 2^128).
                f.set(top, shrU(rh.get(), i64(63)));
                f.set(rh, or(shl(rh.get(), i64(1)), shrU(rl.get(), i64(63))));
                f.set(rl, or(shl(rl.get(), i64(1)), and(ifElse(geU(i.get(), i64(64)),
                        shrU(load64(a.get(), 8), sub(i.get(), i64(64))), shrU(load64(a.get(), 0), i.get())), i64(1))));
                f.if_(or(or(wrap(top.get()), gtU(rh.get(), bh.get())), and(eq(rh.get(), bh.get()), geU(rl.get(), bl.get()))), () -> {
                    f.set(borrow, extendU(ltU(rl.get(), bl.get())));
                    f.set(rl, sub(rl.get(), bl.get()));
                    f.set(rh, sub(sub(rh.get(), bh.get()), borrow.get()));
                    f.ifElse(geU(i.get(), i64(64)), () -> f.set(qh, or(qh.get(), shl(i64(1), sub(i.get(), i64(64))))),
                            () -> f.set(ql, or(ql.get(), shl(i64(1), i.get()))));
                });
                f.set(i, sub(i.get(), i64(1)));
                f.br(loop);
            }));
            f.set(out, alloc(i32(16)));
            f.ifElse(f.param(2).get(), () -> {
                f.store64(out.get(), 0, rl.get());
                f.store64(out.get(), 8, rh.get());
            }, () -> {
                f.store64(out.get(), 0, ql.get());
                f.store64(out.get(), 8, qh.get());
            });
            f.ret(out.get());
        });
        fn(b, "rt_u128_div", List.of(I32, I32), I32, f -> f.ret(call("rt_u128_divrem", I32, f.param(0).get(), f.param(1).get(), i32(0))));
        fn(b, "rt_u128_rem", List.of(I32, I32), I32, f -> f.ret(call("rt_u128_divrem", I32, f.param(0).get(), f.param(1).get(), i32(1))));
        fn(b, "rt_u128_cmp", List.of(I32, I32), I32, f -> {
            Local a = f.param(0);
            Local c = f.param(1);
            for (int off : new int[] {8, 0}) {
                f.if_(ltU(load64(a.get(), off), load64(c.get(), off)), () -> f.ret(i32(-1)));
                f.if_(gtU(load64(a.get(), off), load64(c.get(), off)), () -> f.ret(i32(1)));
            }
            f.ret(i32(0));
        });
        fn(b, "rt_u128_of_i64", List.of(I64), I32, f -> {
            Local r = f.local(I32);
            f.if_(ltS(f.param(0).get(), i64(0)), () -> f.eval(panic(str("integer underflow"))));
            f.set(r, alloc(i32(16)));
            f.store64(r.get(), 0, f.param(0).get());
            f.ret(r.get());
        });
    }

    // ---------------------------------------------------------------------------------------------
    // Lists, arrays, boxes, vector keys, JSON containers.

    private static void containers(IrBuilder b) {
        fn(b, "rt_list_new", List.of(I32), I32, f -> {
            Local l = f.local(I32);
            f.set(l, alloc(i32(16)));
            f.store32(l.get(), 4, f.param(0).get());
            f.store32(l.get(), 8, alloc(shl(f.param(0).get(), i32(2))));
            f.ret(l.get());
        });
        // List.of(...) lists are immutable; changing one throws UnsupportedOperationException
        // without a message, which the JVM runner reports as the exception's simple name.
        fn(b, "rt_list_add", List.of(I32, I32), null, f -> {
            Local l = f.param(0);
            Local n = f.local(I32);
            Local cap = f.local(I32);
            Local data = f.local(I32);
            f.if_(load32(l.get(), 12), () -> f.eval(panic(str("UnsupportedOperationException"))));
            f.set(n, load32(l.get(), 0));
            f.if_(eq(n.get(), load32(l.get(), 4)), () -> {
                f.set(cap, add(shl(n.get(), i32(1)), i32(4)));
                f.set(data, alloc(shl(cap.get(), i32(2))));
                f.eval(memcpy(data.get(), load32(l.get(), 8), shl(n.get(), i32(2))));
                f.store32(l.get(), 8, data.get());
                f.store32(l.get(), 4, cap.get());
            });
            f.store32(add(load32(l.get(), 8), shl(n.get(), i32(2))), 0, f.param(1).get());
            f.store32(l.get(), 0, add(n.get(), i32(1)));
        });
        fn(b, "rt_list_get", List.of(I32, I32, I32), I32, f -> {
            f.if_(geU(f.param(1).get(), load32(f.param(0).get(), 0)), () -> f.eval(panicAt("index out of bounds at ", f.param(2).get())));
            f.ret(load32(add(load32(f.param(0).get(), 8), shl(f.param(1).get(), i32(2))), 0));
        });
        fn(b, "rt_list_set", List.of(I32, I32, I32, I32), I32, f -> {
            Local at = f.local(I32);
            Local old = f.local(I32);
            f.if_(load32(f.param(0).get(), 12), () -> f.eval(panic(str("UnsupportedOperationException"))));
            f.if_(geU(f.param(1).get(), load32(f.param(0).get(), 0)), () -> f.eval(panicAt("index out of bounds at ", f.param(3).get())));
            f.set(at, add(load32(f.param(0).get(), 8), shl(f.param(1).get(), i32(2))));
            f.set(old, load32(at.get(), 0));
            f.store32(at.get(), 0, f.param(2).get());
            f.ret(old.get());
        });
        // Arrays: [u32 length][4 bytes padding][elements], so that 8-byte elements are aligned.
        fn(b, "rt_array_new", List.of(I32, I32), I32, f -> {
            Local a = f.local(I32);
            // NegativeArraySizeException's message is the size.
            f.if_(ltS(f.param(0).get(), i32(0)), () -> f.eval(panic(i64ToStr(extendS(f.param(0).get())))));
            f.set(a, alloc(add(i32(8), mul(f.param(0).get(), f.param(1).get()))));
            f.store32(a.get(), 0, f.param(0).get());
            f.ret(a.get());
        });
        fn(b, "rt_array_at", List.of(I32, I32, I32, I32), I32, f -> {
            f.if_(eqz(f.param(0).get()), () -> f.eval(panicAt("null dereference at ", f.param(3).get())));
            f.if_(geU(f.param(1).get(), load32(f.param(0).get(), 0)), () -> f.eval(panicAt("index out of bounds at ", f.param(3).get())));
            f.ret(add(add(f.param(0).get(), i32(8)), mul(f.param(1).get(), f.param(2).get())));
        });
        fn(b, "rt_box_i32", List.of(I32), I32, f -> {
            Local p = f.local(I32);
            f.set(p, alloc(i32(8)));
            f.store32(p.get(), 0, f.param(0).get());
            f.ret(p.get());
        });
        fn(b, "rt_box_i64", List.of(I64), I32, f -> {
            Local p = f.local(I32);
            f.set(p, alloc(i32(8)));
            f.store64(p.get(), 0, f.param(0).get());
            f.ret(p.get());
        });
        fn(b, "rt_vec_key", List.of(I32, I32), I32, f -> {
            Local k = f.local(I32);
            Local n = f.local(I32);
            f.set(n, load32(f.param(0).get(), 0));
            f.set(k, strNew(add(n.get(), i32(4))));
            f.eval(memcpy(add(k.get(), i32(4)), add(f.param(0).get(), i32(4)), n.get()));
            f.store32(add(add(k.get(), i32(4)), n.get()), 0, f.param(1).get());
            f.ret(k.get());
        });
        fn(b, "rt_char_to_str", List.of(I32), I32, f -> {
            Local s = f.local(I32);
            f.set(s, strNew(i32(4)));
            f.store32(s.get(), 0, sub(call("rt_utf8_put", I32, add(s.get(), i32(4)), f.param(0).get()), add(s.get(), i32(4))));
            f.ret(s.get());
        });
        // JSON containers inside an argument object that rt_json_arg has validated already.
        fn(b, "rt_json_member", List.of(I32, I32), I32, f -> {
            Local p = f.param(0);
            Local k = f.local(I32);
            Local end = f.local(I32);
            Local found = f.local(I32);
            f.set(end, i32(-1));
            f.if_(ne(load8u(p.get(), 0), i32('{')), () -> f.eval(jsonFail()));
            f.set(p, ws(add(p.get(), i32(1)), end.get()));
            f.if_(eq(load8u(p.get(), 0), i32('}')), () -> f.ret(i32(0)));
            f.loop(top -> {
                f.set(k, p.get());
                f.set(p, ws(call("rt_json_skip_str", I32, p.get(), end.get()), end.get()));
                f.set(p, ws(add(p.get(), i32(1)), end.get()));
                f.if_(call("rt_json_key_is", I32, k.get(), sub(p.get(), k.get()), f.param(1).get()), () -> {
                    f.if_(found.get(), () -> f.eval(jsonFail()));
                    f.set(found, p.get());
                });
                f.set(p, ws(call("rt_json_skip", I32, p.get(), end.get()), end.get()));
                f.if_(eq(load8u(p.get(), 0), i32(',')), () -> {
                    f.set(p, ws(add(p.get(), i32(1)), end.get()));
                    f.br(top);
                });
            });
            f.ret(found.get());
        });
        fn(b, "rt_json_first", List.of(I32), I32, f -> {
            Local p = f.local(I32);
            f.if_(ne(load8u(f.param(0).get(), 0), i32('[')), () -> f.eval(jsonFail()));
            f.set(p, ws(add(f.param(0).get(), i32(1)), i32(-1)));
            f.ret(ifElse(eq(load8u(p.get(), 0), i32(']')), i32(0), p.get()));
        });
        fn(b, "rt_json_next", List.of(I32), I32, f -> {
            Local p = f.local(I32);
            f.set(p, ws(call("rt_json_skip", I32, f.param(0).get(), i32(-1)), i32(-1)));
            f.ret(ifElse(eq(load8u(p.get(), 0), i32(',')), ws(add(p.get(), i32(1)), i32(-1)), i32(0)));
        });
    }
}
