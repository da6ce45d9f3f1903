package dev.aidev.sdk.testing;

import dev.aidev.sdk.ContractPanic;
import dev.aidev.sdk.Env;
import dev.aidev.sdk.Gas;
import dev.aidev.sdk.Host;
import dev.aidev.sdk.PromiseResult;
import dev.aidev.sdk.PublicKey;
import dev.aidev.sdk.U128;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An in-memory NEAR host for running contracts on the JVM (near-sdk-rs's mocked blockchain and
 * {@code testing_env!}): a settable call context, a storage map, logs, the return value, and the
 * promises a call creates. Host errors and panics are thrown as {@link ContractPanic} with
 * nearcore's message text.
 *
 * <pre>{@code
 * MockBlockchain chain = new MockBlockchain().predecessor("alice.near").attachedDeposit(U128.ofNear(1));
 * }</pre>
 *
 * <p>Context setters keep their values across calls, as {@code testing_env!} does.
 */
public final class MockBlockchain implements Host {
    /** nearcore's {@code max_length_storage_key}. */
    public static final int MAX_STORAGE_KEY_LENGTH = 2048;
    /** nearcore's per-record overhead in storage accounting. */
    public static final int STORAGE_RECORD_OVERHEAD = 40;

    private String currentAccountId = "contract.near";
    private String signerAccountId = "alice.near";
    private String predecessorAccountId = "alice.near";
    private byte[] signerAccountPk = PublicKey.of(PublicKey.Curve.ED25519, new byte[32]).toBytes();
    private long blockHeight = 1;
    private long blockTimestamp = 1_700_000_000_000_000_000L;
    private long epochHeight = 1;
    private long storageUsageBase;
    private U128 accountBalance = U128.ofNear(100);
    private U128 accountLockedBalance = U128.ZERO;
    private U128 attachedDeposit = U128.ZERO;
    private long prepaidGas = Gas.tgas(300).asGas();
    private long usedGas;
    private byte[] randomSeed = new byte[32];
    private List<PromiseResult> promiseResults = List.of();

    private final TreeMap<byte[], byte[]> storage = new TreeMap<>(Arrays::compareUnsigned);
    private byte[] input = new byte[0];
    private boolean view;
    private final List<String> logs = new ArrayList<>();
    private byte[] returnValue;
    private Long returnedPromise;
    private final List<PromiseRecord> promises = new ArrayList<>();

    /** Installs this host for the current thread, so {@link Env} calls reach it. */
    public MockBlockchain install() {
        Env.setHost(this);
        return this;
    }

    // ---- context setters (fluent) ----

    public MockBlockchain currentAccountId(String accountId) {
        this.currentAccountId = accountId;
        return this;
    }

    public MockBlockchain signerAccountId(String accountId) {
        this.signerAccountId = accountId;
        return this;
    }

    public MockBlockchain predecessor(String accountId) {
        this.predecessorAccountId = accountId;
        return this;
    }

    /** Sets both the signer and the predecessor: a transaction signed and sent by {@code accountId}. */
    public MockBlockchain caller(String accountId) {
        return signerAccountId(accountId).predecessor(accountId);
    }

    public MockBlockchain signerAccountPk(PublicKey key) {
        this.signerAccountPk = key.toBytes();
        return this;
    }

    public MockBlockchain attachedDeposit(U128 deposit) {
        this.attachedDeposit = deposit;
        return this;
    }

    public MockBlockchain accountBalance(U128 balance) {
        this.accountBalance = balance;
        return this;
    }

    public MockBlockchain accountLockedBalance(U128 balance) {
        this.accountLockedBalance = balance;
        return this;
    }

    public MockBlockchain blockHeight(long height) {
        this.blockHeight = height;
        return this;
    }

    /** Nanoseconds since the Unix epoch. */
    public MockBlockchain blockTimestamp(long nanos) {
        this.blockTimestamp = nanos;
        return this;
    }

    public MockBlockchain epochHeight(long height) {
        this.epochHeight = height;
        return this;
    }

