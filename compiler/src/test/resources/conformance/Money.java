import dev.aidev.sdk.*;

// U128 arithmetic and comparison, attached deposits, payable and non-payable methods, a U128 field.
//> call from=bob.test.near deposit=1000000000000000000000000 donate {}
//> call from=carol.test.near deposit=5 donate {}
//> call from=bob.test.near deposit=0 donate {}
//> call deposit=1 not_payable {}
//> view total
//> view compare {"a": "340282366920938463463374607431768211455", "b": "1"}
//> view compare {"a": "7", "b": "7"}
//> view sum {"a": "340282366920938463463374607431768211455", "b": "1"}
//> view sum {"a": "18446744073709551615", "b": "1"}
//> view diff {"a": "1", "b": "2"}
//> view diff {"a": "100000000000000000000", "b": "1"}
//> view diff {"a": "1", "b": -2}
//> call from=contract.test.near withdraw {"amount": "3"}
//> call from=contract.test.near withdraw {"amount": "1000000000000000000000000000"}
//> view total
@NearContract
public class Money {
    private U128 raised = U128.ZERO;
    private int donations;

    public Money() {}

    @Call(payable = true)
    public U128 donate() {
        U128 d = Env.attachedDeposit();
        Env.require(!d.isZero(), "Attach a deposit");
        raised = raised.add(d);
        donations++;
        Env.log("donation of " + d + " from " + Env.predecessorAccountId());
        return raised;
    }

    @Call
    public void notPayable() {
        donations = 0;
    }

    @Call
    public U128 withdraw(U128 amount) {
        if (raised.compareTo(amount) < 0) {
            throw new IllegalStateException("Not enough: " + raised + " < " + amount);
        }
        raised = raised.sub(amount);
        return raised;
    }

    @View
    public String total() {
        return raised + " in " + donations + " donations, zero=" + raised.isZero() + " one=" + U128.ONE.equals(U128.of(1));
    }

    @View
    public int compare(U128 a, U128 b) {
        return a.compareTo(b);
    }

    @View
    public U128 sum(U128 a, U128 b) {
        return a.add(b);
    }

    @View
    public U128 diff(U128 a, U128 b) {
        return a.sub(b);
    }
}
