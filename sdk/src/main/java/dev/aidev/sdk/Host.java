package dev.aidev.sdk;

/**
 * The NEAR host functions as {@link Env} sees them, one method per host import (the import's
 * snake_case name in each Javadoc). On NEAR the compiler maps {@link Env} calls straight to the
 * imports; on the JVM {@link dev.aidev.sdk.testing.MockBlockchain} implements this interface.
 * Account IDs are passed as strings, amounts as {@link U128}, gas as raw u64 in a long, promise
 * indices as longs.
 */
public interface Host {
    // ---- Context ----

    /** {@code current_account_id} */
    String currentAccountId();

    /** {@code signer_account_id} */
    String signerAccountId();

    /** {@code signer_account_pk}: the curve byte followed by the key. */
    byte[] signerAccountPk();

    /** {@code predecessor_account_id} */
    String predecessorAccountId();

    /** {@code input} */
    byte[] input();

    /** {@code block_index} (near-sdk's {@code block_height}) */
    long blockHeight();

    /** {@code block_timestamp}, nanoseconds */
    long blockTimestamp();

    /** {@code epoch_height} */
    long epochHeight();

    /** {@code storage_usage}, bytes */
    long storageUsage();

    // ---- Economics ----

    /** {@code account_balance} */
    U128 accountBalance();

    /** {@code account_locked_balance} */
    U128 accountLockedBalance();

    /** {@code attached_deposit} */
    U128 attachedDeposit();

    /** {@code prepaid_gas} */
    long prepaidGas();

    /** {@code used_gas} */
    long usedGas();

    // ---- Math ----

    /** {@code random_seed}: 32 bytes. */
    byte[] randomSeed();

    /** {@code sha256} */
    byte[] sha256(byte[] value);

    /** {@code keccak256} */
    byte[] keccak256(byte[] value);

    /** {@code keccak512} */
    byte[] keccak512(byte[] value);

    /** {@code ed25519_verify}: a 64-byte signature and a 32-byte key. */
    boolean ed25519Verify(byte[] signature, byte[] message, byte[] publicKey);

    // ---- Miscellaneous ----

    /** {@code value_return} */
    void valueReturn(byte[] value);

    /** {@code panic_utf8}: never returns; throws {@link ContractPanic} on the JVM. */
    ContractPanic panic(String message);

    /** {@code log_utf8} */
    void log(String message);

    // ---- Storage ----

    /** {@code storage_write}: returns the evicted value, or null when the key was new. */
    byte[] storageWrite(byte[] key, byte[] value);

    /** {@code storage_read}: the value, or null. */
    byte[] storageRead(byte[] key);

    /** {@code storage_remove}: the removed value, or null. */
    byte[] storageRemove(byte[] key);

    /** {@code storage_has_key} */
    boolean storageHasKey(byte[] key);

    // ---- Promises ----

    /** {@code promise_batch_create} */
    long promiseBatchCreate(String accountId);

    /** {@code promise_batch_then} */
    long promiseBatchThen(long promiseIndex, String accountId);

    /** {@code promise_and} */
    long promiseAnd(long[] promiseIndices);

    /** {@code promise_batch_action_create_account} */
    void promiseBatchActionCreateAccount(long promiseIndex);

    /** {@code promise_batch_action_deploy_contract} */
    void promiseBatchActionDeployContract(long promiseIndex, byte[] code);

    /** {@code promise_batch_action_function_call} */
    void promiseBatchActionFunctionCall(long promiseIndex, String method, byte[] args, U128 deposit, long gas);

    /** {@code promise_batch_action_function_call_weight} */
    void promiseBatchActionFunctionCallWeight(long promiseIndex, String method, byte[] args, U128 deposit,
            long gas, long weight);

    /** {@code promise_batch_action_transfer} */
    void promiseBatchActionTransfer(long promiseIndex, U128 amount);

    /** {@code promise_batch_action_stake} */
    void promiseBatchActionStake(long promiseIndex, U128 amount, byte[] publicKey);

    /** {@code promise_batch_action_add_key_with_full_access} */
    void promiseBatchActionAddKeyWithFullAccess(long promiseIndex, byte[] publicKey, long nonce);

    /**
     * {@code promise_batch_action_add_key_with_function_call}; {@code allowance} null means
     * unlimited (0 on the wire); {@code methodNames} is the comma-separated list.
     */
    void promiseBatchActionAddKeyWithFunctionCall(long promiseIndex, byte[] publicKey, long nonce, U128 allowance,
            String receiverId, String methodNames);

    /** {@code promise_batch_action_delete_key} */
    void promiseBatchActionDeleteKey(long promiseIndex, byte[] publicKey);

    /** {@code promise_batch_action_delete_account} */
    void promiseBatchActionDeleteAccount(long promiseIndex, String beneficiaryId);

    /** {@code promise_results_count} */
    long promiseResultsCount();

    /** {@code promise_result} */
    PromiseResult promiseResult(long resultIndex);

    /** {@code promise_return} */
    void promiseReturn(long promiseIndex);
}
