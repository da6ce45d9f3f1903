package dev.aidev.compiler.lower;

import static dev.aidev.compiler.ir.Ir.add;
import static dev.aidev.compiler.ir.Ir.and;
import static dev.aidev.compiler.ir.Ir.call;
import static dev.aidev.compiler.ir.Ir.eq;
import static dev.aidev.compiler.ir.Ir.eqz;
import static dev.aidev.compiler.ir.Ir.geU;
import static dev.aidev.compiler.ir.Ir.gtS;
import static dev.aidev.compiler.ir.Ir.gtU;
import static dev.aidev.compiler.ir.Ir.i32;
import static dev.aidev.compiler.ir.Ir.i64;
import static dev.aidev.compiler.ir.Ir.ifElse;
import static dev.aidev.compiler.ir.Ir.load32;
import static dev.aidev.compiler.ir.Ir.load64;
import static dev.aidev.compiler.ir.Ir.load8u;
import static dev.aidev.compiler.ir.Ir.ltS;
import static dev.aidev.compiler.ir.Ir.ltU;
import static dev.aidev.compiler.ir.Ir.mul;
import static dev.aidev.compiler.ir.Ir.ne;
import static dev.aidev.compiler.ir.Ir.or;
import static dev.aidev.compiler.ir.Ir.shl;
import static dev.aidev.compiler.ir.Ir.str;
import static dev.aidev.compiler.ir.Ir.sub;
import static dev.aidev.compiler.ir.Type.I32;
import static dev.aidev.compiler.ir.Type.I64;

import dev.aidev.compiler.ir.Expr;
import dev.aidev.compiler.ir.IrBuilder;
import dev.aidev.compiler.ir.Local;
import dev.aidev.compiler.ir.UnOp;
import java.util.List;

/**
 * More of the runtime library, kept apart from {@link Runtime}: {@code String} methods that
 * index by UTF-16 unit over our UTF-8 strings ({@code charAt}, {@code substring},
 * {@code startsWith}, {@code endsWith}, {@code indexOf}, {@code compareTo}), byte arrays to and from
 * byte strings, and the SDK's {@code Gas}. Installed with every module; the emitter keeps only
 * what a contract reaches.
 *
 * <p>Strings are UTF-8; a UTF-16 surrogate appended on its own (a {@code char}) is kept as its
 * 3-byte encoding, so {@code length()}/{@code charAt()} still see one unit for it, as Java does.
 */
final class RuntimeExtras {
    private RuntimeExtras() {}

    static final String OUT_OF_BOUNDS = "index out of bounds at ";

    static Expr charAt(Expr s, Expr i, Expr loc) {
        return call("rt_str_char_at", I32, s, i, loc);
    }

    static Expr substring(Expr s, Expr begin, Expr end, Expr loc) {
        return call("rt_str_substring", I32, s, begin, end, loc);
    }

    static Expr substringFrom(Expr s, Expr begin, Expr loc) {
        return call("rt_str_substring_from", I32, s, begin, loc);
    }

    static Expr startsWith(Expr s, Expr prefix) {
        return call("rt_str_starts", I32, s, prefix);
    }

    static Expr endsWith(Expr s, Expr suffix) {
        return call("rt_str_ends", I32, s, suffix);
    }

    static Expr indexOf(Expr s, Expr t) {
        return call("rt_str_index_of", I32, s, t);
    }

    /** {@code indexOf(int ch)}: the first UTF-16 unit equal to ch (a code point above U+FFFF: its pair), or -1. */
    static Expr indexOfChar(Expr s, Expr ch) {
        return call("rt_str_index_of_char", I32, s, ch);
    }

    static Expr compare(Expr a, Expr b) {
        return call("rt_str_compare", I32, a, b);
    }

    /** A Java {@code byte[]} (i32 slots) of a byte string. */
    static Expr bytesToArray(Expr s) {
        return call("rt_bytes_to_array", I32, s);
    }

    /** The byte string of a Java {@code byte[]}. */
    static Expr arrayToBytes(Expr a) {
        return call("rt_array_to_bytes", I32, a);
    }

    static Expr gas(String op, Expr... args) {
        return call("rt_gas_" + op, I32, args);
    }

