import dev.aidev.sdk.*;
import java.util.List;

// NEP-297 events: Events.emit(standard, version, event, data) logs EVENT_JSON: with the keys
// standard, version, event, data, the data as JSON of a record, a list or a string.
//> call mint {"owner": "bob.test.near", "amount": "100"}
//> call note {"text": "quote \" and \\ back"}
@NearContract
public class Events {
    public Events() {}

    public record Minted(AccountId ownerId, U128 amount, String memo) {}

    @Call
    public void mint(AccountId owner, U128 amount) {
        dev.aidev.sdk.Events.emit("nep141", "1.0.0", "ft_mint", List.of(new Minted(owner, amount, null)));
        Env.log("minted");
    }

    @Call
    public void note(String text) {
        dev.aidev.sdk.Events.emit("demo", "0.1.0", "note", text);
    }
}
