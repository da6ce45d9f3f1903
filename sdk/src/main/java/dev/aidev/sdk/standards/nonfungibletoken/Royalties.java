package dev.aidev.sdk.standards.nonfungibletoken;

import dev.aidev.sdk.AccountId;
import dev.aidev.sdk.Env;
import dev.aidev.sdk.Standard;
import dev.aidev.sdk.U128;
import dev.aidev.sdk.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * NEP-199 royalties for a whole collection: each royalty account is paid its percentage of every
 * sale, the token's owner the rest. A contract keeps one in a field, decides who may change it,
 * and exports {@code nft_payout} and {@code nft_transfer_payout} with {@link #payout}.
 *
 * <pre>{@code
 * private final Royalties royalties = new Royalties("r");
 *
 * @View
 * public void nftPayout(String tokenId, U128 balance, Optional<Long> maxLenPayout) {
 *     Env.valueReturn(royalties.payout(tokens.ownerOf(tokenId), balance, maxLenPayout).getBytes(UTF_8));
 * }
 * }</pre>
 */
@Standard(name = "nep199", version = "1.0.0")
public final class Royalties {
    /** At most this many royalty accounts (near-contract-standards' {@code Royalties}). */
    public static final int MAX_ROYALTY_ACCOUNTS = 10;

    static final String U128_MAX_DECIMAL = "340282366920938463463374607431768211455";

    /** The royalties, in the order they were set. */
    private final Vector<Royalty> royalties;

    /** No royalties; they are kept under {@code prefix}. */
    public Royalties(String prefix) {
        this.royalties = new Vector<>(prefix);
    }

    /**
     * Sets the royalty of {@code accountId} to {@code percent} of every sale (0 removes it). At most
     * {@link #MAX_ROYALTY_ACCOUNTS} accounts, each at most 100 percent, 100 in all. The caller
     * checks who may.
     */
    public void set(AccountId accountId, int percent) {
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
    public List<Royalty> all() {
        List<Royalty> all = new ArrayList<>();
        for (int i = 0; i < royalties.size(); i++) {
            all.add(royalties.get(i));
        }
        return all;
    }

    /**
     * NEP-199's {@code Payout} JSON of a sale for {@code balance} of a token owned by
     * {@code owner}: each royalty account its percentage (rounded down), the owner the rest.
     * Panics {@code No such token_id} when {@code owner} is null, and when the payout has more
     * than {@code maxLenPayout} entries.
     */
    public String payout(AccountId owner, U128 balance, Optional<Long> maxLenPayout) {
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
            if (royalty.percent() > 0 && balance.compareTo(U128.parse(U128_MAX_DECIMAL).div(percent)) > 0) {
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
}
