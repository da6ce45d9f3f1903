package dev.aidev.cli;

/** Bad input from the user: printed as one line on stderr, never with a stack trace. */
final class UserError extends RuntimeException {
    private final int exitCode;

    UserError(String message) {
        this(message, ExitCodes.BAD_INPUT);
    }

    UserError(String message, int exitCode) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
