package dev.aidev.chain.primitives;

import dev.aidev.vm.Base58;
import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.math.ec.ECPoint;

/**
 * A NEAR signature: Borsh enum {0 ed25519 [u8; 64], 1 secp256k1 [u8; 65] = r || s || v}, text
 * {@code ed25519:<base58>} (nearcore core/crypto/src/signature.rs).
 */
public record Signature(KeyType type, byte[] data) {
    static final X9ECParameters SECP256K1 = CustomNamedCurves.getByName("secp256k1");
    static final ECDomainParameters SECP256K1_DOMAIN = new ECDomainParameters(
            SECP256K1.getCurve(), SECP256K1.getG(), SECP256K1.getN(), SECP256K1.getH());

    public Signature {
        if (data.length != type.signatureLength()) {
            throw new IllegalArgumentException(type.prefix() + " signatures are " + type.signatureLength()
                    + " bytes, this one is " + data.length + ".");
        }
        data = data.clone();
    }

    /** Parses {@code ed25519:<base58>} / {@code secp256k1:<base58>}; bare Base58 means ed25519, as in nearcore. */
    public static Signature parse(String text) {
        int colon = text.indexOf(':');
        KeyType type = colon < 0 ? KeyType.ED25519 : KeyType.ofPrefix(text.substring(0, colon));
        return new Signature(type, Base58.decode(text.substring(colon + 1)));
    }

    /**
     * Reads a signature. Like nearcore, an ed25519 signature whose last byte has any of its top
     * three bits set is rejected while parsing (a sanity check ed25519-dalek 1.x made).
     */
    public static Signature read(BorshReader r, String what) {
        KeyType type = KeyType.readTag(r, what);
        int at = r.offset();
        byte[] data = r.fixed(type.signatureLength(), what);
        if (type == KeyType.ED25519 && (data[63] & 0xE0) != 0) {
            throw r.error(at, "Expected " + what + " at offset " + at
                    + " to be an ed25519 signature, but its last byte has the top bits set.");
        }
        return new Signature(type, data);
    }

    public void write(BorshWriter w) {
        w.tag(type.tag()).fixed(data);
    }

    /**
     * Whether this signs {@code message} under {@code key}, as nearcore's {@code Signature::verify}:
     * <ul>
     * <li>ed25519: a plain Ed25519 verification of {@code message};</li>
     * <li>secp256k1: {@code message} itself is the 32-byte digest (NEAR signs the transaction hash,
     * it does not hash again); ECDSA over r, s with {@code v} only required to be a recovery id
     * 0..3; s must be in the lower half (libsecp256k1 rejects high-s signatures).</li>
     * </ul>
     * A key of the other type, a key that is not a curve point, or a message of the wrong length
     * gives {@code false}.
     */
    public boolean verify(byte[] message, PublicKey key) {
        if (key.type() != type) {
            return false;
        }
        return type == KeyType.ED25519 ? verifyEd25519(message, key.data()) : verifySecp256k1(message, key.data());
    }

    private boolean verifyEd25519(byte[] message, byte[] key) {
        Ed25519PublicKeyParameters pub;
        try {
            pub = new Ed25519PublicKeyParameters(key, 0);
        } catch (IllegalArgumentException e) {
            return false;
        }
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(false, pub);
        signer.update(message, 0, message.length);
        return signer.verifySignature(data);
    }

    private boolean verifySecp256k1(byte[] digest, byte[] key) {
        if (digest.length != 32 || (data[64] & 0xFF) > 3) {
            return false;
        }
        BigInteger n = SECP256K1.getN();
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(data, 0, 32));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(data, 32, 64));
        if (r.signum() == 0 || s.signum() == 0 || r.compareTo(n) >= 0 || s.compareTo(n.shiftRight(1)) > 0) {
            return false;
        }
        ECPoint point;
        try {
            byte[] uncompressed = new byte[65];
            uncompressed[0] = 4;
            System.arraycopy(key, 0, uncompressed, 1, 64);
            point = SECP256K1.getCurve().decodePoint(uncompressed);
        } catch (IllegalArgumentException e) {
            return false;
        }
        ECDSASigner signer = new ECDSASigner();
        signer.init(false, new ECPublicKeyParameters(point, SECP256K1_DOMAIN));
        return signer.verifySignature(digest, r, s);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && type == s.type && Arrays.equals(data, s.data);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + Arrays.hashCode(data);
    }

    /** NEAR's text form, {@code ed25519:<base58>}. */
    @Override
    public String toString() {
        return type.prefix() + ":" + Base58.encode(data);
    }
}
