package dev.aidev.sdk;

/**
 * An amount of gas (u64). Immutable; arithmetic is checked.
 * JSON: a decimal string (near-gas's {@code NearGas}); Borsh: u64.
 */
public final class Gas implements Comparable<Gas> {
    public static final Gas ZERO = new Gas(0);
    private static final long PER_TGAS = 1_000_000_000_000L;

    private final long gas;

    private Gas(long gas) {
        this.gas = gas;
    }

    public static Gas ofGas(long gas) {
        if (gas < 0) {
            throw Env.panic("integer underflow");
        }
        return new Gas(gas);
    }

    /** {@code tgas} teragas: {@code Gas.tgas(30)} is 30 * 10^12 gas. */
    public static Gas tgas(long tgas) {
        if (tgas < 0) {
            throw Env.panic("integer underflow");
        }
        if (tgas > Long.MAX_VALUE / PER_TGAS) {
            throw Env.panic("integer overflow");
        }
        return new Gas(tgas * PER_TGAS);
    }

    public long asGas() {
        return gas;
    }

    public Gas add(Gas other) {
        long r = gas + other.gas;
        if (r < 0) {
            throw Env.panic("integer overflow");
        }
        return new Gas(r);
    }

    public Gas sub(Gas other) {
        if (other.gas > gas) {
            throw Env.panic("integer underflow");
        }
        return new Gas(gas - other.gas);
    }

    @Override
    public int compareTo(Gas other) {
        return Long.compare(gas, other.gas);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Gas && ((Gas) o).gas == gas;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(gas);
    }

    @Override
    public String toString() {
        return Long.toString(gas);
    }
}
