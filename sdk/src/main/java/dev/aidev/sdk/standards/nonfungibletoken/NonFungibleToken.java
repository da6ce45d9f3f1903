package dev.aidev.sdk.standards.nonfungibletoken;

import dev.aidev.sdk.AccountId;
import dev.aidev.sdk.Env;
import dev.aidev.sdk.Standard;
import dev.aidev.sdk.Gas;
import dev.aidev.sdk.Json;
import dev.aidev.sdk.LookupMap;
import dev.aidev.sdk.Promise;
import dev.aidev.sdk.PromiseResult;
import dev.aidev.sdk.U128;
import dev.aidev.sdk.Vector;
import dev.aidev.sdk.standards.Deposits;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A non-fungible token collection: NEP-171 (core, with {@code nft_transfer_call}), the token
 * metadata of NEP-177, NEP-178 (approval management) and NEP-181 (enumeration), as
 * near-contract-standards' {@code NonFungibleToken}: the same methods, JSON arguments and results,
 * panic texts, events, storage charges and promises. A contract keeps one in a field and exports
 * the standards' methods by calling it; who may mint is the contract's rule:
 *
 * <pre>{@code
 * @NearContract
 * public class MyNft {
 *     private final AccountId ownerId;
 *     private final NonFungibleToken tokens;
 *
 *     @Init
 *     public MyNft(AccountId ownerId) {
 *         this.ownerId = ownerId;
 *         this.tokens = new NonFungibleToken("t");
 *     }
 *
 *     @Call(payable = true)
 *     public void nftMint(String tokenId, AccountId tokenOwnerId, TokenMetadata tokenMetadata) {
 *         Env.require(Env.predecessorAccountId().equals(ownerId), "Unauthorized");
 *         tokens.internalMint(tokenId, tokenOwnerId, tokenMetadata);
 *     }
 *
 *     @Call(payable = true)
 *     public void nftTransfer(AccountId receiverId, String tokenId, Optional<Long> approvalId, Optional<String> memo) {
 *         tokens.nftTransfer(receiverId, tokenId, approvalId, memo);
 *     }
 *     // ... nft_transfer_call, nft_resolve_transfer (@Private), nft_token, approvals, enumeration
 * }
 * }</pre>
 *
 * <p>Methods whose JSON result holds an object keyed by account ID (a token's
 * {@code approved_account_ids}) write their result themselves ({@code Env.valueReturn}) and are
 * {@code void}; the contract's method returns nothing after calling them. The state lives under
 * {@code prefix} followed by one of {@code o i m e a n}.
 *
 * <p>This class is contract code: the compiler builds it from its source with the contract, so it
 * stays inside the Java subset (docs/java-subset.md).
 */
@Standard(name = "nep171", version = "1.2.0")
@Standard(name = "nep177", version = "2.0.0")
@Standard(name = "nep178", version = "1.0.0")
@Standard(name = "nep181", version = "1.0.0")
@Standard(name = "nep297", version = "1.0.0")
public final class NonFungibleToken {
    /** Gas kept back by {@code nft_transfer_call} for itself and the callback. */
    public static final long GAS_FOR_NFT_TRANSFER_CALL_TGAS = 30;
    /** Static gas of the {@code nft_resolve_transfer} callback. */
    public static final long GAS_FOR_RESOLVE_TRANSFER_TGAS = 5;
    /** Gas {@code nft_approve} keeps back from the {@code nft_on_approve} call. */
    public static final long GAS_FOR_NFT_APPROVE_TGAS = 10;

    /** Every token's owner. */
    private final LookupMap<String, AccountId> ownerById;
    /** Every token ID, in minting order, for {@code nft_tokens} (tokens are never burned). */
    private final Vector<String> tokenIds;
    private final LookupMap<String, TokenMetadata> tokenMetadataById;
    /**
     * Each owner's token IDs, in the order they arrived, as one list value. near-contract-standards
     * keeps a set per owner instead; measured on our VM (docs/benchmarks.md, {@code bench nft
     * --tokens}), the list is cheaper up to several hundred tokens per owner (a transfer 0.80 Tgas
     * with 3 tokens, 0.92 with 100, against 1.61 for a set at any size), so it stays.
     */
    private final LookupMap<AccountId, List<String>> tokensPerOwner;
    /** A token's approvals, absent when it has none. */
    private final LookupMap<String, List<Approval>> approvalsById;
    /** The approval ID the token's next approval gets (1 when absent). */
    private final LookupMap<String, Long> nextApprovalIdById;

    /** An empty collection kept under {@code prefix}. */
    public NonFungibleToken(String prefix) {
        this.ownerById = new LookupMap<>(prefix + "o");
        this.tokenIds = new Vector<>(prefix + "i");
        this.tokenMetadataById = new LookupMap<>(prefix + "m");
        this.tokensPerOwner = new LookupMap<>(prefix + "e");
        this.approvalsById = new LookupMap<>(prefix + "a");
        this.nextApprovalIdById = new LookupMap<>(prefix + "n");
    }

    // ---- minting (the contract decides who may) ----

