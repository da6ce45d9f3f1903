package dev.aidev.chain.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What happened when a scenario ran: its steps in order, and every failed expectation with the
 * JSON path of what failed. A scenario stops at its first failed step; the later ones are skipped.
 *
 * @param setupFailures failures before the steps (creating the listed accounts)
 */
public record ScenarioReport(Path file, String name, List<Failure> setupFailures, List<StepReport> steps,
        long durationMs) {

    public ScenarioReport {
        setupFailures = List.copyOf(setupFailures);
        steps = List.copyOf(steps);
    }

    public boolean passed() {
        return failures().isEmpty();
    }

    /** Every failure, setup first, then the failed step's. */
    public List<Failure> failures() {
        List<Failure> out = new ArrayList<>(setupFailures);
        for (StepReport s : steps) {
            out.addAll(s.failures());
        }
        return out;
    }

    /** One failed expectation: where ({@code $.steps[1].expect.logs_contain[0]}) and why, in one line. */
    public record Failure(String path, String reason) {
        @Override
        public String toString() {
            return path + ": " + reason;
        }
    }

    public enum Outcome {
        PASSED, FAILED, SKIPPED;

        public String text() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One step's result.
     *
     * @param gasBurnt gas burnt by the step's transaction or view (0 for the others and skipped steps)
     */
    public record StepReport(String path, String kind, Outcome outcome, long gasBurnt, List<Failure> failures) {
        public StepReport {
            failures = List.copyOf(failures);
        }

        static StepReport skipped(Step s) {
            return new StepReport(s.path(), s.kind(), Outcome.SKIPPED, 0, List.of());
        }
    }

    /**
     * The report as JSON (the {@code scenarios[]} entries of {@code aidev test --json}, documented in
     * docs/scenarios.md): file, name, status, duration_ms, failures[{path, reason}],
     * steps[{path, kind, status, gas_burnt, failures}].
     */
    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("file", file.toString());
        o.put("name", name);
        o.put("status", passed() ? "passed" : "failed");
        o.put("duration_ms", durationMs);
        o.set("failures", failuresJson(failures()));
        ArrayNode st = o.putArray("steps");
        for (StepReport s : steps) {
            ObjectNode so = st.addObject();
            so.put("path", s.path());
            so.put("kind", s.kind());
            so.put("status", s.outcome().text());
            so.put("gas_burnt", s.gasBurnt());
            so.set("failures", failuresJson(s.failures()));
        }
        return o;
    }

    private static ArrayNode failuresJson(List<Failure> failures) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (Failure x : failures) {
            a.addObject().put("path", x.path()).put("reason", x.reason());
        }
        return a;
    }
}
