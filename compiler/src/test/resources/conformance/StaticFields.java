import dev.aidev.sdk.*;
import java.util.Optional;

// static final fields with computed values of value types (U128, U64, AccountId, String, a box,
// Optional, an enum, a record), one initialiser using another, read from methods and other classes.
//> call new {}
//> view price {"units": 3}
//> view summary {}
//> call pay {"units": 2}
//> view owner_is {"account": "alice.test.near"}
@NearContract
public class StaticFields {
    enum Level { LOW, HIGH }

    record Limits(long min, long max) {}

    static final U128 UNIT_PRICE = U128.of(25).mul(U128.of(1_000_000));
    static final U128 DOUBLE_PRICE = UNIT_PRICE.add(UNIT_PRICE);
    static final U64 MAX_ITEMS = U64.of(1000);
    static final AccountId OWNER = AccountId.of("alice.test.near");
    static final String GREETING = "hello " + OWNER;
    static final Long BOXED = Long.valueOf(7);
    static final Optional<String> NOTE = Optional.of("note");
    static final Level DEFAULT_LEVEL = Level.values()[1];
    static final Limits LIMITS = new Limits(1, Math.max(5, 9));

    static final class Helper {
        static final U128 FEE = UNIT_PRICE.div(U128.of(5));
    }

    private U128 paid;

    @Init
    public StaticFields() {
        paid = U128.ZERO;
    }

    @View
    public U128 price(long units) {
        return UNIT_PRICE.mul(U128.of(units)).add(Helper.FEE);
    }

    @View
    public String summary() {
        return GREETING + " " + DOUBLE_PRICE + " " + MAX_ITEMS + " " + (BOXED + 1) + " " + NOTE.get() + " " + DEFAULT_LEVEL
                + " " + LIMITS.min() + ".." + LIMITS.max();
    }

    @Call
    public U128 pay(long units) {
        paid = paid.add(price(units));
        Env.log("paid " + paid + " fee " + Helper.FEE);
        return paid;
    }

    @View
    public boolean ownerIs(AccountId account) {
        return OWNER.equals(account);
    }
}
