package dev.aidev.compiler.lower;

import static dev.aidev.compiler.ir.Ir.add;
import static dev.aidev.compiler.ir.Ir.and;
import static dev.aidev.compiler.ir.Ir.eq;
import static dev.aidev.compiler.ir.Ir.geU;
import static dev.aidev.compiler.ir.Ir.gtU;
import static dev.aidev.compiler.ir.Ir.leU;
import static dev.aidev.compiler.ir.Ir.ltU;
import static dev.aidev.compiler.ir.Ir.call;
import static dev.aidev.compiler.ir.Ir.eqz;
import static dev.aidev.compiler.ir.Ir.extendU;
import static dev.aidev.compiler.ir.Ir.host;
import static dev.aidev.compiler.ir.Ir.i32;
import static dev.aidev.compiler.ir.Ir.i64;
import static dev.aidev.compiler.ir.Ir.load32;
import static dev.aidev.compiler.ir.Ir.load64;
import static dev.aidev.compiler.ir.Ir.load8u;
import static dev.aidev.compiler.ir.Ir.ltS;
import static dev.aidev.compiler.ir.Ir.ne;
import static dev.aidev.compiler.ir.Ir.or;
import static dev.aidev.compiler.ir.Ir.shl;
import static dev.aidev.compiler.ir.Ir.str;
import static dev.aidev.compiler.ir.Ir.sub;
import static dev.aidev.compiler.ir.Ir.xor;
import static dev.aidev.compiler.ir.Type.I32;
import static dev.aidev.compiler.ir.Type.I64;

import dev.aidev.compiler.ir.Expr;
import dev.aidev.compiler.ir.IrBuilder;
import dev.aidev.compiler.ir.Local;

/**
 * Byte arrays as values: {@code String.getBytes(UTF_8)}, {@code Env.valueReturn(byte[])}, and
 * {@code U128.toLongExact()}. A {@code byte[]} is an array of 4-byte slots holding each byte
 * sign-extended (see {@link ValueKind#ARRAY}); strings are {@code [u32 len][UTF-8 bytes]}.
 */
final class Bytes {
    private Bytes() {}

    /** {@code s.getBytes(StandardCharsets.UTF_8)}: a new byte[] of the string's UTF-8 bytes. */
    static Expr strBytes(Expr s) {
        return call("rt_str_bytes", I32, s);
    }

    /** {@code Env.valueReturn(bytes)}: the array's bytes as the call's result; null panics at {@code loc}. */
    static Expr valueReturn(Expr bytes, Expr loc) {
        return call("rt_value_return_bytes", null, Runtime.nonNull(bytes, loc));
    }

    /** A byte[] packed as [u32 n][n bytes]. */
    static Expr pack(Expr bytes) {
        return call("rt_bytes_pack", I32, bytes);
    }

    /** [u32 n][n bytes] as a new byte[]. */
    static Expr unpack(Expr packed) {
        return call("rt_bytes_unpack", I32, packed);
    }

    /** {@code U128.toLongExact()}: the value as a long, else the SDK's {@code integer overflow} panic. */
    static Expr u128ToLongExact(Expr v) {
        return call("rt_u128_to_long_exact", I64, v);
    }

    /** {@code U128.toLittleEndian()}: a new byte[16]. */
    static Expr u128ToLittleEndian(Expr v) {
        return call("rt_u128_to_le", I32, v);
    }

    /** {@code U128.fromLittleEndian(bytes)}: the SDK's panic unless there are exactly 16 bytes. */
    static Expr u128FromLittleEndian(Expr bytes) {
        return call("rt_u128_from_le", I32, bytes);
    }

    /** {@code new String(bytes, StandardCharsets.UTF_8)}: malformed input becomes U+FFFD as the JDK's decoder does. */
    static Expr bytesToStr(Expr bytes) {
        return call("rt_bytes_to_str", I32, bytes);
    }

    private static Expr isCont(Expr b) {
        return eq(and(b, i32(0xC0)), i32(0x80));
    }

    private static Expr notCont(Expr b) {
        return ne(and(b, i32(0xC0)), i32(0x80));
    }

    private static Expr ifElseI(Expr cond, int then, int otherwise) {
        return dev.aidev.compiler.ir.Ir.ifElse(cond, i32(then), i32(otherwise));
    }

    private static Expr in(Expr b, int lo, int hi) {
        return and(geU(b, i32(lo)), leU(b, i32(hi)));
    }

