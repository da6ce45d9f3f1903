import dev.aidev.sdk.*;

// What the fungible token's setup does (kept from the retired TokenLike program): an @Init
// constructor assigning final fields, also called from a static @Init with new; Env.storageUsage()
// before and after writing an entry, to price one account's storage; static final String
// constants built with + from literals; U128.ONE_YOCTO.
//> view entry_bytes
//> call new {"owner_id": "owner.test.near", "spec": "nft-1.0.0"}
//> call new_default {"owner_id": "owner.test.near"}
//> call new_default {"owner_id": "owner.test.near"}
//> view entry_bytes
//> view describe
//> call from=owner.test.near deposit=1 register {}
//> call deposit=1330000000000000000001 register {}
//> call from=bob.test.near deposit=1330000000000000000001 register {}
//> call from=bob.test.near deposit=1330000000000000000001 register {}
//> call from=carol.test.near deposit=1 register {}
//> view balance_of {"account_id": "bob.test.near"}
//> view balance_of {"account_id": "carol.test.near"}
@NearContract
public class StorageUsage {
    static final String SPEC = "ft-" + 1 + ".0.0";
    static final String PREFIX = "acc" + "ounts/";
    static final String LONGEST_ACCOUNT_ID = "aaaaaaaaaaaaaaaa" + "aaaaaaaaaaaaaaaa" + "aaaaaaaaaaaaaaaa" + "aaaaaaaaaaaaaaaa";
    /** yoctoNEAR per byte of storage, as NEAR prices it. */
    static final String BYTE_COST = "10000000000000000000";

    private final AccountId owner;
    private final String spec;
    private final LookupMap<AccountId, U128> accounts;
    private final long entryBytes;

    @Init
    public StorageUsage(AccountId ownerId, String spec) {
        Env.require(spec.startsWith("ft-"), "spec must start with ft-, not " + spec);
        this.owner = ownerId;
        this.spec = spec;
        this.accounts = new LookupMap<>(PREFIX);
        long before = Env.storageUsage();
        AccountId longest = AccountId.of(LONGEST_ACCOUNT_ID);
        accounts.insert(longest, U128.ZERO);
        this.entryBytes = Env.storageUsage() - before;
        accounts.remove(longest);
        accounts.insert(ownerId, U128.ONE_YOCTO);
    }

    @Init
    public static StorageUsage newDefault(AccountId ownerId) {
        return new StorageUsage(ownerId, SPEC);
    }

    @View
    public long entryBytes() {
        return entryBytes;
    }

    @View
    public String describe() {
        return spec + " by " + owner + ", " + PREFIX + " entries of " + entryBytes + " bytes";
    }

    /** Registers the caller for exactly the price of one entry (plus one yoctoNEAR, kept as its balance). */
    @Call(payable = true)
    public U128 register() {
        U128 price = U128.of(entryBytes).mul(U128.parse(BYTE_COST)).add(U128.ONE_YOCTO);
        AccountId who = Env.predecessorAccountId();
        Env.require(accounts.get(who) == null, "already registered: " + who);
        Env.require(Env.attachedDeposit().compareTo(price) >= 0, "the price is " + price);
        accounts.insert(who, U128.ONE_YOCTO);
        return price;
    }

    @View
    public U128 balanceOf(AccountId accountId) {
        return accounts.get(accountId);
    }
}
