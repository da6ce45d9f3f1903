package dev.aidev.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {
    static final Path EXAMPLE = Path.of("..", "examples", "scenarios", "guest_book.json");
    static final String BOOK_WASM = Path.of("..", "examples", "guest_book.wasm").toAbsolutePath().normalize().toString();

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run aidev(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** A guest-book scenario whose call expects {@code log} among the logs (the call logs "hi"). */
    Path scenario(String relative, String log) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, ("{'name': '" + relative + "', 'accounts': [{'id': 'alice.test.near', 'balance': '10 NEAR'}],"
                + " 'steps': [{'deploy': {'account': 'book.test.near', 'wasm': '" + BOOK_WASM + "', 'init': {'method': 'new'}}},"
                + " {'call': {'signer': 'alice.test.near', 'receiver': 'book.test.near', 'method': 'add_message',"
                + " 'args': {'text': 'hi'}}, 'expect': {'logs_contain': ['" + log + "']}},"
                + " {'view_account': {'account': 'book.test.near'}}]}").replace('\'', '"'));
        return file;
    }

    @Test
    void the_example_scenario_passes_with_exit_code_0() {
        Run r = aidev("test", EXAMPLE.toString());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(0);
        assertThat(r.out()).startsWith("PASS " + EXAMPLE + " (guest book accepts messages, 6 steps, ")
                .endsWith("1 passed, 0 failed" + System.lineSeparator());
        assertThat(r.err()).isEmpty();
    }

    @Test
    void a_failed_expectation_prints_its_file_and_json_path_and_exits_1() throws IOException {
        Path ok = scenario("ok.json", "hi");
        Path bad = scenario("bad.json", "bye");
        Run r = aidev("test", ok.toString(), bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().lines()).anyMatch(l -> l.startsWith("PASS " + ok + " (ok.json, 3 steps, "));
        assertThat(r.out().lines()).anyMatch(l -> l.startsWith("FAIL " + bad + " (bad.json, 2 of 3 steps ran, "));
        assertThat(r.out().lines()).anyMatch(l -> l.startsWith("  " + bad + ": $.steps[1].expect.logs_contain[0]: no log contains \"bye\""));
        assertThat(r.out().lines().toList()).last().isEqualTo("1 passed, 1 failed");
    }

    @Test
    void a_directory_is_searched_recursively_skipping_hidden_and_build_directories() throws IOException {
        scenario("a/one.json", "hi");
        scenario("a/b/two.json", "bye");
        scenario(".git/ignored.json", "bye");
        scenario("node_modules/x/ignored.json", "bye");
        scenario("build/ignored.json", "bye");
        Run r = aidev("test", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("PASS " + dir.resolve("a/one.json")).contains("FAIL " + dir.resolve("a/b/two.json"))
                .doesNotContain("ignored").endsWith("1 passed, 1 failed" + System.lineSeparator());
    }

    @Test
    void a_contract_project_directory_means_its_scenarios_directory() throws IOException {
        scenario("scenarios/one.json", "hi");
        Files.writeString(dir.resolve("contract.abi.json"), "{\"schema_version\": \"0.4.0\"}");
        Run r = aidev("test", dir.toString());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(0);
        assertThat(r.out()).contains("PASS " + dir.resolve("scenarios/one.json")).endsWith("1 passed, 0 failed" + System.lineSeparator());
    }

    @Test
    void bad_scenario_files_are_all_reported_and_nothing_runs() throws IOException {
        Path good = scenario("good.json", "hi");
        Path typo = dir.resolve("typo.json");
        Files.writeString(typo, "{\"steps\": [{\"fast_forward\": {\"blocks\": 1}, \"expct\": {}}]}");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"steps\": [\n}");
        Run r = aidev("test", good.toString(), typo.toString(), broken.toString(), dir.resolve("missing.json").toString());
        assertThat(r.code()).isEqualTo(65);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly(
                dir.resolve("missing.json") + ": no such file or directory.",
                typo + ": $.steps[0].expct: unknown key \"expct\"; did you mean \"expect\"?",
                r.err().lines().filter(l -> l.startsWith(broken + ":2:")).findFirst().orElse("missing line for " + broken),
                "3 scenario files are invalid; nothing was run.");
    }

    @Test
    void json_report() throws IOException {
        Path ok = scenario("ok.json", "hi");
        Path bad = scenario("bad.json", "bye");
        Run r = aidev("test", "--json", ok.toString(), bad.toString());
        assertThat(r.code()).isEqualTo(1);
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("status").asText()).isEqualTo("failed");
        assertThat(j.get("passed").asInt()).isEqualTo(1);
        assertThat(j.get("failed").asInt()).isEqualTo(1);
        JsonNode second = j.get("scenarios").get(1);
        assertThat(second.get("file").asText()).isEqualTo(bad.toString());
        assertThat(second.get("status").asText()).isEqualTo("failed");
        assertThat(second.get("failures").get(0).get("path").asText()).isEqualTo("$.steps[1].expect.logs_contain[0]");
        assertThat(second.get("steps")).extracting(s -> s.get("status").asText()).containsExactly("passed", "failed", "skipped");
        assertThat(j.get("scenarios").get(0).get("steps").get(1).get("gas_burnt").asLong()).isPositive();
    }

    @Test
    void json_report_of_bad_files() throws IOException {
        Path typo = dir.resolve("typo.json");
        Files.writeString(typo, "{\"steps\": [{\"transfer\": {\"signer\": \"test.near\", \"receiver\": \"a.test.near\", \"amount\": \"1 NAER\"}}]}");
        Run r = aidev("test", "--json", typo.toString());
        assertThat(r.code()).isEqualTo(65);
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("status").asText()).isEqualTo("invalid");
        assertThat(j.get("errors").get(0).get("file").asText()).isEqualTo(typo.toString());
        assertThat(j.get("errors").get(0).get("path").asText()).isEqualTo("$.steps[0].transfer.amount");
        assertThat(j.get("errors").get(0).get("message").asText()).startsWith("'1 NAER' is not an amount of NEAR");
    }

    @Test
    void a_directory_without_scenarios_is_bad_input() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "no scenarios here");
        Run r = aidev("test", dir.toString());
        assertThat(r.code()).isEqualTo(65);
        assertThat(r.err()).isEqualTo("aidev: no scenario files (*.json) in " + dir + "." + System.lineSeparator());
    }

    @Test
    void help_ends_with_examples() {
        Run r = aidev("test", "--help");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("Usage: aidev test").contains("--json").contains("Examples:")
                .contains("./aidev test examples/scenarios/guest_book.json");
    }
}
