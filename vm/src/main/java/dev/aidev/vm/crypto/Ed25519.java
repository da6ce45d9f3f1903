package dev.aidev.vm.crypto;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Ed25519 signature verification with the semantics of NEAR's {@code ed25519_verify} host
 * function, which calls ed25519-dalek 2.x {@code VerifyingKey::verify} (the non-strict,
 * cofactorless check).
 *
 * <p>Implemented directly (rather than through BouncyCastle) because BouncyCastle's verifier
 * applies stricter point checks than dalek. Behaviour reproduced:
 *
 * <ul>
 *   <li>public key: decompressed as dalek does — bit 255 is the sign of x, the remaining 255
 *       bits are y taken mod p (non-canonical y accepted), "negative zero" x accepted; it is
 *       invalid only if no x exists for y. Small-order keys are accepted.
 *   <li>signature: {@code R || s}; s must be canonical ({@code s < L}); R is not decoded,
 *       instead {@code [s]B - [k]A} is compressed and compared byte-wise with R, where {@code
 *       k = SHA-512(R || pk || msg) mod L} uses the public-key bytes exactly as given.
 * </ul>
 */
public final class Ed25519 {
    static final BigInteger P = BigInteger.ONE.shiftLeft(255).subtract(BigInteger.valueOf(19));
    static final BigInteger L =
            BigInteger.ONE.shiftLeft(252).add(new BigInteger("27742317777372353535851937790883648493"));
    private static final BigInteger D =
            BigInteger.valueOf(-121665).multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);
    private static final BigInteger D2 = D.shiftLeft(1).mod(P);
    private static final BigInteger SQRT_M1 =
            BigInteger.TWO.modPow(P.subtract(BigInteger.ONE).shiftRight(2), P);
    private static final Pt IDENTITY =
            new Pt(BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE, BigInteger.ZERO);
    private static final Pt BASE;

    static {
        BigInteger y = BigInteger.valueOf(4).multiply(BigInteger.valueOf(5).modInverse(P)).mod(P);
        BigInteger x = recoverX(y, false);
        BASE = new Pt(x, y, BigInteger.ONE, x.multiply(y).mod(P));
    }

    private Ed25519() {}

    /**
     * Verifies an Ed25519 signature.
     *
     * @param sig64 64-byte signature {@code R || s} (s little-endian)
     * @param msg the message (any length)
     * @param pk32 32-byte compressed public key
     * @return true iff the signature is valid; false for an undecodable public key, a
     *     non-canonical s or a mismatch
     * @throws IllegalArgumentException if {@code sig64} is not 64 bytes or {@code pk32} is not 32
     *     bytes (the host function reports these as {@code Ed25519VerifyInvalidInput})
     */
    public static boolean verify(byte[] sig64, byte[] msg, byte[] pk32) {
        if (sig64.length != 64) {
            throw new IllegalArgumentException("invalid signature length");
        }
        if (pk32.length != 32) {
            throw new IllegalArgumentException("invalid public key length");
        }
        Pt a = decompress(pk32);
        if (a == null) {
            return false;
        }
        BigInteger s = le(sig64, 32, 32);
        if (s.compareTo(L) >= 0) {
            return false;
        }
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-512");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        sha.update(sig64, 0, 32);
        sha.update(pk32);
        sha.update(msg);
        BigInteger k = le(sha.digest(), 0, 64).mod(L);
        Pt minusA = new Pt(P.subtract(a.x).mod(P), a.y, a.z, P.subtract(a.t).mod(P));
        Pt r = mul(BASE, s).add(mul(minusA, k));
        byte[] enc = r.compress();
        for (int i = 0; i < 32; i++) {
            if (enc[i] != sig64[i]) {
                return false;
            }
        }
        return true;
    }

    private static BigInteger le(byte[] b, int off, int len) {
        byte[] be = new byte[len];
        for (int i = 0; i < len; i++) {
            be[i] = b[off + len - 1 - i];
        }
        return new BigInteger(1, be);
    }

    /** dalek-style decompression; null when y has no matching x. */
    static Pt decompress(byte[] enc) {
        byte[] copy = enc.clone();
        boolean sign = (copy[31] & 0x80) != 0;
        copy[31] &= 0x7f;
        BigInteger y = le(copy, 0, 32).mod(P);
        BigInteger x = recoverX(y, sign);
        if (x == null) {
            return null;
        }
        return new Pt(x, y, BigInteger.ONE, x.multiply(y).mod(P));
    }

    /** x with x^2 = (y^2-1)/(d y^2+1), the even root negated if {@code sign}; null if none. */
    private static BigInteger recoverX(BigInteger y, boolean sign) {
        BigInteger yy = y.multiply(y).mod(P);
        BigInteger u = yy.subtract(BigInteger.ONE).mod(P);
        BigInteger v = D.multiply(yy).add(BigInteger.ONE).mod(P);
        BigInteger uv = u.multiply(v.modInverse(P)).mod(P);
        BigInteger x = uv.modPow(P.add(BigInteger.valueOf(3)).shiftRight(3), P);
        BigInteger xx = x.multiply(x).mod(P);
        if (!xx.equals(uv)) {
            if (xx.equals(P.subtract(uv).mod(P))) {
                x = x.multiply(SQRT_M1).mod(P);
            } else {
                return null;
            }
        }
        if (x.testBit(0)) {
            x = P.subtract(x);
        }
        if (sign) {
            x = P.subtract(x).mod(P);
        }
        return x;
    }

    private static Pt mul(Pt p, BigInteger k) {
        Pt acc = IDENTITY;
        for (int i = k.bitLength() - 1; i >= 0; i--) {
            acc = acc.add(acc);
            if (k.testBit(i)) {
                acc = acc.add(p);
            }
        }
        return acc;
    }

    /** Extended twisted Edwards coordinates (X:Y:Z:T), x = X/Z, y = Y/Z, T = XY/Z. */
    static final class Pt {
        final BigInteger x, y, z, t;

        Pt(BigInteger x, BigInteger y, BigInteger z, BigInteger t) {
            this.x = x;
            this.y = y;
            this.z = z;
            this.t = t;
        }

        /** Complete addition for a = -1 (Hisil-Wong-Carter-Dawson). */
        Pt add(Pt o) {
            BigInteger a = y.subtract(x).multiply(o.y.subtract(o.x)).mod(P);
            BigInteger b = y.add(x).multiply(o.y.add(o.x)).mod(P);
            BigInteger c = t.multiply(D2).mod(P).multiply(o.t).mod(P);
            BigInteger d = z.shiftLeft(1).multiply(o.z).mod(P);
            BigInteger e = b.subtract(a);
            BigInteger f = d.subtract(c);
            BigInteger g = d.add(c);
            BigInteger h = b.add(a);
            return new Pt(e.multiply(f).mod(P), g.multiply(h).mod(P), f.multiply(g).mod(P),
                    e.multiply(h).mod(P));
        }

        byte[] compress() {
            BigInteger zi = z.modInverse(P);
            BigInteger ax = x.multiply(zi).mod(P);
            BigInteger ay = y.multiply(zi).mod(P);
            byte[] out = new byte[32];
            byte[] be = ay.toByteArray();
            for (int i = 0; i < 32 && i < be.length; i++) {
                out[i] = be[be.length - 1 - i];
            }
            if (ax.testBit(0)) {
                out[31] |= (byte) 0x80;
            }
            return out;
        }
    }
}
