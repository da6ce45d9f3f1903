package dev.aidev.vm.crypto;

import java.math.BigInteger;

/**
 * Immutable point in Jacobian coordinates (X : Y : Z), affine (X/Z^2, Y/Z^3), on a BLS12-381
 * curve y^2 = x^3 + b (a = 0) over Fp2 — G1 points use Fp2 elements with zero imaginary part.
 * Z = 0 is the point at infinity.
 */
final class Bls12381Point {
    static final Bls12381Point INFINITY =
            new Bls12381Point(Fp2x381.ONE, Fp2x381.ONE, Fp2x381.ZERO);

    final Fp2x381 x;
    final Fp2x381 y;
    final Fp2x381 z;

    Bls12381Point(Fp2x381 x, Fp2x381 y, Fp2x381 z) {
        this.x = x;
        this.y = y;
        this.z = z;
    }

    static Bls12381Point affine(Fp2x381 x, Fp2x381 y) {
        return new Bls12381Point(x, y, Fp2x381.ONE);
    }

    boolean isInfinity() {
        return z.isZero();
    }

    Bls12381Point neg() {
        return new Bls12381Point(x, y.neg(), z);
    }

    Bls12381Point dbl() {
        if (isInfinity() || y.isZero()) {
            return INFINITY;
        }
        Fp2x381 a = x.sqr();
        Fp2x381 b = y.sqr();
        Fp2x381 c = b.sqr();
        Fp2x381 d = x.add(b).sqr().sub(a).sub(c).dbl();
        Fp2x381 e = a.dbl().add(a);
        Fp2x381 f = e.sqr();
        Fp2x381 x3 = f.sub(d.dbl());
        Fp2x381 y3 = e.mul(d.sub(x3)).sub(c.dbl().dbl().dbl());
        Fp2x381 z3 = y.mul(z).dbl();
        return new Bls12381Point(x3, y3, z3);
    }

    Bls12381Point add(Bls12381Point o) {
        if (isInfinity()) {
            return o;
        }
        if (o.isInfinity()) {
            return this;
        }
        Fp2x381 z1z1 = z.sqr();
        Fp2x381 z2z2 = o.z.sqr();
        Fp2x381 u1 = x.mul(z2z2);
        Fp2x381 u2 = o.x.mul(z1z1);
        Fp2x381 s1 = y.mul(o.z).mul(z2z2);
        Fp2x381 s2 = o.y.mul(z).mul(z1z1);
        Fp2x381 h = u2.sub(u1);
        Fp2x381 r = s2.sub(s1);
        if (h.isZero()) {
            return r.isZero() ? dbl() : INFINITY;
        }
        Fp2x381 hh = h.sqr();
        Fp2x381 hhh = hh.mul(h);
        Fp2x381 v = u1.mul(hh);
        Fp2x381 x3 = r.sqr().sub(hhh).sub(v.dbl());
        Fp2x381 y3 = r.mul(v.sub(x3)).sub(s1.mul(hhh));
        Fp2x381 z3 = z.mul(o.z).mul(h);
        return new Bls12381Point(x3, y3, z3);
    }

    /** [k]this for any k &ge; 0 (no reduction modulo the group order). */
    Bls12381Point mul(BigInteger k) {
        Bls12381Point r = INFINITY;
        for (int i = k.bitLength() - 1; i >= 0; i--) {
            r = r.dbl();
            if (k.testBit(i)) {
                r = r.add(this);
            }
        }
        return r;
    }

    /** Affine normal form (Z = 1), or {@link #INFINITY}. */
    Bls12381Point toAffine() {
        if (isInfinity()) {
            return INFINITY;
        }
        if (z.equals(Fp2x381.ONE)) {
            return this;
        }
        Fp2x381 zi = z.inv();
        Fp2x381 zi2 = zi.sqr();
        return affine(x.mul(zi2), y.mul(zi2).mul(zi));
    }

    /** Whether the point satisfies y^2 = x^3 + b (infinity does). */
    boolean isOnCurve(Fp2x381 b) {
        if (isInfinity()) {
            return true;
        }
        Fp2x381 z2 = z.sqr();
        Fp2x381 z6 = z2.sqr().mul(z2);
        return y.sqr().equals(x.sqr().mul(x).add(b.mul(z6)));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Bls12381Point)) {
            return false;
        }
        Bls12381Point q = (Bls12381Point) o;
        if (isInfinity() || q.isInfinity()) {
            return isInfinity() && q.isInfinity();
        }
        Fp2x381 z1z1 = z.sqr();
        Fp2x381 z2z2 = q.z.sqr();
        return x.mul(z2z2).equals(q.x.mul(z1z1))
                && y.mul(q.z).mul(z2z2).equals(q.y.mul(z).mul(z1z1));
    }

    @Override
    public int hashCode() {
        return isInfinity() ? 0 : toAffine().x.hashCode();
    }

    @Override
    public String toString() {
        Bls12381Point a = toAffine();
        return a.isInfinity() ? "O" : "(" + a.x + ", " + a.y + ")";
    }
}
