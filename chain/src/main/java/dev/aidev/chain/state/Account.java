package dev.aidev.chain.state;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A NEAR account: its balance, locked (staked) balance, the hash of its contract (32 zero bytes
 * when it has none) and the bytes of state it pays storage for.
 */
public record Account(BigInteger amount, BigInteger locked, byte[] codeHash, long storageUsage) {
    public static final byte[] NO_CODE = new byte[32];

    public Account {
        if (amount.signum() < 0 || locked.signum() < 0) {
            throw new IllegalArgumentException("Balances are never negative.");
        }
        codeHash = codeHash.clone();
    }

    public boolean hasContract() {
        return !Arrays.equals(codeHash, NO_CODE);
    }

    public Account withAmount(BigInteger a) {
        return new Account(a, locked, codeHash, storageUsage);
    }

    public Account withLocked(BigInteger l) {
        return new Account(amount, l, codeHash, storageUsage);
    }

    public Account withCodeHash(byte[] h) {
        return new Account(amount, locked, h, storageUsage);
    }

    public Account withStorageUsage(long s) {
        return new Account(amount, locked, codeHash, s);
    }

    /** Encoded as amount (u128 LE), locked (u128 LE), code hash (32 bytes), storage usage (u64 LE). */
    public byte[] encode() {
        ByteBuffer b = ByteBuffer.allocate(72).order(ByteOrder.LITTLE_ENDIAN);
        b.put(u128(amount)).put(u128(locked)).put(codeHash).putLong(storageUsage);
        return b.array();
    }

    public static Account decode(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] a = new byte[16];
        byte[] l = new byte[16];
        byte[] h = new byte[32];
        b.get(a).get(l).get(h);
        return new Account(fromU128(a), fromU128(l), h, b.getLong());
    }

    private static byte[] u128(BigInteger v) {
        byte[] be = v.toByteArray();
        byte[] le = new byte[16];
        for (int i = 0; i < 16 && i < be.length; i++) {
            le[i] = be[be.length - 1 - i];
        }
        return le;
    }

    private static BigInteger fromU128(byte[] le) {
        byte[] be = new byte[17];
        for (int i = 0; i < 16; i++) {
            be[16 - i] = le[i];
        }
        return new BigInteger(be);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Account a && amount.equals(a.amount) && locked.equals(a.locked)
                && Arrays.equals(codeHash, a.codeHash) && storageUsage == a.storageUsage;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(amount, locked, Arrays.hashCode(codeHash), storageUsage);
    }
}
