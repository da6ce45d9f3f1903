package dev.aidev.chain.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every expectation kind, passing and failing, on the guest book (examples/guest_book.wat). Scenarios
 * are written with ' for " to stay readable.
 */
class ScenarioRunnerTest {
    static final String BOOK_WASM = Path.of("..", "examples", "guest_book.wasm").toAbsolutePath().normalize().toString();

    @TempDir
    Path dir;

    /** A scenario with alice and bob (10 NEAR each), the guest book deployed and initialized, then {@code steps}. */
    ScenarioReport run(String steps) throws IOException, ScenarioException {
        String json = ("{'name': 'test', 'accounts': [{'id': 'alice.test.near', 'balance': '10 NEAR'},"
                + " {'id': 'bob.test.near', 'balance': '10 NEAR'}], 'steps': ["
                + "{'deploy': {'account': 'book.test.near', 'wasm': '" + BOOK_WASM + "', 'init': {'method': 'new'}}}"
                + (steps.isEmpty() ? "" : ", " + steps) + "]}").replace('\'', '"');
        Path file = dir.resolve("s.json");
        Files.writeString(file, json);
        return ScenarioRunner.run(Scenario.parse(file));
    }

    static String add(String signer, String text, String deposit, String expect) {
        return "{'call': {'signer': '" + signer + "', 'receiver': 'book.test.near', 'method': 'add_message',"
                + " 'args': {'text': '" + text + "'}, 'deposit': '" + deposit + "'}"
                + (expect == null ? "" : ", 'expect': " + expect) + "}";
    }

    static String view(String expect) {
        return "{'view': {'account': 'book.test.near', 'method': 'get_messages'}, 'expect': " + expect + "}";
    }

    static List<String> failures(ScenarioReport r) {
        return r.failures().stream().map(ScenarioReport.Failure::toString).toList();
    }

    @Test
    void a_failing_call_without_expectations_fails_its_step_and_skips_the_rest() throws Exception {
        ScenarioReport r = run("{'call': {'signer': 'alice.test.near', 'receiver': 'book.test.near', 'method': 'nope'}},"
                + add("alice.test.near", "hi", "0", null));
        assertThat(r.passed()).isFalse();
        assertThat(failures(r)).singleElement().asString()
                .startsWith("$.steps[1]: expected success, got failure: ").contains("MethodNotFound");
        assertThat(r.steps()).extracting(ScenarioReport.StepReport::outcome).containsExactly(
                ScenarioReport.Outcome.PASSED, ScenarioReport.Outcome.FAILED, ScenarioReport.Outcome.SKIPPED);
    }

    @Test
    void status_passes_and_fails() throws Exception {
        assertThat(run("{'call': {'signer': 'alice.test.near', 'receiver': 'book.test.near', 'method': 'nope'},"
                + " 'expect': {'status': 'failure'}}").passed()).isTrue();
        ScenarioReport r = run(add("alice.test.near", "hi", "0", "{'status': 'failure'}"));
        assertThat(failures(r)).containsExactly("$.steps[1].expect.status: expected failure, but it succeeded");
        r = run("{'call': {'signer': 'alice.test.near', 'receiver': 'book.test.near', 'method': 'nope'},"
                + " 'expect': {'status': 'success'}}");
        assertThat(failures(r)).singleElement().asString().startsWith("$.steps[1].expect.status: expected success, got failure");
    }

    @Test
    void logs_contain_passes_and_fails() throws Exception {
        assertThat(run(add("alice.test.near", "hello there", "0", "{'logs_contain': ['hello', 'there']}")).passed()).isTrue();
        ScenarioReport r = run(add("alice.test.near", "hi", "0", "{'logs_contain': ['hi', 'bye']}"));
        assertThat(failures(r)).singleElement().asString()
                .startsWith("$.steps[1].expect.logs_contain[1]: no log contains \"bye\"; logs: [\"hi\",");
    }

