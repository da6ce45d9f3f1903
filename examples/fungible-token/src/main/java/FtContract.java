import dev.aidev.sdk.AccountId;
import dev.aidev.sdk.Call;
import dev.aidev.sdk.Init;
import dev.aidev.sdk.LookupMap;
import dev.aidev.sdk.NearContract;
import dev.aidev.sdk.Private;
import dev.aidev.sdk.Promise;
import dev.aidev.sdk.U128;
import dev.aidev.sdk.View;
import dev.aidev.sdk.standards.fungibletoken.FtEvents;
import dev.aidev.sdk.standards.fungibletoken.FungibleToken;
import dev.aidev.sdk.standards.fungibletoken.FungibleTokenMetadata;
import dev.aidev.sdk.standards.storage.StorageBalance;
import dev.aidev.sdk.standards.storage.StorageBalanceBounds;
import java.util.Optional;

/**
 * A fungible token: NEP-141 (core, with {@code ft_transfer_call}), NEP-145 (storage management),
 * NEP-148 (metadata) and the NEP-141 events, behaving as near-sdk-rs's fungible-token example
 * ({@code examples/fungible-token/ft}): the same methods, JSON arguments and results, panic and log
 * texts, events, storage price and promises, so clients and scripts written for that example work
 * with this one.
 *
 * <p>As in near-sdk-rs, the standards live in the SDK ({@link FungibleToken}, the ledger with
 * NEP-145) and this contract exports them by calling it; what is its own is the initialisation
 * and the metadata.
 */
@NearContract
public class FtContract {
    static final String METADATA_KEY = "metadata";

    static final String DEFAULT_ICON = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E"
            + "%3Ccircle cx='16' cy='16' r='15' fill='%23111'/%3E"
            + "%3Ctext x='16' y='21' font-family='sans-serif' font-size='13' text-anchor='middle' fill='%23fff'%3EFT%3C/text%3E"
            + "%3C/svg%3E";

    // The state, as near-sdk-rs's example lays it out: the ledger (accounts, total_supply,
    // account_storage_usage), then the metadata.

    private final FungibleToken token;
    /**
     * The metadata, alone under its own key so that a transfer does not read and rewrite it with
     * the state (near-sdk-rs keeps it in a {@code LazyOption} for the same reason).
     */
    private final LookupMap<String, FungibleTokenMetadata> metadata;

    /**
     * Creates the token with {@code totalSupply} owned by {@code ownerId}, who is registered
     * without a storage deposit; emits {@code ft_mint}.
     */
    @Init
    public FtContract(AccountId ownerId, U128 totalSupply, FungibleTokenMetadata metadata) {
        metadata.assertValid();
        this.token = new FungibleToken("t");
        this.metadata = new LookupMap<>("m");
        this.metadata.insert(METADATA_KEY, metadata);
        token.internalRegisterAccount(ownerId);
        token.internalDeposit(ownerId, totalSupply);
        FtEvents.ftMint(ownerId, totalSupply, "new tokens are minted");
    }

    /** Like {@code new}, with near-sdk-rs's example metadata (and our own icon). */
    @Init
    public static FtContract newDefaultMeta(AccountId ownerId, U128 totalSupply) {
        FungibleTokenMetadata metadata = new FungibleTokenMetadata(FungibleTokenMetadata.FT_METADATA_SPEC,
                "Example NEAR fungible token", "EXAMPLE", Optional.of(DEFAULT_ICON), Optional.empty(), Optional.empty(), 24);
        return new FtContract(ownerId, totalSupply, metadata);
    }

    // ---- NEP-141 ----

    /** Moves {@code amount} from the caller to {@code receiverId}; requires exactly 1 yoctoNEAR. */
    @Call(payable = true)
    public void ftTransfer(AccountId receiverId, U128 amount, Optional<String> memo) {
        token.ftTransfer(receiverId, amount, memo);
    }

    /**
     * Moves {@code amount} to {@code receiverId}, then calls its {@code ft_on_transfer}, then
     * {@code ft_resolve_transfer} here; the result is the amount the receiver kept.
     */
    @Call(payable = true)
    public Promise ftTransferCall(AccountId receiverId, U128 amount, Optional<String> memo, String msg) {
        return token.ftTransferCall(receiverId, amount, memo, msg);
    }

    @View
    public U128 ftTotalSupply() {
        return token.ftTotalSupply();
    }

    /** The balance of {@code accountId}; 0 when it is not registered. */
    @View
    public U128 ftBalanceOf(AccountId accountId) {
        return token.ftBalanceOf(accountId);
    }

    /** The callback of {@code ft_transfer_call}: refunds what the receiver did not use. */
    @Private
    @Call
    public U128 ftResolveTransfer(AccountId senderId, AccountId receiverId, U128 amount) {
        return token.ftResolveTransfer(senderId, receiverId, amount);
    }

    // ---- NEP-148 ----

    @View
    public FungibleTokenMetadata ftMetadata() {
        return metadata.get(METADATA_KEY);
    }

    // ---- NEP-145 ----

    /** Registers {@code accountId} (default: the caller) for the attached deposit; the excess goes back. */
    @Call(payable = true)
    public StorageBalance storageDeposit(Optional<AccountId> accountId, Optional<Boolean> registrationOnly) {
        return token.storageDeposit(accountId, registrationOnly);
    }

    /** Nothing is ever available to withdraw: any positive {@code amount} panics. Requires 1 yoctoNEAR. */
    @Call(payable = true)
    public StorageBalance storageWithdraw(Optional<U128> amount) {
        return token.storageWithdraw(amount);
    }

    /** Unregisters the caller and returns its storage deposit; with tokens it needs {@code force}, which burns them. */
    @Call(payable = true)
    public boolean storageUnregister(Optional<Boolean> force) {
        return token.storageUnregister(force);
    }

    @View
    public StorageBalanceBounds storageBalanceBounds() {
        return token.storageBalanceBounds();
    }

    /** The storage balance of {@code accountId}, or null when it is not registered. */
    @View
    public Optional<StorageBalance> storageBalanceOf(AccountId accountId) {
        return token.storageBalanceOf(accountId);
    }
}
