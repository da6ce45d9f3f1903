package dev.aidev.vm.prepare;

import java.util.Arrays;

/**
 * A cursor over WebAssembly binary bytes: LEB128 integers, bytes and vectors.
 *
 * <p>Written by hand because preparation must see every byte of a function body (to place gas and
 * stack accounting exactly where nearcore places it) and copy it back out unchanged; Chicory's
 * parser decodes into its own types and does not round-trip.
 */
final class WasmReader {
    private final byte[] bytes;
    private int pos;
    private final int end;

    WasmReader(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    WasmReader(byte[] bytes, int start, int end) {
        this.bytes = bytes;
        this.pos = start;
        this.end = end;
    }

    int pos() {
        return pos;
    }

    int end() {
        return end;
    }

    boolean atEnd() {
        return pos >= end;
    }

    byte[] source() {
        return bytes;
    }

    int u8() {
        if (pos >= end) {
            throw new MalformedWasm("unexpected end of section or function at offset " + pos);
        }
        return bytes[pos++] & 0xFF;
    }

    long u32() {
        long result = 0;
        int shift = 0;
        while (true) {
            int b = u8();
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                break;
            }
            shift += 7;
            if (shift > 28) {
                throw new MalformedWasm("integer representation too long at offset " + pos);
            }
        }
        if (result > 0xFFFF_FFFFL) {
            throw new MalformedWasm("integer too large at offset " + pos);
        }
        return result;
    }

    int u32AsInt() {
        long v = u32();
        if (v > Integer.MAX_VALUE) {
            throw new MalformedWasm("count " + v + " too large at offset " + pos);
        }
        return (int) v;
    }

    /** Skips a signed LEB128 of at most {@code bits} bits. */
    void skipSigned(int bits) {
        int maxBytes = (bits + 6) / 7;
        for (int i = 0; i < maxBytes; i++) {
            if ((u8() & 0x80) == 0) {
                return;
            }
        }
        throw new MalformedWasm("integer representation too long at offset " + pos);
    }

    void skip(int n) {
        if (n < 0 || pos + n > end) {
            throw new MalformedWasm("unexpected end of section or function at offset " + pos);
        }
        pos += n;
    }

    byte[] slice(int from, int to) {
        return Arrays.copyOfRange(bytes, from, to);
    }

    String name() {
        int len = u32AsInt();
        int from = pos;
        skip(len);
        return new String(bytes, from, len, java.nio.charset.StandardCharsets.UTF_8);
    }
}
