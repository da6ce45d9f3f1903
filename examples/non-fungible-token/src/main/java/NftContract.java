import dev.aidev.sdk.AccountId;
import dev.aidev.sdk.Call;
import dev.aidev.sdk.Env;
import dev.aidev.sdk.Init;
import dev.aidev.sdk.LookupMap;
import dev.aidev.sdk.NearContract;
import dev.aidev.sdk.Private;
import dev.aidev.sdk.Promise;
import dev.aidev.sdk.U128;
import dev.aidev.sdk.View;
import dev.aidev.sdk.standards.Deposits;
import dev.aidev.sdk.standards.nonfungibletoken.Approval;
import dev.aidev.sdk.standards.nonfungibletoken.NFTContractMetadata;
import dev.aidev.sdk.standards.nonfungibletoken.NonFungibleToken;
import dev.aidev.sdk.standards.nonfungibletoken.Royalties;
import dev.aidev.sdk.standards.nonfungibletoken.Royalty;
import dev.aidev.sdk.standards.nonfungibletoken.TokenMetadata;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A non-fungible token: NEP-171 (core, with {@code nft_transfer_call}), NEP-177 (metadata), NEP-178
 * (approval management), NEP-181 (enumeration), NEP-199 (royalties and payouts) and the NEP-297
 * events of NEP-171, behaving as near-sdk-rs's non-fungible-token example: the same methods, JSON
 * arguments and results, panic texts and events, so clients written for that example work with
 * this one.
 *
 * <p>As in near-sdk-rs, the standards live in the SDK ({@link NonFungibleToken} and
 * {@link Royalties}) and this contract exports them by calling them; what is its own is who may
 * mint and set royalties, and the contract metadata. Methods returning tokens are {@code void}:
 * the standard writes their JSON result (see {@link NonFungibleToken}).
 */
@NearContract
public class NftContract {
    static final String METADATA_KEY = "metadata";

    static final String DEFAULT_ICON = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E"
            + "%3Crect x='2' y='2' width='28' height='28' rx='6' fill='%23111'/%3E"
            + "%3Ctext x='16' y='21' font-family='sans-serif' font-size='11' text-anchor='middle' fill='%23fff'%3ENFT%3C/text%3E"
            + "%3C/svg%3E";

    /** The account that may mint and set royalties (near-contract-standards' {@code owner_id}). */
    private final AccountId ownerId;
    private final NonFungibleToken tokens;
    /** The contract metadata, alone under its own key. */
    private final LookupMap<String, NFTContractMetadata> metadata;
    /** Royalties of every sale, to the accounts there; the owner gets the rest. */
    private final Royalties royalties;

    /** Creates the contract; only {@code ownerId} may mint. */
    @Init
    public NftContract(AccountId ownerId, NFTContractMetadata metadata) {
        metadata.assertValid();
        this.ownerId = ownerId;
        this.tokens = new NonFungibleToken("t");
        this.metadata = new LookupMap<>("c");
        this.royalties = new Royalties("r");
        this.metadata.insert(METADATA_KEY, metadata);
    }

    /** Like {@code new}, with near-sdk-rs's example metadata (and our own icon). */
    @Init
    public static NftContract newDefaultMeta(AccountId ownerId) {
        NFTContractMetadata metadata = new NFTContractMetadata(NFTContractMetadata.NFT_METADATA_SPEC,
                "Example NEAR non-fungible token", "EXAMPLE", Optional.of(DEFAULT_ICON), Optional.empty(), Optional.empty(),
                Optional.empty());
        return new NftContract(ownerId, metadata);
    }

    // ---- minting (not part of the standards; near-sdk-rs's example) ----

    /**
     * Mints {@code tokenId} for {@code tokenOwnerId}; only the contract's owner may. The attached
     * deposit pays for the storage the token takes; the excess goes back to the caller. Returns the
     * token and emits {@code nft_mint}.
     */
    @Call(payable = true)
    public void nftMint(String tokenId, AccountId tokenOwnerId, TokenMetadata tokenMetadata) {
        if (!Env.predecessorAccountId().equals(ownerId)) {
            throw Env.panic("Unauthorized");
        }
        tokens.internalMint(tokenId, tokenOwnerId, tokenMetadata);
    }

    // ---- NEP-171 ----

    /** Transfers {@code tokenId} to {@code receiverId}; the caller is its owner or approved. Requires 1 yoctoNEAR. */
    @Call(payable = true)
    public void nftTransfer(AccountId receiverId, String tokenId, Optional<Long> approvalId, Optional<String> memo) {
        tokens.nftTransfer(receiverId, tokenId, approvalId, memo);
    }