    static void install(IrBuilder b) {
        strings(b);
        bytes(b);
        gas(b);
        ofNear(b);
    }

    /** {@code U128.ofNear(text)}: a decimal NEAR amount in yoctoNEAR (see {@link #ofNear(IrBuilder)}). */
    static Expr ofNear(Expr text) {
        return call("rt_u128_of_near", I32, text);
    }

    /**
     * U128.ofNear(String) as the SDK reads it with BigDecimal: an optional '-' (then only zero is
     * allowed), ASCII digits with at most one '.', at least one digit, no exponent or '+'; at most
     * 24 fractional digits once trailing zeros are dropped. The yocto digits (integer part, then the
     * fraction padded to 24) go through U128 parsing; more than 39 significant digits overflow.
     */
    private static void ofNear(IrBuilder b) {
        b.function("rt_u128_of_near", List.of(I32), I32, f -> {
            Local s = f.param(0);
            Local n = f.local(I32);
            Local i = f.local(I32);
            Local c = f.local(I32);
            Local neg = f.local(I32);
            Local dot = f.local(I32);
            Local digits = f.local(I32);
            Local intStart = f.local(I32);
            Local intEnd = f.local(I32);
            Local fracEnd = f.local(I32);
            Local out = f.local(I32);
            Local len = f.local(I32);
            Local r = f.local(I32);
            Expr invalid = Runtime.panic(Runtime.concat(str("Invalid NEAR amount: "), s.get()));
            f.set(n, load32(s.get(), 0));
            f.set(dot, i32(-1));
            f.if_(and(gtU(n.get(), i32(0)), eq(load8u(s.get(), 4), i32('-'))), () -> {
                f.set(neg, i32(1));
                f.set(i, i32(1));
            });
            f.set(intStart, i.get());
            f.block(done -> f.loop(top -> {
                f.brIf(done, geU(i.get(), n.get()));
                f.set(c, load8u(add(s.get(), i.get()), 4));
                f.ifElse(eq(c.get(), i32('.')), () -> {
                    f.if_(ne(dot.get(), i32(-1)), () -> f.eval(invalid));
                    f.set(dot, i.get());
                }, () -> {
                    f.if_(geU(sub(c.get(), i32('0')), i32(10)), () -> f.eval(invalid));
                    f.set(digits, add(digits.get(), i32(1)));
                });
                f.set(i, add(i.get(), i32(1)));
                f.br(top);
            }));
            f.if_(eqz(digits.get()), () -> f.eval(invalid));
            f.set(intEnd, ifElse(eq(dot.get(), i32(-1)), n.get(), dot.get()));
            // The fraction without its trailing zeros.
            f.set(fracEnd, n.get());
            f.if_(ne(dot.get(), i32(-1)), () -> f.block(done -> f.loop(top -> {
                f.brIf(done, or(eq(fracEnd.get(), add(dot.get(), i32(1))), ne(load8u(add(s.get(), sub(fracEnd.get(), i32(1))), 4), i32('0'))));
                f.set(fracEnd, sub(fracEnd.get(), i32(1)));
                f.br(top);
            })));
            f.if_(and(ne(dot.get(), i32(-1)), gtS(sub(fracEnd.get(), add(dot.get(), i32(1))), i32(24))), () -> f.eval(invalid));
            // Leading zeros of the integer part do not count.
            f.block(done -> f.loop(top -> {
                f.brIf(done, or(geU(intStart.get(), intEnd.get()), ne(load8u(add(s.get(), intStart.get()), 4), i32('0'))));
                f.set(intStart, add(intStart.get(), i32(1)));
                f.br(top);
            }));
            // [len][integer digits][fraction digits][zeros up to 24 fraction digits]
            f.set(out, Runtime.alloc(add(sub(intEnd.get(), intStart.get()), i32(4 + 24))));
            f.set(len, i32(0));
            f.set(i, intStart.get());
            f.block(done -> f.loop(top -> {
                f.brIf(done, geU(i.get(), intEnd.get()));
                f.store8(add(out.get(), len.get()), 4, load8u(add(s.get(), i.get()), 4));
                f.set(len, add(len.get(), i32(1)));
                f.set(i, add(i.get(), i32(1)));
                f.br(top);
            }));
            f.set(i, ifElse(eq(dot.get(), i32(-1)), n.get(), add(dot.get(), i32(1))));
            f.block(done -> f.loop(top -> {
                f.brIf(done, geU(i.get(), fracEnd.get()));
                f.store8(add(out.get(), len.get()), 4, load8u(add(s.get(), i.get()), 4));
                f.set(len, add(len.get(), i32(1)));
                f.set(i, add(i.get(), i32(1)));
                f.br(top);
            }));
            f.set(i, ifElse(eq(dot.get(), i32(-1)), i32(0), sub(fracEnd.get(), add(dot.get(), i32(1)))));
            f.block(done -> f.loop(top -> {
                f.brIf(done, geU(i.get(), i32(24)));
                f.store8(add(out.get(), len.get()), 4, i32('0'));
                f.set(len, add(len.get(), i32(1)));
                f.set(i, add(i.get(), i32(1)));
                f.br(top);
            }));
            // Leading zeros again: an integer part of 0 leaves the fraction's own.
            f.set(i, i32(0));
            f.block(done -> f.loop(top -> {
                f.brIf(done, or(geU(i.get(), sub(len.get(), i32(1))), ne(load8u(add(out.get(), i.get()), 4), i32('0'))));
                f.set(i, add(i.get(), i32(1)));
                f.br(top);
            }));
            f.if_(gtU(sub(len.get(), i.get()), i32(39)), () -> f.eval(Runtime.panic(str("integer overflow"))));
            f.store32(add(out.get(), i.get()), 0, sub(len.get(), i.get()));
            f.set(r, call("rt_u128_parse", I32, add(out.get(), i.get()), str("Invalid NEAR amount"), str("integer overflow")));
            // "-0.000" is zero, as BigDecimal's signum says; any other negative amount is invalid.
            f.if_(and(neg.get(), or(ne(load64(r.get(), 0), i64(0)), ne(load64(r.get(), 8), i64(0)))), () -> f.eval(invalid));
            f.ret(r.get());
        });
    }

