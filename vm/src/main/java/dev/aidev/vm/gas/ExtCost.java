package dev.aidev.vm.gas;

import java.util.Locale;

/**
 * NEAR's host-function ("ext") costs, named as nearcore's {@code ExtCosts}. The gas of each comes
 * from the parameter {@code wasm_<name>} of the protocol's runtime parameters.
 */
public enum ExtCost {
    base,
    contract_loading_base,
    contract_loading_bytes,
    read_memory_base,
    read_memory_byte,
    write_memory_base,
    write_memory_byte,
    read_register_base,
    read_register_byte,
    write_register_base,
    write_register_byte,
    utf8_decoding_base,
    utf8_decoding_byte,
    utf16_decoding_base,
    utf16_decoding_byte,
    sha256_base,
    sha256_byte,
    keccak256_base,
    keccak256_byte,
    keccak512_base,
    keccak512_byte,
    ripemd160_base,
    ripemd160_block,
    ecrecover_base,
    ed25519_verify_base,
    ed25519_verify_byte,
    p256_verify_base,
    p256_verify_byte,
    log_base,
    log_byte,
    storage_write_base,
    storage_write_key_byte,
    storage_write_value_byte,
    storage_write_evicted_byte,
    storage_read_base,
    storage_read_key_byte,
    storage_read_value_byte,
    storage_large_read_overhead_base,
    storage_large_read_overhead_byte,
    storage_remove_base,
    storage_remove_key_byte,
    storage_remove_ret_value_byte,
    storage_has_key_base,
    storage_has_key_byte,
    storage_iter_create_prefix_base,
    storage_iter_create_prefix_byte,
    storage_iter_create_range_base,
    storage_iter_create_from_byte,
    storage_iter_create_to_byte,
    storage_iter_next_base,
    storage_iter_next_key_byte,
    storage_iter_next_value_byte,
    touching_trie_node,
    read_cached_trie_node,
    promise_and_base,
    promise_and_per_promise,
    promise_return,
    validator_stake_base,
    validator_total_stake_base,
    alt_bn128_g1_multiexp_base,
    alt_bn128_g1_multiexp_element,
    alt_bn128_pairing_check_base,
    alt_bn128_pairing_check_element,
    alt_bn128_g1_sum_base,
    alt_bn128_g1_sum_element,
    yield_create_base,
    yield_create_byte,
    yield_resume_base,
    yield_resume_byte,
    bls12381_p1_sum_base,
    bls12381_p1_sum_element,
    bls12381_p2_sum_base,
    bls12381_p2_sum_element,
    bls12381_g1_multiexp_base,
    bls12381_g1_multiexp_element,
    bls12381_g2_multiexp_base,
    bls12381_g2_multiexp_element,
    bls12381_map_fp_to_g1_base,
    bls12381_map_fp_to_g1_element,
    bls12381_map_fp2_to_g2_base,
    bls12381_map_fp2_to_g2_element,
    bls12381_pairing_base,
    bls12381_pairing_element,
    bls12381_p1_decompress_base,
    bls12381_p1_decompress_element,
    bls12381_p2_decompress_base,
    bls12381_p2_decompress_element;

    /** The parameter key in the runtime parameters file. */
    public String parameter() {
        return "wasm_" + name();
    }

    /** The name nearcore's gas profile uses (e.g. {@code STORAGE_WRITE_BASE}). */
    public String profileName() {
        return name().toUpperCase(Locale.ROOT);
    }
}
