package dev.aidev.sdk.standards.fungibletoken;

import dev.aidev.sdk.AccountId;
import dev.aidev.sdk.Env;
import dev.aidev.sdk.Standard;
import dev.aidev.sdk.Gas;
import dev.aidev.sdk.Json;
import dev.aidev.sdk.LookupMap;
import dev.aidev.sdk.Promise;
import dev.aidev.sdk.PromiseResult;
import dev.aidev.sdk.U128;
import dev.aidev.sdk.standards.Deposits;
import dev.aidev.sdk.standards.storage.StorageBalance;
import dev.aidev.sdk.standards.storage.StorageBalanceBounds;
import java.util.Optional;

/**
 * A NEP-141 fungible token's ledger with NEP-145 storage management, as near-contract-standards'
 * {@code FungibleToken}: the same state (balances in a map, the total supply, the bytes one
 * registered account takes), methods, panic and log texts, events and promises. A contract keeps
 * one in a field and exports the standard's methods by calling it:
 *
 * <pre>{@code
 * @NearContract
 * public class MyToken {
 *     private final FungibleToken token;
 *
 *     @Init
 *     public MyToken(AccountId ownerId, U128 totalSupply) {
 *         token = new FungibleToken("t");
 *         token.internalRegisterAccount(ownerId);
 *         token.internalDeposit(ownerId, totalSupply);
 *         FtEvents.ftMint(ownerId, totalSupply, "new tokens are minted");
 *     }
 *
 *     @Call(payable = true)
 *     public void ftTransfer(AccountId receiverId, U128 amount, Optional<String> memo) {
 *         token.ftTransfer(receiverId, amount, memo);
 *     }
 *     // ... ft_transfer_call, ft_resolve_transfer (@Private), the views and NEP-145's methods
 * }
 * }</pre>
 *
 * <p>An account must be registered ({@code storage_deposit}) before it can hold tokens; registering
 * costs the storage of one balance entry, measured when the ledger is created. The balances
 * always add up to the total supply, a u128, so neither can overflow (U128's own checks suffice).
 *
 * <p>This class is contract code: the compiler builds it from its source with the contract, so it
 * stays inside the Java subset (docs/java-subset.md).
 */
@Standard(name = "nep141", version = "1.0.0")
@Standard(name = "nep145", version = "1.0.0")
@Standard(name = "nep297", version = "1.0.0")
public final class FungibleToken {
    /** Gas the {@code ft_resolve_transfer} callback gets; it takes no share of the unused gas. */
    public static final long GAS_FOR_RESOLVE_TRANSFER_TGAS = 5;

    /**
     * The longest promise result read as the unused amount: {@code "+u128::MAX"} with its quotes.
     * A longer result counts as a failed {@code ft_on_transfer} (near-sdk-rs reads the result with
     * {@code promise_result_checked(0, 42)}).
     */
    static final int MAX_RESULT_LENGTH = 42;

    /** u128::MAX in decimal, to reject an unused amount that does not fit. */
    static final String U128_MAX_DECIMAL = "340282366920938463463374607431768211455";

    /** The widest account ID (64 characters): the entry whose storage a registration pays for. */
    static final String LONGEST_ACCOUNT_ID = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    /** Balances of the registered accounts. */
    private final LookupMap<AccountId, U128> accounts;
    private U128 totalSupply;
    /** Bytes of storage one registered account takes (key, value and nearcore's 40 per record). */
    private long accountStorageUsage;

    /**
     * An empty ledger whose balances live under {@code prefix} (a one-byte prefix keeps a balance
     * entry's key as long as near-sdk-rs's, so registration costs the same). Measures the storage
     * of one account entry, writing and removing it.
     */
    public FungibleToken(String prefix) {
        this.accounts = new LookupMap<>(prefix);
        this.totalSupply = U128.ZERO;
        this.accountStorageUsage = measureAccountStorageUsage();
    }

    // ---- NEP-141 ----

    /** Moves {@code amount} from the caller to {@code receiverId}; requires exactly 1 yoctoNEAR. */
    public void ftTransfer(AccountId receiverId, U128 amount, Optional<String> memo) {
        Deposits.assertOneYocto();
        internalTransfer(Env.predecessorAccountId(), receiverId, amount, memo.orElse(null));
    }

