import dev.aidev.sdk.*;

// U128.ofNear(String) as the SDK reads it (BigDecimal, at most 24 fractional digits, no sign but a
// zero "-0", no exponent), and U128.parse / U64.parse evaluating their argument once.
//> view near {"text": "1"}
//> view near {"text": "0.1"}
//> view near {"text": "1.25"}
//> view near {"text": ".5"}
//> view near {"text": "5."}
//> view near {"text": "000.000000000000000000000001"}
//> view near {"text": "0.0000000000000000000000001"}
//> view near {"text": "2.50000000000000000000000000000"}
//> view near {"text": "-0.0"}
//> view near {"text": "-1"}
//> view near {"text": "+1"}
//> view near {"text": "1e3"}
//> view near {"text": "."}
//> view near {"text": ""}
//> view near {"text": "1.2.3"}
//> view near {"text": "1 "}
//> view near {"text": "٣"}
//> view near {"text": "340282366920938.463463374607431768211455"}
//> view near {"text": "340282366920938.463463374607431768211456"}
//> view near {"text": "99999999999999999999999999999999999"}
//> view parse_once {}
@NearContract
public class NearAmounts {
    private int calls;

    public NearAmounts() {}

    @View
    public U128 near(String text) {
        return U128.ofNear(text);
    }

    private String next() {
        calls++;
        return "12";
    }

    @View
    public String parseOnce() {
        U128 a = U128.parse(next());
        U64 b = U64.parse(next());
        return a + " " + b + " " + calls;
    }
}
