package dev.aidev.chain;

import dev.aidev.chain.primitives.SignedTransaction;
import dev.aidev.chain.runtime.ExecutionOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * A transaction with its outcome and the outcomes of all receipts it led to, as RPC's {@code tx}
 * and {@code broadcast_tx_commit} report them.
 *
 * @param isFinal whether every receipt it led to has run
 */
public record FinalOutcome(
        SignedTransaction transaction,
        Chain.OutcomeInBlock transactionOutcome,
        List<Chain.OutcomeInBlock> receiptsOutcome,
        boolean isFinal) {

    public FinalOutcome {
        receiptsOutcome = List.copyOf(receiptsOutcome);
    }

    /**
     * NEAR's overall status: follow the result from the transaction through each SuccessReceiptId
     * to the receipt that produced a value or failed (failures elsewhere, e.g. in a call whose
     * callback handled it, do not fail the transaction). Null while that receipt has not run.
     */
    public ExecutionOutcome.Status status() {
        ExecutionOutcome.Status s = transactionOutcome.outcome().status();
        while (s instanceof ExecutionOutcome.SuccessReceiptId next) {
            ExecutionOutcome.Status found = null;
            for (Chain.OutcomeInBlock o : receiptsOutcome) {
                if (o.outcome().id().equals(next.receiptId())) {
                    found = o.outcome().status();
                }
            }
            if (found == null) {
                return null;
            }
            s = found;
        }
        return s;
    }

    /** All logs, in execution order. */
    public List<String> logs() {
        List<String> out = new ArrayList<>();
        for (Chain.OutcomeInBlock o : receiptsOutcome) {
            out.addAll(o.outcome().logs());
        }
        return out;
    }

    public long gasBurnt() {
        long total = transactionOutcome.outcome().gasBurnt();
        for (Chain.OutcomeInBlock o : receiptsOutcome) {
            total += o.outcome().gasBurnt();
        }
        return total;
    }
}