    @Test
    void return_is_exact_json_equality() throws Exception {
        String ok = view("{'return': [{'text': 'hi', 'premium': false, 'sender': 'alice.test.near'}]}");
        assertThat(run(add("alice.test.near", "hi", "0", null) + ", " + ok).passed()).isTrue();
        ScenarioReport r = run(add("alice.test.near", "hi", "0", null) + ", " + view("{'return': [{'text': 'hi'}]}"));
        assertThat(failures(r)).containsExactly("$.steps[2].expect.return: returned "
                + "[{\"sender\":\"alice.test.near\",\"text\":\"hi\",\"premium\":false}], expected [{\"text\":\"hi\"}]");
    }

    @Test
    void return_contains_matches_subsets_and_substrings() throws Exception {
        String two = add("alice.test.near", "hi", "0", null) + ", " + add("bob.test.near", "yo", "1 NEAR", null) + ", ";
        assertThat(run(two + view("{'return_contains': [{'sender': 'bob.test.near', 'premium': true}, {'text': 'hi'}]}"))
                .passed()).isTrue();
        assertThat(run(two + view("{'return_contains': 'bob.test'}")).passed()).isTrue();
        assertThat(run(two + view("{'return_contains': []}")).passed()).isTrue();
        // each expected element needs its own partner
        ScenarioReport r = run(two + view("{'return_contains': [{'text': 'hi'}, {'text': 'hi'}]}"));
        assertThat(failures(r)).singleElement().asString()
                .startsWith("$.steps[3].expect.return_contains: returned [{").endsWith("which does not contain [{\"text\":\"hi\"},{\"text\":\"hi\"}]");
        // leaves are compared exactly, not as substrings
        assertThat(run(two + view("{'return_contains': [{'sender': 'bob'}]}")).passed()).isFalse();
        assertThat(run(two + view("{'return_contains': {'text': 'hi'}}")).passed()).isFalse();
    }

    @Test
    void error_contains_matches_the_error_text_without_json_escapes() throws Exception {
        String bad = "{'call': {'signer': 'alice.test.near', 'receiver': 'book.test.near', 'method': 'add_message',"
                + " 'args': {'text': 'a\\'b'}}, 'expect': %s}";
        assertThat(run(String.format(bad, "{'error_contains': '\\'text\\' must not contain'}")).passed()).isTrue();
        assertThat(run(String.format(bad, "{'error_contains': 'Smart contract panicked'}")).passed()).isTrue();
        ScenarioReport r = run(String.format(bad, "{'error_contains': 'out of gas'}"));
        assertThat(failures(r)).singleElement().asString()
                .startsWith("$.steps[1].expect.error_contains: the error does not contain \"out of gas\": {");
        // error_contains alone implies the step must fail
        r = run(add("alice.test.near", "hi", "0", "{'error_contains': 'anything'}"));
        assertThat(failures(r)).containsExactly("$.steps[1].expect.error_contains: expected failure, but it succeeded");
    }

    @Test
    void events_are_matched_as_subsets() throws Exception {
        assertThat(run(add("alice.test.near", "hi", "1 NEAR", "{'events': [{'standard': 'guest_book', 'event': 'add_message',"
                + " 'data': [{'sender': 'alice.test.near', 'premium': true}]}]}")).passed()).isTrue();
        ScenarioReport r = run(add("alice.test.near", "hi", "1 NEAR",
                "{'events': [{'standard': 'guest_book'}, {'standard': 'nep171', 'event': 'nft_mint'}]}"));
        assertThat(failures(r)).singleElement().asString()
                .startsWith("$.steps[1].expect.events[1]: no other event matches {\"standard\":\"nep171\",\"event\":\"nft_mint\"};"
                        + " events: [{\"standard\":\"guest_book\"");
    }

