import dev.aidev.sdk.AccountId;
import dev.aidev.sdk.Call;
import dev.aidev.sdk.Env;
import dev.aidev.sdk.Events;
import dev.aidev.sdk.Gas;
import dev.aidev.sdk.Init;
import dev.aidev.sdk.Json;
import dev.aidev.sdk.LookupMap;
import dev.aidev.sdk.NearContract;
import dev.aidev.sdk.Private;
import dev.aidev.sdk.Promise;
import dev.aidev.sdk.PromiseResult;
import dev.aidev.sdk.U128;
import dev.aidev.sdk.Vector;
import dev.aidev.sdk.View;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A non-fungible token: NEP-171 (core, with {@code nft_transfer_call}), NEP-177 (metadata), NEP-178
 * (approval management), NEP-181 (enumeration), NEP-199 (royalties and payouts) and the NEP-297
 * events of NEP-171, behaving as near-sdk-rs's non-fungible-token example (built on
 * near-contract-standards' {@code NonFungibleToken}): the same methods, JSON arguments and results,
 * panic texts and events, so clients written for that example work with this one.
 *
 * <p>Results whose JSON holds an object keyed by account ID (a token's {@code approved_account_ids},
 * a payout) are written by {@link NftJson} and returned with {@code Env.valueReturn}.
 */
@NearContract
public class NonFungibleToken {
    /** near-contract-standards' {@code NFT_METADATA_SPEC}. */
    static final String NFT_METADATA_SPEC = "nft-1.0.0";
    static final String EVENT_STANDARD = "nep171";
    static final String EVENT_VERSION = "1.2.0";

    /** Gas kept back by {@code nft_transfer_call} for itself and the callback. */
    static final long GAS_FOR_NFT_TRANSFER_CALL_TGAS = 30;
    /** Static gas of the {@code nft_resolve_transfer} callback. */
    static final long GAS_FOR_RESOLVE_TRANSFER_TGAS = 5;
    /** Gas {@code nft_approve} keeps back from the {@code nft_on_approve} call. */
    static final long GAS_FOR_NFT_APPROVE_TGAS = 10;

    /** At most this many royalty accounts (near-contract-standards' {@code Royalties}). */
    static final int MAX_ROYALTY_ACCOUNTS = 10;

    static final String METADATA_KEY = "metadata";

    static final String U128_MAX_DECIMAL = "340282366920938463463374607431768211455";

    static final String DEFAULT_ICON = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E"
            + "%3Crect x='2' y='2' width='28' height='28' rx='6' fill='%23111'/%3E"
            + "%3Ctext x='16' y='21' font-family='sans-serif' font-size='11' text-anchor='middle' fill='%23fff'%3ENFT%3C/text%3E"
            + "%3C/svg%3E";

    /** The account that may mint (near-contract-standards' {@code owner_id}). */
    private final AccountId ownerId;
    /** Every token's owner. */
    private final LookupMap<String, AccountId> ownerById;
    /** Every token ID, in minting order, for {@code nft_tokens} (tokens are never burned). */
    private final Vector<String> tokenIds;
    private final LookupMap<String, TokenMetadata> tokenMetadataById;
    /** Each owner's token IDs, in the order they arrived. */
    private final LookupMap<AccountId, List<String>> tokensPerOwner;
    /** A token's approvals, absent when it has none. */
    private final LookupMap<String, List<Approval>> approvalsById;
    /** The approval ID the token's next approval gets (1 when absent). */
    private final LookupMap<String, Long> nextApprovalIdById;
    /** The contract metadata, alone under its own key. */
    private final LookupMap<String, NFTContractMetadata> metadata;
    /** Royalties of every sale, to the accounts here; the owner gets the rest. */
    private final Vector<Royalty> royalties;

    /** Creates the contract; only {@code ownerId} may mint. */
    @Init
    public NonFungibleToken(AccountId ownerId, NFTContractMetadata metadata) {
        assertValid(metadata);
        this.ownerId = ownerId;
        this.ownerById = new LookupMap<>("o");
        this.tokenIds = new Vector<>("i");
        this.tokenMetadataById = new LookupMap<>("m");
        this.tokensPerOwner = new LookupMap<>("e");
        this.approvalsById = new LookupMap<>("a");
        this.nextApprovalIdById = new LookupMap<>("n");
        this.metadata = new LookupMap<>("c");
        this.royalties = new Vector<>("r");
        this.metadata.insert(METADATA_KEY, metadata);
    }

