import dev.aidev.sdk.*;
import java.util.Optional;

// Optional.equals with an Optional of an unrelated type (equal only when both are empty) and with
// an object that is not an Optional (never equal).
//> view compare {"s": "a", "n": 1}
//> view compare {"s": null, "n": null}
//> view compare {"s": "a", "n": null}
@NearContract
public class OptionalEquality {
    public OptionalEquality() {}

    @View
    public String compare(Optional<String> s, Optional<Integer> n) {
        return s.equals(n) + " " + n.equals(s) + " " + s.equals("a") + " " + s.equals(Optional.of(U128.ONE));
    }
}