    @Test
    void balance_change_is_exact_unless_a_tolerance_is_given() throws Exception {
        String transfer = "{'transfer': {'signer': 'alice.test.near', 'receiver': 'bob.test.near', 'amount': '1 NEAR'},"
                + " 'expect': {'balance_change': %s}}";
        assertThat(run(String.format(transfer,
                "{'bob.test.near': '+1 NEAR', 'alice.test.near': '~-1 NEAR', 'book.test.near': '0'}")).passed()).isTrue();
        assertThat(run(String.format(transfer, "{'alice.test.near': '-1 NEAR ± 0.001 NEAR'}")).passed()).isTrue();
        assertThat(run(String.format(transfer, "{'alice.test.near': '-1 NEAR +- 1000000000000000000000'}")).passed()).isTrue();
        // the sender also pays for gas, so an exact change fails, naming the change it saw
        ScenarioReport r = run(String.format(transfer, "{'alice.test.near': '-1 NEAR'}"));
        assertThat(failures(r)).singleElement().asString()
                .matches("\\$\\.steps\\[1]\\.expect\\.balance_change\\[\"alice\\.test\\.near\"]: alice\\.test\\.near changed by"
                        + " -[0-9]+ yocto \\(1\\.0000[0-9]+ NEAR\\), expected -1 NEAR");
        r = run(String.format(transfer, "{'bob.test.near': '~+2 NEAR'}"));
        assertThat(failures(r)).containsExactly("$.steps[1].expect.balance_change[\"bob.test.near\"]: bob.test.near changed by"
                + " +1 NEAR, expected ~+2 NEAR (within 0.01 NEAR)");
    }

    @Test
    void balance_change_counts_an_account_the_step_creates_from_zero() throws Exception {
        ScenarioReport r = run("{'deploy': {'account': 'other.test.near', 'wasm': '" + BOOK_WASM + "', 'balance': '3 NEAR'},"
                + " 'expect': {'balance_change': {'other.test.near': '~+3 NEAR'}}}");
        assertThat(failures(r)).isEmpty();
    }

    @Test
    void gas_burnt_at_most_passes_and_fails() throws Exception {
        ScenarioReport r = run(add("alice.test.near", "hi", "0", "{'gas_burnt_at_most': '30 Tgas'}"));
        assertThat(r.passed()).isTrue();
        assertThat(r.steps().get(1).gasBurnt()).isBetween(1L, 30_000_000_000_000L);
        r = run(add("alice.test.near", "hi", "0", "{'gas_burnt_at_most': 1000}"));
        assertThat(failures(r)).singleElement().asString()
                .matches("\\$\\.steps\\[1]\\.expect\\.gas_burnt_at_most: burnt [0-9.]+ Tgas \\([0-9]+\\), more than 0 Tgas \\(1000\\)");
    }

    @Test
    void view_account_checks_existence_and_balance_bounds() throws Exception {
        String va = "{'view_account': {'account': '%s'}, 'expect': %s}";
        assertThat(run(String.format(va, "bob.test.near", "{'balance_at_least': '9 NEAR', 'balance_at_most': '10 NEAR'}"))
                .passed()).isTrue();
        assertThat(run(String.format(va, "nobody.test.near", "{'exists': false}")).passed()).isTrue();
        assertThat(failures(run(String.format(va, "bob.test.near", "{'balance_at_least': '11 NEAR'}"))))
                .containsExactly("$.steps[1].expect.balance_at_least: bob.test.near has 10 NEAR, less than 11 NEAR");
        assertThat(failures(run(String.format(va, "bob.test.near", "{'balance_at_most': '1 NEAR'}"))))
                .containsExactly("$.steps[1].expect.balance_at_most: bob.test.near has 10 NEAR, more than 1 NEAR");
        assertThat(failures(run(String.format(va, "bob.test.near", "{'exists': false}"))))
                .containsExactly("$.steps[1].expect.exists: account bob.test.near exists (balance 10 NEAR)");
        assertThat(failures(run("{'view_account': {'account': 'nobody.test.near'}}")))
                .containsExactly("$.steps[1]: account nobody.test.near does not exist");
    }