    /** Transfers {@code tokenId}, then calls the receiver's {@code nft_on_transfer}; the result is whether it kept the token. */
    @Call(payable = true)
    public Promise nftTransferCall(AccountId receiverId, String tokenId, Optional<Long> approvalId,
            Optional<String> memo, String msg) {
        return tokens.nftTransferCall(receiverId, tokenId, approvalId, memo, msg);
    }

    /** The token, or null when there is no such token. */
    @View
    public void nftToken(String tokenId) {
        tokens.nftToken(tokenId);
    }

    /** The callback of {@code nft_transfer_call}: gives the token back unless the receiver returned false. */
    @Private
    @Call
    public boolean nftResolveTransfer(AccountId previousOwnerId, AccountId receiverId, String tokenId,
            Optional<List<Approval>> approvedAccountIds) {
        return tokens.nftResolveTransfer(previousOwnerId, receiverId, tokenId, approvedAccountIds);
    }

    // ---- NEP-177 ----

    @View
    public NFTContractMetadata nftMetadata() {
        return metadata.get(METADATA_KEY);
    }

    // ---- NEP-178 ----

    /** Approves {@code accountId} to transfer {@code tokenId}; with {@code msg}, calls its {@code nft_on_approve}. */
    @Call(payable = true)
    public Promise nftApprove(String tokenId, AccountId accountId, Optional<String> msg) {
        return tokens.nftApprove(tokenId, accountId, msg);
    }

    @View
    public boolean nftIsApproved(String tokenId, AccountId approvedAccountId, Optional<Long> approvalId) {
        return tokens.nftIsApproved(tokenId, approvedAccountId, approvalId);
    }

    /** Revokes {@code accountId}'s approval of {@code tokenId}. Requires 1 yoctoNEAR. */
    @Call(payable = true)
    public void nftRevoke(String tokenId, AccountId accountId) {
        tokens.nftRevoke(tokenId, accountId);
    }

    /** Revokes every approval of {@code tokenId}. Requires 1 yoctoNEAR. */
    @Call(payable = true)
    public void nftRevokeAll(String tokenId) {
        tokens.nftRevokeAll(tokenId);
    }

    // ---- NEP-181 ----

    @View
    public U128 nftTotalSupply() {
        return tokens.nftTotalSupply();
    }

    /** Up to {@code limit} tokens (default: all) from index {@code fromIndex} (default 0) of all tokens. */
    @View
    public void nftTokens(Optional<U128> fromIndex, Optional<Long> limit) {
        tokens.nftTokens(fromIndex, limit);
    }

    @View
    public U128 nftSupplyForOwner(AccountId accountId) {
        return tokens.nftSupplyForOwner(accountId);
    }

    /** Up to {@code limit} of {@code accountId}'s tokens from index {@code fromIndex}; empty when it owns none. */
    @View
    public void nftTokensForOwner(AccountId accountId, Optional<U128> fromIndex, Optional<Long> limit) {
        tokens.nftTokensForOwner(accountId, fromIndex, limit);
    }

    // ---- NEP-199 ----

    /** Who is paid what when {@code tokenId} sells for {@code balance}. */
    @View
    public void nftPayout(String tokenId, U128 balance, Optional<Long> maxLenPayout) {
        returnJson(royalties.payout(tokens.ownerOf(tokenId), balance, maxLenPayout));
    }

    /** {@code nft_transfer} that returns the payout of the sale for {@code balance}. Requires 1 yoctoNEAR. */
    @Call(payable = true)
    public void nftTransferPayout(AccountId receiverId, String tokenId, Optional<Long> approvalId,
            Optional<String> memo, U128 balance, Optional<Long> maxLenPayout) {
        Deposits.assertOneYocto();
        String payout = royalties.payout(tokens.ownerOf(tokenId), balance, maxLenPayout);
        tokens.internalTransfer(Env.predecessorAccountId(), receiverId, tokenId, approvalId, memo);
        returnJson(payout);
    }

    /** Sets the royalty of {@code accountId} to {@code percent} of every sale (0 removes it); only the owner may. */
    @Call
    public void setRoyalty(AccountId accountId, int percent) {
        if (!Env.predecessorAccountId().equals(ownerId)) {
            throw Env.panic("Unauthorized");
        }
        royalties.set(accountId, percent);
    }

    /** The royalties, in the order they were set. */
    @View
    public List<Royalty> royalties() {
        return royalties.all();
    }

    private static void returnJson(String json) {
        Env.valueReturn(json.getBytes(StandardCharsets.UTF_8));
    }
}
