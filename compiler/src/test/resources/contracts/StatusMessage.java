import dev.aidev.sdk.*;

@NearContract
public class StatusMessage {
    private final LookupMap<AccountId, String> records = new LookupMap<>("r");
    private String lastAuthor = "";
    private int updates;

    @Call
    public void setStatus(String message) {
        if (message.length() > 20) {
            throw new IllegalArgumentException("Message too long: " + message.length() + " chars");
        }
        AccountId author = Env.predecessorAccountId();
        String old = records.insert(author, message);
        updates += 1;
        lastAuthor = author.toString();
        Env.log(old == null ? "first status of " + author : "replaced '" + old + "'");
    }

    @View
    public String getStatus(AccountId accountId) {
        return records.get(accountId);
    }

    @View
    public boolean hasStatus(AccountId accountId) {
        return records.containsKey(accountId);
    }

    @Call
    public void clear() {
        Env.require(records.remove(Env.predecessorAccountId()) != null, "No status to clear");
    }

    @View
    public String summary() {
        return lastAuthor + " (" + updates + " updates)";
    }
}
