import dev.aidev.sdk.AccountId;
import dev.aidev.sdk.Call;
import dev.aidev.sdk.Env;
import dev.aidev.sdk.Gas;
import dev.aidev.sdk.Init;
import dev.aidev.sdk.Json;
import dev.aidev.sdk.LookupMap;
import dev.aidev.sdk.NearContract;
import dev.aidev.sdk.Private;
import dev.aidev.sdk.Promise;
import dev.aidev.sdk.PromiseResult;
import dev.aidev.sdk.U128;
import dev.aidev.sdk.View;

/**
 * A NEP-141 receiver, in the spirit of near-sdk-rs's {@code defi} test contract: any fungible token
 * can {@code ft_transfer_call} tokens to it, and {@code ft_on_transfer} decides by {@code msg} how
 * much of them it does not use (the token refunds that part to the sender):
 *
 * <ul>
 *   <li>{@code "take-my-money"}: keeps everything (returns {@code "0"});
 *   <li>a decimal number {@code N}: returns {@code N} unused, at most the amount (so {@code N} equal
 *       to the amount refunds everything);
 *   <li>{@code "panic"}, or anything else: panics, and the token refunds everything.
 * </ul>
 *
 * <p>The token is the predecessor of {@code ft_on_transfer}. The receiver records, per token, the
 * total it kept and what it still holds, and per token and sender the total it kept from that
 * sender. The owner can send held tokens away with {@link #sendTokens}, an {@code ft_transfer}
 * promise (with the 1 yoctoNEAR NEP-141 requires) followed by a callback that gives the amount back
 * to the holdings when the transfer failed.
 *
 * <p>What is recorded is what {@code ft_on_transfer} claimed. A token refunds at most what the
 * receiver still has of it, so after a {@link #sendTokens} the token may refund less than the unused
 * amount; the records then understate what was kept.
 */
@NearContract
public class TokenReceiver {
    /** Gas for the token's {@code ft_transfer}, and for the {@code on_tokens_sent} callback. */
    static final long FT_TRANSFER_TGAS = 10;
    static final long CALLBACK_TGAS = 10;

    static final String TAKE_ALL = "take-my-money";
    static final String PANIC = "panic";

    /** The account that may send the held tokens away. */
    private AccountId owner;
    /** How many ft_on_transfer calls kept something. */
    private long deposits;
    /** Per token: the total kept, ever. */
    private final LookupMap<AccountId, U128> keptByToken;
    /** Per token: what is held now (kept, minus what was sent away). */
    private final LookupMap<AccountId, U128> heldByToken;
    /** Per token and sender ({@code token/sender}): the total kept from that sender. */
    private final LookupMap<String, U128> keptBySender;

    @Init
    public TokenReceiver(AccountId ownerId) {
        this.owner = ownerId;
        this.deposits = 0;
        this.keptByToken = new LookupMap<>("k");
        this.heldByToken = new LookupMap<>("h");
        this.keptBySender = new LookupMap<>("s");
    }

    // ---- NEP-141 receiver ----

    /**
     * Called by a token after it moved {@code amount} of its tokens from {@code senderId} to this
     * account; returns the unused part, which the token gives back to the sender.
     */
    @Call
    public U128 ftOnTransfer(AccountId senderId, U128 amount, String msg) {
        AccountId token = Env.predecessorAccountId();
        Env.log("in " + amount + " tokens of " + token + " from @" + senderId + " ft_on_transfer, msg = " + msg);
        if (msg.equals(PANIC)) {
            throw Env.panic("ft_on_transfer panics as asked");
        }
        U128 unused;
        if (msg.equals(TAKE_ALL)) {
            unused = U128.ZERO;
        } else {
            U128 n = parseDecimal(msg);
            if (n == null) {
                throw Env.panic("msg must be \"take-my-money\", \"panic\" or a decimal amount to return, not \"" + msg + "\"");
            }
            unused = n.min(amount);
        }
        U128 kept = amount.sub(unused);
        if (!kept.isZero()) {
            deposits = Math.addExact(deposits, 1);
            keptByToken.insert(token, orZero(keptByToken.get(token)).add(kept));
            heldByToken.insert(token, orZero(heldByToken.get(token)).add(kept));
            String key = senderKey(token, senderId);
            keptBySender.insert(key, orZero(keptBySender.get(key)).add(kept));
        }
        Env.log("kept " + kept + ", returning " + unused);
        return unused;
    }

