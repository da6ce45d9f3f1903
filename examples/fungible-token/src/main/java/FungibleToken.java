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
import java.util.Optional;

/**
 * A fungible token: NEP-141 (core, with {@code ft_transfer_call}), NEP-145 (storage management),
 * NEP-148 (metadata) and the NEP-141 events, behaving as near-sdk-rs's fungible-token example
 * ({@code examples/fungible-token/ft}, built on near-contract-standards' {@code FungibleToken}):
 * the same methods, JSON arguments and results, panic and log texts, events, storage price and
 * promises, so clients and scripts written for that example work with this one.
 *
 * <p>An account must be registered ({@code storage_deposit}) before it can hold tokens; registering
 * costs the storage of one balance entry, measured when the token is created.
 */
@NearContract
public class FungibleToken {
    /** near-contract-standards' {@code FT_METADATA_SPEC}. */
    static final String FT_METADATA_SPEC = "ft-1.0.0";

    /** Gas the {@code ft_resolve_transfer} callback gets; it takes no share of the unused gas. */
    static final long GAS_FOR_RESOLVE_TRANSFER_TGAS = 5;

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

    static final String METADATA_KEY = "metadata";

    static final String DEFAULT_ICON = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E"
            + "%3Ccircle cx='16' cy='16' r='15' fill='%23111'/%3E"
            + "%3Ctext x='16' y='21' font-family='sans-serif' font-size='13' text-anchor='middle' fill='%23fff'%3EFT%3C/text%3E"
            + "%3C/svg%3E";

    // The state: the same fields, in the same order, as near-sdk-rs's example (accounts,
    // total_supply, account_storage_usage, metadata). One-byte prefixes keep a balance entry's
    // key as long as near-sdk-rs's (1 + 4 + 64 bytes), so registration costs the same.

    /** Balances of the registered accounts. */
    private final LookupMap<AccountId, U128> accounts;
    private U128 totalSupply;
    /** Bytes of storage one registered account takes (key, value and nearcore's 40 per record). */
    private long accountStorageUsage;
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
    public FungibleToken(AccountId ownerId, U128 totalSupply, FungibleTokenMetadata metadata) {
        assertValid(metadata);
        this.accounts = new LookupMap<>("t");
        this.totalSupply = U128.ZERO;
        this.accountStorageUsage = measureAccountStorageUsage();
        this.metadata = new LookupMap<>("m");
        this.metadata.insert(METADATA_KEY, metadata);
        registerAccount(ownerId);
        deposit(ownerId, totalSupply);
        Nep141Events.ftMint(ownerId, totalSupply, "new tokens are minted");
    }

    /** Like {@code new}, with near-sdk-rs's example metadata (and our own icon). */
    @Init
    public static FungibleToken newDefaultMeta(AccountId ownerId, U128 totalSupply) {
        FungibleTokenMetadata metadata = new FungibleTokenMetadata(FT_METADATA_SPEC, "Example NEAR fungible token",
                "EXAMPLE", Optional.of(DEFAULT_ICON), Optional.empty(), Optional.empty(), 24);
        return new FungibleToken(ownerId, totalSupply, metadata);
    }

    // ---- NEP-141 ----

    /** Moves {@code amount} from the caller to {@code receiverId}; requires exactly 1 yoctoNEAR. */
    @Call(payable = true)
    public void ftTransfer(AccountId receiverId, U128 amount, Optional<String> memo) {
        assertOneYocto();
        transfer(Env.predecessorAccountId(), receiverId, amount, memo.orElse(null));
    }

