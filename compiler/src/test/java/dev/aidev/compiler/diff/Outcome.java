package dev.aidev.compiler.diff;

import java.util.List;
import java.util.SortedMap;

/**
 * What one call did, normalised so that the JVM run and the WebAssembly run compare with
 * {@code equals}.
 *
 * @param result the returned JSON text, or null (void, or a failure)
 * @param logs the log lines, in order (kept on failure, as nearcore keeps them)
 * @param panic the panic message without nearcore's {@code Smart contract panicked: } prefix and
 *     without the {@code " at File.java:L:C"} suffix the compiled contract appends to its built-in
 *     checks; other VM failures (traps, gas) keep their whole text, so they never match a JVM panic
 * @param storage the contract's storage after the call, base64 key to base64 value, sorted
 * @param receipts the receipts the call's promises created, in order, each written
 *     {@code receiver <- [receipts it waits for]: actions} (see {@link Receipts})
 * @param returnedReceipt the receipt given to {@code promise_return}, or null
 */
public record Outcome(String result, List<String> logs, String panic, SortedMap<String, String> storage,
        List<String> receipts, Integer returnedReceipt) {
    public Outcome {
        logs = List.copyOf(logs);
        receipts = List.copyOf(receipts);
    }

    /** A call that created no promises. */
    public Outcome(String result, List<String> logs, String panic, SortedMap<String, String> storage) {
        this(result, logs, panic, storage, List.of(), null);
    }
}
