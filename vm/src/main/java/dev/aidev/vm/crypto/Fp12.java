package dev.aidev.vm.crypto;

import java.math.BigInteger;

/**
 * Immutable element of Fp12 = Fp2[w]/(w^6 - xi), stored as six Fp2 coefficients of w^0..w^5
 * (package-private). The usual tower Fp6 = Fp2[v]/(v^3 - xi), Fp12 = Fp6[w]/(w^2 - v) maps to
 * this representation by v = w^2.
 */
final class Fp12 {
    /** Field constants shared by all elements of one Fp12. */
    static final class Ctx {
        final BigInteger p;
        final Fp2 xi;
        /** gamma[k][i] = xi^(i*(p^k - 1)/6) for k = 1, 2. */
        final Fp2[][] gamma = new Fp2[3][6];

        Ctx(BigInteger p, Fp2 xi) {
            this.p = p;
            this.xi = xi;
            for (int k = 1; k <= 2; k++) {
                BigInteger e = p.pow(k).subtract(BigInteger.ONE).divide(BigInteger.valueOf(6));
                Fp2 g = xi.pow(e);
                Fp2 acc = Fp2.one(p);
                for (int i = 0; i < 6; i++) {
                    gamma[k][i] = acc;
                    acc = acc.mul(g);
                }
            }
        }

        Fp12 one() {
            Fp2[] c = new Fp2[6];
            c[0] = Fp2.one(p);
            for (int i = 1; i < 6; i++) {
                c[i] = Fp2.zero(p);
            }
            return new Fp12(this, c);
        }
    }

    final Ctx ctx;
    final Fp2[] c;

    Fp12(Ctx ctx, Fp2[] c) {
        this.ctx = ctx;
        this.c = c;
    }

    boolean isOne() {
        if (!c[0].equals(Fp2.one(ctx.p))) {
            return false;
        }
        for (int i = 1; i < 6; i++) {
            if (!c[i].isZero()) {
                return false;
            }
        }
        return true;
    }

    Fp12 mul(Fp12 o) {
        BigInteger p = ctx.p;
        BigInteger[] re = new BigInteger[11];
        BigInteger[] im = new BigInteger[11];
        for (int k = 0; k < 11; k++) {
            re[k] = BigInteger.ZERO;
            im[k] = BigInteger.ZERO;
        }
        for (int i = 0; i < 6; i++) {
            Fp2 a = c[i];
            if (a.isZero()) {
                continue;
            }
            for (int j = 0; j < 6; j++) {
                Fp2 b = o.c[j];
                if (b.isZero()) {
                    continue;
                }
                BigInteger t0 = a.re.multiply(b.re);
                BigInteger t1 = a.im.multiply(b.im);
                BigInteger t2 = a.re.add(a.im).multiply(b.re.add(b.im));
                re[i + j] = re[i + j].add(t0).subtract(t1);
                im[i + j] = im[i + j].add(t2).subtract(t0).subtract(t1);
            }
        }
        Fp2[] out = new Fp2[6];
        for (int k = 0; k < 6; k++) {
            BigInteger r = re[k];
            BigInteger m = im[k];
            if (k + 6 < 11) {
                // w^(k+6) = xi * w^k
                Fp2 hi = new Fp2(re[k + 6].mod(p), im[k + 6].mod(p), p).mul(ctx.xi);
                r = r.add(hi.re);
                m = m.add(hi.im);
            }
            out[k] = new Fp2(r.mod(p), m.mod(p), p);
        }
        return new Fp12(ctx, out);
    }

    Fp12 sqr() {
        return mul(this);
    }

    /** The p^k-power Frobenius for k = 1, 2. */
    Fp12 frobenius(int k) {
        Fp2[] out = new Fp2[6];
        for (int i = 0; i < 6; i++) {
            Fp2 a = (k & 1) == 1 ? c[i].conj() : c[i];
            out[i] = a.mul(ctx.gamma[k][i]);
        }
        return new Fp12(ctx, out);
    }

    /** The p^6-power Frobenius (conjugation over Fp6): w -> -w. */
    Fp12 conj6() {
        Fp2[] out = new Fp2[6];
        for (int i = 0; i < 6; i++) {
            out[i] = (i & 1) == 1 ? c[i].neg() : c[i];
        }
        return new Fp12(ctx, out);
    }

    Fp12 inv() {
        Fp12 cj = conj6();
        Fp12 n = mul(cj); // lies in Fp6: odd coefficients are zero
        Fp2 xi = ctx.xi;
        Fp2 b0 = n.c[0];
        Fp2 b1 = n.c[2];
        Fp2 b2 = n.c[4];
        Fp2 t0 = b0.sqr().sub(xi.mul(b1.mul(b2)));
        Fp2 t1 = xi.mul(b2.sqr()).sub(b0.mul(b1));
        Fp2 t2 = b1.sqr().sub(b0.mul(b2));
        Fp2 den = b0.mul(t0).add(xi.mul(b2.mul(t1).add(b1.mul(t2))));
        Fp2 di = den.inv();
        Fp2 z = Fp2.zero(ctx.p);
        Fp12 ninv = new Fp12(ctx, new Fp2[] {t0.mul(di), z, t1.mul(di), z, t2.mul(di), z});
        return cj.mul(ninv);
    }

    Fp12 pow(BigInteger e) {
        Fp12 acc = ctx.one();
        for (int i = e.bitLength() - 1; i >= 0; i--) {
            acc = acc.sqr();
            if (e.testBit(i)) {
                acc = acc.mul(this);
            }
        }
        return acc;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fp12 && java.util.Arrays.equals(c, ((Fp12) o).c);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(c);
    }
}
