import dev.aidev.sdk.AccountId;
import dev.aidev.sdk.Call;
import dev.aidev.sdk.Env;
import dev.aidev.sdk.Init;
import dev.aidev.sdk.NearContract;
import dev.aidev.sdk.Promise;
import dev.aidev.sdk.U128;
import dev.aidev.sdk.View;
import dev.aidev.sdk.standards.Deposits;
import dev.aidev.sdk.standards.fungibletoken.FtEvents;
import dev.aidev.sdk.standards.fungibletoken.FungibleToken;
import dev.aidev.sdk.standards.storage.StorageBalance;
import java.util.Optional;

/** A token built on the SDK's FungibleToken with its own rules: the owner mints, holders burn. */
@NearContract
public class MintableToken {
    private final AccountId owner;
    private final FungibleToken token;

    @Init
    public MintableToken(AccountId owner) {
        this.owner = owner;
        this.token = new FungibleToken("b");
        token.internalRegisterAccount(owner);
    }

    @Call
    public void mint(AccountId accountId, U128 amount) {
        Env.require(Env.predecessorAccountId().equals(owner), "only the owner mints");
        if (!token.isRegistered(accountId)) {
            token.internalRegisterAccount(accountId);
        }
        token.internalDeposit(accountId, amount);
        FtEvents.ftMint(accountId, amount, null);
    }

    @Call(payable = true)
    public void burn(U128 amount) {
        Deposits.assertOneYocto();
        token.internalWithdraw(Env.predecessorAccountId(), amount);
        FtEvents.ftBurn(Env.predecessorAccountId(), amount, "burned by its holder");
    }

    @Call(payable = true)
    public void ftTransfer(AccountId receiverId, U128 amount, Optional<String> memo) {
        token.ftTransfer(receiverId, amount, memo);
    }

    @Call(payable = true)
    public Promise ftTransferCall(AccountId receiverId, U128 amount, Optional<String> memo, String msg) {
        return token.ftTransferCall(receiverId, amount, memo, msg);
    }

    @Call(payable = true)
    public StorageBalance storageDeposit(Optional<AccountId> accountId, Optional<Boolean> registrationOnly) {
        return token.storageDeposit(accountId, registrationOnly);
    }

    @View
    public U128 ftBalanceOf(AccountId accountId) {
        return token.ftBalanceOf(accountId);
    }

    @View
    public U128 ftTotalSupply() {
        return token.ftTotalSupply();
    }
}
