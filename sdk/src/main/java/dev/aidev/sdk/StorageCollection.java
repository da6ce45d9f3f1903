package dev.aidev.sdk;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A collection stored in contract storage, entry by entry, under its own key prefix (as
 * near-sdk-rs's {@code store} collections). The collection object itself (what is in the
 * contract state) holds only its prefix and, for vector-backed ones, a length.
 *
 * <p>Give every collection a distinct prefix; a prefix that is a prefix of another collection's
 * makes their entries collide, as in near-sdk-rs.
 */
public abstract class StorageCollection {
    final byte[] prefix;

    StorageCollection(byte[] prefix) {
        this.prefix = prefix.clone();
    }

    /** This collection's storage key prefix. */
    public final byte[] prefix() {
        return prefix.clone();
    }

    /** This collection in the contract state (Borsh). */
    abstract void writeLayout(Borsh.Writer w);

    /** Learns the element types from the declared type of the field holding this collection. */
    abstract void bindTypes(Type declared);

    static StorageCollection readLayout(Class<?> type, Borsh.Reader r) {
        if (type == LookupMap.class) {
            return new LookupMap<>(r.bytes());
        }
        if (type == LookupSet.class) {
            return new LookupSet<>(r.bytes());
        }
        if (type == Vector.class) {
            int len = r.count();
            return new Vector<>(r.bytes(), len);
        }
        if (type == IterableMap.class) {
            int len = r.count();
            byte[] keysPrefix = r.bytes();
            return new IterableMap<>(keysPrefix, len, r.bytes());
        }
        if (type == IterableSet.class) {
            int len = r.count();
            byte[] elementsPrefix = r.bytes();
            return new IterableSet<>(elementsPrefix, len, r.bytes());
        }
        if (type == TreeMap.class) {
            byte[] valuesPrefix = r.bytes();
            int len = r.count();
            return new TreeMap<>(valuesPrefix, len, r.bytes());
        }
        throw new IllegalArgumentException("Borsh cannot decode " + type.getName());
    }

    static byte[] utf8(String prefix) {
        return prefix.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static byte[] withSuffix(byte[] prefix, char suffix) {
        return concat(prefix, new byte[] {(byte) suffix});
    }

    static byte[] u32(int value) {
        return new byte[] {(byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24)};
    }

    static int readU32(byte[] bytes, int offset) {
        return (bytes[offset] & 0xff) | (bytes[offset + 1] & 0xff) << 8 | (bytes[offset + 2] & 0xff) << 16
                | (bytes[offset + 3] & 0xff) << 24;
    }

    /**
     * Borsh for one element type. On the JVM generics are erased, so the type comes from the
     * declaration of the field holding the collection (bound when the state is decoded), or else
     * from the runtime class of the first value encoded.
     */
    static final class Codec {
        private Type type;

        void bind(Type declared) {
            if (declared != null && !(declared instanceof java.lang.reflect.TypeVariable)
                    && !(declared instanceof java.lang.reflect.WildcardType)) {
                type = declared;
            }
        }

        byte[] encode(Object value) {
            if (type == null && value != null && learnable(value.getClass())) {
                type = value.getClass();
            }
            return type != null ? Borsh.encode(type, value) : Borsh.encode(value);
        }

        Object decode(byte[] bytes) {
            return Borsh.decode(bytes, known());
        }

        Object read(Borsh.Reader r) {
            return Borsh.read(known(), r);
        }

        private Type known() {
            if (type == null) {
                throw new IllegalStateException("The element type of this collection is unknown on the JVM: "
                        + "hold the collection in a contract field (or record component) declared with type arguments");
            }
            return type;
        }

        private static boolean learnable(Class<?> c) {
            return !List.class.isAssignableFrom(c) && !Map.class.isAssignableFrom(c) && c != Optional.class
                    && !StorageCollection.class.isAssignableFrom(c);
        }
    }
}
