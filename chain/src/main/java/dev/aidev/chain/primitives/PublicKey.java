package dev.aidev.chain.primitives;

import dev.aidev.vm.Base58;
import dev.aidev.vm.PublicKeys;
import java.util.Arrays;

/**
 * A NEAR public key: Borsh enum {0 ed25519 [u8; 32], 1 secp256k1 [u8; 64]}, text
 * {@code ed25519:<base58>} (nearcore core/crypto/src/signature.rs).
 */
public record PublicKey(KeyType type, byte[] data) {
    public PublicKey {
        if (data.length != type.publicKeyLength()) {
            throw new IllegalArgumentException(type.prefix() + " public keys are " + type.publicKeyLength()
                    + " bytes, this one is " + data.length + ".");
        }
        data = data.clone();
    }

    public static PublicKey ed25519(byte[] data) {
        return new PublicKey(KeyType.ED25519, data);
    }

    /** Parses {@code ed25519:<base58>}, {@code secp256k1:<base58>} or bare Base58 (ed25519), as nearcore does. */
    public static PublicKey parse(String text) {
        return fromBorsh(PublicKeys.fromText(text));
    }

    /** @throws IllegalArgumentException unless {@code borsh} is exactly one Borsh public key */
    public static PublicKey fromBorsh(byte[] borsh) {
        BorshReader r = new BorshReader(borsh);
        try {
            PublicKey key = read(r, "public key");
            r.finish("public key");
            return key;
        } catch (BorshException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public static PublicKey read(BorshReader r, String what) {
        KeyType type = KeyType.readTag(r, what);
        return new PublicKey(type, r.fixed(type.publicKeyLength(), what));
    }

    public void write(BorshWriter w) {
        w.tag(type.tag()).fixed(data);
    }

    /** Borsh bytes: the type tag and the key. */
    public byte[] toBorsh() {
        BorshWriter w = new BorshWriter();
        write(w);
        return w.toByteArray();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PublicKey k && type == k.type && Arrays.equals(data, k.data);
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
