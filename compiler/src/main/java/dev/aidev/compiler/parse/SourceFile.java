package dev.aidev.compiler.parse;

import dev.aidev.compiler.Diagnostic;
import dev.aidev.compiler.Diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A source file's text with its line starts: turns a character offset (what javac's positions
 * are) into a 1-based line, a 1-based column and the line's text.
 *
 * <p>Columns count characters, not javac's tab-expanded columns, so that {@code line:column}
 * points at the same character in any editor and in the agent's view of the file.
 */
public final class SourceFile {
    private final String displayName;
    private final String text;
    private final int[] lineStarts;

    public SourceFile(String displayName, String text) {
        this.displayName = displayName;
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The name diagnostics use for this file. */
    public String displayName() {
        return displayName;
    }

    public String text() {
        return text;
    }

    /** The 1-based line of a character offset. */
    public int line(long position) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= position) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** The 1-based column of a character offset. */
    public int column(long position) {
        return (int) (position - lineStarts[line(position) - 1]) + 1;
    }

    /** The text of a 1-based line, without its terminator. */
    public String lineText(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    /** A diagnostic at a character offset of this file (or at no line, for a negative offset). */
    public Diagnostic diagnostic(long position, Severity severity, String message) {
        if (position < 0 || position > text.length()) {
            return new Diagnostic(displayName, 0, 0, severity, message, null);
        }
        int line = line(position);
        return new Diagnostic(displayName, line, column(position), severity, message, lineText(line));
    }
}
