package dev.aidev.compiler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The diagnostics of one compilation, in the order they were reported; the one owner of that
 * list. An exact repeat (same place, same message) is dropped, so one mistake is reported once.
 *
 * <p>Two renderings, both APIs: {@link #render()} (what a person reads: javac's layout) and
 * {@link #toJson()} (what {@code --format json} prints and the agent parses).
 */
public final class Diagnostics {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Set<Diagnostic> all = new LinkedHashSet<>();

    public void add(Diagnostic diagnostic) {
        all.add(diagnostic);
    }

    public void addAll(Iterable<Diagnostic> diagnostics) {
        diagnostics.forEach(this::add);
    }

    /** Every diagnostic, read-only, in report order. */
    public List<Diagnostic> all() {
        return Collections.unmodifiableList(new ArrayList<>(all));
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }

    public int errorCount() {
        return (int) all.stream().filter(Diagnostic::isError).count();
    }

    /** All diagnostics, each {@link Diagnostic#render() rendered}, with no summary line. */
    public String render() {
        return render(all());
    }

    /** javac's closing line: {@code 1 error}, {@code 3 errors}, or empty without errors. */
    public String summary() {
        int errors = errorCount();
        return errors == 0 ? "" : errors + (errors == 1 ? " error" : " errors");
    }

    /** The JSON array of {@code {file, line, column, severity, message}}, one per diagnostic. */
    public String toJson() {
        return toJson(all());
    }

    public static String render(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        diagnostics.forEach(d -> out.append(d.render()));
        return out.toString();
    }

    public static String toJson(List<Diagnostic> diagnostics) {
        ArrayNode array = JSON.createArrayNode();
        for (Diagnostic d : diagnostics) {
            ObjectNode node = array.addObject();
            if (d.file() == null) {
                node.putNull("file");
            } else {
                node.put("file", d.file());
            }
            node.put("line", d.line());
            node.put("column", d.column());
            node.put("severity", d.severity().label());
            node.put("message", d.message());
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Diagnostics could not be written as JSON.", e);
        }
    }
}
