package dev.aidev.compiler.lower;

import static dev.aidev.compiler.ir.Ir.add;
import static dev.aidev.compiler.ir.Ir.call;
import static dev.aidev.compiler.ir.Ir.divU;
import static dev.aidev.compiler.ir.Ir.eq;
import static dev.aidev.compiler.ir.Ir.eqz;
import static dev.aidev.compiler.ir.Ir.extendU;
import static dev.aidev.compiler.ir.Ir.geU;
import static dev.aidev.compiler.ir.Ir.i32;
import static dev.aidev.compiler.ir.Ir.ifElse;
import static dev.aidev.compiler.ir.Ir.load32;
import static dev.aidev.compiler.ir.Ir.load8u;
import static dev.aidev.compiler.ir.Ir.ltU;
import static dev.aidev.compiler.ir.Ir.mul;
import static dev.aidev.compiler.ir.Ir.ne;
import static dev.aidev.compiler.ir.Ir.remU;
import static dev.aidev.compiler.ir.Ir.shrU;
import static dev.aidev.compiler.ir.Ir.str;
import static dev.aidev.compiler.ir.Ir.sub;
import static dev.aidev.compiler.ir.Type.I32;

import dev.aidev.compiler.ir.Expr;
import dev.aidev.compiler.ir.FunctionBuilder;
import dev.aidev.compiler.ir.IrBuilder;
import dev.aidev.compiler.ir.Local;
import java.util.List;

/**
 * The SDK's {@code PublicKey}. A key is held as a byte string {@code [u32 length][curve][key]}:
 * its Borsh bytes (nearcore's layout: the curve as u8, 0 ed25519 with 32 key bytes, 1 secp256k1
 * with 64), which is also what the host's {@code signer_account_pk} writes and what the
 * {@code promise_batch_action_*} key functions take. So {@code equals} is the strings' byte
 * comparison, Borsh writing copies the bytes without a length, and only JSON, {@code toString}
 * (the text {@code ed25519:<base58>}) and reading need code of their own. The panics carry the
 * SDK's texts ({@code Invalid public key: ...}).
 */
final class PublicKeys {
    private PublicKeys() {}

    static final String TYPE = "dev.aidev.sdk.PublicKey";
    /** {@code PublicKey.Curve}: an enum constant as any other, its ordinal + 1. */
    static final String CURVE = TYPE + ".Curve";

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String[] CURVES = {"ed25519", "secp256k1"};

    /** {@code PublicKey.parse(s)}: s must not be null; a bad text panics with the SDK's reason. */
    static Expr parse(Expr s) {
        return call("rt_pk_parse", I32, s, i32(0));
    }

    /** A JSON string's key; any problem is near-sdk-rs's JSON error, as the SDK's reader reports it. */
    static Expr jsonRead(Expr pos) {
        return call("rt_pk_parse", I32, Runtime.jsonReadStr(pos), str(Runtime.JSON_ERROR));
    }

    /** {@code PublicKey.of(curve, key)}: curve is the ordinal (0, 1), key a byte string. */
    static Expr of(Expr curve, Expr key) {
        return call("rt_pk_of", I32, curve, key, i32(0));
    }

    /** {@code PublicKey.fromBytes(bytes)}: the curve byte, then the key (a byte string). */
    static Expr fromBytes(Expr bytes) {
        return call("rt_pk_from_bytes", I32, bytes);
    }

    /** {@code toString()}: {@code ed25519:<base58 of the key>}; k must not be null. */
    static Expr toStr(Expr k) {
        return call("rt_pk_to_str", I32, k);
    }

    /** {@code key()}: the key bytes without the curve, as a new byte string. */
    static Expr keyBytes(Expr k) {
        return call("rt_pk_key", I32, k);
    }

    /** Reads a key from the Borsh cursor: the curve byte, then 32 or 64 bytes. */
    static Expr borshRead() {
        return call("rt_rd_pk", I32);
    }

