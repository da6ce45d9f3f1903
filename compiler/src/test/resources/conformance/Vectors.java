import dev.aidev.sdk.*;
import java.util.ArrayList;
import java.util.List;

// Vector<T> as state: push, get, size, isEmpty; elements Borsh under prefix + u32 index, the
// vector (len, prefix) in STATE; out-of-range get panics as the SDK does. U128.parse and ofNear.
//> view count
//> call add {"text": "first"}
//> call from=bob.test.near deposit=1000000000000000000000000 add {"text": "second"}
//> call add {"text": "third"}
//> view page {"from": 1, "limit": 5}
//> view page {"from": 0, "limit": 2}
//> view at {"index": 3}
//> view at {"index": -1}
//> view count
//> view big {"s": "340282366920938463463374607431768211455"}
//> view big {"s": "340282366920938463463374607431768211456"}
//> view big {"s": "12a"}
//> view big {"s": ""}
//> view near {"n": 3}
//> call remove_at {"index": 0}
//> view page {"from": 0, "limit": 5}
//> call remove_at {"index": 1}
//> call remove_at {"index": 5}
//> call pop_word
//> call pop_word
//> call pop_word
//> call pop_word
//> call add {"text": "again"}
//> call wipe
//> view count
@NearContract
public class Vectors {
    static final String PREMIUM = "1000000000000000000000000";

    private final Vector<Entry> entries = new Vector<>("e");
    private final Vector<String> words = new Vector<>("w");

    public Vectors() {}

    public record Entry(AccountId author, String text, boolean premium) {}

    @Call(payable = true)
    public int add(String text) {
        boolean premium = Env.attachedDeposit().compareTo(U128.parse(PREMIUM)) >= 0;
        entries.push(new Entry(Env.predecessorAccountId(), text, premium));
        words.push(text);
        return entries.size();
    }

    @View
    public List<Entry> page(int from, int limit) {
        List<Entry> out = new ArrayList<>();
        int end = Math.min(entries.size(), Math.addExact(from, limit));
        for (int i = from; i < end; i++) {
            out.add(entries.get(i));
        }
        return out;
    }

    @View
    public String at(int index) {
        return words.get(index);
    }

    @View
    public String count() {
        return entries.size() + " entries, empty " + words.isEmpty();
    }

    @View
    public U128 big(String s) {
        return U128.parse(s);
    }

    @Call
    public Entry removeAt(int index) {
        return entries.swapRemove(index);
    }

    @Call
    public String popWord() {
        return words.pop();
    }

    @Call
    public void wipe() {
        entries.clear();
        words.clear();
    }

    @View
    public U128 near(long n) {
        return U128.ofNear(n);
    }
}
