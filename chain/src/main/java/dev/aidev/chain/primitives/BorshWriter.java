package dev.aidev.chain.primitives;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Writes Borsh (https://borsh.io): little-endian integers, {@code u32}-length-prefixed strings
 * and vectors, a {@code u8} tag for options, booleans and enums. Methods return {@code this}.
 *
 * <pre>{@code
 * byte[] bytes = new BorshWriter().string("alice.near").u64(7).toByteArray();
 * }</pre>
 */
public final class BorshWriter {
    private static final BigInteger U128_LIMIT = BigInteger.ONE.shiftLeft(128);

    private byte[] buf = new byte[64];
    private int size;

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    /** @throws IllegalArgumentException unless {@code 0 <= value <= 255} */
    public BorshWriter u8(int value) {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException("u8 value " + value + " is out of range 0..255.");
        }
        ensure(1);
        buf[size++] = (byte) value;
        return this;
    }

    /** @throws IllegalArgumentException unless {@code 0 <= value <= 65535} */
    public BorshWriter u16(int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("u16 value " + value + " is out of range 0..65535.");
        }
        return little(value, 2);
    }

    /** @throws IllegalArgumentException unless {@code 0 <= value <= 2^32-1} */
    public BorshWriter u32(long value) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("u32 value " + value + " is out of range 0..4294967295.");
        }
        return little(value, 4);
    }

    /** Writes the 64 bits of {@code value} as an unsigned integer (Java's negative longs are values above 2^63-1). */
    public BorshWriter u64(long value) {
        return little(value, 8);
    }

    /** @throws IllegalArgumentException unless {@code 0 <= value < 2^128} */
    public BorshWriter u128(BigInteger value) {
        if (value.signum() < 0 || value.compareTo(U128_LIMIT) >= 0) {
            throw new IllegalArgumentException("u128 value " + value + " is out of range 0..2^128-1.");
        }
        byte[] be = value.toByteArray();
        ensure(16);
        for (int i = 0; i < 16; i++) {
            int j = be.length - 1 - i;
            buf[size + i] = j >= 0 ? be[j] : 0;
        }
        size += 16;
        return this;
    }

    public BorshWriter bool(boolean value) {
        return u8(value ? 1 : 0);
    }

    /** A {@code String}: u32 byte length, then UTF-8. */
    public BorshWriter string(String value) {
        return bytes(value.getBytes(StandardCharsets.UTF_8));
    }

    /** A {@code Vec<u8>}: u32 length, then the bytes. */
    public BorshWriter bytes(byte[] value) {
        u32(value.length);
        return fixed(value);
    }

    /** A fixed-size array {@code [u8; N]}: the bytes with no length prefix. */
    public BorshWriter fixed(byte[] value) {
        ensure(value.length);
        System.arraycopy(value, 0, buf, size, value.length);
        size += value.length;
        return this;
    }

    /** An {@code Option<T>}: tag 0 for none, tag 1 and the value for some. */
    public <T> BorshWriter option(Optional<T> value, BiConsumer<BorshWriter, T> writeValue) {
        if (value.isEmpty()) {
            return u8(0);
        }
        u8(1);
        writeValue.accept(this, value.get());
        return this;
    }

    /** A {@code Vec<T>}: u32 count, then each item. */
    public <T> BorshWriter vec(List<T> items, BiConsumer<BorshWriter, T> writeItem) {
        u32(items.size());
        for (T item : items) {
            writeItem.accept(this, item);
        }
        return this;
    }

    /** An enum variant's tag (u8); the variant's fields follow. */
    public BorshWriter tag(int tag) {
        return u8(tag);
    }

    /** Number of bytes written so far. */
    public int size() {
        return size;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    private BorshWriter little(long value, int n) {
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[size++] = (byte) (value >>> (8 * i));
        }
        return this;
    }
}
