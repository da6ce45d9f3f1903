package dev.aidev.vm.gas;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The gas of one function call, as nearcore's {@code GasCounter} keeps it: gas burnt (paid for
 * work done), gas used (burnt plus gas reserved for the promises the call created), and the two
 * limits, prepaid gas and the maximum gas a call may burn.
 *
 * <p>All arithmetic is checked: an overflow is NEAR's {@code IntegerOverflow}, never a wrap. When a
 * charge does not fit, the counter burns what it may (never more than was prepaid) and reports
 * {@link Exceeded}: {@code GasLimitExceeded} if the burn limit was crossed, else {@code GasExceeded}.
 */
public final class GasCounter {
    /** Why a charge did not fit. */
    public enum Exceeded {
        GAS_EXCEEDED,
        GAS_LIMIT_EXCEEDED,
        INTEGER_OVERFLOW
    }

    /** Thrown when a charge fails; the counter already holds NEAR's post-failure values. */
    public static final class GasException extends RuntimeException {
        private final Exceeded reason;

        GasException(Exceeded reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }

        public Exceeded reason() {
            return reason;
        }
    }

    /** The profile key nearcore uses for gas spent executing wasm instructions. */
    public static final String WASM_INSTRUCTION = "WASM_INSTRUCTION";

    private final RuntimeParams params;
    private final long maxGasBurnt;
    private final long prepaidGas;
    private final boolean view;
    private long burntGas;
    private long promisesGas;
    private final long[] extProfile = new long[ExtCost.values().length];
    private final long[] actionProfile = new long[ActionCost.values().length];

    /**
     * @param prepaidGas the gas attached to the call; ignored for views, as nearcore does
     *     (it treats a view's prepaid gas as unlimited and bounds it by max_gas_burnt_view)
     */
    public GasCounter(RuntimeParams params, long prepaidGas, boolean view) {
        this(params, view ? params.maxGasBurntView : params.maxGasBurnt, prepaidGas, view);
    }

    /** A counter with an explicit burn limit (nearcore's {@code GasCounter::new}). */
    public GasCounter(RuntimeParams params, long maxGasBurnt, long prepaidGas, boolean view) {
        this.params = params;
        this.view = view;
        this.maxGasBurnt = maxGasBurnt;
        this.prepaidGas = view ? Long.MAX_VALUE : prepaidGas;
    }

    public long burntGas() {
        return burntGas;
    }

    public long usedGas() {
        return burntGas + promisesGas;
    }

    public long prepaidGas() {
        return prepaidGas;
    }

    public boolean isView() {
        return view;
    }

    /** Gas that may still be burnt before a limit is crossed. */
    public long remainingGas() {
        long limit = Math.min(maxGasBurnt, prepaidGas - promisesGas);
        return Math.max(0, limit - burntGas);
    }

    /** Charges the base amount of {@code cost}. */
    public void payBase(ExtCost cost) {
        long before = burntGas;
        try {
            burn(params.cost(cost));
        } finally {
            extProfile[cost.ordinal()] += burntGas - before;
        }
    }

    /**
     * Charges {@code cost} per unit for {@code count} units. The count is an unsigned u64 as the
     * contract passed it; products beyond u64 are {@code IntegerOverflow}, as in nearcore.
     */
    public void payPer(ExtCost cost, long count) {
        long before = burntGas;
        try {
            burnUnsigned(count, params.cost(cost));
        } finally {
            extProfile[cost.ordinal()] += burntGas - before;
        }
    }

    private static final BigInteger U64 = BigInteger.ONE.shiftLeft(64);

    private void burnUnsigned(long count, long unitCost) {
        if (count >= 0) {
            long gas;
            try {
                gas = Math.multiplyExact(count, unitCost);
            } catch (ArithmeticException e) {
                gas = -1;
            }
            if (gas >= 0) {
                burn(gas);
                return;
            }
        }
        BigInteger product = new BigInteger(Long.toUnsignedString(count)).multiply(BigInteger.valueOf(unitCost));
        if (product.compareTo(U64) >= 0 || product.add(BigInteger.valueOf(burntGas)).compareTo(U64) >= 0) {
            throw new GasException(Exceeded.INTEGER_OVERFLOW);
        }
        // Between 2^63 and 2^64: fits nearcore's u64 arithmetic but is beyond any gas limit.
        throw limitExceeded(Long.MAX_VALUE, Long.MAX_VALUE);
    }