    /** Like {@code new}, with near-sdk-rs's example metadata (and our own icon). */
    @Init
    public static NonFungibleToken newDefaultMeta(AccountId ownerId) {
        NFTContractMetadata metadata = new NFTContractMetadata(NFT_METADATA_SPEC, "Example NEAR non-fungible token",
                "EXAMPLE", Optional.of(DEFAULT_ICON), Optional.empty(), Optional.empty(), Optional.empty());
        return new NonFungibleToken(ownerId, metadata);
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
        long before = Env.storageUsage();
        if (ownerById.containsKey(tokenId)) {
            throw Env.panic("token_id must be unique");
        }
        ownerById.insert(tokenId, tokenOwnerId);
        tokenIds.push(tokenId);
        tokenMetadataById.insert(tokenId, tokenMetadata);
        addTokenToOwner(tokenOwnerId, tokenId);
        refundDeposit(Env.storageUsage() - before);
        Env.log(Events.format(EVENT_STANDARD, EVENT_VERSION, "nft_mint", NftJson.mintLog(tokenOwnerId, tokenId, null)));
        returnJson(NftJson.token(tokenId, tokenOwnerId, tokenMetadata, new ArrayList<>()));
    }

    // ---- NEP-171 ----

    /**
     * Transfers {@code tokenId} to {@code receiverId}; the caller is its owner or an approved
     * account ({@code approvalId}, when given, must be its current approval ID). Requires exactly 1
     * yoctoNEAR. Clears the token's approvals.
     */
    @Call(payable = true)
    public void nftTransfer(AccountId receiverId, String tokenId, Optional<Long> approvalId, Optional<String> memo) {
        assertOneYocto();
        internalTransfer(Env.predecessorAccountId(), receiverId, tokenId, approvalId, memo);
    }

    /**
     * Transfers {@code tokenId} to {@code receiverId}, then calls its {@code nft_on_transfer}, then
     * {@code nft_resolve_transfer} here, which gives the token back when the receiver returned
     * true or failed; the result is whether the receiver kept it.
     */
    @Call(payable = true)
    public Promise nftTransferCall(AccountId receiverId, String tokenId, Optional<Long> approvalId,
            Optional<String> memo, String msg) {
        assertOneYocto();
        Gas reserved = Gas.tgas(GAS_FOR_NFT_TRANSFER_CALL_TGAS);
        if (Env.prepaidGas().compareTo(reserved) <= 0) {
            throw Env.panic("More gas is required");
        }
        AccountId senderId = Env.predecessorAccountId();
        Transferred previous = internalTransfer(senderId, receiverId, tokenId, approvalId, memo);
        Promise onTransfer = Promise.create(receiverId).functionCall("nft_on_transfer",
                Json.encode(new NftOnTransferArgs(senderId, previous.ownerId(), tokenId, msg)), U128.ZERO,
                Env.prepaidGas().sub(reserved));
        Promise resolve = Promise.create(Env.currentAccountId()).functionCall("nft_resolve_transfer",
                Json.encode(new NftResolveTransferArgs(previous.ownerId(), receiverId, tokenId,
                        Optional.of(previous.approvals()))),
                U128.ZERO, Gas.tgas(GAS_FOR_RESOLVE_TRANSFER_TGAS));
        return onTransfer.then(resolve);
    }

    /** The token, or null when there is no such token. */
    @View
    public void nftToken(String tokenId) {
        AccountId owner = ownerById.get(tokenId);
        returnJson(owner == null ? "null" : tokenJson(tokenId, owner));
    }

