package dev.aidev.cli;

/** The exit codes every aidev command uses (DESIGN.md). */
final class ExitCodes {
    static final int OK = 0;
    static final int CHECKS_FAILED = 1;
    static final int USAGE = 2;
    static final int BAD_INPUT = 65;
    static final int INTERNAL = 70;

    private ExitCodes() {}
}
