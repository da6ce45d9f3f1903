package dev.aidev.vm.crypto;

/**
 * Thrown when the input of a NEAR math host function is malformed in a way that nearcore
 * reports as a host error (for example {@code AltBn128InvalidInput} or {@code
 * BLS12381InvalidInput}). The message reproduces nearcore's message text where known.
 */
public final class CryptoInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message the error text, formatted as nearcore formats it */
    public CryptoInputException(String message) {
        super(message);
    }
}
