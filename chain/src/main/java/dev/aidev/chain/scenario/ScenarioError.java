package dev.aidev.chain.scenario;

import java.nio.file.Path;

/**
 * A mistake in a scenario file, found before anything runs: the file, where in it (a JSON path such
 * as {@code $.steps[2].call.deposit}, or a line and column for invalid JSON) and what is wrong.
 *
 * @param path the JSON path, or null when the file is not JSON at all
 * @param line 1-based line for invalid JSON, else 0
 * @param column 1-based column for invalid JSON, else 0
 */
public record ScenarioError(Path file, String path, int line, int column, String message) {

    static ScenarioError at(Path file, String path, String message) {
        return new ScenarioError(file, path, 0, 0, message);
    }

    /** {@code file: $.steps[2].call.deposit: message}, or {@code file:3:17: message} for invalid JSON. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line + ":" + column : "") + ": " + (path == null ? "" : path + ": ") + message;
    }
}
