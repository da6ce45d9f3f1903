import dev.aidev.sdk.*;
import java.util.List;
import java.util.Optional;

// The SDK's Timestamp: JSON (a decimal string below 2^63), Borsh u64 in the state and in a map,
// Env.blockTime(), ofNanos/ofSeconds/plusNanos/plusSeconds with the SDK's overflow and underflow
// panics, nanos/seconds, isBefore/isAfter/compareTo/equals/toString, Optional and List of them.
//> call new {"deadline": "1700000000000000000"}
//> view info {}
//> view shift {"t": "5", "seconds": 2, "nanos": -3}
//> view shift {"t": "5", "seconds": 0, "nanos": -6}
//> view shift {"t": "9223372036854775807", "seconds": 0, "nanos": 1}
//> view shift {"t": "5", "seconds": 9223372037, "nanos": 0}
//> view shift {"t": "9223372036854775808", "seconds": 0, "nanos": 0}
//> view seconds {"s": -1}
//> view seconds {"s": 9223372036}
//> call record {"name": "a", "at": "42"}
//> view compare {"a": "42", "b": "43", "maybe": null}
//> view compare {"a": "43", "b": "43", "maybe": "1"}
//> view recorded {"name": "a"}
@NearContract
public class Timestamps {
    private Timestamp deadline;
    private final LookupMap<String, Timestamp> marks;

    @Init
    public Timestamps(Timestamp deadline) {
        this.deadline = deadline;
        this.marks = new LookupMap<>("m");
    }

    @View
    public String info() {
        Timestamp now = Env.blockTime();
        return now + " " + now.nanos() + " " + now.isBefore(deadline) + " " + deadline.seconds() + " " + Env.blockTimestamp();
    }

    @View
    public Timestamp shift(Timestamp t, long seconds, long nanos) {
        return t.plusSeconds(seconds).plusNanos(nanos);
    }

    @View
    public String seconds(long s) {
        return Timestamp.ofSeconds(s).toString();
    }

    @Call
    public void record(String name, Timestamp at) {
        marks.insert(name, at);
        deadline = at.plusSeconds(1);
    }

    @View
    public String compare(Timestamp a, Timestamp b, Optional<Timestamp> maybe) {
        List<Timestamp> both = List.of(a, b);
        return a.compareTo(b) + " " + a.equals(b) + " " + a.isAfter(b) + " " + both + " " + maybe.isPresent()
                + " " + a.equals(null) + " " + (maybe.isPresent() ? maybe.get().nanos() : -1);
    }

    @View
    public Timestamp recorded(String name) {
        return marks.get(name);
    }
}
