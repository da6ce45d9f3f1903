import dev.aidev.sdk.*;

// U128 multiplication, division and remainder: exact, or panics as the SDK does.
//> view mul {"a": "18446744073709551615", "b": "18446744073709551615"}
//> view mul {"a": "18446744073709551616", "b": "18446744073709551616"}
//> view mul {"a": "0", "b": "340282366920938463463374607431768211455"}
//> view mul {"a": "170141183460469231731687303715884105728", "b": "2"}
//> view mul {"a": "4294967296", "b": "79228162514264337593543950335"}
//> view div {"a": "340282366920938463463374607431768211455", "b": "1"}
//> view div {"a": "340282366920938463463374607431768211455", "b": "340282366920938463463374607431768211455"}
//> view div {"a": "340282366920938463463374607431768211455", "b": "170141183460469231731687303715884105729"}
//> view div {"a": "1000000000000000000000000", "b": "3"}
//> view div {"a": "5", "b": "0"}
//> view div {"a": "3", "b": "7"}
//> view rem {"a": "1000000000000000000000000", "b": "7"}
//> view rem {"a": "340282366920938463463374607431768211455", "b": "18446744073709551616"}
//> view rem {"a": "1", "b": "0"}
//> view share {"total": "1000000000000000000000000", "bps": 250}
@NearContract
public class U128Math {
    public U128Math() {}

    @View
    public U128 mul(U128 a, U128 b) {
        return a.mul(b);
    }

    @View
    public U128 div(U128 a, U128 b) {
        return a.div(b);
    }

    @View
    public U128 rem(U128 a, U128 b) {
        return a.rem(b);
    }

    @View
    public String share(U128 total, long bps) {
        U128 part = total.mul(U128.of(bps)).div(U128.of(10000));
        return part + " + " + total.sub(part);
    }
}
