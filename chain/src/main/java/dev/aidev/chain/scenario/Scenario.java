package dev.aidev.chain.scenario;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;

/**
 * A parsed scenario file: accounts to create under {@code test.near}, then steps to run on a fresh
 * local chain, each with its expectations. The format is documented in {@code docs/scenarios.md}.
 *
 * <pre>{@code
 * Scenario s = Scenario.parse(Path.of("scenarios/guest_book.json"));   // ScenarioException lists every mistake
 * ScenarioReport r = ScenarioRunner.run(s);
 * r.failures().forEach(f -> System.out.println(s.file() + ": " + f));
 * }</pre>
 *
 * @param file the scenario file, as given
 * @param name the {@code name} key, or the file's name without {@code .json}
 */
public record Scenario(Path file, String name, List<AccountSpec> accounts, List<Step> steps) {

    public Scenario {
        accounts = List.copyOf(accounts);
        steps = List.copyOf(steps);
    }

    /** An account to create before the steps, funded by its parent ({@code test.near} or an account listed before it). */
    public record AccountSpec(String path, String id, BigInteger balance) {}

    /** Reads and checks a scenario file; nothing in it runs. */
    public static Scenario parse(Path file) throws ScenarioException {
        return new ScenarioParser(file).parse();
    }
}
