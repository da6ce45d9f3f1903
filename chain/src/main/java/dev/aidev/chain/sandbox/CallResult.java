package dev.aidev.chain.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aidev.chain.FinalOutcome;
import dev.aidev.chain.runtime.Errors;
import dev.aidev.chain.runtime.ExecutionOutcome;
import dev.aidev.chain.runtime.InvalidTxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of a transaction: its final outcome, or why it was rejected. Logs, NEP-297 events, gas
 * and the return value are read from here.
 */
public final class CallResult {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVENT_PREFIX = "EVENT_JSON:";

    private final FinalOutcome outcome;
    private final InvalidTxException rejection;

    CallResult(FinalOutcome outcome, InvalidTxException rejection) {
        this.outcome = outcome;
        this.rejection = rejection;
    }

    /** The final outcome; null when the transaction was rejected. */
    public FinalOutcome outcome() {
        return outcome;
    }

    public boolean succeeded() {
        return outcome != null && outcome.status() != null && !(outcome.status() instanceof ExecutionOutcome.Failure);
    }

    /** NEAR's error (TxExecutionError JSON), or null on success. */
    public JsonNode error() {
        if (rejection != null) {
            return Errors.txExecutionError(rejection);
        }
        if (outcome != null && outcome.status() instanceof ExecutionOutcome.Failure f) {
            return f.error();
        }
        return null;
    }

    /** The error as text, for messages and {@code error_contains} checks. */
    public String errorText() {
        JsonNode e = error();
        return e == null ? "" : e.toString();
    }

    public CallResult requireSuccess(String what) {
        if (!succeeded()) {
            throw new IllegalStateException("Failed to " + what + ": " + errorText());
        }
        return this;
    }

    public List<String> logs() {
        return outcome == null ? List.of() : outcome.logs();
    }

    /** NEP-297 events: logs starting with {@code EVENT_JSON:}, parsed. */
    public List<JsonNode> events() {
        List<JsonNode> out = new ArrayList<>();
        for (String log : logs()) {
            if (log.startsWith(EVENT_PREFIX)) {
                try {
                    out.add(JSON.readTree(log.substring(EVENT_PREFIX.length())));
                } catch (IOException e) {
                    // a log that only looks like an event is not one
                }
            }
        }
        return out;
    }

    public long gasBurnt() {
        return outcome == null ? 0 : outcome.gasBurnt();
    }

    /** The returned bytes, or null. */
    public byte[] value() {
        if (outcome != null && outcome.status() instanceof ExecutionOutcome.SuccessValue v) {
            return v.value();
        }
        return null;
    }

    /** The returned value parsed as JSON; null when nothing (or nothing parseable) was returned. */
    public JsonNode json() {
        byte[] v = value();
        if (v == null || v.length == 0) {
            return null;
        }
        try {
            return JSON.readTree(new String(v, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return succeeded() ? "success" + (value() == null ? "" : " " + new String(value(), StandardCharsets.UTF_8))
                : "failure " + errorText();
    }
}
