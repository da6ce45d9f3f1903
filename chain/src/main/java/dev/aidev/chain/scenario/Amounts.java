package dev.aidev.chain.scenario;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the amounts people write in scenario files: NEAR as {@code "5 NEAR"}, {@code "0.1 NEAR"},
 * {@code "1 yocto"} or an integer of yoctoNEAR, and gas as {@code "30 Tgas"}, {@code "5 Ggas"} or an
 * integer. Units are case-insensitive and the space before them is optional. Errors are
 * {@link IllegalArgumentException}s whose message is one sentence without the location, which the
 * caller adds.
 */
public final class Amounts {
    private static final Pattern NEAR = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*(near|yocto|yoctonear)?");
    private static final Pattern GAS = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*(tgas|ggas|gas)?");
    private static final BigInteger U128_MAX = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);
    private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final String NEAR_EXAMPLES = "(e.g. \"5 NEAR\", \"0.1 NEAR\", \"1 yocto\" or an integer of yoctoNEAR)";

    private Amounts() {}

    /** An unsigned amount of yoctoNEAR (at most 2^128 - 1). */
    public static BigInteger yocto(String text) {
        Matcher m = NEAR.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an amount of NEAR " + NEAR_EXAMPLES + ".");
        }
        BigDecimal n = new BigDecimal(m.group(1));
        boolean near = "near".equals(m.group(2));
        BigInteger value;
        try {
            value = (near ? n.movePointRight(24) : n).toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number of yoctoNEAR"
                    + (near ? " (NEAR has 24 decimals)." : "; write a fraction of NEAR as \"0.5 NEAR\"."));
        }
        if (value.compareTo(U128_MAX) > 0) {
            throw new IllegalArgumentException("'" + text + "' exceeds the largest balance (2^128 - 1 yoctoNEAR).");
        }
        return value;
    }

    /** A signed amount of yoctoNEAR: an amount with an optional {@code +} or {@code -} in front. */
    public static BigInteger signedYocto(String text) {
        String s = text.strip();
        if (s.startsWith("-")) {
            return yocto(s.substring(1)).negate();
        }
        return yocto(s.startsWith("+") ? s.substring(1) : s);
    }

    /** Gas as a u64, returned in a long's bits (a value above 2^63 - 1 is negative). */
    public static long gas(String text) {
        Matcher m = GAS.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an amount of gas (e.g. \"30 Tgas\", \"5 Ggas\" or an integer).");
        }
        BigDecimal n = new BigDecimal(m.group(1));
        String unit = m.group(2) == null ? "gas" : m.group(2);
        BigDecimal scaled = switch (unit) {
            case "tgas" -> n.movePointRight(12);
            case "ggas" -> n.movePointRight(9);
            default -> n;
        };
        BigInteger value;
        try {
            value = scaled.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number of gas units.");
        }
        if (value.compareTo(U64_MAX) > 0) {
            throw new IllegalArgumentException("'" + text + "' exceeds the largest amount of gas (2^64 - 1).");
        }
        return value.longValue();
    }

    /** An amount for people: {@code "1.5 NEAR"} when it is a whole number of 10^-6 NEAR, else its yoctoNEAR. */
    public static String format(BigInteger yocto) {
        BigDecimal near = new BigDecimal(yocto).movePointLeft(24);
        if (yocto.signum() != 0 && near.scale() > 6 && near.stripTrailingZeros().scale() > 6) {
            return yocto + " yocto (" + near.setScale(6, java.math.RoundingMode.HALF_EVEN).toPlainString() + " NEAR)";
        }
        return near.stripTrailingZeros().toPlainString() + " NEAR";
    }

    /** Gas for people: {@code "2.43 Tgas"}. */
    public static String formatGas(long gas) {
        BigDecimal tgas = new BigDecimal(Long.toUnsignedString(gas)).movePointLeft(12);
        return tgas.setScale(3, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + " Tgas ("
                + Long.toUnsignedString(gas) + ")";
    }
}
