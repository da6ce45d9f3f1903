package dev.aidev.vm.crypto;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * BN254 ("alt_bn128") operations behind NEAR's {@code alt_bn128_g1_multiexp}, {@code
 * alt_bn128_g1_sum} and {@code alt_bn128_pairing_check} host functions, reproducing nearcore's
 * {@code logic/alt_bn128.rs} (which uses the substrate {@code bn} crate).
 *
 * <p>Encoding: every field element and scalar is a 32-byte LITTLE-endian unsigned integer. A G1
 * point is {@code x || y} (64 bytes); (0, 0) is the point at infinity. A G2 point is {@code x.re
 * || x.im || y.re || y.im} (128 bytes) over Fp2 = Fp[u]/(u^2+1); all-zero is infinity. Results
 * are G1 points in the same encoding (infinity = 64 zero bytes).
 *
 * <p>Errors are {@link CryptoInputException}s with nearcore's message text ({@code
 * AltBn128InvalidInput.msg}): {@code "slice of size N cannot be precisely split into chunks of
 * size K"}, or {@code "<what>: [bytes]"} where what is {@code invalid fq} (coordinate &ge; p),
 * {@code invalid g1} (not on the curve), {@code invalid g2} (not on the twist or not in the
 * order-r subgroup), {@code invalid fr} (scalar &ge; r) or {@code invalid bool} (sign byte not
 * 0/1), and bytes is Rust's {@code {:X?}} rendering of the offending raw bytes, e.g. {@code [1A,
 * 0, FF]}. Elements are decoded in order and the first error wins.
 */
public final class AltBn128 {
    /** Base field modulus p. */
    static final BigInteger P = new BigInteger(
            "21888242871839275222246405745257275088696311157297823662689037894645226208583");
    /** Group order r. */
    static final BigInteger R = new BigInteger(
            "21888242871839275222246405745257275088548364400416034343698204186575808495617");
    /** BN parameter x (u in some papers). */
    private static final BigInteger BN_X = new BigInteger("4965661367192848881");
    /** Optimal ate loop count 6x + 2. */
    private static final BigInteger ATE = BN_X.multiply(BigInteger.valueOf(6)).add(BigInteger.TWO);
    /** G1 curve coefficient b (y^2 = x^3 + 3). */
    private static final BigInteger B1 = BigInteger.valueOf(3);
    /** The constant 3 of the tangent slope 3x^2 / 2y. */
    private static final BigInteger THREE = BigInteger.valueOf(3);
    private static final Fp2 XI = Fp2.of(9, 1, P);
    /** Twist coefficient b' = 3 / xi. */
    private static final Fp2 B2 = XI.inv().mul(B1);
    private static final Fp12.Ctx CTX = new Fp12.Ctx(P, XI);
    /** Frobenius twist constants: xi^((p-1)/3), xi^((p-1)/2), xi^((p^2-1)/3), xi^((p^2-1)/2). */
    private static final Fp2 FROB1_X = XI.pow(P.subtract(BigInteger.ONE).divide(BigInteger.valueOf(3)));
    private static final Fp2 FROB1_Y = XI.pow(P.subtract(BigInteger.ONE).shiftRight(1));
    private static final Fp2 FROB2_X =
            XI.pow(P.multiply(P).subtract(BigInteger.ONE).divide(BigInteger.valueOf(3)));
    private static final Fp2 FROB2_Y = XI.pow(P.multiply(P).subtract(BigInteger.ONE).shiftRight(1));
    /** Hard part of the final exponentiation: (p^4 - p^2 + 1) / r. */
    private static final BigInteger HARD_EXP =
            P.pow(4).subtract(P.pow(2)).add(BigInteger.ONE).divide(R);

    private static final int FQ = 32;
    private static final int G1_SIZE = 64;
    private static final int G2_SIZE = 128;

    private AltBn128() {}