    /**
     * The callback of {@code nft_transfer_call}: when {@code nft_on_transfer} failed or returned
     * anything but JSON {@code false}, and the receiver still owns the token, gives it back to
     * {@code previousOwnerId} with its approvals as they were (refunding the storage of the
     * approvals the receiver added meanwhile). Returns true when the receiver keeps the token.
     *
     * <p>near-contract-standards passes {@code approved_account_ids} as an object
     * {@code {"<account>": <id>}}; here it is a list of {@code {"account_id","approval_id"}}, because
     * a contract's JSON arguments are records and lists. Only this contract calls it.
     */
    @Private
    @Call
    public boolean nftResolveTransfer(AccountId previousOwnerId, AccountId receiverId, String tokenId,
            Optional<List<Approval>> approvedAccountIds) {
        if (!mustRevert()) {
            return true;
        }
        AccountId currentOwner = ownerById.get(tokenId);
        if (currentOwner == null) {
            if (approvedAccountIds.isPresent()) {
                refundApprovals(previousOwnerId, approvedAccountIds.get());
            }
            return true;
        }
        if (!currentOwner.equals(receiverId)) {
            return true;
        }
        moveToken(tokenId, receiverId, previousOwnerId);
        List<Approval> receiverApprovals = approvalsById.remove(tokenId);
        if (receiverApprovals != null) {
            refundApprovals(receiverId, receiverApprovals);
        }
        if (approvedAccountIds.isPresent() && !approvedAccountIds.get().isEmpty()) {
            approvalsById.insert(tokenId, approvedAccountIds.get());
        }
        emitTransfer(receiverId, previousOwnerId, tokenId, null, null);
        return false;
    }

    // ---- NEP-177 ----

    @View
    public NFTContractMetadata nftMetadata() {
        return metadata.get(METADATA_KEY);
    }

    // ---- NEP-178 ----

    /**
     * Approves {@code accountId} to transfer {@code tokenId}, with the token's next approval ID;
     * only its owner may. The attached deposit (at least 1 yoctoNEAR) pays for a new approval's
     * storage; the excess goes back. With {@code msg}, calls {@code nft_on_approve} on
     * {@code accountId} and returns that promise; otherwise returns null.
     */
    @Call(payable = true)
    public Promise nftApprove(String tokenId, AccountId accountId, Optional<String> msg) {
        if (Env.attachedDeposit().isZero()) {
            throw Env.panic("Requires attached deposit of at least 1 yoctoNEAR");
        }
        AccountId owner = tokenOwner(tokenId);
        if (!Env.predecessorAccountId().equals(owner)) {
            throw Env.panic("Predecessor must be token owner.");
        }
        List<Approval> approvals = approvalsOf(tokenId);
        Long next = nextApprovalIdById.get(tokenId);
        long approvalId = next == null ? 1 : next;
        boolean replaced = false;
        List<Approval> updated = new ArrayList<>();
        for (Approval approval : approvals) {
            if (approval.accountId().equals(accountId)) {
                updated.add(new Approval(accountId, approvalId));
                replaced = true;
            } else {
                updated.add(approval);
            }
        }
        if (!replaced) {
            updated.add(new Approval(accountId, approvalId));
        }
        approvalsById.insert(tokenId, updated);
        nextApprovalIdById.insert(tokenId, approvalId + 1);
        refundDeposit(replaced ? 0 : bytesForApprovedAccountId(accountId));
        if (msg.isEmpty()) {
            return null;
        }
        return Promise.create(accountId).functionCall("nft_on_approve",
                Json.encode(new NftOnApproveArgs(tokenId, owner, approvalId, msg.get())), U128.ZERO,
                Env.prepaidGas().sub(Gas.tgas(GAS_FOR_NFT_APPROVE_TGAS)));
    }

    /**
     * Whether {@code approvedAccountId} may transfer {@code tokenId}, and, when
     * {@code approvalId} is given, with that approval ID.
     */
    @View
    public boolean nftIsApproved(String tokenId, AccountId approvedAccountId, Optional<Long> approvalId) {
        tokenOwner(tokenId);
        for (Approval approval : approvalsOf(tokenId)) {
            if (approval.accountId().equals(approvedAccountId)) {
                return approvalId.isEmpty() || approvalId.get() == approval.approvalId();
            }
        }
        return false;
    }

