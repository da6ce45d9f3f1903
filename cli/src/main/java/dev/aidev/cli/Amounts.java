package dev.aidev.cli;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses amounts people type: gas as {@code 300 Tgas}, {@code 30Tgas}, {@code 5 Ggas} or an integer. */
final class Amounts {
    private static final Pattern GAS = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(tgas|ggas|gas)?\\s*");
    private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private Amounts() {}

    /** Gas as a u64 (returned in a long's bits). {@code where} names the input in errors. */
    static long gas(String text, String where) {
        Matcher m = GAS.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new UserError(where + ": '" + text + "' is not an amount of gas (e.g. '300 Tgas', '30Tgas' or 300000000000000).");
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
            throw new UserError(where + ": '" + text + "' is not a whole number of gas units.");
        }
        if (value.compareTo(U64_MAX) > 0) {
            throw new UserError(where + ": '" + text + "' exceeds the largest amount of gas (2^64 - 1).");
        }
        return value.longValue();
    }
}
