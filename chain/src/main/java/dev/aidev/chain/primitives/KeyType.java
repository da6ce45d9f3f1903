package dev.aidev.chain.primitives;

/** NEAR's key types, with their Borsh tag, text prefix and key/signature lengths. */
public enum KeyType {
    ED25519(0, "ed25519", 32, 64),
    /** Public key is the 64-byte uncompressed point without the 0x04 prefix; signature r||s||v. */
    SECP256K1(1, "secp256k1", 64, 65);

    private final int tag;
    private final String prefix;
    private final int publicKeyLength;
    private final int signatureLength;

    KeyType(int tag, String prefix, int publicKeyLength, int signatureLength) {
        this.tag = tag;
        this.prefix = prefix;
        this.publicKeyLength = publicKeyLength;
        this.signatureLength = signatureLength;
    }

    public int tag() {
        return tag;
    }

    /** The text prefix: {@code ed25519} or {@code secp256k1}. */
    public String prefix() {
        return prefix;
    }

    public int publicKeyLength() {
        return publicKeyLength;
    }

    public int signatureLength() {
        return signatureLength;
    }

    /** @throws IllegalArgumentException for a prefix other than ed25519 / secp256k1 (case-insensitive, as nearcore) */
    public static KeyType ofPrefix(String prefix) {
        return switch (prefix.toLowerCase(java.util.Locale.ROOT)) {
            case "ed25519" -> ED25519;
            case "secp256k1" -> SECP256K1;
            default -> throw new IllegalArgumentException("Unknown key type '" + prefix + "' (ed25519 or secp256k1).");
        };
    }

    static KeyType readTag(BorshReader r, String what) {
        int at = r.offset();
        int tag = r.u8(what + " key type");
        return switch (tag) {
            case 0 -> ED25519;
            case 1 -> SECP256K1;
            default -> throw r.error(at, "Expected " + what + " key type (0 ed25519 or 1 secp256k1) at offset "
                    + at + ", got " + tag + ".");
        };
    }
}