    @Test
    void a_deposit_of_one_near_makes_a_message_premium() throws Exception {
        ScenarioReport r = run(add("alice.test.near", "cheap", "0.999999 NEAR", null) + ", "
                + add("bob.test.near", "rich", "1 NEAR", null) + ", "
                + view("{'return': [{'sender': 'alice.test.near', 'text': 'cheap', 'premium': false},"
                + " {'sender': 'bob.test.near', 'text': 'rich', 'premium': true}]}"));
        assertThat(failures(r)).isEmpty();
    }

    @Test
    void the_guest_book_refuses_a_second_init_and_calls_before_init() throws Exception {
        ScenarioReport r = run("{'deploy': {'account': 'book.test.near', 'wasm': '" + BOOK_WASM + "', 'init': {'method': 'new'}},"
                + " 'expect': {'error_contains': 'already initialized'}},"
                + "{'deploy': {'account': 'fresh.test.near', 'wasm': '" + BOOK_WASM + "'}},"
                + "{'view': {'account': 'fresh.test.near', 'method': 'get_messages'},"
                + " 'expect': {'error_contains': 'the guest book is not initialized'}},"
                + "{'view': {'account': 'ghost.test.near', 'method': 'get_messages'}, 'expect': {'error_contains': 'does not exist'}}");
        assertThat(failures(r)).isEmpty();
        assertThat(r.steps()).hasSize(5);
    }

    @Test
    void fast_forward_and_deeper_sub_accounts_run() throws Exception {
        String json = ("{'accounts': [{'id': 'dao.test.near', 'balance': '20 NEAR'}, {'id': 'v1.dao.test.near'}],"
                + " 'steps': [{'fast_forward': {'blocks': 5000}},"
                + " {'view_account': {'account': 'v1.dao.test.near'}, 'expect': {'balance_at_least': '10 NEAR'}}]}")
                .replace('\'', '"');
        Path file = dir.resolve("deep.json");
        Files.writeString(file, json);
        ScenarioReport r = ScenarioRunner.run(Scenario.parse(file));
        assertThat(failures(r)).isEmpty();
        assertThat(r.name()).isEqualTo("deep");
    }

    @Test
    void an_account_that_cannot_be_funded_fails_the_setup_at_its_path() throws Exception {
        String json = ("{'accounts': [{'id': 'dao.test.near', 'balance': '1 NEAR'}, {'id': 'v1.dao.test.near', 'balance': '5 NEAR'}],"
                + " 'steps': [{'fast_forward': {'blocks': 1}}]}").replace('\'', '"');
        Path file = dir.resolve("poor.json");
        Files.writeString(file, json);
        ScenarioReport r = ScenarioRunner.run(Scenario.parse(file));
        assertThat(failures(r)).singleElement().asString()
                .startsWith("$.accounts[1]: could not create 'v1.dao.test.near' with 5 NEAR: ");
        assertThat(r.steps()).extracting(ScenarioReport.StepReport::outcome).containsExactly(ScenarioReport.Outcome.SKIPPED);
    }

    @Test
    void the_report_as_json() throws Exception {
        ScenarioReport r = run(add("alice.test.near", "hi", "0", "{'logs_contain': ['bye']}"));
        JsonNode j = r.toJson();
        assertThat(j.get("name").asText()).isEqualTo("test");
        assertThat(j.get("status").asText()).isEqualTo("failed");
        assertThat(j.get("failures").get(0).get("path").asText()).isEqualTo("$.steps[1].expect.logs_contain[0]");
        assertThat(j.get("steps").get(1).get("kind").asText()).isEqualTo("call");
        assertThat(j.get("steps").get(1).get("status").asText()).isEqualTo("failed");
        assertThat(j.get("steps").get(1).get("gas_burnt").asLong()).isPositive();
        assertThat(j.get("steps").get(0).get("failures")).isEmpty();
    }
}
