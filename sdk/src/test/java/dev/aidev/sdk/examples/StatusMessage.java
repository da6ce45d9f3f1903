package dev.aidev.sdk.examples;

import dev.aidev.sdk.AccountId;
import dev.aidev.sdk.Call;
import dev.aidev.sdk.Env;
import dev.aidev.sdk.LookupMap;
import dev.aidev.sdk.NearContract;
import dev.aidev.sdk.View;
import java.util.Optional;

/** near-sdk-rs's status-message example: no @Init, starts from the default constructor. */
@NearContract
public class StatusMessage {
    private final LookupMap<AccountId, String> records = new LookupMap<>("r");

    @Call
    public void setStatus(String message) {
        AccountId who = Env.predecessorAccountId();
        Env.log(who + " set_status with message " + message);
        records.insert(who, message);
    }

    @View
    public Optional<String> getStatus(AccountId accountId) {
        return Optional.ofNullable(records.get(accountId));
    }
}