    /** Revokes {@code accountId}'s approval of {@code tokenId}, refunding its storage to the owner. Requires 1 yoctoNEAR. */
    @Call(payable = true)
    public void nftRevoke(String tokenId, AccountId accountId) {
        assertOneYocto();
        AccountId owner = tokenOwner(tokenId);
        AccountId predecessor = Env.predecessorAccountId();
        if (!predecessor.equals(owner)) {
            throw Env.panic("Predecessor must be token owner.");
        }
        List<Approval> approvals = approvalsById.get(tokenId);
        if (approvals == null) {
            return;
        }
        List<Approval> kept = new ArrayList<>();
        List<Approval> revoked = new ArrayList<>();
        for (Approval approval : approvals) {
            if (approval.accountId().equals(accountId)) {
                revoked.add(approval);
            } else {
                kept.add(approval);
            }
        }
        if (revoked.isEmpty()) {
            return;
        }
        refundApprovals(predecessor, revoked);
        if (kept.isEmpty()) {
            approvalsById.remove(tokenId);
        } else {
            approvalsById.insert(tokenId, kept);
        }
    }

    /** Revokes every approval of {@code tokenId}, refunding their storage to the owner. Requires 1 yoctoNEAR. */
    @Call(payable = true)
    public void nftRevokeAll(String tokenId) {
        assertOneYocto();
        AccountId owner = tokenOwner(tokenId);
        AccountId predecessor = Env.predecessorAccountId();
        if (!predecessor.equals(owner)) {
            throw Env.panic("Predecessor must be token owner.");
        }
        List<Approval> approvals = approvalsById.remove(tokenId);
        if (approvals != null && !approvals.isEmpty()) {
            refundApprovals(predecessor, approvals);
        }
    }

    // ---- NEP-181 ----

    @View
    public U128 nftTotalSupply() {
        return U128.of(tokenIds.size());
    }

    /** Up to {@code limit} tokens (default: all) from index {@code fromIndex} (default 0) of all tokens. */
    @View
    public void nftTokens(Optional<U128> fromIndex, Optional<Long> limit) {
        U128 start = fromIndex.orElse(U128.ZERO);
        if (start.compareTo(U128.of(tokenIds.size())) > 0) {
            throw Env.panic("Out of bounds, please use a smaller from_index.");
        }
        int count = pageSize(limit);
        int from = (int) start.toLongExact();
        List<String> tokens = new ArrayList<>();
        for (int i = from; i < tokenIds.size() && i - from < count; i++) {
            String id = tokenIds.get(i);
            tokens.add(tokenJson(id, ownerById.get(id)));
        }
        returnJson(NftJson.array(tokens));
    }

    /** How many tokens {@code accountId} owns. */
    @View
    public U128 nftSupplyForOwner(AccountId accountId) {
        List<String> ids = tokensPerOwner.get(accountId);
        return U128.of(ids == null ? 0 : ids.size());
    }

    /** Up to {@code limit} of {@code accountId}'s tokens from index {@code fromIndex}; empty when it owns none. */
    @View
    public void nftTokensForOwner(AccountId accountId, Optional<U128> fromIndex, Optional<Long> limit) {
        List<String> ids = tokensPerOwner.get(accountId);
        if (ids == null) {
            returnJson("[]");
            return;
        }
        U128 start = fromIndex.orElse(U128.ZERO);
        if (U128.of(ids.size()).compareTo(start) <= 0) {
            throw Env.panic("Out of bounds, please use a smaller from_index.");
        }
        int count = pageSize(limit);
        int from = (int) start.toLongExact();
        List<String> tokens = new ArrayList<>();
        for (int i = from; i < ids.size() && i - from < count; i++) {
            tokens.add(tokenJson(ids.get(i), accountId));
        }
        returnJson(NftJson.array(tokens));
    }

    // ---- NEP-199 ----

    /**
     * Who is paid what when {@code tokenId} sells for {@code balance}: each royalty account its
     * percentage (rounded down), the token's owner the rest. Panics when the payout has more than
     * {@code maxLenPayout} entries.
     */
    @View
    public void nftPayout(String tokenId, U128 balance, Optional<Long> maxLenPayout) {
        returnJson(payout(tokenId, balance, maxLenPayout));
    }

