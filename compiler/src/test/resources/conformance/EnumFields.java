import dev.aidev.sdk.*;

// Enums with fields, constructors (overloaded, this(...), field initialisers, a static helper) and
// methods reading them; a constant's fields read from outside; enum values in state and JSON;
// this(...) in a class and a record.
//> call new {"start": "GOLD"}
//> view describe {"tier": "SILVER"}
//> view describe {"tier": "PLATINUM"}
//> view fee {"tier": "BRONZE", "amount": 1000}
//> view fee {"tier": "PLATINUM", "amount": 1000}
//> view cheapest {"amount": 5000}
//> call upgrade {}
//> view current {}
//> call upgrade {}
//> call upgrade {}
//> view current {}
//> view label_of {"tier": null}
//> view prices {"amount": 42}
@NearContract
public class EnumFields {
    enum Tier {
        BRONZE("bronze", 300),
        SILVER("silver", 200),
        GOLD("gold", 100),
        PLATINUM("platinum");

        private final String label;
        private final int feeBasisPoints;
        private final int bonus = 7;
        private final String code;

        Tier(String label, int feeBasisPoints) {
            this.label = label;
            this.feeBasisPoints = feeBasisPoints;
            this.code = shout(label) + feeBasisPoints;
        }

        Tier(String label) {
            this(label, 0);
        }

        private static String shout(String s) {
            return s.length() > 4 ? s.substring(0, 4) + "!" : s + "!";
        }

        long feeFor(long amount) {
            return amount * feeBasisPoints / 10_000 + (this == PLATINUM ? 0 : bonus);
        }

        Tier next() {
            return switch (this) {
                case BRONZE -> SILVER;
                case SILVER -> GOLD;
                default -> PLATINUM;
            };
        }
    }

    /** A class and a record whose constructors delegate with this(...). */
    static final class Price {
        private final long amount;
        private final String currency;
        private int edits = 1;

        Price(long amount, String currency) {
            this.amount = amount;
            this.currency = currency;
        }

        Price(long amount) {
            this(amount, "NEAR");
            edits++;
        }

        Price() {
            this(5);
            edits += 10;
        }

        String show() {
            return amount + " " + currency + " " + edits;
        }
    }

    record Range(int from, int to) {
        Range(int to) {
            this(0, to);
        }
    }

    private Tier tier;

    @Init
    public EnumFields(Tier start) {
        this.tier = start;
    }

    @View
    public String describe(Tier tier) {
        return tier.label + " " + tier.feeBasisPoints + " " + tier.code + " " + tier.bonus + " " + tier.name();
    }

    @View
    public long fee(Tier tier, long amount) {
        return tier.feeFor(amount);
    }

    @View
    public String cheapest(long amount) {
        Tier best = Tier.BRONZE;
        for (Tier t : Tier.values()) {
            if (t.feeFor(amount) < best.feeFor(amount)) {
                best = t;
            }
        }
        return best.label + "=" + best.feeFor(amount) + " (silver " + Tier.SILVER.feeFor(amount) + ")";
    }

    @Call
    public void upgrade() {
        tier = tier.next();
    }

    @View
    public Tier current() {
        return tier;
    }

    @View
    public String prices(long amount) {
        Range r = new Range(3);
        return new Price(amount, "USD").show() + "; " + new Price(amount).show() + "; " + new Price().show()
                + "; " + r.from() + ".." + r.to();
    }

    @View
    public String labelOf(Tier tier) {
        return tier.label;
    }
}