    private static void strings(IrBuilder b) {
        // The bytes of the UTF-8 sequence a lead byte starts.
        b.function("rt_utf8_len", List.of(I32), I32, f -> {
            Local c = f.param(0);
            f.ret(ifElse(ltU(c.get(), i32(0x80)), i32(1), ifElse(ltU(c.get(), i32(0xE0)), i32(2), ifElse(ltU(c.get(), i32(0xF0)), i32(3), i32(4)))));
        });
        // The code point of the UTF-8 sequence at p.
        b.function("rt_utf8_cp", List.of(I32), I32, f -> {
            Local p = f.param(0);
            Local c = f.local(I32);
            f.set(c, load8u(p.get(), 0));
            f.if_(ltU(c.get(), i32(0x80)), () -> f.ret(c.get()));
            f.if_(ltU(c.get(), i32(0xE0)), () -> f.ret(or(shl(and(c.get(), i32(0x1F)), i32(6)), and(load8u(p.get(), 1), i32(0x3F)))));
            f.if_(ltU(c.get(), i32(0xF0)), () -> f.ret(or(or(shl(and(c.get(), i32(0x0F)), i32(12)), shl(and(load8u(p.get(), 1), i32(0x3F)), i32(6))),
                    and(load8u(p.get(), 2), i32(0x3F)))));
            f.ret(or(or(or(shl(and(c.get(), i32(0x07)), i32(18)), shl(and(load8u(p.get(), 1), i32(0x3F)), i32(12))),
                    shl(and(load8u(p.get(), 2), i32(0x3F)), i32(6))), and(load8u(p.get(), 3), i32(0x3F))));
        });
        // UTF-16 unit i of s, or -1 when i is out of range.
        b.function("rt_str_unit_at", List.of(I32, I32), I32, f -> {
            Local s = f.param(0);
            Local i = f.param(1);
            Local pos = f.local(I32);
            Local units = f.local(I32);
            Local cp = f.local(I32);
            f.if_(ltS(i.get(), i32(0)), () -> f.ret(i32(-1)));
            f.loop(top -> {
                f.if_(geU(pos.get(), load32(s.get(), 0)), () -> f.ret(i32(-1)));
                f.set(cp, call("rt_utf8_cp", I32, add(add(s.get(), i32(4)), pos.get())));
                f.set(pos, add(pos.get(), call("rt_utf8_len", I32, load8u(add(s.get(), pos.get()), 4))));
                f.ifElse(ltU(cp.get(), i32(0x10000)), () -> {
                    f.if_(eq(units.get(), i.get()), () -> f.ret(cp.get()));
                    f.set(units, add(units.get(), i32(1)));
                }, () -> {
                    f.if_(eq(units.get(), i.get()), () -> f.ret(add(i32(0xD800), Ir2.shrU(sub(cp.get(), i32(0x10000)), i32(10)))));
                    f.if_(eq(add(units.get(), i32(1)), i.get()), () -> f.ret(add(i32(0xDC00), and(cp.get(), i32(0x3FF)))));
                    f.set(units, add(units.get(), i32(2)));
                });
                f.br(top);
            });
            f.unreachable();
        });
        b.function("rt_str_char_at", List.of(I32, I32, I32), I32, f -> {
            Local u = f.local(I32);
            f.set(u, call("rt_str_unit_at", I32, f.param(0).get(), f.param(1).get()));
            f.if_(ltS(u.get(), i32(0)), () -> f.eval(call("rt_panic_at", null, str(OUT_OF_BOUNDS), f.param(2).get())));
            f.ret(u.get());
        });
        // The byte offset of UTF-16 unit i (i == length: the byte length); -1 out of range, -2
        // inside a surrogate pair.
        b.function("rt_str_offset", List.of(I32, I32), I32, f -> {
            Local s = f.param(0);
            Local i = f.param(1);
            Local pos = f.local(I32);
            Local units = f.local(I32);
            Local n = f.local(I32);
            f.if_(ltS(i.get(), i32(0)), () -> f.ret(i32(-1)));
            f.loop(top -> {
                f.if_(eq(units.get(), i.get()), () -> f.ret(pos.get()));
                f.if_(geU(pos.get(), load32(s.get(), 0)), () -> f.ret(i32(-1)));
                f.set(n, call("rt_utf8_len", I32, load8u(add(s.get(), pos.get()), 4)));
                f.set(pos, add(pos.get(), n.get()));
                f.ifElse(eq(n.get(), i32(4)), () -> {
                    f.if_(eq(add(units.get(), i32(1)), i.get()), () -> f.ret(i32(-2)));
                    f.set(units, add(units.get(), i32(2)));
                }, () -> f.set(units, add(units.get(), i32(1))));
                f.br(top);
            });
            f.unreachable();
        });
        b.function("rt_str_substring", List.of(I32, I32, I32, I32), I32, f -> {
            Local s = f.param(0);
            Local from = f.local(I32);
            Local to = f.local(I32);
            Local r = f.local(I32);
            f.set(from, call("rt_str_offset", I32, s.get(), f.param(1).get()));
            f.set(to, call("rt_str_offset", I32, s.get(), f.param(2).get()));
            f.if_(or(or(eq(from.get(), i32(-1)), eq(to.get(), i32(-1))), gtS(f.param(1).get(), f.param(2).get())),
                    () -> f.eval(call("rt_panic_at", null, str(OUT_OF_BOUNDS), f.param(3).get())));
            f.if_(or(ltS(from.get(), i32(0)), ltS(to.get(), i32(0))),
                    () -> f.eval(call("rt_panic_at", null, str("substring splitting a surrogate pair is not supported at "), f.param(3).get())));
            f.set(r, Runtime.strNew(sub(to.get(), from.get())));
            f.eval(call("rt_memcpy", null, add(r.get(), i32(4)), add(add(s.get(), i32(4)), from.get()), sub(to.get(), from.get())));
            f.ret(r.get());
        });
        b.function("rt_str_substring_from", List.of(I32, I32, I32), I32, f ->
                f.ret(call("rt_str_substring", I32, f.param(0).get(), f.param(1).get(), Runtime.strLength(f.param(0).get()), f.param(2).get())));
        // Whether the bytes of t occur in s at byte offset at.
        b.function("rt_str_match_at", List.of(I32, I32, I32), I32, f -> {
            Local s = f.param(0);
            Local t = f.param(1);
            Local at = f.param(2);
            Local i = f.local(I32);
            f.if_(or(ltS(at.get(), i32(0)), gtU(add(at.get(), load32(t.get(), 0)), load32(s.get(), 0))), () -> f.ret(i32(0)));
            f.block(done -> f.loop(top -> {
                f.brIf(done, geU(i.get(), load32(t.get(), 0)));
                f.if_(ne(load8u(add(add(s.get(), at.get()), i.get()), 4), load8u(add(t.get(), i.get()), 4)), () -> f.ret(i32(0)));
                f.set(i, add(i.get(), i32(1)));
                f.br(top);
            }));
            f.ret(i32(1));
        });
        b.function("rt_str_starts", List.of(I32, I32), I32, f ->
                f.ret(call("rt_str_match_at", I32, f.param(0).get(), f.param(1).get(), i32(0))));
        b.function("rt_str_ends", List.of(I32, I32), I32, f ->
                f.ret(call("rt_str_match_at", I32, f.param(0).get(), f.param(1).get(), sub(load32(f.param(0).get(), 0), load32(f.param(1).get(), 0)))));
        // The UTF-16 index of the first occurrence of t in s, or -1.
        b.function("rt_str_index_of", List.of(I32, I32), I32, f -> {
            Local s = f.param(0);
            Local t = f.param(1);
            Local pos = f.local(I32);
            Local units = f.local(I32);
            Local n = f.local(I32);
            f.loop(top -> {
                f.if_(call("rt_str_match_at", I32, s.get(), t.get(), pos.get()), () -> f.ret(units.get()));
                f.if_(geU(pos.get(), load32(s.get(), 0)), () -> f.ret(i32(-1)));
                f.set(n, call("rt_utf8_len", I32, load8u(add(s.get(), pos.get()), 4)));
                f.set(pos, add(pos.get(), n.get()));
                f.set(units, add(units.get(), ifElse(eq(n.get(), i32(4)), i32(2), i32(1))));
                f.br(top);
            });
            f.unreachable();
        });
        b.function("rt_str_index_of_char", List.of(I32, I32), I32, f -> {
            Local s = f.param(0);
            Local ch = f.param(1);
            Local pos = f.local(I32);
            Local units = f.local(I32);
            Local cp = f.local(I32);
            f.loop(top -> {
                f.if_(geU(pos.get(), load32(s.get(), 0)), () -> f.ret(i32(-1)));
                f.set(cp, call("rt_utf8_cp", I32, add(add(s.get(), i32(4)), pos.get())));
                f.set(pos, add(pos.get(), call("rt_utf8_len", I32, load8u(add(s.get(), pos.get()), 4))));
                f.ifElse(ltU(cp.get(), i32(0x10000)), () -> {
                    f.if_(eq(cp.get(), ch.get()), () -> f.ret(units.get()));
                    f.set(units, add(units.get(), i32(1)));
                }, () -> {
                    f.if_(or(eq(cp.get(), ch.get()), eq(add(i32(0xD800), Ir2.shrU(sub(cp.get(), i32(0x10000)), i32(10))), ch.get())),
                            () -> f.ret(units.get()));
                    f.if_(eq(add(i32(0xDC00), and(cp.get(), i32(0x3FF))), ch.get()), () -> f.ret(add(units.get(), i32(1))));
                    f.set(units, add(units.get(), i32(2)));
                });
                f.br(top);
            });
            f.unreachable();
        });
        // Java's compareTo: the difference of the first differing UTF-16 units, else of the lengths.
        b.function("rt_str_compare", List.of(I32, I32), I32, f -> {
            Local a = f.param(0);
            Local c = f.param(1);
            Local k = f.local(I32);
            Local n = f.local(I32);
            Local ua = f.local(I32);
            Local uc = f.local(I32);
            f.set(n, ifElse(ltU(load32(a.get(), 0), load32(c.get(), 0)), load32(a.get(), 0), load32(c.get(), 0)));
            f.block(done -> f.loop(top -> {
                f.brIf(done, geU(k.get(), n.get()));
                f.brIf(done, ne(load8u(add(a.get(), k.get()), 4), load8u(add(c.get(), k.get()), 4)));
                f.set(k, add(k.get(), i32(1)));
                f.br(top);
            }));
            // Back to the start of the character the difference is in.
            f.block(done -> f.loop(top -> {
                f.brIf(done, eqz(k.get()));
                f.brIf(done, ne(and(load8u(add(a.get(), k.get()), 4), i32(0xC0)), i32(0x80)));
                f.set(k, sub(k.get(), i32(1)));
                f.br(top);
            }));
            f.if_(or(geU(k.get(), load32(a.get(), 0)), geU(k.get(), load32(c.get(), 0))),
                    () -> f.ret(sub(Runtime.strLength(a.get()), Runtime.strLength(c.get()))));
            f.set(ua, call("rt_utf8_cp", I32, add(add(a.get(), i32(4)), k.get())));
            f.set(uc, call("rt_utf8_cp", I32, add(add(c.get(), i32(4)), k.get())));
            // Supplementary characters compare by their surrogates: the high ones, then the low.
            Local ha = f.local(I32);
            Local hc = f.local(I32);
            f.set(ha, ifElse(geU(ua.get(), i32(0x10000)), add(i32(0xD800), Ir2.shrU(sub(ua.get(), i32(0x10000)), i32(10))), ua.get()));
            f.set(hc, ifElse(geU(uc.get(), i32(0x10000)), add(i32(0xD800), Ir2.shrU(sub(uc.get(), i32(0x10000)), i32(10))), uc.get()));
            f.if_(ne(ha.get(), hc.get()), () -> f.ret(sub(ha.get(), hc.get())));
            f.ret(sub(and(ua.get(), i32(0x3FF)), and(uc.get(), i32(0x3FF))));
        });
    }

