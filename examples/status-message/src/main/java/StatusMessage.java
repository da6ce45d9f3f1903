import dev.aidev.sdk.AccountId;
import dev.aidev.sdk.Call;
import dev.aidev.sdk.Env;
import dev.aidev.sdk.LookupMap;
import dev.aidev.sdk.NearContract;
import dev.aidev.sdk.View;

/**
 * Every account may keep one status message: near-sdk-rs's status-message example, in Java.
 * There is no init method: the contract starts from its public no-argument constructor.
 */
@NearContract
public class StatusMessage {
    private final LookupMap<AccountId, String> records = new LookupMap<>("r");

    public StatusMessage() {}

    /** Sets the caller's status, replacing the one it had. */
    @Call
    public void setStatus(String message) {
        AccountId accountId = Env.predecessorAccountId();
        Env.log(accountId + " set_status with message " + message);
        records.insert(accountId, message);
    }

    /** The status of {@code accountId}, or null when it never set one. */
    @View
    public String getStatus(AccountId accountId) {
        Env.log("get_status for account_id " + accountId);
        return records.get(accountId);
    }
}
