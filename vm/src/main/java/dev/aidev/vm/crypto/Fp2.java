package dev.aidev.vm.crypto;

import java.math.BigInteger;

/** Immutable element {@code re + im*u} of Fp[u]/(u^2 + 1) for an odd prime p (package-private). */
final class Fp2 {
    final BigInteger re;
    final BigInteger im;
    final BigInteger p;

    Fp2(BigInteger re, BigInteger im, BigInteger p) {
        this.re = re;
        this.im = im;
        this.p = p;
    }

    static Fp2 of(long re, long im, BigInteger p) {
        return new Fp2(BigInteger.valueOf(re).mod(p), BigInteger.valueOf(im).mod(p), p);
    }

    static Fp2 zero(BigInteger p) {
        return new Fp2(BigInteger.ZERO, BigInteger.ZERO, p);
    }

    static Fp2 one(BigInteger p) {
        return new Fp2(BigInteger.ONE, BigInteger.ZERO, p);
    }

    boolean isZero() {
        return re.signum() == 0 && im.signum() == 0;
    }

    Fp2 add(Fp2 o) {
        return new Fp2(re.add(o.re).mod(p), im.add(o.im).mod(p), p);
    }

    Fp2 sub(Fp2 o) {
        return new Fp2(re.subtract(o.re).mod(p), im.subtract(o.im).mod(p), p);
    }

    Fp2 neg() {
        return new Fp2(re.negate().mod(p), im.negate().mod(p), p);
    }

    Fp2 conj() {
        return new Fp2(re, im.negate().mod(p), p);
    }

    Fp2 mul(Fp2 o) {
        BigInteger t0 = re.multiply(o.re);
        BigInteger t1 = im.multiply(o.im);
        BigInteger t2 = re.add(im).multiply(o.re.add(o.im));
        return new Fp2(t0.subtract(t1).mod(p), t2.subtract(t0).subtract(t1).mod(p), p);
    }

    Fp2 mul(BigInteger k) {
        return new Fp2(re.multiply(k).mod(p), im.multiply(k).mod(p), p);
    }

    Fp2 sqr() {
        return new Fp2(re.add(im).multiply(re.subtract(im)).mod(p), re.multiply(im).shiftLeft(1).mod(p), p);
    }

    Fp2 inv() {
        BigInteger d = re.multiply(re).add(im.multiply(im)).mod(p).modInverse(p);
        return new Fp2(re.multiply(d).mod(p), im.negate().multiply(d).mod(p), p);
    }

    Fp2 pow(BigInteger e) {
        Fp2 acc = one(p);
        for (int i = e.bitLength() - 1; i >= 0; i--) {
            acc = acc.sqr();
            if (e.testBit(i)) {
                acc = acc.mul(this);
            }
        }
        return acc;
    }

    /** Some square root, or null if this is not a square. Requires p = 3 mod 4. */
    Fp2 sqrt() {
        if (isZero()) {
            return this;
        }
        // Algorithm 9 of Adj & Rodriguez-Henriquez, "Square root computation over even extension fields".
        BigInteger pm3d4 = p.subtract(BigInteger.valueOf(3)).shiftRight(2);
        Fp2 a1 = pow(pm3d4);
        Fp2 alpha = a1.mul(a1.mul(this));
        Fp2 x0 = a1.mul(this);
        Fp2 minusOne = of(-1, 0, p);
        Fp2 cand;
        if (alpha.equals(minusOne)) {
            cand = new Fp2(x0.im.negate().mod(p), x0.re, p); // u * x0
        } else {
            Fp2 b = alpha.add(one(p)).pow(p.subtract(BigInteger.ONE).shiftRight(1));
            cand = b.mul(x0);
        }
        return cand.sqr().equals(this) ? cand : null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fp2 && ((Fp2) o).re.equals(re) && ((Fp2) o).im.equals(im);
    }

    @Override
    public int hashCode() {
        return re.hashCode() * 31 + im.hashCode();
    }

    @Override
    public String toString() {
        return "(" + re.toString(16) + " + " + im.toString(16) + "u)";
    }
}
