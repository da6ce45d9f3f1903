package dev.aidev.vm.crypto;

import java.math.BigInteger;

/**
 * Immutable element of Fp12 = Fp2[w]/(w^6 - xi), xi = 1 + u, for BLS12-381, stored as the six
 * Fp2 coefficients of 1, w, ..., w^5. (Equivalently Fp6 = Fp2[v]/(v^3 - xi), Fp12 =
 * Fp6[w]/(w^2 - v) with v = w^2.)
 */
final class Fp12x381 {
    private static final BigInteger P = Fp381.P;
    static final Fp12x381 ONE;
    /** gamma_i = xi^(i (p - 1) / 6): w^(i p) = gamma_i w^i. */
    private static final Fp2x381[] FROB = new Fp2x381[6];

    static {
        Fp2x381[] one = new Fp2x381[6];
        one[0] = Fp2x381.ONE;
        for (int i = 1; i < 6; i++) {
            one[i] = Fp2x381.ZERO;
        }
        ONE = new Fp12x381(one);
        Fp2x381 xi = Fp2x381.of(1, 1);
        Fp2x381 g = xi.pow(P.subtract(BigInteger.ONE).divide(BigInteger.valueOf(6)));
        FROB[0] = Fp2x381.ONE;
        for (int i = 1; i < 6; i++) {
            FROB[i] = FROB[i - 1].mul(g);
        }
    }

    final Fp2x381[] c;

    Fp12x381(Fp2x381[] c) {
        this.c = c;
    }

    /** The sparse element {@code a + b w^2 + d w^3} (Miller loop line values). */
    static Fp12x381 line(Fp2x381 a, Fp2x381 b, Fp2x381 d) {
        return new Fp12x381(new Fp2x381[] {a, Fp2x381.ZERO, b, d, Fp2x381.ZERO, Fp2x381.ZERO});
    }

    boolean isOne() {
        return equals(ONE);
    }

    Fp12x381 mul(Fp12x381 o) {
        BigInteger[] re = new BigInteger[11];
        BigInteger[] im = new BigInteger[11];
        for (int k = 0; k < 11; k++) {
            re[k] = BigInteger.ZERO;
            im[k] = BigInteger.ZERO;
        }
        for (int i = 0; i < 6; i++) {
            Fp2x381 x = c[i];
            if (x.isZero()) {
                continue;
            }
            BigInteger xs = x.c0.add(x.c1);
            for (int j = 0; j < 6; j++) {
                Fp2x381 y = o.c[j];
                if (y.isZero()) {
                    continue;
                }
                BigInteger t0 = x.c0.multiply(y.c0);
                BigInteger t1 = x.c1.multiply(y.c1);
                BigInteger t2 = xs.multiply(y.c0.add(y.c1));
                re[i + j] = re[i + j].add(t0).subtract(t1);
                im[i + j] = im[i + j].add(t2).subtract(t0).subtract(t1);
            }
        }
        Fp2x381[] r = new Fp2x381[6];
        for (int k = 0; k < 6; k++) {
            BigInteger a = re[k];
            BigInteger b = im[k];
            if (k + 6 < 11) {
                // xi * (x + y u) = (x - y) + (x + y) u
                a = a.add(re[k + 6]).subtract(im[k + 6]);
                b = b.add(re[k + 6]).add(im[k + 6]);
            }
            r[k] = new Fp2x381(a.mod(P), b.mod(P));
        }
        return new Fp12x381(r);
    }

    Fp12x381 sqr() {
        return mul(this);
    }

    /** f^(p^6): negates the odd coefficients (w^(p^6) = -w). */
    Fp12x381 conj() {
        Fp2x381[] r = c.clone();
        for (int i = 1; i < 6; i += 2) {
            r[i] = r[i].neg();
        }
        return new Fp12x381(r);
    }

    /** f^p. */
    Fp12x381 frob() {
        Fp2x381[] r = new Fp2x381[6];
        for (int i = 0; i < 6; i++) {
            r[i] = c[i].conj().mul(FROB[i]);
        }
        return new Fp12x381(r);
    }

    Fp12x381 inv() {
        // f * conj(f) lies in Fp6 = Fp2[v], v = w^2 (even coefficients only).
        Fp12x381 n = mul(conj());
        Fp2x381 c0 = n.c[0];
        Fp2x381 c1 = n.c[2];
        Fp2x381 c2 = n.c[4];
        Fp2x381 t0 = c0.sqr().sub(c1.mul(c2).mulXi());
        Fp2x381 t1 = c2.sqr().mulXi().sub(c0.mul(c1));
        Fp2x381 t2 = c1.sqr().sub(c0.mul(c2));
        Fp2x381 d = c0.mul(t0).add(c2.mul(t1).add(c1.mul(t2)).mulXi()).inv();
        Fp2x381 z = Fp2x381.ZERO;
        Fp12x381 ninv = new Fp12x381(new Fp2x381[] {t0.mul(d), z, t1.mul(d), z, t2.mul(d), z});
        return conj().mul(ninv);
    }

    Fp12x381 pow(BigInteger e) {
        Fp12x381 r = ONE;
        for (int i = e.bitLength() - 1; i >= 0; i--) {
            r = r.sqr();
            if (e.testBit(i)) {
                r = r.mul(this);
            }
        }
        return r;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Fp12x381)) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (!c[i].equals(((Fp12x381) o).c[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Fp2x381 x : c) {
            h = h * 31 + x.hashCode();
        }
        return h;
    }
}
