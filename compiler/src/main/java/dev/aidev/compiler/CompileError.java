package dev.aidev.compiler;

/**
 * A user mistake found by a stage that stops at the first one (the back end): it carries the
 * diagnostic to report. Never our bug: those are {@link IllegalStateException}s and crash loudly.
 */
public final class CompileError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Diagnostic diagnostic;

    public CompileError(Diagnostic diagnostic) {
        super(diagnostic.render(), null, false, false);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
