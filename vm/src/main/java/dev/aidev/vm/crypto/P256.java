package dev.aidev.vm.crypto;

import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.math.ec.ECPoint;

/** NIST P-256 (secp256r1) ECDSA verification of a prehashed message, for NEAR's {@code p256_verify}. */
public final class P256 {
    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256r1");
    private static final ECDomainParameters DOMAIN =
            new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH());

    private P256() {}

    /**
     * @param sig64 r || s, 32 bytes each, big-endian (high s accepted)
     * @param prehash the message digest, used as is
     * @param pk33 a SEC1 compressed public key
     * @return whether the signature verifies; false for malformed keys or out-of-range r, s
     */
    public static boolean verifyPrehash(byte[] sig64, byte[] prehash, byte[] pk33) {
        if (sig64.length != 64 || pk33.length != 33) {
            throw new IllegalArgumentException("P-256 needs a 64-byte signature and a 33-byte key");
        }
        ECPoint q;
        try {
            q = CURVE.getCurve().decodePoint(pk33);
        } catch (IllegalArgumentException e) {
            return false;
        }
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(sig64, 0, 32));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(sig64, 32, 64));
        BigInteger n = CURVE.getN();
        if (r.signum() == 0 || s.signum() == 0 || r.compareTo(n) >= 0 || s.compareTo(n) >= 0) {
            return false;
        }
        ECDSASigner signer = new ECDSASigner();
        signer.init(false, new ECPublicKeyParameters(q, DOMAIN));
        return signer.verifySignature(prehash, r, s);
    }
}
