package dev.aidev.chain.scenario;

import java.util.List;

/** A scenario file that cannot be run, with every mistake found in it. */
public final class ScenarioException extends Exception {
    private final List<ScenarioError> errors;

    public ScenarioException(List<ScenarioError> errors) {
        super(errors.isEmpty() ? "invalid scenario" : errors.get(0) + (errors.size() > 1
                ? " (and " + (errors.size() - 1) + " more)" : ""), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<ScenarioError> errors() {
        return errors;
    }
}