    /**
     * Moves {@code amount} to {@code receiverId}, then calls its {@code ft_on_transfer} with all the
     * unused gas, then {@code ft_resolve_transfer} on this contract, which refunds what the
     * receiver returns as unused and is the result of the call: the amount the receiver kept.
     */
    public Promise ftTransferCall(AccountId receiverId, U128 amount, Optional<String> memo, String msg) {
        Deposits.assertOneYocto();
        AccountId senderId = Env.predecessorAccountId();
        internalTransfer(senderId, receiverId, amount, memo.orElse(null));
        Promise onTransfer = Promise.create(receiverId).functionCallWeight("ft_on_transfer",
                Json.encode(new FtOnTransferArgs(senderId, amount, msg)), U128.ZERO, Gas.ZERO, 1);
        Promise resolve = Promise.create(Env.currentAccountId()).functionCallWeight("ft_resolve_transfer",
                Json.encode(new FtResolveTransferArgs(senderId, receiverId, amount)), U128.ZERO,
                Gas.tgas(GAS_FOR_RESOLVE_TRANSFER_TGAS), 0);
        return onTransfer.then(resolve);
    }

    public U128 ftTotalSupply() {
        return totalSupply;
    }

    /** The balance of {@code accountId}; 0 when it is not registered. */
    public U128 ftBalanceOf(AccountId accountId) {
        U128 balance = accounts.get(accountId);
        return balance == null ? U128.ZERO : balance;
    }

    /**
     * The callback of {@code ft_transfer_call} (export it as a {@code @Private} call): reads the
     * unused amount the receiver returned (a JSON U128 string; a failed call or anything else
     * counts as all of {@code amount}), gives back as much of it as the receiver still has, and
     * returns the amount the receiver kept. If the sender unregistered in the meantime, the refund
     * is burned instead.
     */
    public U128 ftResolveTransfer(AccountId senderId, AccountId receiverId, U128 amount) {
        U128 unused = unusedAmount(amount);
        if (unused.isZero()) {
            return amount;
        }
        U128 receiverBalance = ftBalanceOf(receiverId); // 0 when the receiver unregistered meanwhile
        if (receiverBalance.isZero()) {
            return amount;
        }
        U128 refund = receiverBalance.compareTo(unused) < 0 ? receiverBalance : unused;
        accounts.insert(receiverId, receiverBalance.sub(refund));
        U128 senderBalance = accounts.get(senderId);
        if (senderBalance == null) {
            totalSupply = totalSupply.sub(refund);
            Env.log("The account of the sender was deleted");
            FtEvents.ftBurn(receiverId, refund, "refund");
            Env.log("Account @" + senderId + " burned " + refund);
            return amount;
        }
        accounts.insert(senderId, senderBalance.add(refund));
        FtEvents.ftTransfer(receiverId, senderId, refund, "refund");
        return amount.sub(refund);
    }

    // ---- NEP-145 ----

    /**
     * Registers {@code accountId} (default: the caller) for the attached deposit, which must be at
     * least {@code storage_balance_bounds().min}; the rest goes back to the caller, all of it when
     * the account is registered already. {@code registrationOnly} changes nothing: registration is
     * all a deposit buys here.
     */
    public StorageBalance storageDeposit(Optional<AccountId> accountId, Optional<Boolean> registrationOnly) {
        U128 amount = Env.attachedDeposit();
        AccountId account = accountId.orElse(Env.predecessorAccountId());
        if (accounts.containsKey(account)) {
            Env.log("The account is already registered, refunding the deposit");
            if (!amount.isZero()) {
                Promise.create(Env.predecessorAccountId()).transfer(amount);
            }
        } else {
            U128 minBalance = storageBalanceBounds().min();
            if (amount.compareTo(minBalance) < 0) {
                throw Env.panic("The attached deposit is less than the minimum storage balance");
            }
            internalRegisterAccount(account);
            U128 refund = amount.sub(minBalance);
            if (!refund.isZero()) {
                Promise.create(Env.predecessorAccountId()).transfer(refund);
            }
        }
        return registeredStorageBalance();
    }