    static void install(IrBuilder b) {
        installSlice(b);
        b.function("rt_b58_encode", List.of(I32, I32), I32, PublicKeys::base58Encode);
        b.function("rt_b58_decode", List.of(I32, I32, I32), I32, PublicKeys::base58Decode);
        // (curve, key bytes, error): the key object, else the SDK's length panic (or error when not 0).
        b.function("rt_pk_of", List.of(I32, I32, I32), I32, f -> {
            Local curve = f.param(0);
            Local key = f.param(1);
            Local need = f.local(I32);
            Local k = f.local(I32);
            f.set(need, ifElse(curve.get(), i32(64), i32(32)));
            f.if_(ne(load32(key.get(), 0), need.get()), () -> {
                f.if_(f.param(2).get(), () -> f.eval(Runtime.panic(f.param(2).get())));
                f.eval(Runtime.panic(concat(str("Invalid public key: "), curveName(curve.get()), str(" needs "),
                        Runtime.i64ToStr(extendU(need.get())), str(" bytes, got "), Runtime.i64ToStr(extendU(load32(key.get(), 0))))));
            });
            f.set(k, Runtime.strNew(add(need.get(), i32(1))));
            f.store8(k.get(), 4, curve.get());
            f.eval(call("rt_memcpy", null, add(k.get(), i32(5)), add(key.get(), i32(4)), need.get()));
            f.ret(k.get());
        });
        // (text, error): PublicKey.parse; a missing prefix means ed25519, as in the SDK.
        b.function("rt_pk_parse", List.of(I32, I32), I32, f -> {
            Local s = f.param(0);
            Local err = f.param(1);
            Local n = f.local(I32);
            Local colon = f.local(I32);
            Local curve = f.local(I32);
            Local name = f.local(I32);
            f.set(n, load32(s.get(), 0));
            f.block(found -> f.loop(top -> {
                f.brIf(found, geU(colon.get(), n.get()));
                f.brIf(found, eq(load8u(add(s.get(), colon.get()), 4), i32(':')));
                f.set(colon, add(colon.get(), i32(1)));
                f.br(top);
            }));
            f.ifElse(eq(colon.get(), n.get()), () -> f.set(colon, i32(-1)), () -> {
                f.set(name, sliceOf(s.get(), i32(0), colon.get()));
                f.ifElse(Runtime.strEq(name.get(), str(CURVES[1])), () -> f.set(curve, i32(1)), () -> {
                    f.if_(eqz(Runtime.strEq(name.get(), str(CURVES[0]))), () -> {
                        f.if_(err.get(), () -> f.eval(Runtime.panic(err.get())));
                        f.eval(Runtime.panic(Runtime.concat(str("Invalid public key: unknown curve "), name.get())));
                    });
                });
            });
            f.ret(call("rt_pk_of", I32, curve.get(),
                    call("rt_b58_decode", I32, s.get(), add(colon.get(), i32(1)), err.get()), err.get()));
        });
        b.function("rt_pk_from_bytes", List.of(I32), I32, f -> {
            Local bytes = f.param(0);
            f.if_(eqz(load32(bytes.get(), 0)), () -> f.eval(Runtime.panic(str("Invalid public key: unknown curve"))));
            f.if_(geU(load8u(bytes.get(), 4), i32(CURVES.length)), () -> f.eval(Runtime.panic(str("Invalid public key: unknown curve"))));
            f.ret(call("rt_pk_of", I32, load8u(bytes.get(), 4), sliceOf(bytes.get(), i32(1), load32(bytes.get(), 0)), i32(0)));
        });
        b.function("rt_pk_key", List.of(I32), I32, f -> f.ret(sliceOf(f.param(0).get(), i32(1), load32(f.param(0).get(), 0))));
        b.function("rt_pk_to_str", List.of(I32), I32, f -> {
            Local k = f.param(0);
            f.ret(Runtime.concat(Runtime.concat(curveName(load8u(k.get(), 4)), str(":")),
                    call("rt_b58_encode", I32, add(k.get(), i32(5)), sub(load32(k.get(), 0), i32(1)))));
        });
        b.function("rt_rd_pk", List.of(), I32, f -> {
            Local curve = f.local(I32);
            Local n = f.local(I32);
            Local k = f.local(I32);
            f.set(curve, Runtime.rd("ord", I32));
            f.if_(geU(curve.get(), i32(CURVES.length)), () -> f.eval(Runtime.panic(Runtime.concat(
                    str("Cannot deserialize value with Borsh: unknown curve "), Runtime.i64ToStr(extendU(curve.get()))))));
            f.set(n, ifElse(curve.get(), i32(64), i32(32)));
            f.set(k, Runtime.strNew(add(n.get(), i32(1))));
            f.store8(k.get(), 4, curve.get());
            f.eval(call("rt_memcpy", null, add(k.get(), i32(5)), call("rt_rd_take", I32, n.get()), n.get()));
            f.ret(k.get());
        });
    }

