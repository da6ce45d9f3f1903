package dev.aidev.compiler.emit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte array with the WebAssembly binary format's LEB128 and name encodings. */
final class ByteWriter {
    private byte[] buf = new byte[64];
    private int size;

    void u8(int b) {
        if (size == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        buf[size++] = (byte) b;
    }

    void bytes(byte[] b) {
        for (byte x : b) {
            u8(x);
        }
    }

    /** Unsigned LEB128 of a u32 (counts, indices, lengths). */
    void u32(long v) {
        if (v < 0 || v > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("Value " + v + " does not fit in a u32.");
        }
        do {
            int b = (int) (v & 0x7F);
            v >>>= 7;
            u8(v != 0 ? b | 0x80 : b);
        } while (v != 0);
    }

    /** Signed LEB128 (i32.const and i64.const immediates). */
    void s64(long v) {
        while (true) {
            int b = (int) (v & 0x7F);
            v >>= 7;
            boolean done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
            u8(done ? b : b | 0x80);
            if (done) {
                return;
            }
        }
    }

    void name(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        u32(b.length);
        bytes(b);
    }

    /** A length-prefixed vector of already encoded bytes. */
    void sized(ByteWriter w) {
        u32(w.size);
        for (int i = 0; i < w.size; i++) {
            u8(w.buf[i]);
        }
    }

    int size() {
        return size;
    }

    byte[] toArray() {
        return Arrays.copyOf(buf, size);
    }
}