    // ---- sending tokens away ----

    /**
     * Sends {@code amount} of the tokens held of {@code tokenId} to {@code receiverId} with the
     * token's {@code ft_transfer} (attaching 1 yoctoNEAR); only the owner may. The amount leaves the
     * holdings now and comes back in {@code on_tokens_sent} if the transfer fails. The result is the
     * callback's: whether the tokens were sent.
     */
    @Call
    public Promise sendTokens(AccountId tokenId, AccountId receiverId, U128 amount) {
        Env.require(Env.predecessorAccountId().equals(owner), "only the owner can send tokens");
        Env.require(!amount.isZero(), "the amount must be positive");
        U128 held = orZero(heldByToken.get(tokenId));
        Env.require(held.compareTo(amount) >= 0, "holds only " + held + " of " + tokenId);
        heldByToken.insert(tokenId, held.sub(amount));
        Env.log("sending " + amount + " of " + tokenId + " to " + receiverId);
        return Promise.create(tokenId)
                .functionCall("ft_transfer", Json.encode(new FtTransferArgs(receiverId, amount, "sent by the receiver")),
                        U128.ONE_YOCTO, Gas.tgas(FT_TRANSFER_TGAS))
                .then(Promise.create(Env.currentAccountId()).functionCall("on_tokens_sent",
                        Json.encode(new OnTokensSentArgs(tokenId, amount)), U128.ZERO, Gas.tgas(CALLBACK_TGAS)));
    }

    /** The callback of {@link #sendTokens}: puts {@code amount} back into the holdings if ft_transfer failed. */
    @Private
    @Call
    public boolean onTokensSent(AccountId tokenId, U128 amount) {
        Env.require(Env.promiseResultsCount() == 1, "on_tokens_sent expects the result of exactly one call");
        PromiseResult result = Promise.result(0);
        if (result.isSuccessful()) {
            Env.log("sent " + amount + " of " + tokenId);
            return true;
        }
        heldByToken.insert(tokenId, orZero(heldByToken.get(tokenId)).add(amount));
        Env.log("ft_transfer of " + amount + " on " + tokenId + " failed; the tokens are held again");
        return false;
    }

    // ---- views ----

    /** The total this receiver kept of {@code tokenId}, ever. */
    @View
    public U128 keptOf(AccountId tokenId) {
        return orZero(keptByToken.get(tokenId));
    }

    /** The total this receiver kept of {@code tokenId} from {@code senderId}. */
    @View
    public U128 keptFrom(AccountId tokenId, AccountId senderId) {
        return orZero(keptBySender.get(senderKey(tokenId, senderId)));
    }

    /** What this receiver holds of {@code tokenId} by its records: kept minus sent away. */
    @View
    public U128 heldOf(AccountId tokenId) {
        return orZero(heldByToken.get(tokenId));
    }

    @View
    public Info info() {
        return new Info(owner, deposits);
    }

    // ---- internals ----

    record FtTransferArgs(AccountId receiverId, U128 amount, String memo) {}

    record OnTokensSentArgs(AccountId tokenId, U128 amount) {}

    public record Info(AccountId ownerId, long deposits) {}

    /** Account IDs hold no '/', so the key names one (token, sender) pair. */
    static String senderKey(AccountId token, AccountId sender) {
        return token + "/" + sender;
    }

    static U128 orZero(U128 value) {
        return value == null ? U128.ZERO : value;
    }

    /** {@code s} as a decimal number of 1 to 38 digits (always below u128::MAX), or null. */
    static U128 parseDecimal(String s) {
        if (s.isEmpty() || s.length() > 38) {
            return null;
        }
        U128 value = U128.ZERO;
        U128 ten = U128.of(10);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            value = value.mul(ten).add(U128.of(c - '0'));
        }
        return value;
    }
}
