package dev.aidev.compiler.ir;

import java.util.Map;
import java.util.TreeMap;

/**
 * A NEAR host function a contract may import from {@code env}. Every parameter and result is
 * i64 (u64 in near-sys), pointers included.
 */
public record Host(String name, int params, boolean returns) {
    private static final Map<String, Host> ALL = new TreeMap<>();

    private static void add(String name, int params, boolean returns) {
        ALL.put(name, new Host(name, params, returns));
    }

    static {
        // Registers
        add("read_register", 2, false);
        add("register_len", 1, true);
        add("write_register", 3, false);
        // Context
        add("current_account_id", 1, false);
        add("signer_account_id", 1, false);
        add("signer_account_pk", 1, false);
        add("signer_account_pk", 1, false);
        add("predecessor_account_id", 1, false);
        add("input", 1, false);
        add("block_index", 0, true);
        add("block_timestamp", 0, true);
        add("epoch_height", 0, true);
        add("storage_usage", 0, true);
        // Economics
        add("account_balance", 1, false);
        add("account_locked_balance", 1, false);
        add("attached_deposit", 1, false);
        add("prepaid_gas", 0, true);
        add("used_gas", 0, true);
        // Math
        add("random_seed", 1, false);
        add("sha256", 3, false);
        add("keccak256", 3, false);
        add("keccak512", 3, false);
        add("ed25519_verify", 6, true);
        // Miscellaneous
        add("value_return", 2, false);
        add("panic", 0, false);
        add("panic_utf8", 2, false);
        add("log_utf8", 2, false);
        // Storage
        add("storage_write", 5, true);
        add("storage_read", 3, true);
        add("storage_remove", 3, true);
        add("storage_has_key", 2, true);
        // Promises
        add("promise_batch_create", 2, true);
        add("promise_batch_then", 3, true);
        add("promise_and", 2, true);
        add("promise_batch_action_create_account", 1, false);
        add("promise_batch_action_deploy_contract", 3, false);
        add("promise_batch_action_function_call", 7, false);
        add("promise_batch_action_function_call_weight", 8, false);
        add("promise_batch_action_transfer", 2, false);
        add("promise_batch_action_delete_account", 3, false);
        // (idx, amount_ptr, pk_len, pk_ptr); (idx, pk_len, pk_ptr, nonce); (idx, pk_len, pk_ptr,
        // nonce, allowance_ptr, receiver_len, receiver_ptr, method_names_len, method_names_ptr);
        // (idx, pk_len, pk_ptr): near-sys's signatures.
        add("promise_batch_action_stake", 4, false);
        add("promise_batch_action_add_key_with_full_access", 4, false);
        add("promise_batch_action_add_key_with_function_call", 9, false);
        add("promise_batch_action_delete_key", 3, false);
        add("promise_results_count", 0, true);
        add("promise_result", 2, true);
        add("promise_return", 1, false);
    }

    /** The host function called {@code name}. */
    public static Host of(String name) {
        Host h = ALL.get(name);
        if (h == null) {
            throw new IllegalArgumentException("Unknown NEAR host function " + name + ".");
        }
        return h;
    }
}
