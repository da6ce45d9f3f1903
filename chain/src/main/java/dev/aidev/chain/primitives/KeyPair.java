package dev.aidev.chain.primitives;

import dev.aidev.vm.Base58;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * An ed25519 key pair. Its secret text form is NEAR's: {@code ed25519:<base58 of 64 bytes = seed ||
 * public key>}, as nearcore key files ({@code validator_key.json}) and near-api-js credentials write
 * it. {@link #toString()} shows only the public key, so a key pair can't leak into a log.
 */
public final class KeyPair {
    private final byte[] seed;
    private final PublicKey publicKey;

    private KeyPair(byte[] seed) {
        this.seed = seed.clone();
        this.publicKey = PublicKey.ed25519(new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded());
    }

    public static KeyPair generate(SecureRandom random) {
        byte[] seed = new byte[32];
        random.nextBytes(seed);
        return new KeyPair(seed);
    }

    /** The key pair whose 32-byte ed25519 secret seed is {@code seed}. */
    public static KeyPair fromSeed(byte[] seed) {
        if (seed.length != 32) {
            throw new IllegalArgumentException("An ed25519 seed is 32 bytes, this one is " + seed.length + ".");
        }
        return new KeyPair(seed);
    }

    /**
     * Parses NEAR's secret-key text {@code ed25519:<base58 of seed || public key>}.
     *
     * @throws IllegalArgumentException for another key type, a length other than 64 bytes, or a public
     *     half that does not belong to the seed
     */
    public static KeyPair parse(String secretKey) {
        int colon = secretKey.indexOf(':');
        KeyType type = colon < 0 ? KeyType.ED25519 : KeyType.ofPrefix(secretKey.substring(0, colon));
        if (type != KeyType.ED25519) {
            throw new IllegalArgumentException("Only ed25519 secret keys are supported, got " + type.prefix() + ".");
        }
        byte[] bytes = Base58.decode(secretKey.substring(colon + 1));
        if (bytes.length != 64) {
            throw new IllegalArgumentException("An ed25519 secret key is 64 bytes (seed and public key), this one is "
                    + bytes.length + ".");
        }
        KeyPair pair = new KeyPair(Arrays.copyOf(bytes, 32));
        if (!Arrays.equals(pair.publicKey.data(), Arrays.copyOfRange(bytes, 32, 64))) {
            throw new IllegalArgumentException("The secret key's public half does not match its seed.");
        }
        return pair;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** Signs {@code message} (for a transaction: its 32-byte hash). */
    public Signature sign(byte[] message) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, new Ed25519PrivateKeyParameters(seed, 0));
        signer.update(message, 0, message.length);
        return new Signature(KeyType.ED25519, signer.generateSignature());
    }

    /** NEAR's secret-key text, {@code ed25519:<base58 of seed || public key>}. Treat it as a secret. */
    public String secretKeyText() {
        byte[] both = Arrays.copyOf(seed, 64);
        System.arraycopy(publicKey.data(), 0, both, 32, 32);
        return "ed25519:" + Base58.encode(both);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyPair k && Arrays.equals(seed, k.seed);
    }

    @Override
    public int hashCode() {
        return publicKey.hashCode();
    }

    /** Shows the public key only. */
    @Override
    public String toString() {
        return "KeyPair[" + publicKey + "]";
    }
}
