package dev.aidev.vm.gas;

/**
 * The gas of one action fee: what sending costs when the receiver is the sender ({@code sendSir}),
 * when it is not ({@code sendNotSir}), and what executing it costs.
 */
public record Fee(long sendSir, long sendNotSir, long execution) {
    public long send(boolean senderIsReceiver) {
        return senderIsReceiver ? sendSir : sendNotSir;
    }
}
