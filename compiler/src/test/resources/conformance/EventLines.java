import dev.aidev.sdk.*;
import java.util.List;

// Events.format(standard, version, event, dataJson) as a string value: the data appended as it
// is (already JSON), no data key when it is null; logged, returned, concatenated; emit without data.
//> call mint {"owner": "bob.test.near", "token": "t\"1"}
//> view line {"event": "nft_burn", "data": "[{\"token_ids\":[\"a\"]}]"}
//> view line {"event": "é 😀", "data": null}
//> view line {"event": "x", "data": ""}
//> view twice
//> call bare
@NearContract
public class EventLines {
    public EventLines() {}

    public record Minted(AccountId ownerId, List<String> tokenIds) {}

    @Call
    public void mint(AccountId owner, String token) {
        Env.log(Events.format("nep171", "1.2.0", "nft_mint", Json.encode(List.of(new Minted(owner, List.of(token))))));
        Env.log("after");
    }

    @View
    public String line(String event, String data) {
        return "[" + Events.format("nep171", "1.0.0", event, data) + "]";
    }

    @View
    public String twice() {
        String a = Events.format("s", "1", "a", null);
        String b = Events.format("s", "2", "b", a.length() > 0 ? "{\"n\":" + a.length() + "}" : null);
        return a + "|" + b;
    }

    @Call
    public void bare() {
        Events.emit("demo", "0.1.0", "ping");
    }
}