    /** {@code new String(bytes, UTF_8)}: the bytes, with each malformed part replaced by U+FFFD as the JDK's decoder does. */
    static Expr utf8(Expr bytes) {
        return call("rt_utf8_fix", I32, bytes);
    }

    private static Expr cont(Expr b) {
        return eq(and(b, i32(0xC0)), i32(0x80));
    }

    /**
     * The JDK's replacement of malformed UTF-8 (String(byte[], UTF_8)): an invalid lead byte, a
     * sequence cut short by a byte that cannot continue it, an overlong form, a surrogate or a
     * value above U+10FFFF each become one U+FFFD, consuming the bytes the JDK consumes; a
     * sequence cut short by the end of the input becomes one U+FFFD. Valid input is returned as is.
     */
    private static void utf8Fix(IrBuilder b) {
        b.function("rt_utf8_fix", List.of(I32), I32, f -> {
            Local s = f.param(0);
            Local len = f.local(I32);
            Local i = f.local(I32);
            Local out = f.local(I32);
            Local q = f.local(I32);
            Local bad = f.local(I32);
            Local c = f.local(I32);
            Local rem = f.local(I32);
            Local b2 = f.local(I32);
            Local b3 = f.local(I32);
            Local b4 = f.local(I32);
            Local cp = f.local(I32);
            Local n = f.local(I32);
            f.set(len, load32(s.get(), 0));
            f.set(out, Runtime.strNew(mul(len.get(), i32(3))));
            f.set(q, add(out.get(), i32(4)));
            Runnable repl = () -> {
                f.store8(q.get(), 0, i32(0xEF));
                f.store8(q.get(), 1, i32(0xBF));
                f.store8(q.get(), 2, i32(0xBD));
                f.set(q, add(q.get(), i32(3)));
                f.set(bad, i32(1));
            };
            f.block(done -> f.loop(top -> {
                f.brIf(done, geU(i.get(), len.get()));
                f.set(c, load8u(add(s.get(), i.get()), 4));
                f.set(rem, sub(sub(len.get(), i.get()), i32(1)));
                f.set(b2, ifElse(gtS(rem.get(), i32(0)), load8u(add(s.get(), i.get()), 5), i32(0)));
                f.set(b3, ifElse(gtS(rem.get(), i32(1)), load8u(add(s.get(), i.get()), 6), i32(0)));
                f.set(b4, ifElse(gtS(rem.get(), i32(2)), load8u(add(s.get(), i.get()), 7), i32(0)));
                f.set(n, i32(0)); // bytes of a valid sequence to copy; 0: replaced (i already moved)
                f.ifElse(ltU(c.get(), i32(0x80)), () -> f.set(n, i32(1)), () -> {
                    f.ifElse(and(geU(c.get(), i32(0xC2)), ltU(c.get(), i32(0xE0))), () -> {
                        f.ifElse(and(gtS(rem.get(), i32(0)), cont(b2.get())), () -> f.set(n, i32(2)), () -> {
                            repl.run();
                            f.set(i, add(i.get(), i32(1)));
                        });
                    }, () -> f.ifElse(and(geU(c.get(), i32(0xE0)), ltU(c.get(), i32(0xF0))), () -> {
                        Expr overlongOrBad2 = or(and(eq(c.get(), i32(0xE0)), eq(and(b2.get(), i32(0xE0)), i32(0x80))), eqz(cont(b2.get())));
                        f.ifElse(gtS(rem.get(), i32(1)), () -> {
                            f.ifElse(overlongOrBad2, () -> {
                                repl.run();
                                f.set(i, add(i.get(), i32(1)));
                            }, () -> f.ifElse(eqz(cont(b3.get())), () -> {
                                repl.run();
                                f.set(i, add(i.get(), i32(2)));
                            }, () -> f.ifElse(and(eq(c.get(), i32(0xED)), geU(b2.get(), i32(0xA0))), () -> {
                                repl.run();
                                f.set(i, add(i.get(), i32(3)));
                            }, () -> f.set(n, i32(3)))));
                        }, () -> {
                            repl.run();
                            f.set(i, ifElse(and(eq(rem.get(), i32(1)), overlongOrBad2), add(i.get(), i32(1)), len.get()));
                        });
                    }, () -> f.ifElse(and(geU(c.get(), i32(0xF0)), ltU(c.get(), i32(0xF8))), () -> {
                        Expr bad2 = or(or(gtU(c.get(), i32(0xF4)), and(eq(c.get(), i32(0xF0)), or(ltU(b2.get(), i32(0x90)), gtU(b2.get(), i32(0xBF))))),
                                or(and(eq(c.get(), i32(0xF4)), ne(and(b2.get(), i32(0xF0)), i32(0x80))), eqz(cont(b2.get()))));
                        f.ifElse(gtS(rem.get(), i32(2)), () -> {
                            f.set(cp, or(or(shl(and(c.get(), i32(0x07)), i32(18)), shl(and(b2.get(), i32(0x3F)), i32(12))),
                                    or(shl(and(b3.get(), i32(0x3F)), i32(6)), and(b4.get(), i32(0x3F)))));
                            f.ifElse(or(or(eqz(cont(b2.get())), eqz(cont(b3.get()))), or(eqz(cont(b4.get())),
                                    or(ltU(cp.get(), i32(0x10000)), gtU(cp.get(), i32(0x10FFFF))))), () -> {
                                repl.run();
                                f.set(i, add(i.get(), ifElse(bad2, i32(1), ifElse(eqz(cont(b3.get())), i32(2), i32(3)))));
                            }, () -> f.set(n, i32(4)));
                        }, () -> {
                            repl.run();
                            f.set(i, ifElse(or(gtU(c.get(), i32(0xF4)), and(gtS(rem.get(), i32(0)), bad2)), add(i.get(), i32(1)),
                                    ifElse(and(gtS(rem.get(), i32(1)), eqz(cont(b3.get()))), add(i.get(), i32(2)), len.get())));
                        });
                    }, () -> {
                        repl.run();
                        f.set(i, add(i.get(), i32(1)));
                    })));
                });
                f.if_(n.get(), () -> {
                    f.eval(call("rt_memcpy", null, q.get(), add(add(s.get(), i32(4)), i.get()), n.get()));
                    f.set(q, add(q.get(), n.get()));
                    f.set(i, add(i.get(), n.get()));
                });
                f.br(top);
            }));
            f.if_(eqz(bad.get()), () -> f.ret(s.get()));
            f.store32(out.get(), 0, sub(q.get(), add(out.get(), i32(4))));
            f.ret(out.get());
        });
    }