    /**
     * Multi-scalar multiplication: {@code sum(s_i * P_i)}.
     *
     * @param input concatenation of 96-byte items {@code G1 (64) || scalar (32, LE, < r)}; empty
     *     input gives infinity
     * @return the 64-byte G1 result
     * @throws CryptoInputException on a length not a multiple of 96, invalid fq, invalid g1 or
     *     invalid fr
     */
    public static byte[] g1Multiexp(byte[] input) {
        int n = chunks(input, 96);
        List<BigInteger[]> pts = new ArrayList<>(n);
        List<BigInteger> scalars = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int off = i * 96;
            pts.add(decodeG1(input, off));
            BigInteger s = le(input, off + G1_SIZE);
            if (s.compareTo(R) >= 0) {
                throw invalid("invalid fr", input, off + G1_SIZE, FQ);
            }
            scalars.add(s);
        }
        BigInteger[] acc = null;
        for (int i = 0; i < n; i++) {
            acc = G1.add(acc, G1.mul(pts.get(i), scalars.get(i)));
        }
        return encodeG1(acc);
    }

    /**
     * Signed sum of G1 points.
     *
     * @param input concatenation of 65-byte items {@code sign (1: 0 = add, 1 = subtract) || G1
     *     (64)}; empty input gives infinity
     * @return the 64-byte G1 result
     * @throws CryptoInputException on a length not a multiple of 65, invalid bool, invalid fq or
     *     invalid g1
     */
    public static byte[] g1Sum(byte[] input) {
        int n = chunks(input, 65);
        List<BigInteger[]> pts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int off = i * 65;
            int sign = input[off];
            if (sign != 0 && sign != 1) {
                throw invalid("invalid bool", input, off, 1);
            }
            BigInteger[] pt = decodeG1(input, off + 1);
            pts.add(sign == 1 ? G1.neg(pt) : pt);
        }
        BigInteger[] acc = null;
        for (BigInteger[] pt : pts) {
            acc = G1.add(acc, pt);
        }
        return encodeG1(acc);
    }

    /**
     * Pairing product check: {@code prod e(P_i, Q_i) == 1} in GT.
     *
     * @param input concatenation of 192-byte items {@code G1 (64) || G2 (128)}; empty input
     *     gives true
     * @return whether the product of the pairings is the identity
     * @throws CryptoInputException on a length not a multiple of 192, invalid fq, invalid g1 or
     *     invalid g2
     */
    public static boolean pairingCheck(byte[] input) {
        int n = chunks(input, 192);
        List<BigInteger[]> g1 = new ArrayList<>(n);
        List<Fp2[]> g2 = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int off = i * 192;
            g1.add(decodeG1(input, off));
            g2.add(decodeG2(input, off + G1_SIZE));
        }
        Fp12 f = CTX.one();
        for (int i = 0; i < n; i++) {
            if (g1.get(i) == null || g2.get(i) == null) {
                continue;
            }
            f = f.mul(miller(g1.get(i), g2.get(i)));
        }
        return finalExp(f).isOne();
    }

    // ---------------------------------------------------------------- encoding

    private static int chunks(byte[] input, int size) {
        if (input.length % size != 0) {
            throw new CryptoInputException("slice of size " + input.length
                    + " cannot be precisely split into chunks of size " + size);
        }
        return input.length / size;
    }

    static CryptoInputException invalid(String what, byte[] b, int off, int len) {
        StringBuilder sb = new StringBuilder(what).append(": [");
        for (int i = 0; i < len; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Integer.toHexString(b[off + i] & 0xff).toUpperCase(java.util.Locale.ROOT));
        }
        return new CryptoInputException(sb.append(']').toString());
    }

    static BigInteger le(byte[] b, int off) {
        byte[] be = new byte[FQ];
        for (int i = 0; i < FQ; i++) {
            be[i] = b[off + FQ - 1 - i];
        }
        return new BigInteger(1, be);
    }

    static void putLe(BigInteger v, byte[] out, int off) {
        byte[] be = v.toByteArray();
        for (int i = 0; i < FQ && i < be.length; i++) {
            out[off + i] = be[be.length - 1 - i];
        }
    }

    private static BigInteger decodeFq(byte[] b, int off) {
        BigInteger v = le(b, off);
        if (v.compareTo(P) >= 0) {
            throw invalid("invalid fq", b, off, FQ);
        }
        return v;
    }

    /** @return {x, y} or null for infinity */
    private static BigInteger[] decodeG1(byte[] b, int off) {
        BigInteger x = decodeFq(b, off);
        BigInteger y = decodeFq(b, off + FQ);
        if (x.signum() == 0 && y.signum() == 0) {
            return null;
        }
        if (!y.multiply(y).subtract(x.pow(3)).subtract(B1).mod(P).equals(BigInteger.ZERO)) {
            throw invalid("invalid g1", b, off, G1_SIZE);
        }
        return new BigInteger[] {x, y};
    }

    /** @return {x, y} or null for infinity */
    private static Fp2[] decodeG2(byte[] b, int off) {
        BigInteger xr = decodeFq(b, off);
        BigInteger xi = decodeFq(b, off + FQ);
        BigInteger yr = decodeFq(b, off + 2 * FQ);
        BigInteger yi = decodeFq(b, off + 3 * FQ);
        Fp2 x = new Fp2(xr, xi, P);
        Fp2 y = new Fp2(yr, yi, P);
        if (x.isZero() && y.isZero()) {
            return null;
        }
        Fp2[] q = {x, y};
        if (!y.sqr().equals(x.sqr().mul(x).add(B2)) || G2.mul(q, R) != null) {
            throw invalid("invalid g2", b, off, G2_SIZE);
        }
        return q;
    }

    private static byte[] encodeG1(BigInteger[] pt) {
        byte[] out = new byte[G1_SIZE];
        if (pt != null) {
            putLe(pt[0], out, 0);
            putLe(pt[1], out, FQ);
        }
        return out;
    }

    // ---------------------------------------------------------------- groups (affine, null = O)

    static final class G1 {
        private G1() {}

        static BigInteger[] neg(BigInteger[] a) {
            return a == null ? null : new BigInteger[] {a[0], P.subtract(a[1]).mod(P)};
        }

        static BigInteger[] add(BigInteger[] a, BigInteger[] b) {
            if (a == null) {
                return b;
            }
            if (b == null) {
                return a;
            }
            BigInteger lambda;
            if (a[0].equals(b[0])) {
                if (!a[1].equals(b[1]) || a[1].signum() == 0) {
                    return null;
                }
                lambda = a[0].multiply(a[0]).multiply(THREE)
                        .multiply(a[1].shiftLeft(1).modInverse(P)).mod(P);
            } else {
                lambda = b[1].subtract(a[1]).multiply(b[0].subtract(a[0]).modInverse(P)).mod(P);
            }
            BigInteger x = lambda.multiply(lambda).subtract(a[0]).subtract(b[0]).mod(P);
            BigInteger y = lambda.multiply(a[0].subtract(x)).subtract(a[1]).mod(P);
            return new BigInteger[] {x, y};
        }

        static BigInteger[] mul(BigInteger[] a, BigInteger k) {
            BigInteger[] acc = null;
            for (int i = k.bitLength() - 1; i >= 0; i--) {
                acc = add(acc, acc);
                if (k.testBit(i)) {
                    acc = add(acc, a);
                }
            }
            return acc;
        }
    }

    static final class G2 {
        private G2() {}

        static Fp2[] neg(Fp2[] a) {
            return a == null ? null : new Fp2[] {a[0], a[1].neg()};
        }

        static Fp2[] add(Fp2[] a, Fp2[] b) {
            if (a == null) {
                return b;
            }
            if (b == null) {
                return a;
            }
            Fp2 lambda;
            if (a[0].equals(b[0])) {
                if (!a[1].equals(b[1]) || a[1].isZero()) {
                    return null;
                }
                lambda = a[0].sqr().mul(THREE).mul(a[1].add(a[1]).inv());
            } else {
                lambda = b[1].sub(a[1]).mul(b[0].sub(a[0]).inv());
            }
            Fp2 x = lambda.sqr().sub(a[0]).sub(b[0]);
            Fp2 y = lambda.mul(a[0].sub(x)).sub(a[1]);
            return new Fp2[] {x, y};
        }

        static Fp2[] mul(Fp2[] a, BigInteger k) {
            Fp2[] acc = null;
            for (int i = k.bitLength() - 1; i >= 0; i--) {
                acc = add(acc, acc);
                if (k.testBit(i)) {
                    acc = add(acc, a);
                }
            }
            return acc;
        }
    }

    // ---------------------------------------------------------------- pairing

    /**
     * Line through T with slope lambda (twist coordinates) evaluated at P, after untwisting
     * (x, y) -> (x w^2, y w^3): l = yP - lambda xP w + (lambda xT - yT) w^3.
     */
    private static Fp12 line(Fp2 lambda, Fp2[] t, BigInteger[] pp) {
        Fp2 z = Fp2.zero(P);
        Fp2 c0 = new Fp2(pp[1], BigInteger.ZERO, P);
        Fp2 c1 = lambda.mul(pp[0]).neg();
        Fp2 c3 = lambda.mul(t[0]).sub(t[1]);
        return new Fp12(CTX, new Fp2[] {c0, c1, z, c3, z, z});
    }

    /** Vertical line x = xT evaluated at P: xP - xT w^2. */
    private static Fp12 vertical(Fp2[] t, BigInteger[] pp) {
        Fp2 z = Fp2.zero(P);
        return new Fp12(CTX, new Fp2[] {new Fp2(pp[0], BigInteger.ZERO, P), z, t[0].neg(), z, z, z});
    }

    /** Multiplies f by the line through t and q (tangent if equal) and returns {f, t+q}. */
    private static Object[] step(Fp12 f, Fp2[] t, Fp2[] q, BigInteger[] pp) {
        Fp2 lambda;
        if (t[0].equals(q[0])) {
            if (!t[1].equals(q[1]) || t[1].isZero()) {
                return new Object[] {f.mul(vertical(t, pp)), null};
            }
            lambda = t[0].sqr().mul(THREE).mul(t[1].add(t[1]).inv());
        } else {
            lambda = q[1].sub(t[1]).mul(q[0].sub(t[0]).inv());
        }
        Fp12 nf = f.mul(line(lambda, t, pp));
        Fp2 x = lambda.sqr().sub(t[0]).sub(q[0]);
        Fp2 y = lambda.mul(t[0].sub(x)).sub(t[1]);
        return new Object[] {nf, new Fp2[] {x, y}};
    }

    /** Optimal ate Miller loop f_{6x+2,Q}(P) times the two Frobenius lines. */
    static Fp12 miller(BigInteger[] pp, Fp2[] q) {
        Fp12 f = CTX.one();
        Fp2[] t = q;
        for (int i = ATE.bitLength() - 2; i >= 0; i--) {
            Object[] r = step(f.sqr(), t, t, pp);
            f = (Fp12) r[0];
            t = (Fp2[]) r[1];
            if (ATE.testBit(i)) {
                r = step(f, t, q, pp);
                f = (Fp12) r[0];
                t = (Fp2[]) r[1];
            }
            if (t == null) {
                throw new IllegalStateException("Miller loop reached infinity");
            }
        }
        Fp2[] q1 = {q[0].conj().mul(FROB1_X), q[1].conj().mul(FROB1_Y)};
        Fp2[] q2neg = {q[0].mul(FROB2_X), q[1].mul(FROB2_Y).neg()};
        Object[] r = step(f, t, q1, pp);
        f = (Fp12) r[0];
        t = (Fp2[]) r[1];
        if (t == null) {
            throw new IllegalStateException("Miller loop reached infinity");
        }
        r = step(f, t, q2neg, pp);
        return (Fp12) r[0];
    }

    static Fp12 finalExp(Fp12 f) {
        Fp12 f1 = f.conj6().mul(f.inv()); // f^(p^6 - 1)
        Fp12 f2 = f1.frobenius(2).mul(f1); // ^(p^2 + 1)
        return f2.pow(HARD_EXP);
    }

    /** Full reduced pairing (for tests). */
    static Fp12 pairing(BigInteger[] pp, Fp2[] q) {
        if (pp == null || q == null) {
            return CTX.one();
        }
        return finalExp(miller(pp, q));
    }
}