    /**
     * Moves {@code amount} to {@code receiverId}, then calls its {@code ft_on_transfer} with all the
     * unused gas, then {@code ft_resolve_transfer} here, which refunds what the receiver returns as
     * unused and is the result of this call: the amount the receiver kept.
     */
    @Call(payable = true)
    public Promise ftTransferCall(AccountId receiverId, U128 amount, Optional<String> memo, String msg) {
        assertOneYocto();
        AccountId senderId = Env.predecessorAccountId();
        transfer(senderId, receiverId, amount, memo.orElse(null));
        Promise onTransfer = Promise.create(receiverId).functionCallWeight("ft_on_transfer",
                Json.encode(new FtOnTransferArgs(senderId, amount, msg)), U128.ZERO, Gas.ZERO, 1);
        Promise resolve = Promise.create(Env.currentAccountId()).functionCallWeight("ft_resolve_transfer",
                Json.encode(new FtResolveTransferArgs(senderId, receiverId, amount)), U128.ZERO,
                Gas.tgas(GAS_FOR_RESOLVE_TRANSFER_TGAS), 0);
        return onTransfer.then(resolve);
    }

    @View
    public U128 ftTotalSupply() {
        return totalSupply;
    }

    /** The balance of {@code accountId}; 0 when it is not registered. */
    @View
    public U128 ftBalanceOf(AccountId accountId) {
        U128 balance = accounts.get(accountId);
        return balance == null ? U128.ZERO : balance;
    }

