package dev.aidev.vm.crypto;

import java.math.BigInteger;

/**
 * Immutable element {@code c0 + c1*u} of Fp2 = Fp[u]/(u^2 + 1) over the BLS12-381 base field.
 * Fp elements are represented with {@code c1 = 0}.
 */
final class Fp2x381 {
    static final Fp2x381 ZERO = new Fp2x381(BigInteger.ZERO, BigInteger.ZERO);
    static final Fp2x381 ONE = new Fp2x381(BigInteger.ONE, BigInteger.ZERO);
    private static final BigInteger P = Fp381.P;
    /** (p - 3) / 4 and (p - 1) / 2, exponents of the p = 3 mod 4 square root algorithm. */
    private static final BigInteger SQRT_E1 = P.subtract(BigInteger.valueOf(3)).shiftRight(2);
    private static final BigInteger SQRT_E2 = P.subtract(BigInteger.ONE).shiftRight(1);

    final BigInteger c0;
    final BigInteger c1;

    Fp2x381(BigInteger c0, BigInteger c1) {
        this.c0 = c0;
        this.c1 = c1;
    }

    static Fp2x381 of(BigInteger c0) {
        return new Fp2x381(c0, BigInteger.ZERO);
    }

    static Fp2x381 of(long c0, long c1) {
        return new Fp2x381(BigInteger.valueOf(c0).mod(P), BigInteger.valueOf(c1).mod(P));
    }

    static Fp2x381 hex(String c0, String c1) {
        return new Fp2x381(new BigInteger(c0, 16), new BigInteger(c1, 16));
    }

    boolean isZero() {
        return c0.signum() == 0 && c1.signum() == 0;
    }

    Fp2x381 add(Fp2x381 o) {
        return new Fp2x381(Fp381.add(c0, o.c0), Fp381.add(c1, o.c1));
    }

    Fp2x381 sub(Fp2x381 o) {
        return new Fp2x381(Fp381.sub(c0, o.c0), Fp381.sub(c1, o.c1));
    }

    Fp2x381 neg() {
        return new Fp2x381(Fp381.neg(c0), Fp381.neg(c1));
    }

    Fp2x381 dbl() {
        return add(this);
    }

    Fp2x381 conj() {
        return new Fp2x381(c0, Fp381.neg(c1));
    }

    Fp2x381 mul(Fp2x381 o) {
        if (c1.signum() == 0 && o.c1.signum() == 0) {
            return new Fp2x381(Fp381.mul(c0, o.c0), BigInteger.ZERO);
        }
        BigInteger t0 = c0.multiply(o.c0);
        BigInteger t1 = c1.multiply(o.c1);
        BigInteger t2 = c0.add(c1).multiply(o.c0.add(o.c1));
        return new Fp2x381(t0.subtract(t1).mod(P), t2.subtract(t0).subtract(t1).mod(P));
    }

    Fp2x381 mul(BigInteger k) {
        return new Fp2x381(Fp381.mul(c0, k), Fp381.mul(c1, k));
    }

    Fp2x381 sqr() {
        if (c1.signum() == 0) {
            return new Fp2x381(Fp381.mul(c0, c0), BigInteger.ZERO);
        }
        BigInteger re = c0.add(c1).multiply(c0.subtract(c1)).mod(P);
        BigInteger im = c0.multiply(c1).shiftLeft(1).mod(P);
        return new Fp2x381(re, im);
    }

    /** Multiplication by the sextic non-residue xi = 1 + u. */
    Fp2x381 mulXi() {
        return new Fp2x381(Fp381.sub(c0, c1), Fp381.add(c0, c1));
    }

    /** Norm c0^2 + c1^2 in Fp. */
    BigInteger norm() {
        return c0.multiply(c0).add(c1.multiply(c1)).mod(P);
    }

    Fp2x381 inv() {
        BigInteger n = Fp381.inv(norm());
        return new Fp2x381(Fp381.mul(c0, n), Fp381.mul(Fp381.neg(c1), n));
    }

    Fp2x381 pow(BigInteger e) {
        Fp2x381 r = ONE;
        for (int i = e.bitLength() - 1; i >= 0; i--) {
            r = r.sqr();
            if (e.testBit(i)) {
                r = r.mul(this);
            }
        }
        return r;
    }

    /** True for zero and the non-zero squares (an element is a square iff its norm is). */
    boolean isSquare() {
        return Fp381.isSquare(norm());
    }

    /** A square root, or null when none exists (p = 3 mod 4 complex method). */
    Fp2x381 sqrt() {
        if (isZero()) {
            return this;
        }
        Fp2x381 a1 = pow(SQRT_E1);
        Fp2x381 alpha = a1.sqr().mul(this);
        Fp2x381 x0 = a1.mul(this);
        Fp2x381 x;
        if (alpha.equals(ONE.neg())) {
            x = new Fp2x381(Fp381.neg(x0.c1), x0.c0); // u * x0
        } else {
            x = alpha.add(ONE).pow(SQRT_E2).mul(x0);
        }
        return x.sqr().equals(this) ? x : null;
    }

    /** RFC 9380 sgn0 for m = 2. */
    int sgn0() {
        int sign0 = Fp381.sgn0(c0);
        boolean zero0 = c0.signum() == 0;
        int sign1 = Fp381.sgn0(c1);
        return sign0 | (zero0 ? sign1 : 0);
    }

    /** ZCash "lexicographically largest": compare c1, or c0 when c1 is zero. */
    boolean isLargest() {
        return c1.signum() != 0 ? Fp381.isLargest(c1) : Fp381.isLargest(c0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fp2x381 && ((Fp2x381) o).c0.equals(c0) && ((Fp2x381) o).c1.equals(c1);
    }

    @Override
    public int hashCode() {
        return c0.hashCode() * 31 + c1.hashCode();
    }

    @Override
    public String toString() {
        return "(" + c0.toString(16) + ", " + c1.toString(16) + ")";
    }
}