    public MockBlockchain prepaidGas(Gas gas) {
        this.prepaidGas = gas.asGas();
        return this;
    }

    public MockBlockchain usedGas(Gas gas) {
        this.usedGas = gas.asGas();
        return this;
    }

    public MockBlockchain randomSeed(byte[] seed) {
        this.randomSeed = seed.clone();
        return this;
    }

    /** Bytes counted by {@code storage_usage} besides the data records (the account, code...). */
    public MockBlockchain storageUsageBase(long bytes) {
        this.storageUsageBase = bytes;
        return this;
    }

    /** The results the next calls see through {@code promise_result} (for testing callbacks). */
    public MockBlockchain promiseResults(PromiseResult... results) {
        this.promiseResults = List.of(results);
        return this;
    }

    /** Makes the following host calls a view call (or not): state-changing host functions panic. */
    public MockBlockchain viewMode(boolean view) {
        this.view = view;
        return this;
    }

    public MockBlockchain input(byte[] input) {
        this.input = input.clone();
        return this;
    }

    // ---- what happened ----

    /** The logs of the current (or last) call. */
    public List<String> logs() {
        return List.copyOf(logs);
    }

    /** The value returned by the current (or last) call, or null. */
    public byte[] returnValue() {
        return returnValue == null ? null : returnValue.clone();
    }

    /** The promises created by the current (or last) call. */
    public List<PromiseRecord> promises() {
        return List.copyOf(promises);
    }

    /** The promise index given to {@code promise_return}, or null. */
    public Long returnedPromise() {
        return returnedPromise;
    }

    /** The storage as base64 key to base64 value, sorted by key: comparable across runtimes. */
    public SortedMap<String, String> storageBase64() {
        SortedMap<String, String> out = new TreeMap<>();
        Base64.Encoder b64 = Base64.getEncoder();
        for (Map.Entry<byte[], byte[]> e : storage.entrySet()) {
            out.put(b64.encodeToString(e.getKey()), b64.encodeToString(e.getValue()));
        }
        return out;
    }

    /** The raw value under {@code key}, or null; no view-mode check (for assertions). */
    public byte[] storageGet(byte[] key) {
        byte[] v = storage.get(key);
        return v == null ? null : v.clone();
    }

    /** Writes storage directly (for arranging a test); no view-mode check. */
    public MockBlockchain storagePut(byte[] key, byte[] value) {
        storage.put(key.clone(), value.clone());
        return this;
    }

    // ---- per-call bookkeeping, used by JvmContract ----

    void beginCall(byte[] callInput, boolean viewCall) {
        input = callInput.clone();
        view = viewCall;
        logs.clear();
        returnValue = null;
        returnedPromise = null;
        promises.clear();
        install();
    }

    TreeMap<byte[], byte[]> snapshot() {
        return new TreeMap<>(storage);
    }

    /** Discards what a failed call did: its state changes, return value and promises. */
    void revert(TreeMap<byte[], byte[]> before) {
        storage.clear();
        storage.putAll(before);
        returnValue = null;
        returnedPromise = null;
        promises.clear();
    }

    // ---- Host ----

    private void prohibitedInView(String hostFunction) {
        if (view) {
            throw new ContractPanic(hostFunction + " is not allowed in view calls");
        }
    }

    @Override
    public String currentAccountId() {
        return currentAccountId;
    }

    @Override
    public String signerAccountId() {
        prohibitedInView("signer_account_id");
        return signerAccountId;
    }

    @Override
    public byte[] signerAccountPk() {
        prohibitedInView("signer_account_pk");
        return signerAccountPk.clone();
    }

    @Override
    public String predecessorAccountId() {
        prohibitedInView("predecessor_account_id");
        return predecessorAccountId;
    }

    @Override
    public byte[] input() {
        return input.clone();
    }

    @Override
    public long blockHeight() {
        return blockHeight;
    }

    @Override
    public long blockTimestamp() {
        return blockTimestamp;
    }

    @Override
    public long epochHeight() {
        return epochHeight;
    }

