package dev.aidev.cli;

/** Parses amounts people type on the command line, with errors that name the option. */
final class Amounts {
    private Amounts() {}

    /**
     * Gas as a u64 (in a long's bits): {@code 300 Tgas}, {@code 30Tgas}, {@code 5 Ggas} or an integer;
     * the same rules as scenario files. {@code where} names the input in errors.
     */
    static long gas(String text, String where) {
        try {
            return dev.aidev.chain.scenario.Amounts.gas(text);
        } catch (IllegalArgumentException e) {
            throw new UserError(where + ": " + e.getMessage());
        }
    }
}
