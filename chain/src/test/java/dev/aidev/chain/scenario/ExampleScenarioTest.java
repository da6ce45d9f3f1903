package dev.aidev.chain.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** examples/scenarios/guest_book.json is the issue's example scenario (issue 3, section 4); it must pass. */
class ExampleScenarioTest {
    static final Path EXAMPLE = Path.of("..", "examples", "scenarios", "guest_book.json");

    @Test
    void the_issues_guest_book_scenario_passes() throws ScenarioException {
        Scenario s = Scenario.parse(EXAMPLE);
        ScenarioReport r = ScenarioRunner.run(s);
        assertThat(r.failures()).isEmpty();
        assertThat(r.name()).isEqualTo("guest book accepts messages");
        assertThat(r.steps()).hasSize(6).allMatch(st -> st.outcome() == ScenarioReport.Outcome.PASSED);
        assertThat(r.steps()).extracting(ScenarioReport.StepReport::kind)
                .containsExactly("deploy", "call", "view", "fast_forward", "transfer", "view_account");
        assertThat(r.steps().get(1).gasBurnt()).isPositive();
    }
}
