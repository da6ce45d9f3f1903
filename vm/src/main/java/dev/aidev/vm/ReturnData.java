package dev.aidev.vm;

/** What a call returned: nothing, a value, or the result of one of the receipts it created. */
public sealed interface ReturnData {
    record None() implements ReturnData {}

    record Value(byte[] bytes) implements ReturnData {}

    record ReceiptIndex(int index) implements ReturnData {}
}
