package dev.aidev.sdk;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * An iterable map in storage (near-sdk-rs's {@code store::IterableMap}, default SHA-256 key
 * hashing). Layout, for prefix {@code p}: the keys in a {@link Vector} with prefix {@code p + "v"};
 * each entry under {@code sha256(p + "m" + borsh(key))} holding {@code borsh(value) + u32_le(index
 * of the key in the keys vector)}. The map itself is Borsh {@code (len: u32, p + "v", p + "m")}.
 * Removal swaps the last key into the removed key's slot, as near-sdk-rs does.
 */
public final class IterableMap<K, V> extends StorageCollection {
    private final Vector<K> keys;
    private final byte[] valuesPrefix;
    private final Codec values = new Codec();

    public IterableMap(String prefix) {
        this(utf8(prefix));
    }

    public IterableMap(byte[] prefix) {
        this(withSuffix(prefix, 'v'), 0, withSuffix(prefix, 'm'));
    }

    IterableMap(byte[] keysPrefix, int len, byte[] valuesPrefix) {
        super(valuesPrefix.length > 0 ? java.util.Arrays.copyOf(valuesPrefix, valuesPrefix.length - 1) : valuesPrefix);
        this.keys = new Vector<>(keysPrefix, len);
        this.valuesPrefix = valuesPrefix.clone();
    }

    public int size() {
        return keys.size();
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    public boolean containsKey(K key) {
        return Env.storageHasKey(entryKey(key));
    }

    /** The value under {@code key}, or null. */
    @SuppressWarnings("unchecked")
    public V get(K key) {
        byte[] raw = Env.storageRead(entryKey(key));
        if (raw == null) {
            return null;
        }
        return (V) values.read(new Borsh.Reader(raw));
    }

    public V getOrDefault(K key, V defaultValue) {
        V v = get(key);
        return v != null ? v : defaultValue;
    }

    /** Stores {@code value} under {@code key}; returns the previous value, or null. */
    @SuppressWarnings("unchecked")
    public V insert(K key, V value) {
        byte[] encoded = values.encode(value);
        byte[] entryKey = entryKey(key);
        byte[] raw = Env.storageRead(entryKey);
        if (raw != null) {
            Borsh.Reader r = new Borsh.Reader(raw);
            V previous = (V) values.read(r);
            int index = r.count();
            Env.storageWrite(entryKey, concat(encoded, u32(index)));
            return previous;
        }
        keys.push(key);
        Env.storageWrite(entryKey, concat(encoded, u32(keys.size() - 1)));
        return null;
    }

    /** Removes {@code key}; returns its value, or null. */
    @SuppressWarnings("unchecked")
    public V remove(K key) {
        byte[] entryKey = entryKey(key);
        byte[] raw = Env.storageRead(entryKey);
        if (raw == null) {
            return null;
        }
        Borsh.Reader r = new Borsh.Reader(raw);
        V previous = (V) values.read(r);
        int index = r.count();
        Env.storageRemove(entryKey);
        int last = keys.size() - 1;
        keys.swapRemove(index);
        if (index != last) {
            // the key that was last now sits at index: update its stored index
            K moved = keys.get(index);
            byte[] movedKey = entryKey(moved);
            byte[] movedRaw = Env.storageRead(movedKey);
            byte[] updated = movedRaw.clone();
            System.arraycopy(u32(index), 0, updated, updated.length - 4, 4);
            Env.storageWrite(movedKey, updated);
        }
        return previous;
    }

    /** The keys, in storage order (insertion order until a removal swaps one in). */
    public List<K> keys() {
        return keys.toList();
    }

    /** Up to {@code limit} keys from position {@code from} (for paginated views). */
    public List<K> keys(int from, int limit) {
        return keys.toList(from, limit);
    }

    /** The values, in the order of {@link #keys()}. */
    public List<V> values() {
        List<V> out = new ArrayList<>();
        for (K k : keys.toList()) {
            out.add(get(k));
        }
        return out;
    }

    /** Removes every entry. */
    public void clear() {
        for (K k : keys.toList()) {
            Env.storageRemove(entryKey(k));
        }
        keys.clear();
    }

    private byte[] entryKey(K key) {
        return Env.sha256(concat(valuesPrefix, keys.elementCodec().encode(key)));
    }

    @Override
    void writeLayout(Borsh.Writer w) {
        keys.writeLayout(w);
        w.bytes(valuesPrefix);
    }

    @Override
    void bindTypes(Type declared) {
        keys.elementCodec().bind(Types.argument(declared, 0));
        values.bind(Types.argument(declared, 1));
    }
}
