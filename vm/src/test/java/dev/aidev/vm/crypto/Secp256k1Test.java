package dev.aidev.vm.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

class Secp256k1Test {
    private static final X9ECParameters PARAMS = CustomNamedCurves.getByName("secp256k1");
    private static final BigInteger N = PARAMS.getN();

    private static byte[] be32(BigInteger v) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[32];
        int n = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - n, out, 32 - n, n);
        return out;
    }

    private static byte[] sig(BigInteger r, BigInteger s) {
        byte[] out = new byte[64];
        System.arraycopy(be32(r), 0, out, 0, 32);
        System.arraycopy(be32(s), 0, out, 32, 32);
        return out;
    }

    private static byte[] pub(BigInteger priv) {
        ECPoint q = PARAMS.getG().multiply(priv).normalize();
        return Arrays.copyOfRange(q.getEncoded(false), 1, 65);
    }

    private static BigInteger[] sign(BigInteger priv, byte[] hash) {
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, new ECPrivateKeyParameters(priv,
                new ECDomainParameters(PARAMS.getCurve(), PARAMS.getG(), N, PARAMS.getH())));
        return signer.generateSignature(hash);
    }

    private static int findV(byte[] hash, byte[] sig, byte[] expected) {
        for (int v = 0; v < 4; v++) {
            byte[] got = Secp256k1.ecrecover(hash, sig, v, false);
            if (got != null && Arrays.equals(got, expected)) {
                return v;
            }
        }
        return -1;
    }

    @Test
    void recoversKeyOfBouncyCastleSignature() {
        for (int i = 1; i <= 8; i++) {
            BigInteger priv = new BigInteger(1, Hashes.sha256(("key" + i).getBytes(StandardCharsets.UTF_8)));
            byte[] hash = Hashes.keccak256(("message " + i).getBytes(StandardCharsets.UTF_8));
            BigInteger[] rs = sign(priv, hash);
            byte[] expected = pub(priv);
            byte[] sig = sig(rs[0], rs[1]);
            int v = findV(hash, sig, expected);
            assertThat(v).isBetween(0, 1);
            // the other parity gives a different (or no) key
            byte[] other = Secp256k1.ecrecover(hash, sig, v ^ 1, false);
            assertThat(other == null || !Arrays.equals(other, expected)).isTrue();
            // the malleated signature (n - s, flipped parity) recovers the same key without the flag
            BigInteger sHigh = N.subtract(rs[1]);
            byte[] sigHigh = sig(rs[0], sHigh);
            assertThat(Secp256k1.ecrecover(hash, sigHigh, v ^ 1, false)).isEqualTo(expected);
            // and exactly one of s, n-s is accepted with the malleability flag
            boolean lowOk = Secp256k1.ecrecover(hash, sig, v, true) != null;
            boolean highOk = Secp256k1.ecrecover(hash, sigHigh, v ^ 1, true) != null;
            assertThat(lowOk ^ highOk).isTrue();
        }
    }

    @Test
    void knownVectorPrivateKeyOne() {
        // priv = 1 -> public key = generator
        byte[] hash = Hashes.sha256("abc".getBytes(StandardCharsets.UTF_8));
        BigInteger[] rs = sign(BigInteger.ONE, hash);
        byte[] g = pub(BigInteger.ONE);
        assertThat(org.bouncycastle.util.encoders.Hex.toHexString(g)).isEqualTo(
                "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
                        + "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8");
        assertThat(findV(hash, sig(rs[0], rs[1]), g)).isBetween(0, 1);
    }

    @Test
    void signatureValueBoundaries() {
        byte[] hash = new byte[32];
        hash[31] = 1;
        BigInteger halfOne = N.shiftRight(1).add(BigInteger.ONE);
        BigInteger r = PARAMS.getG().getAffineXCoord().toBigInteger(); // a valid x coordinate
        // r, s >= n rejected
        assertThat(Secp256k1.ecrecover(hash, sig(N, BigInteger.ONE), 0, false)).isNull();
        assertThat(Secp256k1.ecrecover(hash, sig(r, N), 0, false)).isNull();
        // zero r or s rejected
        assertThat(Secp256k1.ecrecover(hash, sig(BigInteger.ZERO, BigInteger.ONE), 0, false)).isNull();
        assertThat(Secp256k1.ecrecover(hash, sig(r, BigInteger.ZERO), 0, false)).isNull();
        // s = n/2 (floor) accepted with the flag, s = n/2 + 1 rejected with the flag only
        BigInteger half = N.shiftRight(1);
        assertThat(Secp256k1.ecrecover(hash, sig(r, half), 0, true)).isNotNull();
        assertThat(Secp256k1.ecrecover(hash, sig(r, halfOne), 0, true)).isNull();
        assertThat(Secp256k1.ecrecover(hash, sig(r, halfOne), 0, false)).isNotNull();
        // v = 2/3 need r + n < p: for this r it is, but r + n may have no curve point
        byte[] v2 = Secp256k1.ecrecover(hash, sig(BigInteger.ONE, BigInteger.ONE), 2, false);
        // 1 + n < p ; result is either a key or null, never an exception
        assertThat(v2 == null || v2.length == 64).isTrue();
        // r with r + n >= p fails for v >= 2
        assertThat(Secp256k1.ecrecover(hash, sig(r, BigInteger.ONE), 2, false)).isNull();
    }

    @Test
    void rejectsBadLengthsAndRecoveryId() {
        assertThatThrownBy(() -> Secp256k1.ecrecover(new byte[31], new byte[64], 0, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Secp256k1.ecrecover(new byte[32], new byte[65], 0, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Secp256k1.ecrecover(new byte[32], new byte[64], 4, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
