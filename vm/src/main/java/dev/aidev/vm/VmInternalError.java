package dev.aidev.vm;

/** A bug in the VM, not the contract's fault: it fails loudly and is never reported as a contract error. */
public final class VmInternalError extends RuntimeException {
    public VmInternalError(String message, Throwable cause) {
        super(message, cause);
    }
}
