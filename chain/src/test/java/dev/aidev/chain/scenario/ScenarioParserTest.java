package dev.aidev.chain.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of mistake in a scenario file is reported with its JSON path, before anything runs. */
class ScenarioParserTest {
    static final String BOOK_WASM = Path.of("..", "examples", "guest_book.wasm").toAbsolutePath().normalize().toString();
    static final String ALICE = "{'id': 'alice.test.near', 'balance': '10 NEAR'}";
    static final String DEPLOY = "{'deploy': {'account': 'book.test.near', 'wasm': '" + BOOK_WASM + "'}}";

    @TempDir
    Path dir;

    Path write(String json) throws IOException {
        Path file = dir.resolve("s.json");
        Files.writeString(file, json.replace('\'', '"'));
        return file;
    }

    /** The errors as "path: message" (without the file). */
    List<String> errors(String json) throws IOException {
        Path file = write(json);
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> Scenario.parse(file));
        assertThat(e).as("expected errors").isNotNull();
        assertThat(e.errors()).allMatch(err -> err.file().equals(file));
        return e.errors().stream().map(err -> err.path() + ": " + err.message()).toList();
    }

    /** A scenario with alice, then these steps. */
    List<String> stepErrors(String steps) throws IOException {
        return errors("{'name': 'n', 'accounts': [" + ALICE + "], 'steps': [" + DEPLOY + ", " + steps + "]}");
    }

    @Test
    void a_valid_scenario_parses_with_defaults() throws Exception {
        Scenario s = Scenario.parse(write("{'accounts': [{'id': 'bob.test.near'}], 'steps': [" + DEPLOY + ","
                + " {'call': {'signer': 'bob.test.near', 'receiver': 'book.test.near', 'method': 'm'}}]}"));
        assertThat(s.name()).isEqualTo("s");
        assertThat(s.accounts()).singleElement().satisfies(a -> assertThat(a.balance()).isEqualTo(Amounts.yocto("10 NEAR")));
        Step.Call c = (Step.Call) s.steps().get(1);
        assertThat(c.path()).isEqualTo("$.steps[1]");
        assertThat(c.gas()).isEqualTo(30_000_000_000_000L);
        assertThat(c.deposit()).isZero();
        assertThat(c.args().toString()).isEqualTo("{}");
        assertThat(c.expect().expectedStatus()).isEqualTo(Expect.Status.SUCCESS);
        Step.Deploy d = (Step.Deploy) s.steps().get(0);
        assertThat(d.balance()).isEqualTo(Amounts.yocto("10 NEAR"));
        assertThat(d.wasm()).startsWith(0, 'a', 's', 'm');
    }

    @Test
    void invalid_json_is_reported_with_line_and_column() throws IOException {
        Path file = write("{'steps': [\n  {'call': }\n]}");
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> Scenario.parse(file));
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.line()).isEqualTo(2);
            assertThat(err.column()).isPositive();
            assertThat(err.toString()).startsWith(file + ":2:").contains("invalid JSON");
        });
    }

    @Test
    void missing_files_empty_files_duplicate_keys_and_non_objects() throws IOException {
        assertThatThrownBy(() -> Scenario.parse(dir.resolve("nope.json"))).isInstanceOf(ScenarioException.class)
                .hasMessageEndingWith("nope.json: no such file.");
        assertThat(errors("")).containsExactly("null: the file is empty; a scenario is a JSON object.");
        assertThat(errors("[]")).containsExactly("$: a scenario is a JSON object with \"name\", \"accounts\" and \"steps\".");
        assertThat(errors("{'steps': [], 'steps': []}")).singleElement().asString().contains("Duplicate field 'steps'");
    }

    @Test
    void top_level_keys_are_checked() throws IOException {
        assertThat(errors("{'name': 'x', 'step': [" + DEPLOY + "]}"))
                .containsExactly("$.step: unknown key \"step\"; did you mean \"steps\"?", "$: missing \"steps\".");
        assertThat(errors("{'name': 1, 'steps': []}"))
                .containsExactly("$.name: expected a string.", "$.steps: a scenario needs at least one step.");
        assertThat(errors("{'zzz': 1, 'steps': {}}")).containsExactly(
                "$.zzz: unknown key \"zzz\"; expected \"steps\", \"name\", \"description\" or \"accounts\".",
                "$.steps: expected an array of steps.");
    }

    @Test
    void accounts_must_be_valid_new_sub_accounts_of_test_near() throws IOException {
        String steps = "], 'steps': [{'fast_forward': {'blocks': 1}}]}";
        assertThat(errors("{'accounts': [{'id': 'alice.near'}" + steps)).containsExactly(
                "$.accounts[0].id: 'alice.near' is not a sub-account of test.near; scenario accounts are created under it"
                        + " (e.g. 'alice.test.near').");
        assertThat(errors("{'accounts': [{'id': 'Alice.test.near'}" + steps)).singleElement().asString()
                .startsWith("$.accounts[0].id: 'Alice.test.near' is not a valid NEAR account id");
        assertThat(errors("{'accounts': [" + ALICE + ", " + ALICE + steps))
                .containsExactly("$.accounts[1].id: 'alice.test.near' is listed twice.");
        assertThat(errors("{'accounts': [{'id': 'v1.dao.test.near'}, {'id': 'dao.test.near'}" + steps)).containsExactly(
                "$.accounts[0].id: 'v1.dao.test.near' can only be created by 'dao.test.near', which the scenario has not"
                        + " created before it.");
        assertThat(errors("{'accounts': [{'id': 'test.near'}" + steps)).singleElement().asString()
                .startsWith("$.accounts[0].id: 'test.near' is the root account");
        assertThat(errors("{'accounts': [{'id': 'a.test.near', 'balance': '1 NEEAR', 'ballance': 1}" + steps))
                .containsExactly("$.accounts[0].ballance: unknown key \"ballance\"; did you mean \"balance\"?",
                        "$.accounts[0].balance: '1 NEEAR' is not an amount of NEAR (e.g. \"5 NEAR\", \"0.1 NEAR\","
                                + " \"1 yocto\" or an integer of yoctoNEAR).");
        assertThat(errors("{'accounts': {}, 'steps': [{'fast_forward': {'blocks': 1}}]}"))
                .containsExactly("$.accounts: expected an array of {\"id\", \"balance\"} objects.");
    }

    @Test
    void a_step_has_exactly_one_known_action() throws IOException {
        assertThat(stepErrors("{}")).containsExactly(
                "$.steps[1]: a step needs one action: deploy, call, view, fast_forward, transfer, view_account.");
        assertThat(stepErrors("{'call': {}, 'view': {}}"))
                .containsExactly("$.steps[1]: a step has one action, but this one has call and view; split it into steps.");
        assertThat(stepErrors("{'fast_forward': {'blocks': 1}, 'expct': {}}"))
                .containsExactly("$.steps[1].expct: unknown key \"expct\"; did you mean \"expect\"?");
        assertThat(stepErrors("{'fastforward': {'blocks': 1}}")).containsExactly(
                "$.steps[1].fastforward: unknown key \"fastforward\"; did you mean \"fast_forward\"?",
                "$.steps[1]: a step needs one action: deploy, call, view, fast_forward, transfer, view_account.");
        assertThat(stepErrors("3")).containsExactly(
                "$.steps[1]: expected a step object such as {\"call\": {...}, \"expect\": {...}}.");
    }

    @Test
    void call_fields_are_checked() throws IOException {
        assertThat(stepErrors("{'call': {'signer': 'alice.test.near', 'receiver': 'book.test.near', 'method': 'm',"
                + " 'deposit': '0.1 NEEAR', 'gas': '30 Tgass'}}")).containsExactly(
                "$.steps[1].call.deposit: '0.1 NEEAR' is not an amount of NEAR (e.g. \"5 NEAR\", \"0.1 NEAR\", \"1 yocto\""
                        + " or an integer of yoctoNEAR).",
                "$.steps[1].call.gas: '30 Tgass' is not an amount of gas (e.g. \"30 Tgas\", \"5 Ggas\" or an integer).");
        assertThat(stepErrors("{'call': {'signer': 'alise.test.near', 'receiver': 'book.test.near'}}")).containsExactly(
                "$.steps[1].call: missing \"method\".",
                "$.steps[1].call.signer: the scenario holds no key for 'alise.test.near' (did you mean 'alice.test.near'?);"
                        + " list it in \"accounts\" or deploy to it in an earlier step.");
        assertThat(stepErrors("{'call': {'signer': 'alice.test.near', 'receiver': 'book.test.near', 'method': 'm',"
                + " 'deposit': 0.5}}")).containsExactly("$.steps[1].call.deposit: expected an amount as a string"
                + " (e.g. \"5 NEAR\", \"0.1 NEAR\", \"1 yocto\" or an integer of yoctoNEAR).");
        assertThat(stepErrors("{'call': {'signer': 'alice.test.near', 'receiver': 'book.test.near', 'method': 'm',"
                + " 'deposit': '0.5'}}")).singleElement().asString()
                .isEqualTo("$.steps[1].call.deposit: '0.5' is not a whole number of yoctoNEAR; write a fraction of NEAR as \"0.5 NEAR\".");
        assertThat(stepErrors("{'call': 'x'}")).containsExactly("$.steps[1].call: expected an object.");
    }

    @Test
    void deploy_fields_are_checked() throws IOException {
        Files.writeString(dir.resolve("not.wasm"), "(module)");
        assertThat(stepErrors("{'deploy': {'account': 'x.test.near', 'wasm': 'missing.wasm'}}")).singleElement().asString()
                .startsWith("$.steps[1].deploy.wasm: no such file: 'missing.wasm' (resolved to " + dir.resolve("missing.wasm"));
        assertThat(stepErrors("{'deploy': {'account': 'x.test.near', 'wasm': 'not.wasm'}}")).containsExactly(
                "$.steps[1].deploy.wasm: 'not.wasm' is not a WebAssembly binary (it does not start with \\0asm).");
        assertThat(stepErrors("{'deploy': {'account': 'alice.test.near', 'wasm': '" + BOOK_WASM + "', 'balance': '1 NEAR'}}"))
                .containsExactly("$.steps[1].deploy.balance: 'alice.test.near' exists already; \"balance\" applies only"
                        + " when deploy creates the account.");
        assertThat(stepErrors("{'deploy': {'account': 'x.near', 'wasm': '" + BOOK_WASM + "'}}")).singleElement().asString()
                .startsWith("$.steps[1].deploy.account: 'x.near' is not a sub-account of test.near");
        assertThat(stepErrors("{'deploy': {'account': 'x.test.near', 'wasm': '" + BOOK_WASM + "'},"
                + " 'expect': {'return': 1}}")).containsExactly(
                "$.steps[1].expect: a deploy without \"init\" returns nothing; \"return\" and \"return_contains\" need an init call.");
        assertThat(stepErrors("{'deploy': {'account': 'x.test.near', 'wasm': '" + BOOK_WASM + "',"
                + " 'init': {'methd': 'new', 'gas': 'lots'}}}")).containsExactly(
                "$.steps[1].deploy.init.methd: unknown key \"methd\"; did you mean \"method\"?",
                "$.steps[1].deploy.init: missing \"method\".",
                "$.steps[1].deploy.init.gas: 'lots' is not an amount of gas (e.g. \"30 Tgas\", \"5 Ggas\" or an integer).");
    }

    @Test
    void a_deploy_makes_its_account_a_signer_for_later_steps() throws Exception {
        Scenario s = Scenario.parse(write("{'steps': [{'deploy': {'account': 'x.test.near', 'wasm': '" + BOOK_WASM + "'}},"
                + " {'transfer': {'signer': 'x.test.near', 'receiver': 'test.near', 'amount': '1 NEAR'}}]}"));
        assertThat(s.steps()).hasSize(2);
        assertThat(errors("{'steps': [{'transfer': {'signer': 'x.test.near', 'receiver': 'test.near', 'amount': '1 NEAR'}},"
                + " {'deploy': {'account': 'x.test.near', 'wasm': '" + BOOK_WASM + "'}}]}")).singleElement().asString()
                .startsWith("$.steps[0].transfer.signer: the scenario holds no key for 'x.test.near'");
    }

    @Test
    void other_actions_are_checked() throws IOException {
        assertThat(stepErrors("{'fast_forward': {'blocks': 0}}"))
                .containsExactly("$.steps[1].fast_forward.blocks: expected a positive integer number of blocks, not 0.");
        assertThat(stepErrors("{'fast_forward': {'blocks': 1}, 'expect': {'status': 'success'}}"))
                .containsExactly("$.steps[1].expect: a fast_forward step has nothing to expect; remove \"expect\".");
        assertThat(stepErrors("{'transfer': {'signer': 'alice.test.near', 'receiver': 'b..near', 'amount': -1}}")).containsExactly(
                "$.steps[1].transfer.receiver: 'b..near' is not a valid NEAR account id (2 to 64 of a-z, 0-9, '-', '_', '.').",
                "$.steps[1].transfer.amount: expected an amount as a string (e.g. \"5 NEAR\", \"0.1 NEAR\", \"1 yocto\" or an"
                        + " integer of yoctoNEAR).");
        assertThat(stepErrors("{'view': {'account': 'book.test.near', 'method': ''}}"))
                .containsExactly("$.steps[1].view.method: the method name is empty.");
        assertThat(stepErrors("{'view_account': {'acount': 'book.test.near'}}")).containsExactly(
                "$.steps[1].view_account.acount: unknown key \"acount\"; did you mean \"account\"?",
                "$.steps[1].view_account: missing \"account\".");
    }

    @Test
    void expectations_are_checked() throws IOException {
        String call = "{'call': {'signer': 'alice.test.near', 'receiver': 'book.test.near', 'method': 'm'}, 'expect': %s}";
        assertThat(stepErrors(String.format(call, "{'logs_contains': ['x']}")))
                .containsExactly("$.steps[1].expect.logs_contains: unknown key \"logs_contains\"; did you mean \"logs_contain\"?");
        assertThat(stepErrors(String.format(call, "{'balance_at_least': '1 NEAR'}"))).containsExactly(
                "$.steps[1].expect.balance_at_least: \"balance_at_least\" does not apply to a call step (it takes \"status\","
                        + " \"logs_contain\", \"return\", \"return_contains\", \"error_contains\", \"events\", \"balance_change\""
                        + " or \"gas_burnt_at_most\").");
        assertThat(stepErrors(String.format(call, "{'status': 'ok'}")))
                .containsExactly("$.steps[1].expect.status: expected \"success\" or \"failure\", not \"ok\".");
        assertThat(stepErrors(String.format(call, "{'status': 'success', 'error_contains': 'x'}"))).containsExactly(
                "$.steps[1].expect.error_contains: \"error_contains\" expects a failure, but \"status\" is \"success\".");
        assertThat(stepErrors(String.format(call, "{'error_contains': 'x', 'return': null}"))).containsExactly(
                "$.steps[1].expect.return: a step expected to fail returns nothing; \"return\" and \"return_contains\" need success.");
        assertThat(stepErrors(String.format(call, "{'logs_contain': 'hi', 'events': ['nep171']}"))).containsExactly(
                "$.steps[1].expect.logs_contain: expected an array of strings.",
                "$.steps[1].expect.events[0]: expected an event object such as {\"standard\": \"nep141\", \"event\": \"ft_transfer\"}.");
        assertThat(stepErrors(String.format(call, "{'gas_burnt_at_most': '5 Pgas'}"))).containsExactly(
                "$.steps[1].expect.gas_burnt_at_most: '5 Pgas' is not an amount of gas (e.g. \"30 Tgas\", \"5 Ggas\" or an integer).");
        assertThat(stepErrors("{'view_account': {'account': 'book.test.near'}, 'expect': {'exists': false, 'balance_at_least': '1'}}"))
                .containsExactly("$.steps[1].expect.exists: an account expected not to exist has no balance to check.");
        assertThat(stepErrors("{'view_account': {'account': 'book.test.near'}, 'expect': {'exists': 'no'}}"))
                .containsExactly("$.steps[1].expect.exists: expected true or false.");
    }

    @Test
    void balance_changes_are_checked_with_bracketed_paths() throws IOException {
        String transfer = "{'transfer': {'signer': 'alice.test.near', 'receiver': 'book.test.near', 'amount': '1'},"
                + " 'expect': {'balance_change': %s}}";
        assertThat(stepErrors(String.format(transfer, "{'alice.test.near': '-1 NAER'}"))).singleElement().asString()
                .startsWith("$.steps[1].expect.balance_change[\"alice.test.near\"]: '-1 NAER' is not a balance change");
        assertThat(stepErrors(String.format(transfer, "{'Alice.near': '1'}"))).containsExactly(
                "$.steps[1].expect.balance_change[\"Alice.near\"]: 'Alice.near' is not a valid NEAR account id.");
        assertThat(stepErrors(String.format(transfer, "{'alice.test.near': '~-1 NEAR ± 1 NEAR'}"))).containsExactly(
                "$.steps[1].expect.balance_change[\"alice.test.near\"]: '~-1 NEAR ± 1 NEAR' has both '~' and a tolerance;"
                        + " use one of them.");
        assertThat(stepErrors(String.format(transfer, "['x']"))).singleElement().asString()
                .startsWith("$.steps[1].expect.balance_change: expected an object of account id -> change");
    }

    @Test
    void balance_change_forms() throws Exception {
        Scenario s = Scenario.parse(write("{'accounts': [" + ALICE + "], 'steps': [{'transfer': {'signer': 'alice.test.near',"
                + " 'receiver': 'test.near', 'amount': '1 NEAR'}, 'expect': {'balance_change': {'alice.test.near': '~-1 NEAR',"
                + " 'test.near': '+1 NEAR ± 0.5 NEAR', 'b.test.near': 0, 'c.test.near': '-5 yocto +- 2'}}}]}"));
        var changes = s.steps().get(0).expect().balanceChange();
        BigInteger near = Amounts.yocto("1 NEAR");
        assertThat(changes.get("alice.test.near")).isEqualTo(new Expect.BalanceChange(near.negate(), Amounts.yocto("0.01 NEAR"), "~-1 NEAR"));
        assertThat(changes.get("test.near")).isEqualTo(new Expect.BalanceChange(near, Amounts.yocto("0.5 NEAR"), "+1 NEAR ± 0.5 NEAR"));
        assertThat(changes.get("b.test.near")).isEqualTo(new Expect.BalanceChange(BigInteger.ZERO, BigInteger.ZERO, "0"));
        Expect.BalanceChange c = changes.get("c.test.near");
        assertThat(c.matches(BigInteger.valueOf(-7))).isTrue();
        assertThat(c.matches(BigInteger.valueOf(-3))).isTrue();
        assertThat(c.matches(BigInteger.valueOf(-8))).isFalse();
        assertThat(c.matches(BigInteger.valueOf(-2))).isFalse();
    }

    @Test
    void every_mistake_in_a_file_is_reported_at_once() throws IOException {
        List<String> errs = errors("{'accounts': [{'id': 'x.near'}], 'steps': ["
                + "{'call': {'signer': 'nobody.test.near', 'receiver': 'a.test.near', 'method': 'm', 'deposit': 'lots'}},"
                + "{'view': {'account': 'a.test.near', 'method': 'm'}, 'expect': {'retrun': 1}},"
                + "{'fast_forward': {'blocks': -5}}]}");
        assertThat(errs).extracting(e -> e.substring(0, e.indexOf(':'))).containsExactly("$.accounts[0].id",
                "$.steps[0].call.signer", "$.steps[0].call.deposit", "$.steps[1].expect.retrun", "$.steps[2].fast_forward.blocks");
    }
}
