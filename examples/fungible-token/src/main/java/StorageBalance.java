import dev.aidev.sdk.U128;

/**
 * NEP-145: what an account has deposited for storage. A fungible token registers an account for a
 * fixed amount, so {@code total} is always the minimum and nothing is {@code available}.
 *
 * @param total yoctoNEAR deposited
 * @param available yoctoNEAR the account could withdraw
 */
public record StorageBalance(U128 total, U128 available) {}
