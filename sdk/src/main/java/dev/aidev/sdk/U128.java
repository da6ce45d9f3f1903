package dev.aidev.sdk;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An unsigned 128-bit integer: balances and token amounts in yoctoNEAR (1 NEAR = 10^24 yocto).
 * Immutable. Arithmetic is checked and panics with {@code integer overflow},
 * {@code integer underflow} or {@code division by zero}, never wraps.
 * JSON: a decimal string (near-sdk-rs's {@code U128}); Borsh: 16 bytes little-endian.
 */
public final class U128 implements Comparable<U128> {
    private static final BigInteger MAX_VALUE = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);
    private static final BigInteger YOCTO_PER_NEAR = BigInteger.TEN.pow(24);

    public static final U128 ZERO = new U128(BigInteger.ZERO);
    public static final U128 ONE = new U128(BigInteger.ONE);
    public static final U128 MAX = new U128(MAX_VALUE);
    /** One yoctoNEAR, the deposit NEP-141/171 require on transfers. */
    public static final U128 ONE_YOCTO = ONE;

    private final BigInteger value;

    private U128(BigInteger value) {
        this.value = value;
    }

    /** {@code value} yocto; panics on a negative value. */
    public static U128 of(long value) {
        if (value < 0) {
            throw Env.panic("integer underflow");
        }
        return new U128(BigInteger.valueOf(value));
    }

    /** Whole NEAR in yocto: {@code ofNear(5)} is 5 * 10^24. */
    public static U128 ofNear(long whole) {
        return of(whole).mul(new U128(YOCTO_PER_NEAR));
    }

    /**
     * A decimal NEAR amount in yocto: {@code ofNear("0.1")}, {@code ofNear("1.25")}; at most 24
     * fractional digits. Panics on anything else.
     */
    public static U128 ofNear(String decimal) {
        for (int i = 0; i < decimal.length(); i++) {
            char c = decimal.charAt(i);
            // ASCII only: BigDecimal would also take other scripts' digits, which the contract's
            // WebAssembly does not read.
            if (c > 127) {
                throw Env.panic("Invalid NEAR amount: " + decimal);
            }
        }
        BigDecimal near;
        try {
            near = new BigDecimal(decimal);
        } catch (NumberFormatException e) {
            throw Env.panic("Invalid NEAR amount: " + decimal);
        }
        if (near.signum() < 0 || decimal.indexOf('e') >= 0 || decimal.indexOf('E') >= 0
                || decimal.startsWith("+")) {
            throw Env.panic("Invalid NEAR amount: " + decimal);
        }
        BigDecimal yocto = near.movePointRight(24);
        if (yocto.stripTrailingZeros().scale() > 0) {
            throw Env.panic("Invalid NEAR amount: " + decimal);
        }
        return checked(yocto.toBigIntegerExact());
    }

    /** Parses a decimal string of digits (as in JSON); panics on anything else. */
    public static U128 parse(String decimal) {
        if (!isDigits(decimal, 39)) {
            throw Env.panic("Invalid U128: " + decimal);
        }
        return checked(new BigInteger(decimal));
    }

    /** From 16 little-endian bytes (the host ABI and Borsh layout). */
    public static U128 fromLittleEndian(byte[] bytes) {
        if (bytes.length != 16) {
            throw Env.panic("U128 needs 16 bytes, got " + bytes.length);
        }
        byte[] be = new byte[17];
        for (int i = 0; i < 16; i++) {
            be[16 - i] = bytes[i];
        }
        return new U128(new BigInteger(be));
    }

    /** The 16 little-endian bytes of this value. */
    public byte[] toLittleEndian() {
        byte[] be = value.toByteArray();
        byte[] le = new byte[16];
        for (int i = 0; i < 16 && i < be.length; i++) {
            le[i] = be[be.length - 1 - i];
        }
        return le;
    }

    public U128 add(U128 other) {
        return checked(value.add(other.value));
    }

    public U128 sub(U128 other) {
        BigInteger r = value.subtract(other.value);
        if (r.signum() < 0) {
            throw Env.panic("integer underflow");
        }
        return new U128(r);
    }

    public U128 mul(U128 other) {
        return checked(value.multiply(other.value));
    }

    /** Integer division, rounding down. */
    public U128 div(U128 other) {
        if (other.value.signum() == 0) {
            throw Env.panic("division by zero");
        }
        return new U128(value.divide(other.value));
    }

    public U128 rem(U128 other) {
        if (other.value.signum() == 0) {
            throw Env.panic("division by zero");
        }
        return new U128(value.remainder(other.value));
    }

    public U128 min(U128 other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public U128 max(U128 other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    /** This value as a long; panics with {@code integer overflow} if it does not fit. */
    public long toLongExact() {
        if (value.bitLength() > 63) {
            throw Env.panic("integer overflow");
        }
        return value.longValue();
    }

    @Override
    public int compareTo(U128 other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof U128 && ((U128) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The decimal digits, as in JSON. */
    @Override
    public String toString() {
        return value.toString();
    }

    private static U128 checked(BigInteger v) {
        if (v.compareTo(MAX_VALUE) > 0) {
            throw Env.panic("integer overflow");
        }
        return new U128(v);
    }

    static boolean isDigits(String s, int maxLength) {
        if (s == null || s.isEmpty() || s.length() > maxLength) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
