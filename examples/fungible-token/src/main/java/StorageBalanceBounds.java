import dev.aidev.sdk.U128;
import java.util.Optional;

/**
 * NEP-145: the least and most an account may deposit for storage, in yoctoNEAR; for this token
 * both are the cost of one account entry.
 */
public record StorageBalanceBounds(U128 min, Optional<U128> max) {}
