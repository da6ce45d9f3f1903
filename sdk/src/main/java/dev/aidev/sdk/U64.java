package dev.aidev.sdk;

/**
 * An unsigned 64-bit integer held in a long. Immutable. Arithmetic is checked and panics with
 * {@code integer overflow}, {@code integer underflow} or {@code division by zero}.
 * JSON: a decimal string (near-sdk-rs's {@code U64}); Borsh: u64 little-endian.
 */
public final class U64 implements Comparable<U64> {
    public static final U64 ZERO = new U64(0);
    public static final U64 MAX = new U64(-1L);

    private final long bits;

    private U64(long bits) {
        this.bits = bits;
    }

    /** Panics on a negative value. */
    public static U64 of(long value) {
        if (value < 0) {
            throw Env.panic("integer underflow");
        }
        return new U64(value);
    }

    /** The unsigned value whose two's-complement bits are {@code bits}. */
    public static U64 fromBits(long bits) {
        return new U64(bits);
    }

    public static U64 parse(String decimal) {
        if (!U128.isDigits(decimal, 20)) {
            throw Env.panic("Invalid U64: " + decimal);
        }
        try {
            return new U64(Long.parseUnsignedLong(decimal));
        } catch (NumberFormatException e) {
            throw Env.panic("integer overflow");
        }
    }

    /** The raw bits (negative when the value is at least 2^63). */
    public long bits() {
        return bits;
    }

    public long toLongExact() {
        if (bits < 0) {
            throw Env.panic("integer overflow");
        }
        return bits;
    }

    public U64 add(U64 other) {
        long r = bits + other.bits;
        if (Long.compareUnsigned(r, bits) < 0) {
            throw Env.panic("integer overflow");
        }
        return new U64(r);
    }

    public U64 sub(U64 other) {
        if (Long.compareUnsigned(bits, other.bits) < 0) {
            throw Env.panic("integer underflow");
        }
        return new U64(bits - other.bits);
    }

    public U64 mul(U64 other) {
        if (bits == 0 || other.bits == 0) {
            return ZERO;
        }
        long r = bits * other.bits;
        if (multiplyHighUnsigned(bits, other.bits) != 0) {
            throw Env.panic("integer overflow");
        }
        return new U64(r);
    }

    public U64 div(U64 other) {
        if (other.bits == 0) {
            throw Env.panic("division by zero");
        }
        return new U64(Long.divideUnsigned(bits, other.bits));
    }

    public U64 rem(U64 other) {
        if (other.bits == 0) {
            throw Env.panic("division by zero");
        }
        return new U64(Long.remainderUnsigned(bits, other.bits));
    }

    @Override
    public int compareTo(U64 other) {
        return Long.compareUnsigned(bits, other.bits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof U64 && ((U64) o).bits == bits;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(bits);
    }

    @Override
    public String toString() {
        return Long.toUnsignedString(bits);
    }

    /** The high 64 bits of the unsigned 128-bit product (Math.unsignedMultiplyHigh is Java 18+). */
    private static long multiplyHighUnsigned(long x, long y) {
        return Math.multiplyHigh(x, y) + (y & (x >> 63)) + (x & (y >> 63));
    }
}
