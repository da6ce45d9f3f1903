package dev.aidev.chain.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aidev.chain.primitives.CryptoHash;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a transaction or receipt, as NEAR reports it: logs, the receipts it produced, gas
 * and tokens burnt, who executed it and how it ended.
 *
 * @param profile gas per cost for function calls (nearcore's names), empty otherwise
 */
public record ExecutionOutcome(
        CryptoHash id,
        List<String> logs,
        List<CryptoHash> receiptIds,
        long gasBurnt,
        BigInteger tokensBurnt,
        String executorId,
        Status status,
        Map<String, Long> profile) {

    public ExecutionOutcome {
        logs = List.copyOf(logs);
        receiptIds = List.copyOf(receiptIds);
        profile = Map.copyOf(profile);
    }

    /** How it ended (nearcore's {@code ExecutionStatusView}). */
    public sealed interface Status {}

    /** @param error NEAR's {@code TxExecutionError} as RPC shows it */
    public record Failure(JsonNode error) implements Status {}

    public record SuccessValue(byte[] value) implements Status {}

    public record SuccessReceiptId(CryptoHash receiptId) implements Status {}

    public boolean succeeded() {
        return !(status instanceof Failure);
    }
}