    /**
     * (address, length): the base58 text of the bytes, Bitcoin's alphabet; each leading zero byte
     * is a '1', as the SDK's BigInteger conversion writes it.
     */
    private static void base58Encode(FunctionBuilder f) {
        Local src = f.param(0);
        Local n = f.param(1);
        Local digits = f.local(I32); // base-58 digits, least significant first
        Local count = f.local(I32);
        Local i = f.local(I32);
        Local j = f.local(I32);
        Local carry = f.local(I32);
        Local zeros = f.local(I32);
        Local out = f.local(I32);
        // log(256)/log(58) < 1.37: 138/100 digits per byte are enough.
        f.set(digits, Runtime.alloc(add(divU(mul(n.get(), i32(138)), i32(100)), i32(1))));
        f.block(done -> f.loop(top -> {
            f.brIf(done, geU(i.get(), n.get()));
            f.set(carry, load8u(add(src.get(), i.get()), 0));
            f.set(j, i32(0));
            f.block(inner -> f.loop(next -> {
                f.brIf(inner, geU(j.get(), count.get()));
                f.set(carry, add(carry.get(), mul(load8u(add(digits.get(), j.get()), 0), i32(256))));
                f.store8(add(digits.get(), j.get()), 0, remU(carry.get(), i32(58)));
                f.set(carry, divU(carry.get(), i32(58)));
                f.set(j, add(j.get(), i32(1)));
                f.br(next);
            }));
            f.block(inner -> f.loop(next -> {
                f.brIf(inner, eqz(carry.get()));
                f.store8(add(digits.get(), count.get()), 0, remU(carry.get(), i32(58)));
                f.set(count, add(count.get(), i32(1)));
                f.set(carry, divU(carry.get(), i32(58)));
                f.br(next);
            }));
            f.set(i, add(i.get(), i32(1)));
            f.br(top);
        }));
        f.block(done -> f.loop(top -> {
            f.brIf(done, geU(zeros.get(), n.get()));
            f.brIf(done, load8u(add(src.get(), zeros.get()), 0));
            f.set(zeros, add(zeros.get(), i32(1)));
            f.br(top);
        }));
        f.set(out, Runtime.strNew(add(zeros.get(), count.get())));
        f.set(i, i32(0));
        f.block(done -> f.loop(top -> {
            f.brIf(done, geU(i.get(), zeros.get()));
            f.store8(add(out.get(), i.get()), 4, i32('1'));
            f.set(i, add(i.get(), i32(1)));
            f.br(top);
        }));
        f.set(j, i32(0));
        f.block(done -> f.loop(top -> {
            f.brIf(done, geU(j.get(), count.get()));
            f.store8(add(add(out.get(), zeros.get()), j.get()), 4,
                    load8u(add(str(ALPHABET), load8u(add(digits.get(), sub(sub(count.get(), j.get()), i32(1))), 0)), 4));
            f.set(j, add(j.get(), i32(1)));
            f.br(top);
        }));
        f.ret(out.get());
    }

