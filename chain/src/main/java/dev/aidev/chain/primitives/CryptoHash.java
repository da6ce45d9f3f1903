package dev.aidev.chain.primitives;

import dev.aidev.vm.Base58;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** NEAR's {@code CryptoHash}: 32 bytes, usually a sha256; written in Base58, Borsh {@code [u8; 32]}. */
public record CryptoHash(byte[] bytes) {
    public static final int LENGTH = 32;

    public CryptoHash {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("A CryptoHash is 32 bytes, this one is " + bytes.length + ".");
        }
        bytes = bytes.clone();
    }

    /** sha256 of {@code data}. */
    public static CryptoHash of(byte[] data) {
        return new CryptoHash(sha256(data));
    }

    /** @throws IllegalArgumentException if {@code base58} is not Base58 of 32 bytes */
    public static CryptoHash parse(String base58) {
        return new CryptoHash(Base58.decode(base58));
    }

    public static CryptoHash read(BorshReader r, String what) {
        return new CryptoHash(r.fixed(LENGTH, what));
    }

    public void write(BorshWriter w) {
        w.fixed(bytes);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CryptoHash h && Arrays.equals(bytes, h.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Base58, as NEAR shows hashes. */
    @Override
    public String toString() {
        return Base58.encode(bytes);
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256.", e);
        }
    }
}
