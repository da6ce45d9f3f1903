package dev.aidev.sdk;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Array;
import java.lang.reflect.Type;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Borsh encoding of contract values, per the mapping in docs/compiler-design.md:
 * boolean u8; byte/short/int/long i8..i64 LE; char u16; String u32 length + UTF-8; U64, Gas,
 * Timestamp u64; U128 16 bytes LE; AccountId like String; PublicKey curve u8 + key; enum u8
 * ordinal; record/class its members in order; List and arrays u32 count + elements; Optional
 * u8 0/1 + value; storage collections their layout (see each collection).
 *
 * <p>This is the JVM implementation (reflection); on NEAR the compiler generates the same
 * encoding per type. A null is only encodable as an {@code Optional}.
 */
public final class Borsh {
    private Borsh() {}

    /** Encodes {@code value} by its runtime class (list elements by theirs). */
    public static byte[] encode(Object value) {
        Writer w = new Writer();
        write(null, value, w);
        return w.toByteArray();
    }

    /** Encodes {@code value} as {@code type} (needed for Optional and generic containers). */
    public static byte[] encode(Type type, Object value) {
        Writer w = new Writer();
        write(type, value, w);
        return w.toByteArray();
    }

    public static <T> T decode(byte[] bytes, Class<T> type) {
        @SuppressWarnings("unchecked")
        T value = (T) Types.box(type).cast(decode(bytes, (Type) type));
        return value;
    }

    /** Decodes {@code bytes} as {@code type}; panics unless all bytes are one value. */
    public static Object decode(byte[] bytes, Type type) {
        Reader r = new Reader(bytes);
        Object value = read(type, r);
        if (r.pos != bytes.length) {
            throw Env.panic("Cannot deserialize value with Borsh: " + (bytes.length - r.pos) + " bytes left over");
        }
        return value;
    }

    // ---- writing ----

    static void write(Type type, Object v, Writer w) {
        Class<?> raw = type != null ? Types.raw(type) : (v != null ? v.getClass() : null);
        if (raw == Optional.class) {
            Optional<?> o = (Optional<?>) v;
            if (o == null || o.isEmpty()) {
                w.u8(0);
            } else {
                w.u8(1);
                write(Types.argument(type, 0), o.get(), w);
            }
            return;
        }
        if (v == null) {
            throw new IllegalArgumentException("Borsh cannot encode null"
                    + (raw != null ? " " + raw.getSimpleName() : "") + "; use Optional for a value that may be absent");
        }
        raw = Types.box(raw);
        if (raw == Boolean.class) {
            w.u8((Boolean) v ? 1 : 0);
        } else if (raw == Byte.class) {
            w.u8((Byte) v);
        } else if (raw == Short.class) {
            w.le((Short) v, 2);
        } else if (raw == Integer.class) {
            w.le((Integer) v, 4);
        } else if (raw == Long.class) {
            w.le((Long) v, 8);
        } else if (raw == Character.class) {
            w.le((Character) v, 2);
        } else if (raw == String.class) {
            w.bytes(((String) v).getBytes(StandardCharsets.UTF_8));
        } else if (raw == AccountId.class) {
            w.bytes(v.toString().getBytes(StandardCharsets.UTF_8));
        } else if (raw == U64.class) {
            w.le(((U64) v).bits(), 8);
        } else if (raw == Gas.class) {
            w.le(((Gas) v).asGas(), 8);
        } else if (raw == Timestamp.class) {
            w.le(((Timestamp) v).nanos(), 8);
        } else if (raw == U128.class) {
            w.raw(((U128) v).toLittleEndian());
        } else if (raw == PublicKey.class) {
            w.raw(((PublicKey) v).toBytes());
        } else if (StorageCollection.class.isAssignableFrom(raw)) {
            StorageCollection c = (StorageCollection) v;
            c.bindTypes(type);
            c.writeLayout(w);
        } else if (List.class.isAssignableFrom(raw) || raw == Collection.class) {
            Collection<?> list = (Collection<?>) v;
            w.le(list.size(), 4);
            Type element = type != null ? Types.argument(type, 0) : null;
            for (Object e : list) {
                write(element, e, w);
            }
        } else if (raw.isArray()) {
            int n = Array.getLength(v);
            w.le(n, 4);
            Type element = type != null ? Types.component(type) : raw.getComponentType();
            for (int i = 0; i < n; i++) {
                write(element, Array.get(v, i), w);
            }
        } else if (Types.enumClass(raw) != null) {
            w.u8(((Enum<?>) v).ordinal());
        } else if (Types.isStruct(raw)) {
            for (Types.Member m : Types.members(raw)) {
                write(m.type, m.get(v), w);
            }
        } else {
            throw new IllegalArgumentException("Borsh cannot encode " + raw.getName());
        }
    }

    // ---- reading ----

