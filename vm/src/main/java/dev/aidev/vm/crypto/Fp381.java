package dev.aidev.vm.crypto;

import java.math.BigInteger;

/**
 * Arithmetic in the BLS12-381 base field Fp (static helpers over canonical {@link BigInteger}s in
 * [0, p)). Not constant time: NEAR host functions only process public data.
 */
final class Fp381 {
    /** Base field modulus p. */
    static final BigInteger P = new BigInteger(
            "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab",
            16);
    /** (p + 1) / 4, the square-root exponent (p = 3 mod 4). */
    private static final BigInteger SQRT_EXP = P.add(BigInteger.ONE).shiftRight(2);
    /** (p - 1) / 2, the Legendre exponent; also the "lexicographically largest" threshold. */
    static final BigInteger HALF = P.subtract(BigInteger.ONE).shiftRight(1);

    /** Size of an encoded field element. */
    static final int BYTES = 48;

    private Fp381() {}

    static BigInteger add(BigInteger a, BigInteger b) {
        BigInteger r = a.add(b);
        return r.compareTo(P) >= 0 ? r.subtract(P) : r;
    }

    static BigInteger sub(BigInteger a, BigInteger b) {
        BigInteger r = a.subtract(b);
        return r.signum() < 0 ? r.add(P) : r;
    }

    static BigInteger neg(BigInteger a) {
        return a.signum() == 0 ? a : P.subtract(a);
    }

    static BigInteger mul(BigInteger a, BigInteger b) {
        return a.multiply(b).mod(P);
    }

    static BigInteger inv(BigInteger a) {
        return a.signum() == 0 ? BigInteger.ZERO : a.modInverse(P);
    }

    /** True for zero and the non-zero squares. */
    static boolean isSquare(BigInteger a) {
        return a.signum() == 0 || a.modPow(HALF, P).equals(BigInteger.ONE);
    }

    /** A square root of {@code a}, or null when {@code a} is not a square. */
    static BigInteger sqrt(BigInteger a) {
        BigInteger r = a.modPow(SQRT_EXP, P);
        return mul(r, r).equals(a) ? r : null;
    }

    /** RFC 9380 sgn0 for m = 1: the parity. */
    static int sgn0(BigInteger a) {
        return a.testBit(0) ? 1 : 0;
    }

    /** ZCash "lexicographically largest": a > (p - 1) / 2. */
    static boolean isLargest(BigInteger a) {
        return a.compareTo(HALF) > 0;
    }

    /** Reads a 48-byte big-endian unsigned integer (not reduced). */
    static BigInteger read(byte[] in, int off) {
        byte[] b = new byte[BYTES];
        System.arraycopy(in, off, b, 0, BYTES);
        return new BigInteger(1, b);
    }

    /** Writes {@code v} (< 2^384) as 48 big-endian bytes at {@code off}. */
    static void write(BigInteger v, byte[] out, int off) {
        byte[] b = v.toByteArray();
        int len = Math.min(b.length, BYTES);
        System.arraycopy(b, b.length - len, out, off + BYTES - len, len);
    }
}
