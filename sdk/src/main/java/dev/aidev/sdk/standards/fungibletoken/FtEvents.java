package dev.aidev.sdk.standards.fungibletoken;

import dev.aidev.sdk.AccountId;
import dev.aidev.sdk.Events;
import dev.aidev.sdk.U128;
import java.util.List;

/**
 * The NEP-141 events (NEP-297 logs, standard {@code nep141}, version {@code 1.0.0}), written
 * exactly as near-contract-standards' {@code FtMint}, {@code FtTransfer} and {@code FtBurn} write
 * them:
 *
 * <pre>
 * EVENT_JSON:{"standard":"nep141","version":"1.0.0","event":"ft_transfer","data":[{"old_owner_id":"bob","new_owner_id":"alice","amount":"100"}]}
 * </pre>
 *
 * <p>near-sdk-rs leaves the {@code memo} key out when there is no memo
 * ({@code skip_serializing_if = "Option::is_none"}), while our JSON writes a null component as
 * {@code null}; so an event without a memo uses a record without the component.
 *
 * <pre>{@code
 * FtEvents.ftMint(ownerId, amount, "new tokens are minted");
 * }</pre>
 */
public final class FtEvents {
    private static final String STANDARD = "nep141";
    private static final String VERSION = "1.0.0";

    private FtEvents() {}

    record FtMint(AccountId ownerId, U128 amount, String memo) {}

    record FtMintWithoutMemo(AccountId ownerId, U128 amount) {}

    record FtBurn(AccountId ownerId, U128 amount, String memo) {}

    record FtBurnWithoutMemo(AccountId ownerId, U128 amount) {}

    record FtTransfer(AccountId oldOwnerId, AccountId newOwnerId, U128 amount, String memo) {}

    record FtTransferWithoutMemo(AccountId oldOwnerId, AccountId newOwnerId, U128 amount) {}

    /** {@code ft_mint}: {@code amount} new tokens for {@code ownerId}; {@code memo} null leaves the key out. */
    public static void ftMint(AccountId ownerId, U128 amount, String memo) {
        if (memo == null) {
            List<FtMintWithoutMemo> data = List.of(new FtMintWithoutMemo(ownerId, amount));
            Events.emit(STANDARD, VERSION, "ft_mint", data);
        } else {
            List<FtMint> data = List.of(new FtMint(ownerId, amount, memo));
            Events.emit(STANDARD, VERSION, "ft_mint", data);
        }
    }

    /** {@code ft_burn}: {@code amount} of {@code ownerId}'s tokens destroyed; {@code memo} null leaves the key out. */
    public static void ftBurn(AccountId ownerId, U128 amount, String memo) {
        if (memo == null) {
            List<FtBurnWithoutMemo> data = List.of(new FtBurnWithoutMemo(ownerId, amount));
            Events.emit(STANDARD, VERSION, "ft_burn", data);
        } else {
            List<FtBurn> data = List.of(new FtBurn(ownerId, amount, memo));
            Events.emit(STANDARD, VERSION, "ft_burn", data);
        }
    }

    /** {@code ft_transfer}; {@code memo} null leaves the key out. */
    public static void ftTransfer(AccountId oldOwnerId, AccountId newOwnerId, U128 amount, String memo) {
        if (memo == null) {
            List<FtTransferWithoutMemo> data = List.of(new FtTransferWithoutMemo(oldOwnerId, newOwnerId, amount));
            Events.emit(STANDARD, VERSION, "ft_transfer", data);
        } else {
            List<FtTransfer> data = List.of(new FtTransfer(oldOwnerId, newOwnerId, amount, memo));
            Events.emit(STANDARD, VERSION, "ft_transfer", data);
        }
    }
}
