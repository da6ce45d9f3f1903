package dev.aidev.sdk;

import java.lang.reflect.Type;

/**
 * A set in storage, not iterable (near-sdk-rs's {@code store::LookupSet}, identity hashing).
 * Layout: each element as the key {@code prefix + borsh(element)} with an empty value; the set
 * itself is Borsh {@code prefix}.
 */
public final class LookupSet<T> extends StorageCollection {
    private static final byte[] EMPTY = new byte[0];
    private final Codec elements = new Codec();

    public LookupSet(String prefix) {
        this(utf8(prefix));
    }

    public LookupSet(byte[] prefix) {
        super(prefix);
    }

    public boolean contains(T element) {
        return Env.storageHasKey(storageKey(element));
    }

    /** Adds {@code element}; true when it was not present. */
    public boolean insert(T element) {
        return !Env.storageWrite(storageKey(element), EMPTY);
    }

    /** Removes {@code element}; true when it was present. */
    public boolean remove(T element) {
        return Env.storageRemove(storageKey(element));
    }

    private byte[] storageKey(T element) {
        return concat(prefix, elements.encode(element));
    }

    @Override
    void writeLayout(Borsh.Writer w) {
        w.bytes(prefix);
    }

    @Override
    void bindTypes(Type declared) {
        elements.bind(Types.argument(declared, 0));
    }
}
