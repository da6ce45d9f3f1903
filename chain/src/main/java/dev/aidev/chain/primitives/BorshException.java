package dev.aidev.chain.primitives;

/**
 * Bytes that are not valid Borsh for the type being read: too short, trailing bytes, an unknown
 * enum tag, invalid UTF-8, an invalid account id. It is the sender's fault (NEAR answers such a
 * transaction with a parse error), so it is unchecked and carries the offset where reading failed.
 */
public final class BorshException extends RuntimeException {
    private final int offset;

    public BorshException(int offset, String message) {
        super(message);
        this.offset = offset;
    }

    /** Byte offset in the input at which the bad value starts. */
    public int offset() {
        return offset;
    }
}