    /** Burns gas for wasm instructions that ran (already within the budget given to the code). */
    public void burnWasm(long gas) {
        if (gas > 0) {
            burn(gas);
        }
    }

    /**
     * Charges an action: {@code burn} is burnt now, {@code use - burn} is reserved for the action's
     * execution (nearcore's {@code pay_action_accumulated}).
     */
    public void payAction(ActionCost action, long burn, long use) {
        long before = burntGas;
        try {
            deduct(burn, use);
        } finally {
            actionProfile[action.ordinal()] += burntGas - before;
        }
    }

    /** Reserves gas for a function call a promise will make (nearcore's {@code prepay_gas}). */
    public void prepay(long use) {
        deduct(0, use);
    }

    /** Adds gas that a call's weights hand to its promises (nearcore's gas-weight distribution). */
    public void addPromisesGas(long gas) {
        promisesGas = Math.addExact(promisesGas, gas);
    }

    private void burn(long gas) {
        long newBurnt;
        try {
            newBurnt = Math.addExact(burntGas, gas);
        } catch (ArithmeticException e) {
            throw new GasException(Exceeded.INTEGER_OVERFLOW);
        }
        if (newBurnt <= maxGasBurnt && newBurnt <= prepaidGas - promisesGas) {
            burntGas = newBurnt;
        } else {
            throw limitExceeded(newBurnt, newBurnt + promisesGas);
        }
    }

    private void deduct(long burn, long use) {
        long newBurnt;
        long newPromises;
        long newUsed;
        try {
            newPromises = Math.addExact(promisesGas, use - burn);
            newBurnt = Math.addExact(burntGas, burn);
            newUsed = Math.addExact(newBurnt, newPromises);
        } catch (ArithmeticException e) {
            throw new GasException(Exceeded.INTEGER_OVERFLOW);
        }
        if (newBurnt <= maxGasBurnt && newUsed <= prepaidGas) {
            burntGas = newBurnt;
            promisesGas = newPromises;
        } else {
            throw limitExceeded(newBurnt, newUsed);
        }
    }

    /** nearcore's {@code process_gas_limit}: burn up to the hard limit, never more than prepaid. */
    private GasException limitExceeded(long newBurnt, long newUsed) {
        long hardBurntLimit = Math.min(prepaidGas, maxGasBurnt);
        burntGas = Math.min(newBurnt, hardBurntLimit);
        long usedLimit = Math.min(prepaidGas, newUsed);
        promisesGas = Math.max(0, usedLimit - burntGas);
        return new GasException(newBurnt > maxGasBurnt ? Exceeded.GAS_LIMIT_EXCEEDED : Exceeded.GAS_EXCEEDED);
    }

    /**
     * The gas profile: gas per cost name (nearcore's profile names), only non-zero entries. As in
     * nearcore, the gas of wasm instructions ({@value #WASM_INSTRUCTION}) is what was burnt beyond
     * the host and action costs.
     */
    public Map<String, Long> profile() {
        Map<String, Long> out = new LinkedHashMap<>();
        long accounted = 0;
        for (ExtCost c : ExtCost.values()) {
            if (extProfile[c.ordinal()] != 0) {
                out.put(c.profileName(), extProfile[c.ordinal()]);
                accounted += extProfile[c.ordinal()];
            }
        }
        for (ActionCost a : ActionCost.values()) {
            if (actionProfile[a.ordinal()] != 0) {
                out.put(a.profileName(), actionProfile[a.ordinal()]);
                accounted += actionProfile[a.ordinal()];
            }
        }
        long wasmGas = burntGas - accounted;
        if (wasmGas > 0) {
            out.put(WASM_INSTRUCTION, wasmGas);
        }
        return out;
    }
}
