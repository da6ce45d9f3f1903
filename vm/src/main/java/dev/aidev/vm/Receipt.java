package dev.aidev.vm;

import java.util.List;

/**
 * A receipt the call created through promises, for the chain to execute.
 *
 * @param index the receipt index within this call (what {@code promise_return} refers to)
 * @param inputDataIds data this receipt waits for (one per promise it depends on)
 * @param outputDataReceivers who receives this receipt's result
 * @param yielded whether this is a {@code promise_yield_create} receipt, resumed by its input data
 */
public record Receipt(
        int index,
        String receiverId,
        List<Bytes> inputDataIds,
        List<DataReceiver> outputDataReceivers,
        List<Action> actions,
        boolean yielded) {

    /** A receiver of a receipt's result: the data id and the account that waits for it. */
    public record DataReceiver(Bytes dataId, String receiverId) {}

    public Receipt {
        inputDataIds = List.copyOf(inputDataIds);
        outputDataReceivers = List.copyOf(outputDataReceivers);
        actions = List.copyOf(actions);
    }
}
