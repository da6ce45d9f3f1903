package dev.aidev.sdk.standards.storage;

import dev.aidev.sdk.U128;
import java.util.Optional;

/**
 * NEP-145: the least and most an account may deposit for storage, in yoctoNEAR
 * (near-contract-standards' {@code StorageBalanceBounds}); an empty {@code max} means no limit.
 */
public record StorageBalanceBounds(U128 min, Optional<U128> max) {}
