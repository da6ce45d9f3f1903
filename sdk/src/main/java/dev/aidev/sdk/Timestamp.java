package dev.aidev.sdk;

/**
 * A point in time in nanoseconds since the Unix epoch, as {@link Env#blockTimestamp()} gives it.
 * Immutable; arithmetic is checked. JSON: a decimal string (as near-sdk-rs's {@code U64});
 * Borsh: u64.
 */
public final class Timestamp implements Comparable<Timestamp> {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long nanos;

    private Timestamp(long nanos) {
        this.nanos = nanos;
    }

    public static Timestamp ofNanos(long nanos) {
        if (nanos < 0) {
            throw Env.panic("integer underflow");
        }
        return new Timestamp(nanos);
    }

    public static Timestamp ofSeconds(long seconds) {
        return ofNanos(multiply(seconds, NANOS_PER_SECOND));
    }

    public long nanos() {
        return nanos;
    }

    public long seconds() {
        return nanos / NANOS_PER_SECOND;
    }

    public Timestamp plusSeconds(long seconds) {
        return plusNanos(multiply(seconds, NANOS_PER_SECOND));
    }

    public Timestamp plusNanos(long delta) {
        long r = nanos + delta;
        if (delta >= 0 ? r < nanos : r > nanos) {
            throw Env.panic(delta >= 0 ? "integer overflow" : "integer underflow");
        }
        return ofNanos(r);
    }

    public boolean isBefore(Timestamp other) {
        return nanos < other.nanos;
    }

    public boolean isAfter(Timestamp other) {
        return nanos > other.nanos;
    }

    private static long multiply(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi != 0 || lo < 0) && (hi != -1 || lo >= 0)) {
            throw Env.panic("integer overflow");
        }
        return lo;
    }

    @Override
    public int compareTo(Timestamp other) {
        return Long.compare(nanos, other.nanos);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Timestamp && ((Timestamp) o).nanos == nanos;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(nanos);
    }

    @Override
    public String toString() {
        return Long.toString(nanos);
    }
}