    private static void bytes(IrBuilder b) {
        utf8Fix(b);
        b.function("rt_bytes_to_array", List.of(I32), I32, f -> {
            Local s = f.param(0);
            Local a = f.local(I32);
            Local i = f.local(I32);
            f.set(a, Runtime.arrayNew(load32(s.get(), 0), 4));
            f.block(done -> f.loop(top -> {
                f.brIf(done, geU(i.get(), load32(s.get(), 0)));
                f.store32(add(add(a.get(), i32(8)), mul(i.get(), i32(4))), 0,
                        new Expr.Unary(UnOp.I32_EXTEND8_S, load8u(add(s.get(), i.get()), 4)));
                f.set(i, add(i.get(), i32(1)));
                f.br(top);
            }));
            f.ret(a.get());
        });
        b.function("rt_array_to_bytes", List.of(I32), I32, f -> {
            Local a = f.param(0);
            Local s = f.local(I32);
            Local i = f.local(I32);
            f.set(s, Runtime.strNew(load32(a.get(), 0)));
            f.block(done -> f.loop(top -> {
                f.brIf(done, geU(i.get(), load32(a.get(), 0)));
                f.store8(add(s.get(), i.get()), 4, load32(add(add(a.get(), i32(8)), mul(i.get(), i32(4))), 0));
                f.set(i, add(i.get(), i32(1)));
                f.br(top);
            }));
            f.ret(s.get());
        });
    }

