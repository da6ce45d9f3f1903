import dev.aidev.sdk.AccountId;
import dev.aidev.sdk.Call;
import dev.aidev.sdk.Env;
import dev.aidev.sdk.Init;
import dev.aidev.sdk.LookupMap;
import dev.aidev.sdk.Name;
import dev.aidev.sdk.NearContract;
import dev.aidev.sdk.Private;
import dev.aidev.sdk.U128;
import dev.aidev.sdk.Vector;
import dev.aidev.sdk.View;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

// A valid contract using most of the subset: no diagnostics.
@NearContract
class GuestBook {
    private static final String PREFIX = "m";
    private static final int MAX_LENGTH = 280;

    private final Vector<Message> messages = new Vector<>(PREFIX);
    private final LookupMap<AccountId, Long> counts = new LookupMap<>("c");
    private Kind mode = Kind.OPEN;
    private long[] totals = new long[3];

    public record Message(AccountId sender, String text, boolean premium) {}

    public enum Kind { OPEN, CLOSED }

    interface Scorer {
        long score(Message m);
    }

    static final class LengthScorer implements Scorer {
        @Override
        public long score(Message m) {
            return m.text().length();
        }
    }

    static final class Box<T> {
        private final T value;

        Box(T value) {
            this.value = value;
        }

        T get() {
            return value;
        }
    }

    @Init
    public GuestBook(Kind mode) {
        this.mode = mode;
    }

    @Call(payable = true)
    public void addMessage(String text) {
        if (mode == Kind.CLOSED) {
            throw Env.panic("the book is closed");
        }
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("text length " + text.length() + " must be 1 to " + MAX_LENGTH);
        }
        boolean premium = Env.attachedDeposit().compareTo(U128.ofNear(1)) >= 0;
        AccountId sender = Env.predecessorAccountId();
        messages.push(new Message(sender, text, premium));
        Long previous = counts.get(sender);
        counts.set(sender, previous == null ? 1L : previous + 1);
        totals[premium ? 1 : 0] += 1;
        Env.log("message from " + sender + " (" + mode + ")");
    }

    @View
    @Name("messages")
    public List<Message> getMessages(int fromIndex, int limit) {
        List<Message> page = new ArrayList<>();
        outer:
        for (int i = fromIndex; i < messages.size(); i++) {
            if (page.size() >= limit) {
                break outer;
            }
            page.add(messages.get(i));
        }
        return page;
    }

    @View
    public Optional<Message> last() {
        return messages.isEmpty() ? Optional.empty() : Optional.of(messages.get(messages.size() - 1));
    }

    @View
    public String describe(String command) {
        StringBuilder out = new StringBuilder();
        switch (command) {
            case "count":
                out.append(messages.size());
                break;
            case "mode":
                out.append(mode.name());
                break;
            default:
                out.append("unknown");
        }
        int level = switch (mode) {
            case OPEN -> 1;
            case CLOSED -> {
                int base = 2;
                yield base * 2;
            }
        };
        char first = command.isEmpty() ? '?' : command.charAt(0);
        do {
            level--;
        } while (level > 0);
        Scorer scorer = new LengthScorer();
        Box<String> box = new Box<>(command);
        long score = 0;
        for (Message m : messages.toList()) {
            score += scorer.score(m);
        }
        byte[] bytes = box.get().getBytes(StandardCharsets.UTF_8);
        return out.toString() + first + level + score + bytes.length + (totals[0] >> 1);
    }

    @Private
    @Call
    public void onCallback(U128 amount) {
        Object any = amount;
        if (any instanceof U128) {
            U128 value = (U128) any;
            Env.log("got " + value);
        }
    }
}
