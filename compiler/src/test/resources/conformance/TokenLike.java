// The fungible token example (examples/fungible-token) in one file, without what needs promises
// or String/char methods (ft_transfer_call and its callback's promise result, base64 checks; the
// refunds are logged instead of transferred): an @Init constructor assigning final fields, called
// from a static @Init; LookupMap<AccountId, U128> and a LookupMap of a record with Optional parts;
// Optional parameters and results; Env.storageUsage(); U128.ONE_YOCTO; static final constants;
// NEP-141 events with a List.of(record); Json.encode of a record.
//> view ft_total_supply
//> call new {"owner_id": "owner.test.near", "total_supply": "1000", "metadata": {"spec": "ft-0.0.0", "name": "T", "symbol": "T", "decimals": 3}}
//> call new {"owner_id": "owner.test.near", "total_supply": "1000", "metadata": {"spec": "ft-1.0.0", "name": "T", "symbol": "T", "reference": "r", "decimals": 3}}
//> call new {"owner_id": "owner.test.near", "total_supply": "1000", "metadata": {"spec": "ft-1.0.0", "name": "T", "symbol": "T", "decimals": 300}}
//> call new_default_meta {"owner_id": "owner.test.near", "total_supply": "1000000"}
//> call new_default_meta {"owner_id": "owner.test.near", "total_supply": "5"}
//> view ft_metadata
//> view ft_total_supply
//> view ft_balance_of {"account_id": "owner.test.near"}
//> view ft_balance_of {"account_id": "bob.test.near"}
//> view storage_balance_bounds
//> view storage_balance_of {"account_id": "bob.test.near"}
//> call deposit=1 from=owner.test.near ft_transfer {"receiver_id": "bob.test.near", "amount": "10"}
//> call deposit=10000000000000000000000000 storage_deposit {"account_id": "bob.test.near"}
//> call deposit=100 storage_deposit {}
//> call deposit=1250000000000000000000 storage_deposit {"account_id": null, "registration_only": true}
//> call deposit=1250000000000000000000 storage_deposit {"account_id": "bob.test.near"}
//> view storage_balance_of {"account_id": "bob.test.near"}
//> call from=owner.test.near ft_transfer {"receiver_id": "bob.test.near", "amount": "10"}
//> call deposit=1 from=owner.test.near ft_transfer {"receiver_id": "bob.test.near", "amount": "10"}
//> call deposit=1 from=owner.test.near ft_transfer {"receiver_id": "bob.test.near", "amount": "15", "memo": "for you"}
//> call deposit=1 from=owner.test.near ft_transfer {"receiver_id": "bob.test.near", "amount": "0"}
//> call deposit=1 from=owner.test.near ft_transfer {"receiver_id": "owner.test.near", "amount": "1"}
//> call deposit=1 from=bob.test.near ft_transfer {"receiver_id": "owner.test.near", "amount": "26"}
//> view ft_balance_of {"account_id": "bob.test.near"}
//> view resolve_args {"receiver_id": "bob.test.near"}
//> call from=contract.test.near ft_resolve_transfer {"sender_id": "owner.test.near", "receiver_id": "bob.test.near", "amount": "5"}
//> call deposit=1 from=bob.test.near storage_withdraw {"amount": "1"}
//> call deposit=1 from=bob.test.near storage_withdraw {}
//> call deposit=1 from=carol.test.near storage_withdraw {"amount": "0"}
//> call deposit=1 from=bob.test.near storage_unregister {}
//> call deposit=1 from=bob.test.near storage_unregister {"force": true}
//> call deposit=1 from=bob.test.near storage_unregister {"force": true}
//> view ft_total_supply
import dev.aidev.sdk.AccountId;
import dev.aidev.sdk.Call;
import dev.aidev.sdk.Env;
import dev.aidev.sdk.Gas;
import dev.aidev.sdk.Init;
import dev.aidev.sdk.Json;
import dev.aidev.sdk.LookupMap;
import dev.aidev.sdk.NearContract;
import dev.aidev.sdk.Private;
import dev.aidev.sdk.Events;
import java.util.List;
import dev.aidev.sdk.U128;
import dev.aidev.sdk.View;
import java.util.Optional;
@NearContract
public class TokenLike {
    public record StorageBalanceBounds(U128 min, Optional<U128> max) {}

    public record StorageBalance(U128 total, U128 available) {}

    public record FungibleTokenMetadata(
            String spec,
            String name,
            String symbol,
            Optional<String> icon,
            Optional<String> reference,
            Optional<String> referenceHash,
            int decimals) {}

    static final class Nep141Events {
        private static final String STANDARD = "nep141";
        private static final String VERSION = "1.0.0";
    
        private Nep141Events() {}
    
        record FtMint(AccountId ownerId, U128 amount, String memo) {}
    
        record FtBurn(AccountId ownerId, U128 amount, String memo) {}
    
        record FtTransfer(AccountId oldOwnerId, AccountId newOwnerId, U128 amount, String memo) {}
    
        record FtTransferWithoutMemo(AccountId oldOwnerId, AccountId newOwnerId, U128 amount) {}
    
        static void ftMint(AccountId ownerId, U128 amount, String memo) {
            List<FtMint> data = List.of(new FtMint(ownerId, amount, memo));
            Events.emit(STANDARD, VERSION, "ft_mint", data);
        }
    
        static void ftBurn(AccountId ownerId, U128 amount, String memo) {
            List<FtBurn> data = List.of(new FtBurn(ownerId, amount, memo));
            Events.emit(STANDARD, VERSION, "ft_burn", data);
        }
    