    /** The SDK's Gas: an 8-byte cell; negative amounts underflow, as Gas.ofGas/tgas check. */
    private static void gas(IrBuilder b) {
        b.function("rt_gas_of", List.of(I64), I32, f -> {
            Local g = f.local(I32);
            f.if_(ltS(f.param(0).get(), i64(0)), () -> f.eval(Runtime.panic(str("integer underflow"))));
            f.set(g, Runtime.alloc(i32(8)));
            f.store64(g.get(), 0, f.param(0).get());
            f.ret(g.get());
        });
        b.function("rt_gas_tgas", List.of(I64), I32, f -> {
            f.if_(ltS(f.param(0).get(), i64(0)), () -> f.eval(Runtime.panic(str("integer underflow"))));
            f.if_(gtS(f.param(0).get(), i64(Long.MAX_VALUE / 1_000_000_000_000L)), () -> f.eval(Runtime.panic(str("integer overflow"))));
            f.ret(call("rt_gas_of", I32, mul(f.param(0).get(), i64(1_000_000_000_000L))));
        });
        b.function("rt_gas_add", List.of(I32, I32), I32, f -> {
            Local r = f.local(I64);
            f.set(r, add(load64(f.param(0).get(), 0), load64(f.param(1).get(), 0)));
            f.if_(ltS(r.get(), i64(0)), () -> f.eval(Runtime.panic(str("integer overflow"))));
            f.ret(call("rt_gas_of", I32, r.get()));
        });
        b.function("rt_gas_sub", List.of(I32, I32), I32, f -> {
            f.if_(gtS(load64(f.param(1).get(), 0), load64(f.param(0).get(), 0)), () -> f.eval(Runtime.panic(str("integer underflow"))));
            f.ret(call("rt_gas_of", I32, sub(load64(f.param(0).get(), 0), load64(f.param(1).get(), 0))));
        });
        b.function("rt_gas_cmp", List.of(I32, I32), I32, f -> {
            Local x = f.local(I64);
            Local y = f.local(I64);
            f.set(x, load64(f.param(0).get(), 0));
            f.set(y, load64(f.param(1).get(), 0));
            f.ret(sub(gtS(x.get(), y.get()), ltS(x.get(), y.get())));
        });
        b.function("rt_gas_eq", List.of(I32, I32), I32, f -> {
            f.if_(eqz(f.param(1).get()), () -> f.ret(i32(0)));
            f.ret(eq(load64(f.param(0).get(), 0), load64(f.param(1).get(), 0)));
        });
    }

    /** Operators the static imports above do not cover. */
    private static final class Ir2 {
        static Expr shrU(Expr a, Expr b) {
            return dev.aidev.compiler.ir.Ir.shrU(a, b);
        }
    }
}