    /**
     * (text, from, error): the bytes the base58 text from byte {@code from} on stands for; a
     * character outside the alphabet panics with the SDK's text naming it (or error when not 0).
     */
    private static void base58Decode(FunctionBuilder f) {
        Local s = f.param(0);
        Local from = f.param(1);
        Local err = f.param(2);
        Local n = f.local(I32);
        Local bytes = f.local(I32); // the value's bytes, least significant first
        Local count = f.local(I32);
        Local i = f.local(I32);
        Local j = f.local(I32);
        Local c = f.local(I32);
        Local digit = f.local(I32);
        Local carry = f.local(I32);
        Local zeros = f.local(I32);
        Local out = f.local(I32);
        f.set(n, load32(s.get(), 0));
        f.set(bytes, Runtime.alloc(add(n.get(), i32(1))));
        f.set(i, from.get());
        f.block(done -> f.loop(top -> {
            f.brIf(done, geU(i.get(), n.get()));
            f.set(c, load8u(add(s.get(), i.get()), 4));
            f.set(digit, i32(0));
            f.block(found -> f.loop(next -> {
                f.brIf(found, eq(digit.get(), i32(ALPHABET.length())));
                f.brIf(found, eq(load8u(add(str(ALPHABET), digit.get()), 4), c.get()));
                f.set(digit, add(digit.get(), i32(1)));
                f.br(next);
            }));
            f.if_(eq(digit.get(), i32(ALPHABET.length())), () -> {
                f.if_(err.get(), () -> f.eval(Runtime.panic(err.get())));
                // The character as Java's charAt shows it: the whole UTF-8 sequence at i.
                Expr len = ifElse(ltU(c.get(), i32(0x80)), i32(1), ifElse(ltU(c.get(), i32(0xE0)), i32(2),
                        ifElse(ltU(c.get(), i32(0xF0)), i32(3), i32(4))));
                f.eval(Runtime.panic(concat(str("Invalid public key: bad base58 character '"),
                        sliceOf(s.get(), i.get(), add(i.get(), len)), str("'"))));
            });
            f.set(carry, digit.get());
            f.set(j, i32(0));
            f.block(inner -> f.loop(next -> {
                f.brIf(inner, geU(j.get(), count.get()));
                f.set(carry, add(carry.get(), mul(load8u(add(bytes.get(), j.get()), 0), i32(58))));
                f.store8(add(bytes.get(), j.get()), 0, carry.get());
                f.set(carry, shrU(carry.get(), i32(8)));
                f.set(j, add(j.get(), i32(1)));
                f.br(next);
            }));
            f.block(inner -> f.loop(next -> {
                f.brIf(inner, eqz(carry.get()));
                f.store8(add(bytes.get(), count.get()), 0, carry.get());
                f.set(count, add(count.get(), i32(1)));
                f.set(carry, shrU(carry.get(), i32(8)));
                f.br(next);
            }));
            f.set(i, add(i.get(), i32(1)));
            f.br(top);
        }));
        // Each leading '1' is a zero byte.
        f.block(done -> f.loop(top -> {
            f.brIf(done, geU(add(from.get(), zeros.get()), n.get()));
            f.brIf(done, ne(load8u(add(add(s.get(), from.get()), zeros.get()), 4), i32('1')));
            f.set(zeros, add(zeros.get(), i32(1)));
            f.br(top);
        }));
        f.set(out, Runtime.strNew(add(zeros.get(), count.get())));
        f.set(j, i32(0));
        f.block(done -> f.loop(top -> {
            f.brIf(done, geU(j.get(), count.get()));
            f.store8(add(add(out.get(), zeros.get()), j.get()), 4, load8u(add(bytes.get(), sub(sub(count.get(), j.get()), i32(1))), 0));
            f.set(j, add(j.get(), i32(1)));
            f.br(top);
        }));
        f.ret(out.get());
    }

    /** The curve's name, as the SDK's prefix: ed25519 for 0, secp256k1 for 1. */
    private static Expr curveName(Expr curve) {
        return ifElse(curve, str(CURVES[1]), str(CURVES[0]));
    }

    /** Bytes [from, to) of a byte string, as a new byte string (to is clamped to the length). */
    private static Expr sliceOf(Expr s, Expr from, Expr to) {
        return call("rt_pk_slice", I32, s, from, to);
    }

    private static void installSlice(IrBuilder b) {
        b.function("rt_pk_slice", List.of(I32, I32, I32), I32, f -> {
            Local s = f.param(0);
            Local to = f.local(I32);
            Local r = f.local(I32);
            f.set(to, f.param(2).get());
            f.if_(ltU(load32(s.get(), 0), to.get()), () -> f.set(to, load32(s.get(), 0)));
            f.set(r, Runtime.strNew(sub(to.get(), f.param(1).get())));
            f.eval(call("rt_memcpy", null, add(r.get(), i32(4)), add(add(s.get(), i32(4)), f.param(1).get()), sub(to.get(), f.param(1).get())));
            f.ret(r.get());
        });
    }

    private static Expr concat(Expr... parts) {
        Expr r = parts[0];
        for (int i = 1; i < parts.length; i++) {
            r = Runtime.concat(r, parts[i]);
        }
        return r;
    }
}
