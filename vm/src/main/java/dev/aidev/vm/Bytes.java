package dev.aidev.vm;

import java.util.Arrays;
import java.util.Base64;

/** An immutable byte string with value equality and unsigned lexicographic order (storage keys). */
public final class Bytes implements Comparable<Bytes> {
    private final byte[] data;

    private Bytes(byte[] data) {
        this.data = data;
    }

    /** Copies {@code data}. */
    public static Bytes of(byte[] data) {
        return new Bytes(data.clone());
    }

    static Bytes wrap(byte[] data) {
        return new Bytes(data);
    }

    public byte[] toArray() {
        return data.clone();
    }

    public int length() {
        return data.length;
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes && Arrays.equals(data, ((Bytes) o).data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public int compareTo(Bytes o) {
        return Arrays.compareUnsigned(data, o.data);
    }

    @Override
    public String toString() {
        return base64();
    }
}