    /** {@code nft_transfer} that returns the payout of the sale for {@code balance}. Requires 1 yoctoNEAR. */
    @Call(payable = true)
    public void nftTransferPayout(AccountId receiverId, String tokenId, Optional<Long> approvalId,
            Optional<String> memo, U128 balance, Optional<Long> maxLenPayout) {
        assertOneYocto();
        String payout = payout(tokenId, balance, maxLenPayout);
        internalTransfer(Env.predecessorAccountId(), receiverId, tokenId, approvalId, memo);
        returnJson(payout);
    }

    /**
     * Sets the royalty of {@code accountId} to {@code percent} of every sale (0 removes it); only
     * the contract's owner may. At most 10 accounts, each at most 100 percent, 100 in all.
     */
    @Call
    public void setRoyalty(AccountId accountId, int percent) {
        if (!Env.predecessorAccountId().equals(ownerId)) {
            throw Env.panic("Unauthorized");
        }
        if (percent < 0 || percent > 100) {
            throw Env.panic("each royalty should be at most 100");
        }
        List<Royalty> updated = new ArrayList<>();
        boolean found = false;
        int total = 0;
        for (int i = 0; i < royalties.size(); i++) {
            Royalty royalty = royalties.get(i);
            if (royalty.accountId().equals(accountId)) {
                found = true;
                if (percent > 0) {
                    updated.add(new Royalty(accountId, percent));
                    total += percent;
                }
            } else {
                updated.add(royalty);
                total += royalty.percent();
            }
        }
        if (!found && percent > 0) {
            updated.add(new Royalty(accountId, percent));
            total += percent;
        }
        if (updated.size() > MAX_ROYALTY_ACCOUNTS) {
            throw Env.panic("can only have a maximum of 10 accounts spliting royalties");
        }
        if (total > 100) {
            throw Env.panic("total percent of each royalty split must be at most 100");
        }
        royalties.clear();
        for (Royalty royalty : updated) {
            royalties.push(royalty);
        }
    }

    /** The royalties, in the order they were set. */
    @View
    public List<Royalty> royalties() {
        List<Royalty> all = new ArrayList<>();
        for (int i = 0; i < royalties.size(); i++) {
            all.add(royalties.get(i));
        }
        return all;
    }

    // ---- internals (near-contract-standards' NonFungibleToken) ----

    /** The owner and approvals a token had before {@link #internalTransfer}. */
    record Transferred(AccountId ownerId, List<Approval> approvals) {}

    /** The arguments of {@code nft_on_transfer}. */
    record NftOnTransferArgs(AccountId senderId, AccountId previousOwnerId, String tokenId, String msg) {}

    /** The arguments of {@code nft_resolve_transfer}. */
    record NftResolveTransferArgs(AccountId previousOwnerId, AccountId receiverId, String tokenId,
            Optional<List<Approval>> approvedAccountIds) {}

    /** The arguments of {@code nft_on_approve}. */
    record NftOnApproveArgs(String tokenId, AccountId ownerId, long approvalId, String msg) {}

    /**
     * Moves the token from its owner to {@code receiverId} when {@code senderId} is its owner or
     * approved, clears its approvals and emits {@code nft_transfer}; returns the previous owner and
     * approvals.
     */
    private Transferred internalTransfer(AccountId senderId, AccountId receiverId, String tokenId,
            Optional<Long> approvalId, Optional<String> memo) {
        AccountId owner = tokenOwner(tokenId);
        List<Approval> approvals = approvalsById.remove(tokenId);
        if (approvals == null) {
            approvals = new ArrayList<>();
        }
        AccountId authorizedId = null;
        if (!senderId.equals(owner)) {
            Approval approval = null;
            for (Approval a : approvals) {
                if (a.accountId().equals(senderId)) {
                    approval = a;
                }
            }
            if (approval == null) {
                throw Env.panic("Sender not approved");
            }
            if (approvalId.isPresent() && approvalId.get() != approval.approvalId()) {
                throw Env.panic("The actual approval_id Some(" + approval.approvalId()
                        + ") is different from the given approval_id Some(" + approvalId.get() + ")");
            }
            authorizedId = senderId;
        }
        if (owner.equals(receiverId)) {
            throw Env.panic("Current and next owner must differ");
        }
        moveToken(tokenId, owner, receiverId);
        emitTransfer(owner, receiverId, tokenId, authorizedId, memo.orElse(null));
        return new Transferred(owner, approvals);
    }

