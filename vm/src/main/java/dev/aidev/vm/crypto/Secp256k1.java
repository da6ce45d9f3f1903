package dev.aidev.vm.crypto;

import java.math.BigInteger;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;

/**
 * secp256k1 public-key recovery as done by NEAR's {@code ecrecover} host function.
 *
 * <p>Semantics follow nearcore: {@code near_crypto::Secp256K1Signature::check_signature_values}
 * ({@code r < n && s < (rejectUpperS ? n/2 + 1 : n)}, with r and s read as 32-byte big-endian
 * integers) followed by libsecp256k1 recovery (which additionally fails for r = 0 or s = 0).
 */
public final class Secp256k1 {
    private static final X9ECParameters PARAMS = CustomNamedCurves.getByName("secp256k1");
    private static final ECCurve CURVE = PARAMS.getCurve();
    private static final ECPoint G = PARAMS.getG();
    /** Curve order n. */
    static final BigInteger N = PARAMS.getN();
    /** Field prime p. */
    static final BigInteger P = CURVE.getField().getCharacteristic();
    /** n/2 + 1 (nearcore's SECP256K1_N_HALF_ONE): with the malleability flag s must be below it. */
    static final BigInteger N_HALF_ONE = N.shiftRight(1).add(BigInteger.ONE);

    private Secp256k1() {}

    /**
     * Recovers the signer's public key.
     *
     * @param hash32 the 32-byte message hash (interpreted big-endian and reduced mod n, as
     *     libsecp256k1 does)
     * @param sig64 64 bytes: r (32 bytes big-endian) followed by s (32 bytes big-endian)
     * @param v recovery id 0..3 (bit 0: parity of R.y; bit 1: R.x = r + n)
     * @param rejectUpperS NEAR's malleability flag: when true, s must be {@code <= n/2}
     * @return the 64-byte uncompressed public key {@code x || y} (big-endian, no 0x04 prefix),
     *     or {@code null} if the signature values are invalid (r or s zero or out of range) or
     *     recovery fails (no curve point for r, or the recovered key is the point at infinity)
     * @throws IllegalArgumentException if {@code hash32} is not 32 bytes, {@code sig64} is not
     *     64 bytes or {@code v} is not in 0..3 (the host function reports these as
     *     {@code ECRecoverError} before calling this method)
     */
    public static byte[] ecrecover(byte[] hash32, byte[] sig64, int v, boolean rejectUpperS) {
        if (hash32.length != 32) {
            throw new IllegalArgumentException("hash must be 32 bytes, got " + hash32.length);
        }
        if (sig64.length != 64) {
            throw new IllegalArgumentException("signature must be 64 bytes, got " + sig64.length);
        }
        if (v < 0 || v > 3) {
            throw new IllegalArgumentException("recovery id must be 0..3, got " + v);
        }
        BigInteger r = new BigInteger(1, java.util.Arrays.copyOfRange(sig64, 0, 32));
        BigInteger s = new BigInteger(1, java.util.Arrays.copyOfRange(sig64, 32, 64));
        // near_crypto check_signature_values
        if (r.compareTo(N) >= 0 || s.compareTo(rejectUpperS ? N_HALF_ONE : N) >= 0) {
            return null;
        }
        // libsecp256k1 rejects zero scalars during recovery
        if (r.signum() == 0 || s.signum() == 0) {
            return null;
        }
        BigInteger x = (v & 2) != 0 ? r.add(N) : r;
        if (x.compareTo(P) >= 0) {
            return null;
        }
        ECPoint rPoint = liftX(x, (v & 1) != 0);
        if (rPoint == null) {
            return null;
        }
        BigInteger e = new BigInteger(1, hash32).mod(N);
        BigInteger rInv = r.modInverse(N);
        BigInteger u1 = e.negate().mod(N).multiply(rInv).mod(N);
        BigInteger u2 = s.multiply(rInv).mod(N);
        ECPoint q = ECAlgorithms.sumOfTwoMultiplies(G, u1, rPoint, u2).normalize();
        if (q.isInfinity()) {
            return null;
        }
        byte[] out = new byte[64];
        byte[] enc = q.getEncoded(false); // 0x04 || x || y
        System.arraycopy(enc, 1, out, 0, 64);
        return out;
    }

    private static ECPoint liftX(BigInteger x, boolean oddY) {
        // y^2 = x^3 + 7 ; p = 3 mod 4 so sqrt = a^((p+1)/4)
        BigInteger rhs = x.pow(3).add(BigInteger.valueOf(7)).mod(P);
        BigInteger y = rhs.modPow(P.add(BigInteger.ONE).shiftRight(2), P);
        if (!y.multiply(y).mod(P).equals(rhs)) {
            return null;
        }
        if (y.testBit(0) != oddY) {
            y = P.subtract(y).mod(P);
        }
        return CURVE.validatePoint(x, y);
    }
}
