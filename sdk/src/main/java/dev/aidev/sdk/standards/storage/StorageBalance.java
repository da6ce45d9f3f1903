package dev.aidev.sdk.standards.storage;

import dev.aidev.sdk.U128;

/**
 * NEP-145: what an account has deposited for storage (near-contract-standards'
 * {@code StorageBalance}).
 *
 * @param total yoctoNEAR deposited
 * @param available yoctoNEAR the account could withdraw
 */
public record StorageBalance(U128 total, U128 available) {}