    /** Nothing is ever available to withdraw: any positive {@code amount} panics. Requires 1 yoctoNEAR. */
    public StorageBalance storageWithdraw(Optional<U128> amount) {
        Deposits.assertOneYocto();
        AccountId account = Env.predecessorAccountId();
        if (!accounts.containsKey(account)) {
            throw Env.panic("The account " + account + " is not registered");
        }
        if (amount.isPresent() && !amount.get().isZero()) {
            throw Env.panic("The amount is greater than the available storage balance");
        }
        return registeredStorageBalance();
    }

    /**
     * Unregisters the caller and sends back its storage deposit (plus the 1 yoctoNEAR attached).
     * An account holding tokens needs {@code force}, which burns them (without an {@code ft_burn}
     * event, as near-sdk-rs). Returns false when the caller was not registered.
     */
    public boolean storageUnregister(Optional<Boolean> force) {
        Deposits.assertOneYocto();
        AccountId account = Env.predecessorAccountId();
        U128 balance = accounts.get(account);
        if (balance == null) {
            Env.log("The account " + account + " is not registered");
            return false;
        }
        if (!balance.isZero() && !force.orElse(false)) {
            throw Env.panic("Can't unregister the account with the positive balance without force");
        }
        accounts.remove(account);
        totalSupply = totalSupply.sub(balance);
        Promise.create(account).transfer(storageBalanceBounds().min().add(U128.ONE_YOCTO));
        Env.log("Closed @" + account + " with " + balance);
        return true;
    }

    /** Both bounds are the price of one account entry: its bytes times the storage byte cost. */
    public StorageBalanceBounds storageBalanceBounds() {
        U128 required = U128.of(accountStorageUsage).mul(Deposits.storageByteCost());
        return new StorageBalanceBounds(required, Optional.of(required));
    }

    /** The storage balance of {@code accountId}, or empty when it is not registered. */
    public Optional<StorageBalance> storageBalanceOf(AccountId accountId) {
        if (!accounts.containsKey(accountId)) {
            return Optional.empty();
        }
        return Optional.of(registeredStorageBalance());
    }

    // ---- for the contract's own methods (no deposit checks, no events) ----

    /** Registers {@code accountId} with a zero balance; callers check first that it is not registered. */
    public void internalRegisterAccount(AccountId accountId) {
        accounts.insert(accountId, U128.ZERO);
    }

    /** Whether {@code accountId} is registered. */
    public boolean isRegistered(AccountId accountId) {
        return accounts.containsKey(accountId);
    }

    /** The balance of a registered account; panics when it is not registered. */
    public U128 internalUnwrapBalanceOf(AccountId accountId) {
        U128 balance = accounts.get(accountId);
        if (balance == null) {
            throw Env.panic("The account " + accountId + " is not registered");
        }
        return balance;
    }

    /** Adds {@code amount} to a registered account and to the total supply (a mint, without its event). */
    public void internalDeposit(AccountId accountId, U128 amount) {
        U128 balance = internalUnwrapBalanceOf(accountId);
        accounts.insert(accountId, balance.add(amount));
        totalSupply = totalSupply.add(amount);
    }

    /** Takes {@code amount} from a registered account and from the total supply (a burn, without its event). */
    public void internalWithdraw(AccountId accountId, U128 amount) {
        U128 balance = internalUnwrapBalanceOf(accountId);
        if (balance.compareTo(amount) < 0) {
            throw Env.panic("The account doesn't have enough balance");
        }
        accounts.insert(accountId, balance.sub(amount));
        totalSupply = totalSupply.sub(amount);
    }

    /** Moves a positive {@code amount} between two different registered accounts; emits {@code ft_transfer}. */
    public void internalTransfer(AccountId senderId, AccountId receiverId, U128 amount, String memo) {
        if (senderId.equals(receiverId)) {
            throw Env.panic("Sender and receiver should be different");
        }
        if (amount.isZero()) {
            throw Env.panic("The amount should be a positive number");
        }
        internalWithdraw(senderId, amount);
        internalDeposit(receiverId, amount);
        FtEvents.ftTransfer(senderId, receiverId, amount, memo);
    }