    static void install(IrBuilder b) {
        // The JDK 17 UTF-8 decoder (String's decodeUTF8_UTF16), one replacement per malformed
        // subsequence, with the same lengths; valid sequences are copied as they are.
        b.function("rt_bytes_to_str", java.util.List.of(I32), I32, f -> {
            Local a = f.param(0);
            Local n = f.local(I32);
            Local out = f.local(I32);
            Local sp = f.local(I32);
            Local dp = f.local(I32);
            Local b1 = f.local(I32);
            Local b2 = f.local(I32);
            Local b3 = f.local(I32);
            Local b4 = f.local(I32);
            Local k = f.local(I32);
            java.util.function.Function<Expr, Expr> at = i -> and(load32(add(a.get(), shl(i, i32(2))), 8), i32(0xFF));
            java.util.function.Consumer<Expr> put = v -> {
                f.store8(add(out.get(), dp.get()), 4, v);
                f.set(dp, add(dp.get(), i32(1)));
            };
            Runnable repl = () -> {
                put.accept(i32(0xEF));
                put.accept(i32(0xBF));
                put.accept(i32(0xBD));
            };
            f.set(n, load32(a.get(), 0));
            f.set(out, Runtime.strNew(add(dp.get(), sub(shl(n.get(), i32(2)), n.get()))));
            f.block(brk -> f.loop(top -> {
                f.brIf(brk, geU(sp.get(), n.get()));
                f.block(next -> {
                    f.set(b1, at.apply(sp.get()));
                    f.set(sp, add(sp.get(), i32(1)));
                    f.if_(ltU(b1.get(), i32(0x80)), () -> {
                        put.accept(b1.get());
                        f.br(next);
                    });
                    f.if_(in(b1.get(), 0xC2, 0xDF), () -> {
                        f.if_(ltU(sp.get(), n.get()), () -> {
                            f.set(b2, at.apply(sp.get()));
                            f.ifElse(isCont(b2.get()), () -> {
                                put.accept(b1.get());
                                put.accept(b2.get());
                                f.set(sp, add(sp.get(), i32(1)));
                            }, repl);
                            f.br(next);
                        });
                        repl.run();
                        f.br(brk);
                    });
                    f.if_(in(b1.get(), 0xE0, 0xEF), () -> {
                        f.if_(ltU(add(sp.get(), i32(1)), n.get()), () -> {
                            f.set(b2, at.apply(sp.get()));
                            f.set(b3, at.apply(add(sp.get(), i32(1))));
                            Expr first = or(and(eq(b1.get(), i32(0xE0)), eq(and(b2.get(), i32(0xE0)), i32(0x80))), notCont(b2.get()));
                            f.if_(or(first, notCont(b3.get())), () -> {
                                repl.run();
                                f.if_(eqz(or(and(eq(b1.get(), i32(0xE0)), eq(and(b2.get(), i32(0xE0)), i32(0x80))), notCont(b2.get()))),
                                        () -> f.set(sp, add(sp.get(), i32(1))));
                                f.br(next);
                            });
                            f.ifElse(and(eq(b1.get(), i32(0xED)), geU(b2.get(), i32(0xA0))), repl, () -> {
                                put.accept(b1.get());
                                put.accept(b2.get());
                                put.accept(b3.get());
                            });
                            f.set(sp, add(sp.get(), i32(2)));
                            f.br(next);
                        });
                        f.if_(ltU(sp.get(), n.get()), () -> {
                            f.set(b2, at.apply(sp.get()));
                            f.if_(or(and(eq(b1.get(), i32(0xE0)), eq(and(b2.get(), i32(0xE0)), i32(0x80))), notCont(b2.get())), () -> {
                                repl.run();
                                f.br(next);
                            });
                        });
                        repl.run();
                        f.br(brk);
                    });
                    f.if_(in(b1.get(), 0xF0, 0xF7), () -> {
                        f.if_(ltU(add(sp.get(), i32(2)), n.get()), () -> {
                            f.set(b2, at.apply(sp.get()));
                            f.set(b3, at.apply(add(sp.get(), i32(1))));
                            f.set(b4, at.apply(add(sp.get(), i32(2))));
                            // malformed4's length: 1 unless b1 and b2 start a valid sequence.
                            f.set(k, or(or(gtU(b1.get(), i32(0xF4)), and(eq(b1.get(), i32(0xF0)), ltU(b2.get(), i32(0x90)))),
                                    or(and(eq(b1.get(), i32(0xF4)), ne(and(b2.get(), i32(0xF0)), i32(0x80))), notCont(b2.get()))));
                            f.if_(or(k.get(), or(notCont(b3.get()), notCont(b4.get()))), () -> {
                                repl.run();
                                f.if_(eqz(k.get()), () -> f.set(sp, add(sp.get(), ifElseI(notCont(b3.get()), 1, 2))));
                                f.br(next);
                            });
                            put.accept(b1.get());
                            put.accept(b2.get());
                            put.accept(b3.get());
                            put.accept(b4.get());
                            f.set(sp, add(sp.get(), i32(3)));
                            f.br(next);
                        });
                        f.if_(gtU(b1.get(), i32(0xF4)), () -> {
                            repl.run();
                            f.br(next);
                        });
                        f.if_(ltU(sp.get(), n.get()), () -> {
                            f.set(b2, at.apply(sp.get()));
                            f.if_(or(or(and(eq(b1.get(), i32(0xF0)), ltU(b2.get(), i32(0x90))),
                                    and(eq(b1.get(), i32(0xF4)), ne(and(b2.get(), i32(0xF0)), i32(0x80)))), notCont(b2.get())), () -> {
                                repl.run();
                                f.br(next);
                            });
                        });
                        f.set(sp, add(sp.get(), i32(1)));
                        f.if_(ltU(sp.get(), n.get()), () -> f.if_(notCont(at.apply(sp.get())), () -> {
                            repl.run();
                            f.br(next);
                        }));
                        repl.run();
                        f.br(brk);
                    });
                    repl.run();
                });
                f.br(top);
            }));
            f.store32(out.get(), 0, dp.get());
            f.ret(out.get());
        });
        b.function("rt_u128_to_le", java.util.List.of(I32), I32, f -> {
            Local v = f.param(0);
            Local a = f.local(I32);
            Local i = f.local(I32);
            f.set(a, Runtime.arrayNew(i32(16), 4));
            f.block(done -> f.loop(top -> {
                f.brIf(done, eqz(ne(i.get(), i32(16))));
                f.store32(add(a.get(), shl(i.get(), i32(2))), 8,
                        sub(xor(load8u(add(v.get(), i.get()), 0), i32(0x80)), i32(0x80)));
                f.set(i, add(i.get(), i32(1)));
                f.br(top);
            }));
            f.ret(a.get());
        });
        b.function("rt_u128_from_le", java.util.List.of(I32), I32, f -> {
            Local a = f.param(0);
            Local v = f.local(I32);
            Local i = f.local(I32);
            f.if_(ne(load32(a.get(), 0), i32(16)), () -> f.eval(Runtime.panic(Runtime.concat(str("U128 needs 16 bytes, got "),
                    Runtime.i64ToStr(dev.aidev.compiler.ir.Ir.extendS(load32(a.get(), 0)))))));
            f.set(v, Runtime.alloc(i32(16)));
            f.block(done -> f.loop(top -> {
                f.brIf(done, eqz(ne(i.get(), i32(16))));
                f.store8(add(v.get(), i.get()), 0, load32(add(a.get(), shl(i.get(), i32(2))), 8));
                f.set(i, add(i.get(), i32(1)));
                f.br(top);
            }));
            f.ret(v.get());
        });
        b.function("rt_str_bytes", java.util.List.of(I32), I32, f -> f.ret(unpack(Runtime.utf8Out(f.param(0).get()))));
        // [u32 n][n bytes] (a string's or a register's layout) as a new byte[].
        b.function("rt_bytes_unpack", java.util.List.of(I32), I32, f -> {
            Local s = f.param(0);
            Local n = f.local(I32);
            Local a = f.local(I32);
            Local i = f.local(I32);
            f.set(n, load32(s.get(), 0));
            f.set(a, Runtime.arrayNew(n.get(), 4));
            f.block(done -> f.loop(top -> {
                f.brIf(done, eqz(ne(i.get(), n.get())));
                // (b ^ 0x80) - 0x80 sign-extends the byte, as Java's byte holds it.
                f.store32(add(a.get(), shl(i.get(), i32(2))), 8,
                        sub(xor(load8u(add(s.get(), i.get()), 4), i32(0x80)), i32(0x80)));
                f.set(i, add(i.get(), i32(1)));
                f.br(top);
            }));
            f.ret(a.get());
        });
        // A byte[] (one element per 4-byte slot) as [u32 n][n bytes], what the host functions read.
        b.function("rt_bytes_pack", java.util.List.of(I32), I32, f -> {
            Local a = f.param(0);
            Local n = f.local(I32);
            Local out = f.local(I32);
            Local i = f.local(I32);
            f.set(n, load32(a.get(), 0));
            f.set(out, Runtime.alloc(add(n.get(), i32(4))));
            f.store32(out.get(), 0, n.get());
            f.block(done -> f.loop(top -> {
                f.brIf(done, eqz(ne(i.get(), n.get())));
                f.store8(add(out.get(), i.get()), 4, load32(add(a.get(), shl(i.get(), i32(2))), 8));
                f.set(i, add(i.get(), i32(1)));
                f.br(top);
            }));
            f.ret(out.get());
        });
        b.function("rt_value_return_bytes", java.util.List.of(I32), null, f -> {
            Local out = f.local(I32);
            f.set(out, pack(f.param(0).get()));
            f.eval(host("value_return", extendU(load32(out.get(), 0)), extendU(add(out.get(), i32(4)))));
        });
        // Env.sha256/keccak256/keccak512(bytes): the host writes the digest to register 0.
        for (String hash : java.util.List.of("sha256", "keccak256", "keccak512")) {
            b.function("rt_" + hash, java.util.List.of(I32), I32, f -> {
                Local in = f.local(I32);
                f.set(in, pack(f.param(0).get()));
                f.eval(host(hash, extendU(load32(in.get(), 0)), extendU(add(in.get(), i32(4))), i64(0)));
                f.ret(unpack(Runtime.registerBytes(i64(0))));
            });
        }
        // Env.ed25519Verify(signature, message, publicKey): nearcore checks the lengths (64, 32).
        b.function("rt_ed25519_verify", java.util.List.of(I32, I32, I32), I32, f -> {
            Local sig = f.local(I32);
            Local msg = f.local(I32);
            Local pk = f.local(I32);
            f.set(sig, pack(f.param(0).get()));
            f.set(msg, pack(f.param(1).get()));
            f.set(pk, pack(f.param(2).get()));
            f.ret(ne(host("ed25519_verify", extendU(load32(sig.get(), 0)), extendU(add(sig.get(), i32(4))),
                    extendU(load32(msg.get(), 0)), extendU(add(msg.get(), i32(4))),
                    extendU(load32(pk.get(), 0)), extendU(add(pk.get(), i32(4)))), i64(0)));
        });
        // Env.storageRead(key): the value's bytes, or null when the key has none.
        b.function("rt_storage_read_bytes", java.util.List.of(I32), I32, f -> {
            Local k = f.local(I32);
            f.set(k, pack(f.param(0).get()));
            f.if_(eqz(host("storage_read", extendU(load32(k.get(), 0)), extendU(add(k.get(), i32(4))), i64(0))), () -> f.ret(i32(0)));
            f.ret(unpack(Runtime.registerBytes(i64(0))));
        });
        // Env.storageWrite(key, value): true when it replaced a value (nearcore's return, the old value in register 0).
        b.function("rt_storage_write_bytes", java.util.List.of(I32, I32), I32, f -> {
            Local k = f.local(I32);
            Local v = f.local(I32);
            f.set(k, pack(f.param(0).get()));
            f.set(v, pack(f.param(1).get()));
            f.ret(ne(host("storage_write", extendU(load32(k.get(), 0)), extendU(add(k.get(), i32(4))),
                    extendU(load32(v.get(), 0)), extendU(add(v.get(), i32(4))), i64(0)), i64(0)));
        });
        b.function("rt_storage_remove_bytes", java.util.List.of(I32), I32, f -> {
            Local k = f.local(I32);
            f.set(k, pack(f.param(0).get()));
            f.ret(ne(host("storage_remove", extendU(load32(k.get(), 0)), extendU(add(k.get(), i32(4))), i64(0)), i64(0)));
        });
        b.function("rt_storage_has_key_bytes", java.util.List.of(I32), I32, f -> {
            Local k = f.local(I32);
            f.set(k, pack(f.param(0).get()));
            f.ret(ne(host("storage_has_key", extendU(load32(k.get(), 0)), extendU(add(k.get(), i32(4)))), i64(0)));
        });
        b.function("rt_u128_to_long_exact", java.util.List.of(I32), I64, f -> {
            Local v = f.param(0);
            f.if_(or(ne(load64(v.get(), 8), i64(0)), ltS(load64(v.get(), 0), i64(0))),
                    () -> f.eval(Runtime.panic(str("integer overflow"))));
            f.ret(load64(v.get(), 0));
        });
    }
}
