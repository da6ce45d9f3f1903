package dev.aidev.sdk.standards;

import dev.aidev.sdk.Env;
import dev.aidev.sdk.U128;

/**
 * The deposit checks and the storage price the NEP standards use (near-sdk-rs's
 * {@code assert_one_yocto} and {@code env::storage_byte_cost()}).
 *
 * <pre>{@code
 * Deposits.assertOneYocto(); // in a method that moves tokens
 * }</pre>
 */
public final class Deposits {
    private Deposits() {}

    /** Exactly 1 yoctoNEAR attached, so that only a full-access key can call (function-call keys cannot attach a deposit). */
    public static void assertOneYocto() {
        if (!Env.attachedDeposit().equals(U128.ONE_YOCTO)) {
            throw Env.panic("Requires attached deposit of exactly 1 yoctoNEAR");
        }
    }

    /** At least 1 yoctoNEAR attached (near-sdk-rs's {@code assert_at_least_one_yocto}). */
    public static void assertAtLeastOneYocto() {
        if (Env.attachedDeposit().isZero()) {
            throw Env.panic("Requires attached deposit of at least 1 yoctoNEAR");
        }
    }

    /** nearcore's storage price, 10^19 yoctoNEAR per byte. */
    public static U128 storageByteCost() {
        return U128.of(1_000_000_000_000_000_000L).mul(U128.of(10));
    }
}