    static Object read(Type type, Reader r) {
        Class<?> raw = Types.box(Types.raw(type));
        if (raw == Optional.class) {
            int tag = r.u8();
            if (tag == 0) {
                return Optional.empty();
            }
            if (tag != 1) {
                throw Env.panic("Cannot deserialize value with Borsh: invalid Option tag " + tag);
            }
            return Optional.of(read(Types.argument(type, 0), r));
        }
        if (raw == Boolean.class) {
            int b = r.u8();
            if (b > 1) {
                throw Env.panic("Cannot deserialize value with Borsh: invalid bool " + b);
            }
            return b == 1;
        } else if (raw == Byte.class) {
            return (byte) r.u8();
        } else if (raw == Short.class) {
            return (short) r.le(2);
        } else if (raw == Integer.class) {
            return (int) r.le(4);
        } else if (raw == Long.class) {
            return r.le(8);
        } else if (raw == Character.class) {
            return (char) r.le(2);
        } else if (raw == String.class) {
            return r.string();
        } else if (raw == AccountId.class) {
            String s = r.string();
            if (!AccountId.isValid(s)) {
                throw Env.panic("Cannot deserialize value with Borsh: invalid account ID " + s);
            }
            return AccountId.of(s);
        } else if (raw == U64.class) {
            return U64.fromBits(r.le(8));
        } else if (raw == Gas.class) {
            return Gas.ofGas(r.le(8));
        } else if (raw == Timestamp.class) {
            return Timestamp.ofNanos(r.le(8));
        } else if (raw == U128.class) {
            return U128.fromLittleEndian(r.raw(16));
        } else if (raw == PublicKey.class) {
            int curve = r.u8();
            if (curve >= PublicKey.Curve.values().length) {
                throw Env.panic("Cannot deserialize value with Borsh: unknown curve " + curve);
            }
            PublicKey.Curve c = PublicKey.Curve.values()[curve];
            return PublicKey.of(c, r.raw(c.keyLength()));
        } else if (StorageCollection.class.isAssignableFrom(raw)) {
            StorageCollection c = StorageCollection.readLayout(raw, r);
            c.bindTypes(type);
            return c;
        } else if (List.class.isAssignableFrom(raw) || raw == Collection.class) {
            int n = r.count();
            List<Object> list = new ArrayList<>(Math.min(n, 1024));
            for (int i = 0; i < n; i++) {
                list.add(read(Types.argument(type, 0), r));
            }
            return list;
        } else if (raw.isArray()) {
            int n = r.count();
            Type element = Types.component(type);
            Object array = Array.newInstance(Types.raw(element), n);
            for (int i = 0; i < n; i++) {
                Array.set(array, i, read(element, r));
            }
            return array;
        } else if (raw.isEnum()) {
            int ordinal = r.u8();
            Object[] constants = raw.getEnumConstants();
            if (ordinal >= constants.length) {
                throw Env.panic("Cannot deserialize value with Borsh: invalid " + raw.getSimpleName() + " " + ordinal);
            }
            return constants[ordinal];
        } else if (Types.isStruct(raw)) {
            List<Types.Member> members = Types.members(raw);
            Object[] values = new Object[members.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = read(members.get(i).type, r);
            }
            return Types.instantiate(raw, values);
        }
        throw new IllegalArgumentException("Borsh cannot decode " + raw.getName());
    }

    /** Little-endian output. */
    static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        void u8(int b) {
            out.write(b);
        }

        void le(long value, int size) {
            for (int i = 0; i < size; i++) {
                out.write((int) (value >>> (8 * i)));
            }
        }

        void raw(byte[] bytes) {
            out.write(bytes, 0, bytes.length);
        }

        /** u32 length + bytes: Vec<u8>, String, storage prefixes. */
        void bytes(byte[] bytes) {
            le(bytes.length, 4);
            raw(bytes);
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }

    /** Little-endian input; running out of bytes panics. */
    static final class Reader {
        private final byte[] in;
        private int pos;

        Reader(byte[] in) {
            this.in = in;
        }

        private void need(int n) {
            if (n < 0 || in.length - pos < n) {
                throw Env.panic("Cannot deserialize value with Borsh: unexpected end of input");
            }
        }

        int u8() {
            need(1);
            return in[pos++] & 0xff;
        }

        long le(int size) {
            need(size);
            long v = 0;
            for (int i = 0; i < size; i++) {
                v |= (in[pos + i] & 0xffL) << (8 * i);
            }
            pos += size;
            // sign-extend narrower values so (short), (int) casts see the right bits
            return size == 8 ? v : (v << (64 - 8 * size)) >> (64 - 8 * size);
        }

        /** A u32 count, which must fit in an int. */
        int count() {
            long n = le(4) & 0xffffffffL;
            if (n > Integer.MAX_VALUE) {
                throw Env.panic("Cannot deserialize value with Borsh: length " + n + " too large");
            }
            return (int) n;
        }

        byte[] raw(int n) {
            need(n);
            byte[] out = java.util.Arrays.copyOfRange(in, pos, pos + n);
            pos += n;
            return out;
        }

        byte[] bytes() {
            return raw(count());
        }

        String string() {
            byte[] utf8 = bytes();
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(utf8)).toString();
            } catch (CharacterCodingException e) {
                throw Env.panic("Cannot deserialize value with Borsh: invalid UTF-8");
            }
        }
    }
}
