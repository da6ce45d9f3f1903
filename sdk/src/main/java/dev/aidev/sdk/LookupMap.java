package dev.aidev.sdk;

import java.lang.reflect.Type;

/**
 * A map in storage, not iterable (near-sdk-rs's {@code store::LookupMap}, identity key hashing).
 * Layout: each entry under {@code prefix + borsh(key)} holding {@code borsh(value)}; the map
 * itself is Borsh {@code prefix} (u32 length + bytes). Writes go straight to storage.
 */
public final class LookupMap<K, V> extends StorageCollection {
    private final Codec keys = new Codec();
    private final Codec values = new Codec();

    public LookupMap(String prefix) {
        this(utf8(prefix));
    }

    public LookupMap(byte[] prefix) {
        super(prefix);
    }

    /** The value under {@code key}, or null. */
    @SuppressWarnings("unchecked")
    public V get(K key) {
        byte[] raw = Env.storageRead(storageKey(key));
        return raw == null ? null : (V) values.decode(raw);
    }

    public V getOrDefault(K key, V defaultValue) {
        V v = get(key);
        return v != null ? v : defaultValue;
    }

    public boolean containsKey(K key) {
        return Env.storageHasKey(storageKey(key));
    }

    /** Stores {@code value} under {@code key}; returns the previous value, or null. */
    public V insert(K key, V value) {
        byte[] encoded = values.encode(value);
        byte[] storageKey = storageKey(key);
        V previous = get(key);
        Env.storageWrite(storageKey, encoded);
        return previous;
    }

    /** Stores {@code value} under {@code key} without reading the previous value. */
    public void set(K key, V value) {
        Env.storageWrite(storageKey(key), values.encode(value));
    }

    /** Removes {@code key}; returns its value, or null. */
    public V remove(K key) {
        V previous = get(key);
        Env.storageRemove(storageKey(key));
        return previous;
    }

    byte[] storageKey(K key) {
        return concat(prefix, keys.encode(key));
    }

    @Override
    void writeLayout(Borsh.Writer w) {
        w.bytes(prefix);
    }

    @Override
    void bindTypes(Type declared) {
        keys.bind(Types.argument(declared, 0));
        values.bind(Types.argument(declared, 1));
    }
}
