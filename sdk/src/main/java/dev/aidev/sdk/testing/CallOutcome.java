package dev.aidev.sdk.testing;

import java.util.List;
import java.util.SortedMap;

/**
 * What one call did, in a form comparable across the JVM and the WebAssembly VM.
 *
 * @param result the JSON the method returned ({@code value_return}), or null when it returned
 *     nothing (void, a promise, or a failure)
 * @param logs the log lines, in order (kept when the call fails)
 * @param panic the panic message (without nearcore's {@code Smart contract panicked: }), or null
 * @param storage the contract storage after the call, base64 key to base64 value, sorted
 * @param promises the promises the call created (none when it failed)
 * @param returnedPromise the promise index passed to {@code promise_return}, or null
 */
public record CallOutcome(String result, List<String> logs, String panic, SortedMap<String, String> storage,
        List<PromiseRecord> promises, Long returnedPromise) {
    public CallOutcome {
        logs = List.copyOf(logs);
        storage = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(storage));
        promises = List.copyOf(promises);
    }

    /** Whether the call completed without a panic. */
    public boolean succeeded() {
        return panic == null;
    }
}