    /**
     * Mints {@code tokenId} for {@code tokenOwnerId}. The attached deposit pays for the storage the
     * token takes; the excess goes back to the caller. Emits {@code nft_mint} and returns the
     * token's JSON as the call's result.
     */
    public void internalMint(String tokenId, AccountId tokenOwnerId, TokenMetadata tokenMetadata) {
        long before = Env.storageUsage();
        if (ownerById.containsKey(tokenId)) {
            throw Env.panic("token_id must be unique");
        }
        ownerById.insert(tokenId, tokenOwnerId);
        tokenIds.push(tokenId);
        tokenMetadataById.insert(tokenId, tokenMetadata);
        addTokenToOwner(tokenOwnerId, tokenId);
        refundDeposit(Env.storageUsage() - before);
        NftEvents.nftMint(tokenOwnerId, tokenId, null);
        returnJson(NftJson.token(tokenId, tokenOwnerId, tokenMetadata, new ArrayList<>()));
    }

    // ---- NEP-171 ----

    /**
     * Transfers {@code tokenId} to {@code receiverId}; the caller is its owner or an approved
     * account ({@code approvalId}, when given, must be its current approval ID). Requires exactly 1
     * yoctoNEAR. Clears the token's approvals.
     */
    public void nftTransfer(AccountId receiverId, String tokenId, Optional<Long> approvalId, Optional<String> memo) {
        Deposits.assertOneYocto();
        internalTransfer(Env.predecessorAccountId(), receiverId, tokenId, approvalId, memo);
    }

    /**
     * Transfers {@code tokenId} to {@code receiverId}, then calls its {@code nft_on_transfer}, then
     * {@code nft_resolve_transfer} on this contract, which gives the token back when the receiver
     * returned true or failed; the result is whether the receiver kept it.
     */
    public Promise nftTransferCall(AccountId receiverId, String tokenId, Optional<Long> approvalId,
            Optional<String> memo, String msg) {
        Deposits.assertOneYocto();
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

    /** Returns the token's JSON, or null when there is no such token, as the call's result. */
    public void nftToken(String tokenId) {
        AccountId owner = ownerById.get(tokenId);
        returnJson(owner == null ? "null" : tokenJson(tokenId, owner));
    }

    /** The owner of {@code tokenId}, or null when there is no such token. */
    public AccountId ownerOf(String tokenId) {
        return ownerById.get(tokenId);
    }

    /**
     * The callback of {@code nft_transfer_call} (export it as a {@code @Private} call): when
     * {@code nft_on_transfer} failed or returned anything but JSON {@code false}, and the receiver
     * still owns the token, gives it back to {@code previousOwnerId} with its approvals as they
     * were (refunding the storage of the approvals the receiver added meanwhile). Returns true
     * when the receiver keeps the token.
     *
     * <p>near-contract-standards passes {@code approved_account_ids} as an object
     * {@code {"<account>": <id>}}; here it is a list of {@code {"account_id","approval_id"}}, because
     * a contract's JSON arguments are records and lists. Only this contract calls it.
     */
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
        NftEvents.nftTransfer(receiverId, previousOwnerId, tokenId, null, null);
        return false;
    }

    // ---- NEP-178 ----

    /**
     * Approves {@code accountId} to transfer {@code tokenId}, with the token's next approval ID;
     * only its owner may. The attached deposit (at least 1 yoctoNEAR) pays for a new approval's
     * storage; the excess goes back. With {@code msg}, calls {@code nft_on_approve} on
     * {@code accountId} and returns that promise; otherwise returns null.
     */
    public Promise nftApprove(String tokenId, AccountId accountId, Optional<String> msg) {
        Deposits.assertAtLeastOneYocto();
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
    public void nftRevoke(String tokenId, AccountId accountId) {
        Deposits.assertOneYocto();
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
    public void nftRevokeAll(String tokenId) {
        Deposits.assertOneYocto();
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

    public U128 nftTotalSupply() {
        return U128.of(tokenIds.size());
    }

    /** Returns up to {@code limit} tokens (default: all) from index {@code fromIndex} (default 0) of all tokens. */
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
    public U128 nftSupplyForOwner(AccountId accountId) {
        List<String> ids = tokensPerOwner.get(accountId);
        return U128.of(ids == null ? 0 : ids.size());
    }

    /** Returns up to {@code limit} of {@code accountId}'s tokens from index {@code fromIndex}; empty when it owns none. */
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

    // ---- internals (near-contract-standards' NonFungibleToken) ----

    /** The owner and approvals a token had before {@link #internalTransfer}. */
    public record Transferred(AccountId ownerId, List<Approval> approvals) {}

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
     * approvals. No deposit check.
     */
    public Transferred internalTransfer(AccountId senderId, AccountId receiverId, String tokenId,
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
        NftEvents.nftTransfer(owner, receiverId, tokenId, authorizedId, memo.orElse(null));
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


    /** The bytes an approval is charged for: the account ID, its Borsh length and the u64 ID. */
    static long bytesForApprovedAccountId(AccountId accountId) {
        return accountId.toString().length() + 4 + 8;
    }

    /**
     * Requires the attached deposit to cover {@code bytes} of storage and sends the excess back
     * to the caller (when it is more than 1 yoctoNEAR, as near-contract-standards).
     */
    private static void refundDeposit(long bytes) {
        U128 required = Deposits.storageByteCost().mul(U128.of(bytes));
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
        Promise.create(accountId).transfer(Deposits.storageByteCost().mul(U128.of(bytes)));
    }
}
