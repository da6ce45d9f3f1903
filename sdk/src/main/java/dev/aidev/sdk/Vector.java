package dev.aidev.sdk;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * A growable array in storage (near-sdk-rs's {@code store::Vector}). Layout: element {@code i}
 * under {@code prefix + u32_le(i)} holding {@code borsh(element)}; the vector itself is Borsh
 * {@code (len: u32, prefix)}, so its length lives in the contract state (a vector stored inside
 * a map value must be written back after changing its length, as in near-sdk-rs).
 */
public final class Vector<T> extends StorageCollection {
    private final Codec elements = new Codec();
    private int len;

    public Vector(String prefix) {
        this(utf8(prefix));
    }

    public Vector(byte[] prefix) {
        this(prefix, 0);
    }

    Vector(byte[] prefix, int len) {
        super(prefix);
        this.len = len;
    }

    public int size() {
        return len;
    }

    public boolean isEmpty() {
        return len == 0;
    }

    /** The element at {@code index}; panics with {@code Index out of bounds} outside 0..size-1. */
    @SuppressWarnings("unchecked")
    public T get(int index) {
        checkIndex(index);
        return (T) elements.decode(read(index));
    }

    public void push(T element) {
        if (len == Integer.MAX_VALUE) {
            throw Env.panic("integer overflow");
        }
        Env.storageWrite(key(len), elements.encode(element));
        len++;
    }

    /** Removes and returns the last element, or null when empty. */
    public T pop() {
        if (len == 0) {
            return null;
        }
        T last = get(len - 1);
        Env.storageRemove(key(len - 1));
        len--;
        return last;
    }

    /** Replaces the element at {@code index}; returns the old one. */
    public T set(int index, T element) {
        byte[] encoded = elements.encode(element);
        T old = get(index);
        Env.storageWrite(key(index), encoded);
        return old;
    }

    /** Removes the element at {@code index}, moving the last element into its place. */
    public T swapRemove(int index) {
        checkIndex(index);
        if (index == len - 1) {
            return pop();
        }
        T removed = get(index);
        Env.storageWrite(key(index), read(len - 1));
        Env.storageRemove(key(len - 1));
        len--;
        return removed;
    }

    /** Removes every element. */
    public void clear() {
        for (int i = 0; i < len; i++) {
            Env.storageRemove(key(i));
        }
        len = 0;
    }

    /** All elements, in order. */
    public List<T> toList() {
        return toList(0, len);
    }

    /** Up to {@code limit} elements from {@code from} (for paginated views). */
    public List<T> toList(int from, int limit) {
        List<T> out = new ArrayList<>();
        if (from < 0 || limit < 0) {
            throw Env.panic("Index out of bounds");
        }
        for (int i = from; i < len && i - from < limit; i++) {
            out.add(get(i));
        }
        return out;
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= len) {
            throw Env.panic("Index out of bounds");
        }
    }

    private byte[] read(int index) {
        byte[] raw = Env.storageRead(key(index));
        if (raw == null) {
            throw Env.panic("The collection is an inconsistent state. Did previous smart contract execution terminate unexpectedly?");
        }
        return raw;
    }

    private byte[] key(int index) {
        return concat(prefix, u32(index));
    }

    Codec elementCodec() {
        return elements;
    }

    @Override
    void writeLayout(Borsh.Writer w) {
        w.le(len, 4);
        w.bytes(prefix);
    }

    @Override
    void bindTypes(Type declared) {
        elements.bind(Types.argument(declared, 0));
    }
}
