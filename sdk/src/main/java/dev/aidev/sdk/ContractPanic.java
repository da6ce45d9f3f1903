package dev.aidev.sdk;

/**
 * A contract panic on the JVM: what {@code panic_utf8} is on NEAR. The message is the panic
 * message exactly as NEAR records it inside {@code Smart contract panicked: <message>}.
 */
public final class ContractPanic extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ContractPanic(String message) {
        super(message, null, false, false);
    }
}