    /** Sets the owner and updates both owners' token lists, without checks or events. */
    private void moveToken(String tokenId, AccountId from, AccountId to) {
        ownerById.insert(tokenId, to);
        List<String> fromTokens = tokensPerOwner.get(from);
        List<String> kept = new ArrayList<>();
        for (String id : fromTokens) {
            if (!id.equals(tokenId)) {
                kept.add(id);
            }
        }
        if (kept.isEmpty()) {
            tokensPerOwner.remove(from);
        } else {
            tokensPerOwner.insert(from, kept);
        }
        addTokenToOwner(to, tokenId);
    }

    private void addTokenToOwner(AccountId owner, String tokenId) {
        List<String> ids = tokensPerOwner.get(owner);
        List<String> updated = new ArrayList<>();
        if (ids != null) {
            for (String id : ids) {
                updated.add(id);
            }
        }
        updated.add(tokenId);
        tokensPerOwner.insert(owner, updated);
    }

    /**
     * NEP-171's {@code nft_transfer} event. {@code authorizedId} is the approved account that
     * made the transfer, null when the owner did.
     */
    private static void emitTransfer(AccountId oldOwnerId, AccountId newOwnerId, String tokenId, AccountId authorizedId,
            String memo) {
        Env.log(Events.format(EVENT_STANDARD, EVENT_VERSION, "nft_transfer",
                NftJson.transferLog(oldOwnerId, newOwnerId, tokenId, authorizedId, memo)));
    }

    /**
     * Whether the token goes back: unless {@code nft_on_transfer} returned JSON {@code false}
     * (serde_json allows whitespace around it).
     */
    private static boolean mustRevert() {
        PromiseResult result = Promise.result(0);
        if (!result.isSuccessful()) {
            return true;
        }
        String json = result.json();
        int start = 0;
        int end = json.length();
        while (start < end && isJsonWhitespace(json.charAt(start))) {
            start++;
        }
        while (end > start && isJsonWhitespace(json.charAt(end - 1))) {
            end--;
        }
        return !json.substring(start, end).equals("false");
    }

    private static boolean isJsonWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private AccountId tokenOwner(String tokenId) {
        AccountId owner = ownerById.get(tokenId);
        if (owner == null) {
            throw Env.panic("Token not found");
        }
        return owner;
    }

    private List<Approval> approvalsOf(String tokenId) {
        List<Approval> approvals = approvalsById.get(tokenId);
        return approvals == null ? new ArrayList<>() : approvals;
    }

    private String tokenJson(String tokenId, AccountId owner) {
        return NftJson.token(tokenId, owner, tokenMetadataById.get(tokenId), approvalsOf(tokenId));
    }

    private String payout(String tokenId, U128 balance, Optional<Long> maxLenPayout) {
        AccountId owner = ownerById.get(tokenId);
        if (owner == null) {
            throw Env.panic("No such token_id");
        }
        List<AccountId> accounts = new ArrayList<>();
        List<U128> amounts = new ArrayList<>();
        U128 paid = U128.ZERO;
        int ownerIndex = -1;
        for (int i = 0; i < royalties.size(); i++) {
            Royalty royalty = royalties.get(i);
            U128 percent = U128.of(royalty.percent());
            if (royalty.percent() > 0 && balance.compareTo(u128Max().div(percent)) > 0) {
                throw Env.panic("royalty overflow");
            }
            U128 amount = balance.mul(percent).div(U128.of(100));
            if (royalty.accountId().equals(owner)) {
                ownerIndex = accounts.size();
            }
            accounts.add(royalty.accountId());
            amounts.add(amount);
            paid = paid.add(amount);
        }
        U128 rest = balance.sub(paid);
        if (ownerIndex >= 0) {
            amounts.set(ownerIndex, amounts.get(ownerIndex).add(rest));
        } else {
            accounts.add(owner);
            amounts.add(rest);
        }
        if (maxLenPayout.isPresent() && accounts.size() > maxLenPayout.get()) {
            throw Env.panic("payout number can't exceed `max_len_payout`");
        }
        return NftJson.payout(accounts, amounts);
    }

