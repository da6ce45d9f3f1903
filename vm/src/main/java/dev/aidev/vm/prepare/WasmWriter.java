package dev.aidev.vm.prepare;

import java.io.ByteArrayOutputStream;

/** Appends WebAssembly binary encodings (LEB128 integers, bytes) to a growing buffer. */
final class WasmWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    WasmWriter u8(int b) {
        out.write(b);
        return this;
    }

    WasmWriter bytes(byte[] b) {
        out.write(b, 0, b.length);
        return this;
    }

    WasmWriter bytes(byte[] b, int from, int to) {
        out.write(b, from, to - from);
        return this;
    }

    WasmWriter u32(long value) {
        long v = value;
        do {
            int b = (int) (v & 0x7F);
            v >>>= 7;
            if (v != 0) {
                b |= 0x80;
            }
            out.write(b);
        } while (v != 0);
        return this;
    }

    WasmWriter s64(long value) {
        long v = value;
        while (true) {
            int b = (int) (v & 0x7F);
            v >>= 7;
            boolean done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
            if (done) {
                out.write(b);
                return this;
            }
            out.write(b | 0x80);
        }
    }

    WasmWriter s32(int value) {
        return s64(value);
    }

    /** Writes {@code content} as a length-prefixed blob (a section body or a function body). */
    WasmWriter sized(byte[] content) {
        u32(content.length);
        return bytes(content);
    }

    int size() {
        return out.size();
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
