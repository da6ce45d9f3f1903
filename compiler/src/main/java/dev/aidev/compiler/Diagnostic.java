package dev.aidev.compiler;

/**
 * One finding about the contract source, javac-style. Rendered as
 *
 * <pre>
 * path:line:col: error: message
 *     the source line
 *     ^
 * </pre>
 *
 * This record and its JSON form ({@link Diagnostics#toJson}) are an API: the AI agent reads them to
 * repair the code. {@code line} and {@code column} are 1-based; {@code column} counts characters
 * from the start of the line (a tab is one character). A diagnostic without a place (for example
 * "no @NearContract class") has a null {@code file}, line and column 0 and a null source line.
 *
 * @param file the source path as the caller named it (relative to the display root, if one was
 *     set), or null
 * @param message the message; the first line is the headline, further lines (javac's
 *     {@code symbol:}/{@code location:} details) are printed after the caret
 * @param sourceLine the text of the offending line without its line terminator, or null
 */
public record Diagnostic(
        String file, int line, int column, Severity severity, String message, String sourceLine) {

    /** How bad a diagnostic is. Only errors stop the compilation. */
    public enum Severity {
        ERROR, WARNING, NOTE;

        /** The word used in the rendered form and in JSON: {@code error}, {@code warning}, {@code note}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Diagnostic {
        if (severity == null || message == null) {
            throw new IllegalArgumentException("A diagnostic needs a severity and a message.");
        }
    }

    /** An error that belongs to no place in the source, such as a project-level rule. */
    public static Diagnostic error(String message) {
        return new Diagnostic(null, 0, 0, Severity.ERROR, message, null);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The headline, the source line and a caret under the column, then any detail lines. */
    public String render() {
        StringBuilder out = new StringBuilder();
        String[] lines = message.split("\n", -1);
        if (file != null) {
            out.append(file).append(':');
            if (line > 0) {
                out.append(line).append(':').append(column).append(':');
            }
            out.append(' ');
        }
        out.append(severity.label()).append(": ").append(lines[0]).append('\n');
        if (sourceLine != null && line > 0) {
            out.append(sourceLine).append('\n');
            out.append(caret(sourceLine, column)).append('\n');
        }
        for (int i = 1; i < lines.length; i++) {
            out.append(lines[i]).append('\n');
        }
        return out.toString();
    }

    /** Spaces up to the column, keeping the line's tabs so the caret lines up in any terminal. */
    private static String caret(String sourceLine, int column) {
        StringBuilder caret = new StringBuilder();
        for (int i = 0; i < column - 1; i++) {
            caret.append(i < sourceLine.length() && sourceLine.charAt(i) == '\t' ? '\t' : ' ');
        }
        return caret.append('^').toString();
    }
}
