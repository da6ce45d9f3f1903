import dev.aidev.sdk.*;
import java.util.List;
import java.util.Optional;

// The SDK's Gas as a value: JSON arguments and results (a decimal string below 2^63), Borsh in
// the state, records, Optional, List and a LookupMap, equals of records holding Gas.
//> call new {"budget": "30000000000000"}
//> view budget {}
//> call spend {"amount": "1000000000000", "note": "a"}
//> call spend {"amount": "50000000000000", "note": "too much"}
//> view plan {"steps": ["1", "2", "3"], "extra": null}
//> view plan {"steps": [], "extra": "9223372036854775807"}
//> view plan {"steps": ["9223372036854775808"], "extra": null}
//> view spent {"note": "a"}
//> view same {"a": {"gas": "5", "label": "x"}, "b": {"gas": "5", "label": "x"}}
//> view decode {"json": "\"42\""}
//> view decode {"json": "42"}
@NearContract
public class GasValues {
    record Step(Gas gas, String label) {}

    private Gas budget;
    private final LookupMap<String, Gas> spent;

    @Init
    public GasValues(Gas budget) {
        this.budget = budget;
        this.spent = new LookupMap<>("s");
    }

    @View
    public Step budget() {
        return new Step(budget, "left");
    }

    @Call
    public Gas spend(Gas amount, String note) {
        budget = budget.sub(amount);
        spent.insert(note, amount);
        return budget;
    }

    @View
    public String plan(List<Gas> steps, Optional<Gas> extra) {
        Gas total = Gas.ZERO;
        for (Gas g : steps) {
            total = total.add(g);
        }
        return total + " " + extra.orElse(Gas.tgas(1)) + " " + steps;
    }

    @View
    public Optional<Gas> spent(String note) {
        return Optional.ofNullable(spent.get(note));
    }

    @View
    public String decode(String json) {
        Gas g = Json.decode(json, Gas.class);
        Timestamp t = Json.decode(json, Timestamp.class);
        PublicKey k = Json.decode("\"ed25519:11111111111111111111111111111111\"", PublicKey.class);
        return g + " " + t.nanos() + " " + k;
    }

    @View
    public boolean same(Step a, Step b) {
        return a.equals(b);
    }
}