    /** u128::MAX, 2^128 - 1. */
    private static U128 u128Max() {
        return U128.parse(U128_MAX_DECIMAL);
    }

    /** How many items a page has: {@code limit}, or all when absent; 0 panics. */
    private static int pageSize(Optional<Long> limit) {
        if (limit.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        if (limit.get() == 0) {
            throw Env.panic("Cannot provide limit of 0.");
        }
        return limit.get() > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) (long) limit.get();
    }

    private static void returnJson(String json) {
        Env.valueReturn(json.getBytes(StandardCharsets.UTF_8));
    }

    /** near-sdk-rs's {@code assert_one_yocto}. */
    private static void assertOneYocto() {
        if (!Env.attachedDeposit().equals(U128.ONE_YOCTO)) {
            throw Env.panic("Requires attached deposit of exactly 1 yoctoNEAR");
        }
    }

    /** nearcore's storage price, 10^19 yoctoNEAR per byte. */
    static U128 storageByteCost() {
        return U128.of(1_000_000_000_000_000_000L).mul(U128.of(10));
    }

    /** The bytes an approval is charged for: the account ID, its Borsh length and the u64 ID. */
    static long bytesForApprovedAccountId(AccountId accountId) {
        return accountId.toString().length() + 4 + 8;
    }

    /**
     * Requires the attached deposit to cover {@code bytes} of storage and sends the excess back
     * to the caller (when it is more than 1 yoctoNEAR, as near-contract-standards).
     */
    private static void refundDeposit(long bytes) {
        U128 required = storageByteCost().mul(U128.of(bytes));
        U128 attached = Env.attachedDeposit();
        if (required.compareTo(attached) > 0) {
            throw Env.panic("Must attach " + required + " yoctoNEAR to cover storage");
        }
        U128 refund = attached.sub(required);
        if (refund.compareTo(U128.ONE) > 0) {
            Promise.create(Env.predecessorAccountId()).transfer(refund);
        }
    }

    /** Sends {@code accountId} the storage price of {@code approvals}. */
    private static void refundApprovals(AccountId accountId, List<Approval> approvals) {
        long bytes = 0;
        for (Approval approval : approvals) {
            bytes += bytesForApprovedAccountId(approval.accountId());
        }
        Promise.create(accountId).transfer(storageByteCost().mul(U128.of(bytes)));
    }

    /** near-contract-standards' {@code NFTContractMetadata::assert_valid}. */
    private static void assertValid(NFTContractMetadata metadata) {
        if (!metadata.spec().equals(NFT_METADATA_SPEC)) {
            throw Env.panic("Spec is not NFT metadata");
        }
        if (metadata.reference().isPresent() != metadata.referenceHash().isPresent()) {
            throw Env.panic("Reference and reference hash must be present");
        }
        if (metadata.referenceHash().isPresent() && base64DecodedLength(metadata.referenceHash().get()) != 32) {
            throw Env.panic("Hash has to be 32 bytes");
        }
    }

    /**
     * How many bytes the standard, padded base64 {@code text} decodes to, or -1 when it is not
     * base64 (length a multiple of 4, at most two {@code =} at the end).
     */
    static int base64DecodedLength(String text) {
        int length = text.length();
        if (length % 4 != 0) {
            return -1;
        }
        int padding = 0;
        while (padding < 2 && padding < length && text.charAt(length - 1 - padding) == '=') {
            padding++;
        }
        for (int i = 0; i < length - padding; i++) {
            char c = text.charAt(i);
            boolean valid = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
                    || c == '/';
            if (!valid) {
                return -1;
            }
        }
        return length / 4 * 3 - padding;
    }
}
