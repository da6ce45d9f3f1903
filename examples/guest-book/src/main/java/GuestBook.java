import dev.aidev.sdk.AccountId;
import dev.aidev.sdk.Call;
import dev.aidev.sdk.Env;
import dev.aidev.sdk.NearContract;
import dev.aidev.sdk.U128;
import dev.aidev.sdk.Vector;
import dev.aidev.sdk.View;
import java.util.ArrayList;
import java.util.List;

/**
 * A guest book anyone can sign: near-examples' guest-book, in Java. A message that comes with at
 * least 1 NEAR is premium.
 */
@NearContract
public class GuestBook {
    /** The deposit that makes a message premium: 1 NEAR in yoctoNEAR. */
    static final String PREMIUM_DEPOSIT = "1000000000000000000000000";

    private final Vector<Message> messages = new Vector<>("m");

    public GuestBook() {}

    /** Adds a message from the caller; premium when the attached deposit is at least 1 NEAR. */
    @Call(payable = true)
    public void addMessage(String text) {
        AccountId sender = Env.predecessorAccountId();
        boolean premium = Env.attachedDeposit().compareTo(U128.parse(PREMIUM_DEPOSIT)) >= 0;
        messages.push(new Message(sender, text, premium));
        Env.log((premium ? "premium message from " : "message from ") + sender + ": " + text);
    }

    /** Up to {@code limit} messages, starting at {@code fromIndex}. */
    @View
    public List<Message> getMessages(int fromIndex, int limit) {
        Env.require(fromIndex >= 0 && limit >= 0, "from_index and limit must not be negative");
        List<Message> page = new ArrayList<>();
        int end = Math.min(messages.size(), Math.addExact(fromIndex, limit));
        for (int i = fromIndex; i < end; i++) {
            page.add(messages.get(i));
        }
        return page;
    }

    /** How many messages the book holds. */
    @View
    public int totalMessages() {
        return messages.size();
    }

    /** One entry of the book. */
    public record Message(AccountId sender, String text, boolean premium) {}
}