    /** The arguments of {@code ft_on_transfer}, in near-sdk-rs's key order. */
    record FtOnTransferArgs(AccountId senderId, U128 amount, String msg) {}

    /** The arguments of {@code ft_resolve_transfer}. */
    record FtResolveTransferArgs(AccountId senderId, AccountId receiverId, U128 amount) {}

    /** Stores a zero balance for the longest account ID and measures the bytes it took. */
    private long measureAccountStorageUsage() {
        long before = Env.storageUsage();
        AccountId longest = AccountId.of(LONGEST_ACCOUNT_ID);
        accounts.insert(longest, U128.ZERO);
        long used = Env.storageUsage() - before;
        accounts.remove(longest);
        return used;
    }

    private StorageBalance registeredStorageBalance() {
        return new StorageBalance(storageBalanceBounds().min(), U128.ZERO);
    }

    /**
     * The unused amount {@code ft_on_transfer} returned, at most {@code amount}; all of
     * {@code amount} when it failed, returned more than {@link #MAX_RESULT_LENGTH} bytes, or
     * returned something that is not a JSON U128 string.
     */
    private static U128 unusedAmount(U128 amount) {
        PromiseResult result = Promise.result(0);
        if (!result.isSuccessful()) {
            return amount;
        }
        String json = result.json();
        if (json.length() > MAX_RESULT_LENGTH) {
            return amount;
        }
        U128 unused = parseJsonU128(json);
        if (unused == null || unused.compareTo(amount) > 0) {
            return amount;
        }
        return unused;
    }

    /**
     * The value of {@code json} read as serde_json reads near-sdk-rs's {@code U128}: a JSON string
     * (whitespace around it allowed, backslash-u escapes decoded) holding what Rust's
     * {@code u128::from_str} accepts: an optional {@code +} and decimal digits, at most u128::MAX.
     * Null for anything else.
     */
    static U128 parseJsonU128(String json) {
        int start = 0;
        int end = json.length();
        while (start < end && isJsonWhitespace(json.charAt(start))) {
            start++;
        }
        while (end > start && isJsonWhitespace(json.charAt(end - 1))) {
            end--;
        }
        if (end - start < 2 || json.charAt(start) != '"' || json.charAt(end - 1) != '"') {
            return null;
        }
        String digits = unescape(json, start + 1, end - 1);
        if (digits == null) {
            return null;
        }
        int first = digits.startsWith("+") ? 1 : 0;
        if (first == digits.length()) {
            return null;
        }
        for (int i = first; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        while (first < digits.length() - 1 && digits.charAt(first) == '0') {
            first++;
        }
        String significant = digits.substring(first);
        if (significant.length() > U128_MAX_DECIMAL.length()
                || (significant.length() == U128_MAX_DECIMAL.length() && significant.compareTo(U128_MAX_DECIMAL) > 0)) {
            return null;
        }
        U128 value = U128.ZERO;
        U128 ten = U128.of(10);
        for (int i = 0; i < significant.length(); i++) {
            value = value.mul(ten).add(U128.of(significant.charAt(i) - '0'));
        }
        return value;
    }

    /**
     * The characters of the JSON string body {@code json[start, end)} with backslash-u escapes
     * decoded, or null when it is not valid JSON or holds another escape.
     */
    private static String unescape(String json, int start, int end) {
        StringBuilder out = new StringBuilder();
        int i = start;
        while (i < end) {
            char c = json.charAt(i);
            if (c == '"' || c < ' ') {
                return null;
            }
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 >= end) {
                return null;
            }
            char escape = json.charAt(i + 1);
            if (escape == 'u') {
                if (i + 6 > end) {
                    return null;
                }
                int code = 0;
                for (int k = i + 2; k < i + 6; k++) {
                    int digit = hexDigit(json.charAt(k));
                    if (digit < 0) {
                        return null;
                    }
                    code = code * 16 + digit;
                }
                out.append((char) code);
                i += 6;
            } else {
                return null; // another escape is valid JSON, but never a digit or '+'
            }
        }
        return out.toString();
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static boolean isJsonWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
