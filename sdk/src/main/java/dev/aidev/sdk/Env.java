package dev.aidev.sdk;

import java.nio.charset.StandardCharsets;

/**
 * The blockchain environment: thin typed wrappers over NEAR's host functions (near-sdk-rs's
 * {@code env}). On NEAR the compiler maps each method to its host import; on the JVM each
 * delegates to the {@link Host} installed for the current thread (a
 * {@link dev.aidev.sdk.testing.MockBlockchain}, installed by
 * {@link dev.aidev.sdk.testing.JvmContract}).
 */
public final class Env {
    private static final ThreadLocal<Host> HOST = new ThreadLocal<>();

    private Env() {}

    /**
     * Installs the host for this thread (JVM only; contracts never call this). Also forgets the
     * promises of a previous call.
     */
    public static void setHost(Host host) {
        HOST.set(host);
        Promise.resetPending();
    }

    /** The host installed for this thread (JVM only). */
    public static Host host() {
        Host host = HOST.get();
        if (host == null) {
            throw new IllegalStateException(
                    "No NEAR host on this thread: run the contract through JvmContract or call Env.setHost(new MockBlockchain()).");
        }
        return host;
    }

    // ---- Context ----

    /** The account that owns this contract. */
    public static AccountId currentAccountId() {
        return AccountId.of(host().currentAccountId());
    }

    /** The account that signed the original transaction. */
    public static AccountId signerAccountId() {
        return AccountId.of(host().signerAccountId());
    }

    /** The public key that signed the original transaction. */
    public static PublicKey signerAccountPk() {
        return PublicKey.fromBytes(host().signerAccountPk());
    }

    /** The account that called this method (the contract itself for its own callbacks). */
    public static AccountId predecessorAccountId() {
        return AccountId.of(host().predecessorAccountId());
    }

    /** The raw input of this call (its JSON arguments). */
    public static byte[] input() {
        return host().input();
    }

    public static long blockHeight() {
        return host().blockHeight();
    }

    /** Nanoseconds since the Unix epoch. */
    public static long blockTimestamp() {
        return host().blockTimestamp();
    }

    /** {@link #blockTimestamp()} as a {@link Timestamp}. */
    public static Timestamp blockTime() {
        return Timestamp.ofNanos(host().blockTimestamp());
    }

    public static long epochHeight() {
        return host().epochHeight();
    }

    /** Bytes of storage this account uses. */
    public static long storageUsage() {
        return host().storageUsage();
    }

    // ---- Economics ----

    public static U128 accountBalance() {
        return host().accountBalance();
    }

    public static U128 accountLockedBalance() {
        return host().accountLockedBalance();
    }

    /** The deposit attached to this call, in yoctoNEAR. */
    public static U128 attachedDeposit() {
        return host().attachedDeposit();
    }

    public static Gas prepaidGas() {
        return Gas.ofGas(host().prepaidGas());
    }

    public static Gas usedGas() {
        return Gas.ofGas(host().usedGas());
    }

    // ---- Math ----

    /** 32 bytes of randomness, the same for every call in the block. */
    public static byte[] randomSeed() {
        return host().randomSeed();
    }

    public static byte[] sha256(byte[] value) {
        return host().sha256(value);
    }

    public static byte[] keccak256(byte[] value) {
        return host().keccak256(value);
    }

    public static byte[] keccak512(byte[] value) {
        return host().keccak512(value);
    }

    /** Whether {@code signature} (64 bytes) signs {@code message} under the 32-byte ed25519 key. */
    public static boolean ed25519Verify(byte[] signature, byte[] message, byte[] publicKey) {
        return host().ed25519Verify(signature, message, publicKey);
    }

    // ---- Miscellaneous ----

    /** Logs {@code message} ({@code log_utf8}). */
    public static void log(String message) {
        host().log(message);
    }

    /**
     * Aborts the call with {@code message} ({@code panic_utf8}); state changes are discarded.
     * Never returns: it is declared to return the exception so a call site can read
     * {@code throw Env.panic("...")}. Works without a host (then it just throws).
     */
    public static ContractPanic panic(String message) {
        Host host = HOST.get();
        if (host == null) {
            throw new ContractPanic(message);
        }
        throw host.panic(message);
    }

    /** Panics with {@code message} unless {@code condition} holds (near-sdk-rs's {@code require!}). */
    public static void require(boolean condition, String message) {
        if (!condition) {
            throw panic(message);
        }
    }

    /** Sets the call's return value ({@code value_return}); exported methods do this for you. */
    public static void valueReturn(byte[] value) {
        host().valueReturn(value);
    }

    // ---- Storage ----

    /** Writes {@code value} under {@code key}; true when it replaced a value. */
    public static boolean storageWrite(byte[] key, byte[] value) {
        return host().storageWrite(key, value) != null;
    }

    /** The value under {@code key}, or null. */
    public static byte[] storageRead(byte[] key) {
        return host().storageRead(key);
    }

    /** Removes {@code key}; true when it existed. */
    public static boolean storageRemove(byte[] key) {
        return host().storageRemove(key) != null;
    }

    public static boolean storageHasKey(byte[] key) {
        return host().storageHasKey(key);
    }

    /** Writes a UTF-8 string value under a UTF-8 string key. */
    public static boolean storageWrite(String key, byte[] value) {
        return storageWrite(key.getBytes(StandardCharsets.UTF_8), value);
    }

    // ---- Promises ----

    /** How many promise results this call (a callback) receives. */
    public static long promiseResultsCount() {
        return host().promiseResultsCount();
    }
}
