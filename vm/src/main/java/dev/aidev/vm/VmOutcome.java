package dev.aidev.vm;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The outcome of one function call: what it returned and logged, the gas it burnt and used, and
 * what it changed (storage, balance, receipts), or why it failed.
 *
 * <p>On failure ({@code error != null}) nearcore keeps the logs and gas but discards the changes;
 * so do we: {@code storageChanges}, {@code receipts} and {@code yieldResumes} are then empty and
 * {@code balance}/{@code storageUsage} are the values before the call.
 *
 * @param storageChanges each key the call wrote (a value) or removed ({@code null})
 * @param profile gas per cost, with nearcore's names
 */
public record VmOutcome(
        ReturnData returnData,
        List<String> logs,
        long burntGas,
        long usedGas,
        Map<String, Long> profile,
        BigInteger balance,
        long storageUsage,
        SortedMap<Bytes, byte[]> storageChanges,
        List<Receipt> receipts,
        List<YieldResume> yieldResumes,
        VmError error) {

    /** Data a {@code promise_yield_resume} delivers to a yielded receipt. */
    public record YieldResume(Bytes dataId, byte[] payload) {}

    public VmOutcome {
        logs = List.copyOf(logs);
        profile = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(profile));
        storageChanges = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(storageChanges));
        receipts = List.copyOf(receipts);
        yieldResumes = List.copyOf(yieldResumes);
    }

    public boolean succeeded() {
        return error == null;
    }
}
