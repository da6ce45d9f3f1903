package dev.aidev.vm;

/** The result of a promise a callback depends on, as {@code promise_result} reports it. */
public sealed interface PromiseResult {
    /** Not yet available (code 0). */
    record NotReady() implements PromiseResult {}

    /** The promise succeeded with this value (code 1). */
    record Successful(byte[] value) implements PromiseResult {}

    /** The promise failed (code 2). */
    record Failed() implements PromiseResult {}
}
