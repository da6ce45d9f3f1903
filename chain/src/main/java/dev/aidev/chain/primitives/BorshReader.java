package dev.aidev.chain.primitives;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads Borsh from a byte array. Each method takes {@code what} (the field being read, e.g.
 * {@code "nonce"}) so that a failure reads "Expected nonce (u64, 8 bytes) at offset 57, but only 3
 * bytes remain." Failures are {@link BorshException}s carrying the offset, never an
 * {@code IndexOutOfBoundsException}. The reader does not copy the input: don't change it while
 * reading.
 */
public final class BorshReader {
    private final byte[] data;
    private int pos;

    public BorshReader(byte[] data) {
        this.data = data;
    }

    /** Offset of the next byte to read. */
    public int offset() {
        return pos;
    }

    public int remaining() {
        return data.length - pos;
    }

    /** An error at {@code offset}; call sites read {@code throw reader.error(...)}. */
    public BorshException error(int offset, String message) {
        return new BorshException(offset, message);
    }

    private void need(int n, String what, String type) {
        if (n > remaining()) {
            throw error(pos, "Expected " + what + " (" + type + ", " + n + " bytes) at offset " + pos
                    + ", but only " + remaining() + " bytes remain.");
        }
    }

    public int u8(String what) {
        need(1, what, "u8");
        return data[pos++] & 0xFF;
    }

    public int u16(String what) {
        need(2, what, "u16");
        return (int) little(2);
    }

    public long u32(String what) {
        need(4, what, "u32");
        return little(4);
    }

    /** The 64 bits as a Java long; values above 2^63-1 come back negative (use {@link Long#toUnsignedString}). */
    public long u64(String what) {
        need(8, what, "u64");
        return little(8);
    }

    public BigInteger u128(String what) {
        need(16, what, "u128");
        byte[] be = new byte[16];
        for (int i = 0; i < 16; i++) {
            be[15 - i] = data[pos + i];
        }
        pos += 16;
        return new BigInteger(1, be);
    }

    public boolean bool(String what) {
        int at = pos;
        int b = u8(what);
        if (b > 1) {
            throw error(at, "Expected " + what + " (bool) at offset " + at + " to be 0 or 1, got " + b + ".");
        }
        return b == 1;
    }

    /** A {@code String}: u32 byte length, then UTF-8, which must be valid. */
    public String string(String what) {
        int at = pos;
        byte[] bytes = lengthPrefixed(what, "string");
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw error(at, "Expected " + what + " (string) at offset " + at + " to be UTF-8, but it is not.");
        }
    }

    /** A {@code Vec<u8>}: u32 length, then the bytes. */
    public byte[] bytes(String what) {
        return lengthPrefixed(what, "Vec<u8>");
    }

    /** A fixed-size array {@code [u8; n]}. */
    public byte[] fixed(int n, String what) {
        need(n, what, "[u8; " + n + "]");
        byte[] out = Arrays.copyOfRange(data, pos, pos + n);
        pos += n;
        return out;
    }

    /** The next {@code n} bytes without consuming them; the caller has checked that they exist. */
    byte[] fixedPeek(int n) {
        return Arrays.copyOfRange(data, pos, pos + n);
    }

    /** An {@code Option<T>}: tag 0 none, tag 1 some. */
    public <T> Optional<T> option(String what, Function<BorshReader, T> readValue) {
        int at = pos;
        int tag = u8(what + " option tag");
        return switch (tag) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(readValue.apply(this));
            default -> throw error(at, "Expected " + what + " option tag (0 or 1) at offset " + at + ", got " + tag + ".");
        };
    }

    /** A {@code Vec<T>}: u32 count, then each item. */
    public <T> List<T> vec(String what, Function<BorshReader, T> readItem) {
        int at = pos;
        long count = u32(what + " length");
        // Every item we decode takes at least one byte, so a larger count cannot be satisfied;
        // checking first avoids allocating for a hostile length.
        if (count > remaining()) {
            throw error(at, "Expected " + what + " of " + count + " items at offset " + at
                    + ", but only " + remaining() + " bytes remain.");
        }
        List<T> items = new ArrayList<>((int) count);
        for (long i = 0; i < count; i++) {
            items.add(readItem.apply(this));
        }
        return items;
    }

    /** A NEAR account id: a string that must follow NEAR's account-id rules. */
    public String accountId(String what) {
        int at = pos;
        String id = string(what);
        if (!dev.aidev.vm.host.AccountIds.isValid(id)) {
            throw error(at, "Expected " + what + " at offset " + at + " to be a valid account id, got '" + id + "'.");
        }
        return id;
    }

    /** Fails unless every byte has been read: a value must be the whole input. */
    public void finish(String what) {
        if (remaining() > 0) {
            throw error(pos, "Unexpected " + remaining() + " trailing bytes after " + what + " at offset " + pos + ".");
        }
    }

    private byte[] lengthPrefixed(String what, String type) {
        int at = pos;
        long len = u32(what + " length");
        if (len > remaining()) {
            throw error(at, "Expected " + what + " (" + type + " of " + len + " bytes) at offset " + at
                    + ", but only " + remaining() + " bytes remain.");
        }
        byte[] out = Arrays.copyOfRange(data, pos, pos + (int) len);
        pos += (int) len;
        return out;
    }

    private long little(int n) {
        long v = 0;
        for (int i = 0; i < n; i++) {
            v |= (long) (data[pos + i] & 0xFF) << (8 * i);
        }
        pos += n;
        return v;
    }
}
