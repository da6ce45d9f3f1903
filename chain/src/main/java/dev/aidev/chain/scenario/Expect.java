package dev.aidev.chain.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * What a step must do. Every field is optional (null or empty when the file does not say);
 * {@link #expectedStatus()} is the one check every transaction and view has.
 *
 * @param status the {@code status} key, or null
 * @param returnValue the {@code return} key: JSON {@code null} is a NullNode, absent is null
 * @param balanceChange per account, in the file's order
 * @param exists for view_account: whether the account must exist (null: it must)
 */
public record Expect(
        Status status,
        List<String> logsContain,
        JsonNode returnValue,
        JsonNode returnContains,
        String errorContains,
        List<JsonNode> events,
        Map<String, BalanceChange> balanceChange,
        Long gasBurntAtMost,
        BigInteger balanceAtLeast,
        BigInteger balanceAtMost,
        Boolean exists) {

    public static final Expect NONE = new Expect(null, List.of(), null, null, null, List.of(), Map.of(), null, null,
            null, null);

    public Expect {
        logsContain = List.copyOf(logsContain);
        events = List.copyOf(events);
        balanceChange = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(balanceChange));
    }

    public enum Status {
        SUCCESS, FAILURE;

        public String text() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** {@code status} if given; otherwise failure when {@code error_contains} is given, else success. */
    public Status expectedStatus() {
        if (status != null) {
            return status;
        }
        return errorContains != null ? Status.FAILURE : Status.SUCCESS;
    }

    /**
     * An expected change of an account's balance over one step: {@code delta} exactly, or within
     * {@code tolerance} either way.
     *
     * @param text as written in the file, for messages
     */
    public record BalanceChange(BigInteger delta, BigInteger tolerance, String text) {
        public boolean matches(BigInteger actual) {
            return actual.subtract(delta).abs().compareTo(tolerance) <= 0;
        }
    }
}