    @Override
    public long storageUsage() {
        long bytes = storageUsageBase;
        for (Map.Entry<byte[], byte[]> e : storage.entrySet()) {
            bytes += e.getKey().length + e.getValue().length + STORAGE_RECORD_OVERHEAD;
        }
        return bytes;
    }

    @Override
    public U128 accountBalance() {
        return accountBalance;
    }

    @Override
    public U128 accountLockedBalance() {
        return accountLockedBalance;
    }

    /** Allowed in views, as in nearcore (a view's attached deposit is zero). */
    @Override
    public U128 attachedDeposit() {
        return attachedDeposit;
    }

    @Override
    public long prepaidGas() {
        prohibitedInView("prepaid_gas");
        return prepaidGas;
    }

    @Override
    public long usedGas() {
        prohibitedInView("used_gas");
        return usedGas;
    }

    @Override
    public byte[] randomSeed() {
        return randomSeed.clone();
    }

    @Override
    public byte[] sha256(byte[] value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JVM has no SHA-256", e);
        }
    }

    @Override
    public byte[] keccak256(byte[] value) {
        return Keccak.keccak256(value);
    }

    @Override
    public byte[] keccak512(byte[] value) {
        return Keccak.keccak512(value);
    }

    /** X.509 SubjectPublicKeyInfo header for a raw 32-byte Ed25519 key (RFC 8410). */
    private static final byte[] ED25519_X509_PREFIX = {
        0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00,
    };

    @Override
    public boolean ed25519Verify(byte[] signature, byte[] message, byte[] publicKey) {
        if (signature.length != 64) {
            // nearcore's HostError::Ed25519VerifyInvalidInput, as the VM reports it.
            throw new ContractPanic("ED25519 signature verification error: invalid signature length");
        }
        if (publicKey.length != 32) {
            throw new ContractPanic("ED25519 signature verification error: invalid public key length");
        }
        try {
            byte[] encoded = Arrays.copyOf(ED25519_X509_PREFIX, ED25519_X509_PREFIX.length + 32);
            System.arraycopy(publicKey, 0, encoded, ED25519_X509_PREFIX.length, 32);
            java.security.PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public void valueReturn(byte[] value) {
        returnValue = value.clone();
    }

    @Override
    public ContractPanic panic(String message) {
        return new ContractPanic(message);
    }

    @Override
    public void log(String message) {
        logs.add(asUtf8(message));
    }

    /**
     * The text as NEAR receives it from log_utf8, panic_utf8 or a method name: the bytes of
     * {@code String.getBytes(UTF_8)}, so a lone surrogate is '?' (a compiled contract writes the
     * same bytes).
     */
    static String asUtf8(String s) {
        return s == null ? null : new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static void checkKey(byte[] key) {
        if (key.length > MAX_STORAGE_KEY_LENGTH) {
            throw new ContractPanic("The length of a storage key " + key.length + " exceeds the limit "
                    + MAX_STORAGE_KEY_LENGTH);
        }
    }

    @Override
    public byte[] storageWrite(byte[] key, byte[] value) {
        prohibitedInView("storage_write");
        checkKey(key);
        return storage.put(key.clone(), value.clone());
    }

    @Override
    public byte[] storageRead(byte[] key) {
        checkKey(key);
        byte[] v = storage.get(key);
        return v == null ? null : v.clone();
    }

    @Override
    public byte[] storageRemove(byte[] key) {
        prohibitedInView("storage_remove");
        checkKey(key);
        return storage.remove(key);
    }

    @Override
    public boolean storageHasKey(byte[] key) {
        checkKey(key);
        return storage.containsKey(key);
    }

    // ---- promises ----

    private long record(String receiverId, List<Long> after) {
        prohibitedInView("promise_batch_create");
        long index = promises.size();
        promises.add(new PromiseRecord(index, receiverId, after, List.of()));
        return index;
    }

    private void action(long index, String action) {
        prohibitedInView("promise_batch_action");
        if (index < 0 || index >= promises.size()) {
            throw new ContractPanic("Accessed invalid promise with index " + index);
        }
        PromiseRecord p = promises.get((int) index);
        if (p.receiverId() == null) {
            throw new ContractPanic("Actions can only be appended to non-joint promise.");
        }
        List<String> actions = new ArrayList<>(p.actions());
        actions.add(action);
        promises.set((int) index, new PromiseRecord(p.index(), p.receiverId(), p.after(), actions));
    }

    private void checkPromise(long index) {
        if (index < 0 || index >= promises.size()) {
            throw new ContractPanic("Accessed invalid promise with index " + index);
        }
    }

    @Override
    public long promiseBatchCreate(String accountId) {
        return record(accountId, List.of());
    }

    @Override
    public long promiseBatchThen(long promiseIndex, String accountId) {
        checkPromise(promiseIndex);
        return record(accountId, List.of(promiseIndex));
    }

    @Override
    public long promiseAnd(long[] promiseIndices) {
        List<Long> joined = new ArrayList<>();
        for (long i : promiseIndices) {
            checkPromise(i);
            joined.add(i);
        }
        return record(null, joined);
    }

    @Override
    public void promiseBatchActionCreateAccount(long promiseIndex) {
        action(promiseIndex, "CreateAccount");
    }

    @Override
    public void promiseBatchActionDeployContract(long promiseIndex, byte[] code) {
        action(promiseIndex, "DeployContract(" + code.length + ")");
    }

    @Override
    public void promiseBatchActionFunctionCall(long promiseIndex, String method, byte[] args, U128 deposit, long gas) {
        action(promiseIndex, "FunctionCall(" + asUtf8(method) + ", " + new String(args, StandardCharsets.UTF_8) + ", "
                + deposit + ", " + gas + ")");
    }

    @Override
    public void promiseBatchActionFunctionCallWeight(long promiseIndex, String method, byte[] args, U128 deposit,
            long gas, long weight) {
        action(promiseIndex, "FunctionCallWeight(" + asUtf8(method) + ", " + new String(args, StandardCharsets.UTF_8) + ", "
                + deposit + ", " + gas + ", " + weight + ")");
    }

    @Override
    public void promiseBatchActionTransfer(long promiseIndex, U128 amount) {
        action(promiseIndex, "Transfer(" + amount + ")");
    }

    @Override
    public void promiseBatchActionStake(long promiseIndex, U128 amount, byte[] publicKey) {
        action(promiseIndex, "Stake(" + amount + ", " + PublicKey.fromBytes(publicKey) + ")");
    }

    @Override
    public void promiseBatchActionAddKeyWithFullAccess(long promiseIndex, byte[] publicKey, long nonce) {
        action(promiseIndex, "AddKey(" + PublicKey.fromBytes(publicKey) + ", " + nonce + ")");
    }

    @Override
    public void promiseBatchActionAddKeyWithFunctionCall(long promiseIndex, byte[] publicKey, long nonce,
            U128 allowance, String receiverId, String methodNames) {
        action(promiseIndex, "AddKey(" + PublicKey.fromBytes(publicKey) + ", " + nonce + ", " + allowance + ", "
                + receiverId + ", " + methodNames + ")");
    }

    @Override
    public void promiseBatchActionDeleteKey(long promiseIndex, byte[] publicKey) {
        action(promiseIndex, "DeleteKey(" + PublicKey.fromBytes(publicKey) + ")");
    }

    @Override
    public void promiseBatchActionDeleteAccount(long promiseIndex, String beneficiaryId) {
        action(promiseIndex, "DeleteAccount(" + beneficiaryId + ")");
    }

    @Override
    public long promiseResultsCount() {
        return promiseResults.size();
    }

    @Override
    public PromiseResult promiseResult(long resultIndex) {
        if (resultIndex < 0 || resultIndex >= promiseResults.size()) {
            throw new ContractPanic("Accessed invalid promise result index: " + resultIndex);
        }
        return promiseResults.get((int) resultIndex);
    }

    @Override
    public void promiseReturn(long promiseIndex) {
        prohibitedInView("promise_return");
        checkPromise(promiseIndex);
        returnedPromise = promiseIndex;
    }
}