            static void ftTransfer(AccountId oldOwnerId, AccountId newOwnerId, U128 amount, String memo) {
            if (memo == null) {
                List<FtTransferWithoutMemo> data = List.of(new FtTransferWithoutMemo(oldOwnerId, newOwnerId, amount));
                Events.emit(STANDARD, VERSION, "ft_transfer", data);
            } else {
                List<FtTransfer> data = List.of(new FtTransfer(oldOwnerId, newOwnerId, amount, memo));
                Events.emit(STANDARD, VERSION, "ft_transfer", data);
            }
        }
    }
    static final String FT_METADATA_SPEC = "ft-1.0.0";
    static final long GAS_FOR_RESOLVE_TRANSFER_TGAS = 5;
    static final int MAX_RESULT_LENGTH = 42;
    static final String U128_MAX_DECIMAL = "340282366920938463463374607431768211455";
    static final String LONGEST_ACCOUNT_ID = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    static final String METADATA_KEY = "metadata";

    static final String DEFAULT_ICON = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E"
            + "%3Ccircle cx='16' cy='16' r='15' fill='%23111'/%3E"
            + "%3Ctext x='16' y='21' font-family='sans-serif' font-size='13' text-anchor='middle' fill='%23fff'%3EFT%3C/text%3E"
            + "%3C/svg%3E";
    private final LookupMap<AccountId, U128> accounts;
    private U128 totalSupply;
    private long accountStorageUsage;
    private final LookupMap<String, FungibleTokenMetadata> metadata;
    @Init
    public TokenLike(AccountId ownerId, U128 totalSupply, FungibleTokenMetadata metadata) {
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
    @Init
    public static TokenLike newDefaultMeta(AccountId ownerId, U128 totalSupply) {
        FungibleTokenMetadata metadata = new FungibleTokenMetadata(FT_METADATA_SPEC, "Example NEAR fungible token",
                "EXAMPLE", Optional.of(DEFAULT_ICON), Optional.empty(), Optional.empty(), 24);
        return new TokenLike(ownerId, totalSupply, metadata);
    }
    @Call(payable = true)
    public void ftTransfer(AccountId receiverId, U128 amount, Optional<String> memo) {
        assertOneYocto();
        transfer(Env.predecessorAccountId(), receiverId, amount, memo.orElse(null));
    }

    @View
    public U128 ftTotalSupply() {
        return totalSupply;
    }
    @View
    public U128 ftBalanceOf(AccountId accountId) {
        U128 balance = accounts.get(accountId);
        return balance == null ? U128.ZERO : balance;
    }
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

    @View
    public FungibleTokenMetadata ftMetadata() {
        return metadata.get(METADATA_KEY);
    }
    @Call(payable = true)
    public StorageBalance storageDeposit(Optional<AccountId> accountId, Optional<Boolean> registrationOnly) {
        U128 amount = Env.attachedDeposit();
        AccountId account = accountId.orElse(Env.predecessorAccountId());
        if (accounts.containsKey(account)) {
            Env.log("The account is already registered, refunding the deposit");
            if (!amount.isZero()) {
                Env.log("refund " + amount);
            }
        } else {
            U128 minBalance = storageBalanceBounds().min();
            if (amount.compareTo(minBalance) < 0) {
                throw Env.panic("The attached deposit is less than the minimum storage balance");
            }
            registerAccount(account);
            U128 refund = amount.sub(minBalance);
            if (!refund.isZero()) {
                Env.log("refund " + refund);
            }
        }
        return registeredStorageBalance();
    }
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
        Env.log("pay " + storageBalanceBounds().min().add(U128.ONE_YOCTO));
        Env.log("Closed @" + account + " with " + balance);
        return true;
    }
    @View
    public StorageBalanceBounds storageBalanceBounds() {
        U128 required = U128.of(accountStorageUsage).mul(storageByteCost());
        return new StorageBalanceBounds(required, Optional.of(required));
    }
    @View
    public Optional<StorageBalance> storageBalanceOf(AccountId accountId) {
        if (!accounts.containsKey(accountId)) {
            return Optional.empty();
        }
        return Optional.of(registeredStorageBalance());
    }
    @View
    public String resolveArgs(AccountId receiverId) {
        return Json.encode(new FtResolveTransferArgs(AccountId.of("owner.test.near"), receiverId, U128.ONE_YOCTO))
                + Json.encode(new FtOnTransferArgs(receiverId, U128.ZERO, "msg"));
    }

    record FtOnTransferArgs(AccountId senderId, U128 amount, String msg) {}
    record FtResolveTransferArgs(AccountId senderId, AccountId receiverId, U128 amount) {}
    private static void assertOneYocto() {
        if (!Env.attachedDeposit().equals(U128.ONE_YOCTO)) {
            throw Env.panic("Requires attached deposit of exactly 1 yoctoNEAR");
        }
    }
    private static U128 storageByteCost() {
        return U128.of(1_000_000_000_000_000_000L).mul(U128.of(10));
    }
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
    private static U128 unusedAmount(U128 amount) {
        return amount;
    }
    private static void assertValid(FungibleTokenMetadata metadata) {
        if (metadata.decimals() < 0 || metadata.decimals() > 255) {
            throw Env.panic("Failed to deserialize input from JSON.");
        }
        int hashLength = metadata.referenceHash().isPresent() ? base64DecodedLength(metadata.referenceHash().get()) : 0;
        if (hashLength < 0) {
            throw Env.panic("Failed to deserialize input from JSON.");
        }
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
    static int base64DecodedLength(String text) {
        return text.length() / 4 * 3;
    }
}
