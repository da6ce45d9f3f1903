package dev.aidev.chain.runtime;

import dev.aidev.chain.primitives.Action;
import dev.aidev.chain.primitives.CryptoHash;
import dev.aidev.chain.primitives.PublicKey;
import java.math.BigInteger;
import java.util.List;

/**
 * A receipt, as nearcore's {@code Receipt}: the unit of work between accounts. An action receipt
 * runs actions on its receiver once the data it waits for has arrived; a data receipt carries the
 * result of one receipt to another.
 */
public record ChainReceipt(CryptoHash receiptId, String predecessorId, String receiverId, Body body) {
    /** The predecessor of refunds and other receipts the protocol itself creates. */
    public static final String SYSTEM = "system";

    public sealed interface Body {}

    /** Where a receipt's result goes: the data id and the receiver waiting for it. */
    public record DataReceiver(CryptoHash dataId, String receiverId) {}

    /**
     * @param yielded whether this receipt waits for a {@code promise_yield_resume} (NEP-519)
     */
    public record ActionBody(
            String signerId,
            PublicKey signerPublicKey,
            BigInteger gasPrice,
            List<DataReceiver> outputDataReceivers,
            List<CryptoHash> inputDataIds,
            List<Action> actions,
            boolean yielded) implements Body {
        public ActionBody {
            outputDataReceivers = List.copyOf(outputDataReceivers);
            inputDataIds = List.copyOf(inputDataIds);
            actions = List.copyOf(actions);
        }
    }

    /** @param data the result, or null when the receipt that produced it failed */
    public record DataBody(CryptoHash dataId, byte[] data) implements Body {}

    public boolean isRefund() {
        return SYSTEM.equals(predecessorId);
    }
}
