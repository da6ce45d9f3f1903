package dev.aidev.vm.crypto;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.KeccakDigest;
import org.bouncycastle.crypto.digests.RIPEMD160Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;

/**
 * Hash functions behind NEAR's {@code sha256}, {@code keccak256}, {@code keccak512} and
 * {@code ripemd160} host functions. All methods accept any byte array (including empty) and
 * never fail except with {@link NullPointerException} for a {@code null} input.
 */
public final class Hashes {
    private Hashes() {}

    /** SHA-256 (FIPS 180-4). @return 32 bytes */
    public static byte[] sha256(byte[] data) {
        return run(new SHA256Digest(), data);
    }

    /** Keccak-256 with the original Keccak padding (not SHA3-256). @return 32 bytes */
    public static byte[] keccak256(byte[] data) {
        return run(new KeccakDigest(256), data);
    }

    /** Keccak-512 with the original Keccak padding (not SHA3-512). @return 64 bytes */
    public static byte[] keccak512(byte[] data) {
        return run(new KeccakDigest(512), data);
    }

    /** RIPEMD-160. @return 20 bytes */
    public static byte[] ripemd160(byte[] data) {
        return run(new RIPEMD160Digest(), data);
    }

    private static byte[] run(Digest d, byte[] data) {
        d.update(data, 0, data.length);
        byte[] out = new byte[d.getDigestSize()];
        d.doFinal(out, 0);
        return out;
    }
}
