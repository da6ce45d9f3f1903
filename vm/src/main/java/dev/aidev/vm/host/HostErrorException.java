package dev.aidev.vm.host;

import dev.aidev.vm.VmError;

/**
 * Unwinds a running contract when a host function fails with one of NEAR's {@code HostError}s.
 * It carries no stack trace: it is control flow, deterministic and the contract's fault.
 */
public final class HostErrorException extends RuntimeException {
    private final VmError.HostError error;

    HostErrorException(String kind, String message) {
        super(message, null, false, false);
        this.error = new VmError.HostError(kind, message);
    }

    public VmError.HostError error() {
        return error;
    }
}
