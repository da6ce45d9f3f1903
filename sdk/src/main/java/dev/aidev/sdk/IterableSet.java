package dev.aidev.sdk;

import java.lang.reflect.Type;
import java.util.List;

/**
 * An iterable set in storage (near-sdk-rs's {@code store::IterableSet}, default SHA-256 key
 * hashing). Layout, for prefix {@code p}: the elements in a {@link Vector} with prefix
 * {@code p + "v"}; for each element, {@code sha256(p + "m" + borsh(element))} holds its index in
 * that vector as u32. The set itself is Borsh {@code (len: u32, p + "v", p + "m")}. Removal swaps
 * the last element into the removed one's slot.
 */
public final class IterableSet<T> extends StorageCollection {
    private final Vector<T> elements;
    private final byte[] indexPrefix;

    public IterableSet(String prefix) {
        this(utf8(prefix));
    }

    public IterableSet(byte[] prefix) {
        this(withSuffix(prefix, 'v'), 0, withSuffix(prefix, 'm'));
    }

    IterableSet(byte[] elementsPrefix, int len, byte[] indexPrefix) {
        super(indexPrefix.length > 0 ? java.util.Arrays.copyOf(indexPrefix, indexPrefix.length - 1) : indexPrefix);
        this.elements = new Vector<>(elementsPrefix, len);
        this.indexPrefix = indexPrefix.clone();
    }

    public int size() {
        return elements.size();
    }

    public boolean isEmpty() {
        return elements.isEmpty();
    }

    public boolean contains(T element) {
        return Env.storageHasKey(indexKey(element));
    }

    /** Adds {@code element}; true when it was not present. */
    public boolean insert(T element) {
        byte[] key = indexKey(element);
        if (Env.storageHasKey(key)) {
            return false;
        }
        elements.push(element);
        Env.storageWrite(key, u32(elements.size() - 1));
        return true;
    }

    /** Removes {@code element}; true when it was present. */
    public boolean remove(T element) {
        byte[] key = indexKey(element);
        byte[] raw = Env.storageRead(key);
        if (raw == null) {
            return false;
        }
        int index = readU32(raw, 0);
        Env.storageRemove(key);
        int last = elements.size() - 1;
        elements.swapRemove(index);
        if (index != last) {
            Env.storageWrite(indexKey(elements.get(index)), u32(index));
        }
        return true;
    }

    /** The elements, in storage order. */
    public List<T> toList() {
        return elements.toList();
    }

    /** Up to {@code limit} elements from position {@code from}. */
    public List<T> toList(int from, int limit) {
        return elements.toList(from, limit);
    }

    /** Removes every element. */
    public void clear() {
        for (T e : elements.toList()) {
            Env.storageRemove(indexKey(e));
        }
        elements.clear();
    }

    private byte[] indexKey(T element) {
        return Env.sha256(concat(indexPrefix, elements.elementCodec().encode(element)));
    }

    @Override
    void writeLayout(Borsh.Writer w) {
        elements.writeLayout(w);
        w.bytes(indexPrefix);
    }

    @Override
    void bindTypes(Type declared) {
        elements.elementCodec().bind(Types.argument(declared, 0));
    }
}
