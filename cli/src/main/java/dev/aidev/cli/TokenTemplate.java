package dev.aidev.cli;

import java.nio.file.Path;

/**
 * {@code aidev new-contract NAME --template fungible-token}: a NEP-141/145/148 token that keeps the
 * SDK's {@code FungibleToken} in a field and exports the standards' methods, with the owner able to
 * mint (a rule of its own), a JVM unit test and a scenario for the local chain.
 */
final class TokenTemplate {
    private TokenTemplate() {}

    static String contract(String c) {
        String symbol = c.length() > 5 ? c.substring(0, 5).toUpperCase(java.util.Locale.ROOT) : c.toUpperCase(java.util.Locale.ROOT);
        return """
                import dev.aidev.sdk.AccountId;
                import dev.aidev.sdk.Call;
                import dev.aidev.sdk.Env;
                import dev.aidev.sdk.Init;
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
                 * A fungible token (NEP-141 with NEP-145 storage management and NEP-148 metadata) built on the
                 * SDK's FungibleToken: the standards' methods delegate to it; minting by the owner is this
                 * contract's own rule. Change the rules, keep the delegations.
                 */
                @NearContract
                public class %1$s {
                    private final AccountId owner;
                    private final FungibleToken token;
                    private final FungibleTokenMetadata metadata;

                    /** Creates the token with {@code totalSupply} for {@code ownerId}, who may mint more. */
                    @Init
                    public %1$s(AccountId ownerId, U128 totalSupply) {
                        this.owner = ownerId;
                        this.token = new FungibleToken("t");
                        this.metadata = new FungibleTokenMetadata(FungibleTokenMetadata.FT_METADATA_SPEC, "%1$s", "%2$s",
                                Optional.empty(), Optional.empty(), Optional.empty(), 18);
                        token.internalRegisterAccount(ownerId);
                        token.internalDeposit(ownerId, totalSupply);
                        FtEvents.ftMint(ownerId, totalSupply, "initial supply");
                    }

                    /** Mints {@code amount} for a registered {@code accountId}; only the owner may. */
                    @Call
                    public void mint(AccountId accountId, U128 amount) {
                        Env.require(Env.predecessorAccountId().equals(owner), "only the owner can mint");
                        token.internalDeposit(accountId, amount);
                        FtEvents.ftMint(accountId, amount, null);
                    }

                    // ---- NEP-141 ----

                    @Call(payable = true)
                    public void ftTransfer(AccountId receiverId, U128 amount, Optional<String> memo) {
                        token.ftTransfer(receiverId, amount, memo);
                    }

                    @Call(payable = true)
                    public Promise ftTransferCall(AccountId receiverId, U128 amount, Optional<String> memo, String msg) {
                        return token.ftTransferCall(receiverId, amount, memo, msg);
                    }

                    @Private
                    @Call
                    public U128 ftResolveTransfer(AccountId senderId, AccountId receiverId, U128 amount) {
                        return token.ftResolveTransfer(senderId, receiverId, amount);
                    }

                    @View
                    public U128 ftTotalSupply() {
                        return token.ftTotalSupply();
                    }

                    @View
                    public U128 ftBalanceOf(AccountId accountId) {
                        return token.ftBalanceOf(accountId);
                    }

                    // ---- NEP-148 ----

                    @View
                    public FungibleTokenMetadata ftMetadata() {
                        return metadata;
                    }

                    // ---- NEP-145 ----

                    @Call(payable = true)
                    public StorageBalance storageDeposit(Optional<AccountId> accountId, Optional<Boolean> registrationOnly) {
                        return token.storageDeposit(accountId, registrationOnly);
                    }

                    @Call(payable = true)
                    public StorageBalance storageWithdraw(Optional<U128> amount) {
                        return token.storageWithdraw(amount);
                    }

                    @Call(payable = true)
                    public boolean storageUnregister(Optional<Boolean> force) {
                        return token.storageUnregister(force);
                    }

                    @View
                    public StorageBalanceBounds storageBalanceBounds() {
                        return token.storageBalanceBounds();
                    }

                    @View
                    public Optional<StorageBalance> storageBalanceOf(AccountId accountId) {
                        return token.storageBalanceOf(accountId);
                    }
                }
                """.formatted(c, symbol);
    }

