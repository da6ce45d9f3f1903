package dev.aidev.sdk;

/**
 * The result of a promise this call depends on ({@code promise_result}): successful with the
 * callee's returned bytes (its JSON result, for near-sdk-style callees), or failed.
 */
public final class PromiseResult {
    private final boolean successful;
    private final byte[] value;

    private PromiseResult(boolean successful, byte[] value) {
        this.successful = successful;
        this.value = value;
    }

    public static PromiseResult successful(byte[] value) {
        return new PromiseResult(true, value.clone());
    }

    /** A successful result holding {@code json} as UTF-8. */
    public static PromiseResult successfulJson(String json) {
        return successful(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static PromiseResult failed() {
        return new PromiseResult(false, new byte[0]);
    }

    public boolean isSuccessful() {
        return successful;
    }

    /** The returned bytes (empty when failed). */
    public byte[] value() {
        return value.clone();
    }

    /** The returned bytes as UTF-8 text: the callee's JSON result. */
    public String json() {
        return new String(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return successful ? "Successful(" + json() + ")" : "Failed";
    }
}
