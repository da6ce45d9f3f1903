package dev.aidev.sdk;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * A public key: a curve and its key bytes (ed25519: 32 bytes, secp256k1: 64 bytes). Immutable.
 * JSON: {@code "ed25519:<base58>"}; Borsh: the curve as u8 (0 ed25519, 1 secp256k1), then the key
 * bytes without a length (nearcore's layout, which near-sdk-rs 4.1+ follows: UNVERIFIED for
 * every near-sdk version).
 */
public final class PublicKey {
    /** Curves, in their Borsh order. */
    public enum Curve {
        ED25519(32),
        SECP256K1(64);

        private final int keyLength;

        Curve(int keyLength) {
            this.keyLength = keyLength;
        }

        public int keyLength() {
            return keyLength;
        }

        String prefix() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private final Curve curve;
    private final byte[] key;

    private PublicKey(Curve curve, byte[] key) {
        this.curve = curve;
        this.key = key;
    }

    public static PublicKey of(Curve curve, byte[] key) {
        if (key.length != curve.keyLength()) {
            throw Env.panic("Invalid public key: " + curve.prefix() + " needs " + curve.keyLength()
                    + " bytes, got " + key.length);
        }
        return new PublicKey(curve, key.clone());
    }

    /** From the curve byte followed by the key (the host's {@code signer_account_pk} layout). */
    public static PublicKey fromBytes(byte[] curveAndKey) {
        if (curveAndKey.length == 0 || (curveAndKey[0] & 0xff) >= Curve.values().length) {
            throw Env.panic("Invalid public key: unknown curve");
        }
        return of(Curve.values()[curveAndKey[0]], Arrays.copyOfRange(curveAndKey, 1, curveAndKey.length));
    }

    /** Parses {@code ed25519:<base58>} or {@code secp256k1:<base58>}; a missing prefix means ed25519. */
    public static PublicKey parse(String text) {
        int colon = text.indexOf(':');
        Curve curve = Curve.ED25519;
        if (colon >= 0) {
            String name = text.substring(0, colon);
            if (name.equals("ed25519")) {
                curve = Curve.ED25519;
            } else if (name.equals("secp256k1")) {
                curve = Curve.SECP256K1;
            } else {
                throw Env.panic("Invalid public key: unknown curve " + name);
            }
        }
        return of(curve, base58Decode(text.substring(colon + 1)));
    }

    public Curve curve() {
        return curve;
    }

    /** The key bytes, without the curve. */
    public byte[] key() {
        return key.clone();
    }

    /** The curve byte followed by the key. */
    public byte[] toBytes() {
        byte[] out = new byte[key.length + 1];
        out[0] = (byte) curve.ordinal();
        System.arraycopy(key, 0, out, 1, key.length);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PublicKey && ((PublicKey) o).curve == curve && Arrays.equals(((PublicKey) o).key, key);
    }

    @Override
    public int hashCode() {
        return curve.hashCode() * 31 + Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return curve.prefix() + ":" + base58Encode(key);
    }

    static String base58Encode(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        BigInteger n = new BigInteger(1, bytes);
        BigInteger base = BigInteger.valueOf(58);
        while (n.signum() > 0) {
            BigInteger[] qr = n.divideAndRemainder(base);
            sb.append(ALPHABET.charAt(qr[1].intValue()));
            n = qr[0];
        }
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            sb.append('1');
        }
        return sb.reverse().toString();
    }

    static byte[] base58Decode(String text) {
        BigInteger n = BigInteger.ZERO;
        BigInteger base = BigInteger.valueOf(58);
        for (int i = 0; i < text.length(); i++) {
            int digit = ALPHABET.indexOf(text.charAt(i));
            if (digit < 0) {
                throw Env.panic("Invalid public key: bad base58 character '" + text.charAt(i) + "'");
            }
            n = n.multiply(base).add(BigInteger.valueOf(digit));
        }
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == '1') {
            zeros++;
        }
        byte[] magnitude = n.signum() == 0 ? new byte[0] : n.toByteArray();
        int skip = magnitude.length > 0 && magnitude[0] == 0 ? 1 : 0;
        byte[] out = new byte[zeros + magnitude.length - skip];
        System.arraycopy(magnitude, skip, out, zeros, magnitude.length - skip);
        return out;
    }
}