    static String unitTest(String c) {
        return """
                import static org.assertj.core.api.Assertions.assertThat;

                import dev.aidev.sdk.U128;
                import dev.aidev.sdk.testing.JvmContract;
                import org.junit.jupiter.api.Test;

                class %1$sTest {
                    private static final String MIN_STORAGE = "1250000000000000000000";

                    private JvmContract<%1$s> deployed() {
                        JvmContract<%1$s> token = JvmContract.of(%1$s.class);
                        token.chain().currentAccountId("token.near").caller("owner.near");
                        assertThat(token.init("new", "{\\"owner_id\\":\\"owner.near\\",\\"total_supply\\":\\"1000\\"}").panic()).isNull();
                        return token;
                    }

                    @Test
                    void a_registered_account_receives_a_transfer_of_exactly_one_yocto() {
                        JvmContract<%1$s> token = deployed();
                        token.chain().caller("bob.near").attachedDeposit(U128.parse(MIN_STORAGE));
                        assertThat(token.call("storage_deposit", "{}").panic()).isNull();
                        token.chain().caller("owner.near").attachedDeposit(U128.ONE_YOCTO);
                        assertThat(token.call("ft_transfer", "{\\"receiver_id\\":\\"bob.near\\",\\"amount\\":\\"250\\"}").panic()).isNull();
                        token.chain().attachedDeposit(U128.ZERO);
                        assertThat(token.view("ft_balance_of", "{\\"account_id\\":\\"bob.near\\"}").result()).isEqualTo("\\"250\\"");
                        assertThat(token.view("ft_balance_of", "{\\"account_id\\":\\"owner.near\\"}").result()).isEqualTo("\\"750\\"");
                    }

                    @Test
                    void only_the_owner_mints_and_a_transfer_needs_one_yocto() {
                        JvmContract<%1$s> token = deployed();
                        token.chain().caller("bob.near").attachedDeposit(U128.ZERO);
                        assertThat(token.call("mint", "{\\"account_id\\":\\"bob.near\\",\\"amount\\":\\"5\\"}").panic())
                                .isEqualTo("only the owner can mint");
                        token.chain().caller("owner.near");
                        assertThat(token.call("ft_transfer", "{\\"receiver_id\\":\\"bob.near\\",\\"amount\\":\\"1\\"}").panic())
                                .isEqualTo("Requires attached deposit of exactly 1 yoctoNEAR");
                        assertThat(token.call("mint", "{\\"account_id\\":\\"owner.near\\",\\"amount\\":\\"5\\"}").panic()).isNull();
                        assertThat(token.view("ft_total_supply", "{}").result()).isEqualTo("\\"1005\\"");
                    }
                }
                """.formatted(c);
    }

    static String scenario(String kebab, Path dir) {
        String wasm = "../build/" + dir.getFileName() + ".wasm";
        return """
                {
                  "name": "%1$s: NEP-141 transfers, storage registration and minting",
                  "accounts": [{"id": "alice.test.near", "balance": "10 NEAR"}, {"id": "bob.test.near", "balance": "10 NEAR"}],
                  "steps": [
                    {"deploy": {"account": "%1$s.test.near", "wasm": "%2$s",
                                "init": {"method": "new", "args": {"owner_id": "alice.test.near", "total_supply": "1000"}}},
                     "expect": {"events": [{"standard": "nep141", "version": "1.0.0", "event": "ft_mint",
                                            "data": [{"owner_id": "alice.test.near", "amount": "1000", "memo": "initial supply"}]}]}},
                    {"call": {"signer": "bob.test.near", "receiver": "%1$s.test.near", "method": "storage_deposit", "args": {},
                              "deposit": "0.00125 NEAR"},
                     "expect": {"return": {"total": "1250000000000000000000", "available": "0"}}},
                    {"call": {"signer": "alice.test.near", "receiver": "%1$s.test.near", "method": "ft_transfer",
                              "args": {"receiver_id": "bob.test.near", "amount": "300"}, "deposit": "1 yocto"},
                     "expect": {"status": "success"}},
                    {"call": {"signer": "alice.test.near", "receiver": "%1$s.test.near", "method": "ft_transfer",
                              "args": {"receiver_id": "bob.test.near", "amount": "1"}},
                     "expect": {"error_contains": "Requires attached deposit of exactly 1 yoctoNEAR"}},
                    {"call": {"signer": "bob.test.near", "receiver": "%1$s.test.near", "method": "mint",
                              "args": {"account_id": "bob.test.near", "amount": "5"}},
                     "expect": {"error_contains": "only the owner can mint"}},
                    {"view": {"account": "%1$s.test.near", "method": "ft_balance_of", "args": {"account_id": "bob.test.near"}},
                     "expect": {"return": "300"}},
                    {"view": {"account": "%1$s.test.near", "method": "ft_total_supply", "args": {}},
                     "expect": {"return": "1000"}}
                  ]
                }
                """.formatted(kebab, wasm);
    }
}
