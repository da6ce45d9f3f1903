package dev.aidev.chain.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aidev.vm.ReturnData;
import dev.aidev.vm.VmOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The result of a view call: the returned value and logs, or NEAR's error. */
public final class ViewResult {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final VmOutcome outcome;

    ViewResult(VmOutcome outcome) {
        this.outcome = outcome;
    }

    public VmOutcome outcome() {
        return outcome;
    }

    public boolean succeeded() {
        return outcome.succeeded();
    }

    public String error() {
        return outcome.error() == null ? null : outcome.error().message();
    }

    public List<String> logs() {
        return outcome.logs();
    }

    public byte[] value() {
        return outcome.returnData() instanceof ReturnData.Value v ? v.bytes() : new byte[0];
    }

    public JsonNode json() {
        try {
            return JSON.readTree(new String(value(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return succeeded() ? new String(value(), StandardCharsets.UTF_8) : "error " + error();
    }
}
