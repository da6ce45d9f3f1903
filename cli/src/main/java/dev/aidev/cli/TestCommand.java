package dev.aidev.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aidev.chain.scenario.Scenario;
import dev.aidev.chain.scenario.ScenarioError;
import dev.aidev.chain.scenario.ScenarioException;
import dev.aidev.chain.scenario.ScenarioReport;
import dev.aidev.chain.scenario.ScenarioRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aidev test}: runs scenario files (docs/scenarios.md), each on a fresh in-process chain.
 * Every file is checked before any runs; a bad file stops the run with exit code 65.
 */
@Command(
        name = "test",
        mixinStandardHelpOptions = true,
        description = {
            "Run scenario files (JSON, see docs/scenarios.md), each on a fresh in-process local chain.",
            "Prints a line per failed expectation (file: JSON path: reason), then 'N passed, M failed'."
        },
        footer = {
            "",
            "Without FILES, runs ./scenarios if it exists, else the current directory. A directory with a scenarios/",
            "  directory (a contract project) means that one. A directory is searched recursively for *.json,",
            "  skipping hidden directories, node_modules, target and build.",
            "Every file is checked first: if any is not a valid scenario, all mistakes are reported and nothing runs.",
            "Exit code 0 when every scenario passed, 1 when any failed, 65 for bad scenario files.",
            "",
            "Examples:",
            "  ./aidev test examples/scenarios/guest_book.json",
            "  ./aidev test examples/fungible-token   # its scenarios/",
            "  ./aidev test                      # ./scenarios, or every scenario under the current directory",
            "  ./aidev test scenarios/ --json > report.json"
        })
final class TestCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SKIPPED_DIRS = Set.of("node_modules", "target", "build");

    @Parameters(paramLabel = "FILES|DIR", arity = "0..*", description = "Scenario files, or directories to search for *.json.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--json", description = "Print a machine-readable report (JSON) on stdout instead of text.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ScenarioError> errors = new ArrayList<>();
        List<Path> files = files(errors);
        if (files.isEmpty() && errors.isEmpty()) {
            throw new UserError("no scenario files (*.json) in " + describe(roots()) + ".");
        }
        List<Scenario> scenarios = new ArrayList<>();
        int invalidFiles = errors.size();
        for (Path f : files) {
            try {
                scenarios.add(Scenario.parse(f));
            } catch (ScenarioException e) {
                errors.addAll(e.errors());
                invalidFiles++;
            }
        }
        if (!errors.isEmpty()) {
            if (json) {
                ObjectNode report = envelope("invalid", 0, 0);
                ArrayNode list = report.putArray("errors");
                for (ScenarioError e : errors) {
                    ObjectNode o = list.addObject();
                    o.put("file", e.file().toString());
                    o.put("path", e.path());
                    if (e.line() > 0) {
                        o.put("line", e.line());
                        o.put("column", e.column());
                    }
                    o.put("message", e.message());
                }
                print(out, report);
            } else {
                errors.forEach(err::println);
                err.println(invalidFiles + (invalidFiles == 1 ? " scenario file is" : " scenario files are")
                        + " invalid; nothing was run.");
                err.flush();
            }
            return ExitCodes.BAD_INPUT;
        }
        int passed = 0;
        List<ScenarioReport> reports = new ArrayList<>();
        for (Scenario s : scenarios) {
            ScenarioReport r = ScenarioRunner.run(s);
            reports.add(r);
            passed += r.passed() ? 1 : 0;
            if (!json) {
                printText(out, r);
            }
        }
        int failed = reports.size() - passed;
        if (json) {
            ObjectNode report = envelope(failed == 0 ? "passed" : "failed", passed, failed);
            ArrayNode list = report.putArray("scenarios");
            reports.forEach(r -> list.add(r.toJson()));
            print(out, report);
        } else {
            out.println(passed + " passed, " + failed + " failed");
            out.flush();
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.CHECKS_FAILED;
    }

    private static void printText(PrintWriter out, ScenarioReport r) {
        long ran = r.steps().stream().filter(s -> s.outcome() != ScenarioReport.Outcome.SKIPPED).count();
        String steps = ran == r.steps().size() ? r.steps().size() + " steps"
                : ran + " of " + r.steps().size() + " steps ran";
        out.println((r.passed() ? "PASS " : "FAIL ") + r.file() + " (" + r.name() + ", " + steps + ", " + r.durationMs() + " ms)");
        for (ScenarioReport.Failure f : r.failures()) {
            out.println("  " + r.file() + ": " + f.path() + ": " + f.reason());
        }
        out.flush();
    }

    private static ObjectNode envelope(String status, int passed, int failed) {
        ObjectNode o = JSON.createObjectNode();
        o.put("status", status);
        o.put("passed", passed);
        o.put("failed", failed);
        return o;
    }

    private static void print(PrintWriter out, ObjectNode report) {
        try {
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    private List<Path> roots() {
        List<Path> given = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        // a contract project's directory (examples/fungible-token) means its scenarios/
        return given.stream().map(p -> Files.isDirectory(p.resolve("scenarios")) ? p.resolve("scenarios") : p).toList();
    }

    /** The files to run, in the order given (a directory's sorted); a path that does not exist is an error. */
    private List<Path> files(List<ScenarioError> errors) {
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> out = new ArrayList<>();
        for (Path root : roots()) {
            List<Path> found;
            if (Files.isDirectory(root)) {
                found = scan(root);
            } else if (Files.exists(root)) {
                found = List.of(root);
            } else {
                errors.add(new ScenarioError(root, null, 0, 0, "no such file or directory."));
                continue;
            }
            for (Path f : found) {
                if (seen.add(f.toAbsolutePath().normalize())) {
                    // "./scenarios/a.json" reads better as "scenarios/a.json"
                    out.add(f.getNameCount() > 1 && f.getName(0).toString().equals(".") ? f.subpath(1, f.getNameCount()) : f);
                }
            }
        }
        return out;
    }

    private static List<Path> scan(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !skipped(dir.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UserError("cannot read " + dir + ": " + e.getMessage());
        }
    }

    /** Hidden directories, node_modules, target and build hold no scenarios (they hold package and build files). */
    private static boolean skipped(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            String name = relative.getName(i).toString();
            if (name.startsWith(".") || SKIPPED_DIRS.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(List<Path> roots) {
        return String.join(", ", roots.stream().map(Path::toString).toList());
    }
}