    /**
     * The callback of {@code ft_transfer_call}: reads the unused amount the receiver returned (a
     * JSON U128 string; a failed call or anything else counts as all of {@code amount}), gives
     * back as much of it as the receiver still has, and returns the amount the receiver kept. If
     * the sender unregistered in the meantime, the refund is burned instead.
     */
    @Private
    @Call
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
            Nep141Events.ftBurn(receiverId, refund, "refund");
            Env.log("Account @" + senderId + " burned " + refund);
            return amount;
        }
        accounts.insert(senderId, senderBalance.add(refund));
        Nep141Events.ftTransfer(receiverId, senderId, refund, "refund");
        return amount.sub(refund);
    }

    // ---- NEP-148 ----

    @View
    public FungibleTokenMetadata ftMetadata() {
        return metadata.get(METADATA_KEY);
    }

    // ---- NEP-145 ----

    /**
     * Registers {@code accountId} (default: the caller) for the attached deposit, which must be at
     * least {@code storage_balance_bounds().min}; the rest goes back to the caller, all of it when
     * the account is registered already. {@code registrationOnly} changes nothing: registration is
     * all a deposit buys here.
     */
    @Call(payable = true)
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
            registerAccount(account);
            U128 refund = amount.sub(minBalance);
            if (!refund.isZero()) {
                Promise.create(Env.predecessorAccountId()).transfer(refund);
            }
        }
        return registeredStorageBalance();
    }

    /** Nothing is ever available to withdraw: any positive {@code amount} panics. Requires 1 yoctoNEAR. */
    @Call(payable = true)
    public StorageBalance storageWithdraw(Optional<U128> amount) {
        assertOneYocto();
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
    @Call(payable = true)
    public boolean storageUnregister(Optional<Boolean> force) {
        assertOneYocto();
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
    @View
    public StorageBalanceBounds storageBalanceBounds() {
        U128 required = U128.of(accountStorageUsage).mul(storageByteCost());
        return new StorageBalanceBounds(required, Optional.of(required));
    }

    /** The storage balance of {@code accountId}, or null when it is not registered. */
    @View
    public Optional<StorageBalance> storageBalanceOf(AccountId accountId) {
        if (!accounts.containsKey(accountId)) {
            return Optional.empty();
        }
        return Optional.of(registeredStorageBalance());
    }

    // ---- internals (near-contract-standards' FungibleToken) ----

    /** The arguments of {@code ft_on_transfer}, in near-sdk-rs's key order. */
    record FtOnTransferArgs(AccountId senderId, U128 amount, String msg) {}

    /** The arguments of {@code ft_resolve_transfer}. */
    record FtResolveTransferArgs(AccountId senderId, AccountId receiverId, U128 amount) {}

    /** near-sdk-rs's {@code assert_one_yocto}: exactly 1, so that only a full-access key can move tokens. */
    private static void assertOneYocto() {
        if (!Env.attachedDeposit().equals(U128.ONE_YOCTO)) {
            throw Env.panic("Requires attached deposit of exactly 1 yoctoNEAR");
        }
    }

    /** nearcore's storage price, 10^19 yoctoNEAR per byte (near-sdk-rs's {@code env::storage_byte_cost()}). */
    private static U128 storageByteCost() {
        return U128.of(1_000_000_000_000_000_000L).mul(U128.of(10));
    }

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

    /** Callers check first that the account is not registered (near-sdk-rs panics if it is). */
    private void registerAccount(AccountId accountId) {
        accounts.insert(accountId, U128.ZERO);
    }

    private U128 balanceOfRegistered(AccountId accountId) {
        U128 balance = accounts.get(accountId);
        if (balance == null) {
            throw Env.panic("The account " + accountId + " is not registered");
        }
        return balance;
    }

    // The balances always add up to the total supply, which is a u128: so neither a balance nor
    // the total can overflow or underflow here (near-sdk-rs's "Balance overflow" and "Total supply
    // overflow" cannot happen), and U128's own checks are enough.

    private void deposit(AccountId accountId, U128 amount) {
        U128 balance = balanceOfRegistered(accountId);
        accounts.insert(accountId, balance.add(amount));
        totalSupply = totalSupply.add(amount);
    }

    private void withdraw(AccountId accountId, U128 amount) {
        U128 balance = balanceOfRegistered(accountId);
        if (balance.compareTo(amount) < 0) {
            throw Env.panic("The account doesn't have enough balance");
        }
        accounts.insert(accountId, balance.sub(amount));
        totalSupply = totalSupply.sub(amount);
    }

    private void transfer(AccountId senderId, AccountId receiverId, U128 amount, String memo) {
        if (senderId.equals(receiverId)) {
            throw Env.panic("Sender and receiver should be different");
        }
        if (amount.isZero()) {
            throw Env.panic("The amount should be a positive number");
        }
        withdraw(senderId, amount);
        deposit(receiverId, amount);
        Nep141Events.ftTransfer(senderId, receiverId, amount, memo);
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

    /**
     * near-contract-standards' {@code FungibleTokenMetadata::assert_valid}, after the checks serde
     * makes while reading it: {@code decimals} is a u8, {@code reference_hash} canonical base64.
     */
    private static void assertValid(FungibleTokenMetadata metadata) {
        if (metadata.decimals() < 0 || metadata.decimals() > 255) {
            throw Env.panic("Failed to deserialize input from JSON.");
        }
        int hashLength = metadata.referenceHash().isPresent() ? base64DecodedLength(metadata.referenceHash().get()) : 0;
        if (hashLength < 0) {
            throw Env.panic("Failed to deserialize input from JSON.");
        }
        // near-sdk-rs's require! without a message, in a release build.
        if (!metadata.spec().equals(FT_METADATA_SPEC)) {
            throw Env.panic("require! assertion failed");
        }
        if (metadata.reference().isPresent() != metadata.referenceHash().isPresent()) {
            throw Env.panic("require! assertion failed");
        }
        if (metadata.referenceHash().isPresent() && hashLength != 32) {
            throw Env.panic("Hash has to be 32 bytes");
        }
    }

    /**
     * How many bytes the standard, padded base64 {@code text} decodes to, or -1 when it is not
     * canonical base64 (as near-sdk-rs's {@code Base64VecU8} requires): length a multiple of 4,
     * at most two {@code =} at the end, no stray bits in the last character.
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
            if (base64Value(text.charAt(i)) < 0) {
                return -1;
            }
        }
        if (padding > 0) {
            int last = base64Value(text.charAt(length - 1 - padding));
            int strayBits = padding == 1 ? last & 0x3 : last & 0xF;
            if (strayBits != 0) {
                return -1;
            }
        }
        return length / 4 * 3 - padding;
    }

    private static int base64Value(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == '+') {
            return 62;
        }
        if (c == '/') {
            return 63;
        }
        return -1;
    }
}
