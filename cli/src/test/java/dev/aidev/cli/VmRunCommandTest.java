package dev.aidev.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VmRunCommandTest {
    private static final String WASM = Path.of("..", "examples", "status_message.wasm").toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void a_call_prints_the_outcome_and_writes_the_state_back() throws Exception {
        Path state = dir.resolve("state.json");
        Run set = run("vm", "run", "--wasm", WASM, "--method", "set_status", "--args", "{\"text\":\"hi\"}",
                "--state", state.toString());
        assertThat(set.code()).isZero();
        JsonNode o = set.json();
        assertThat(o.get("status").asText()).isEqualTo("success");
        assertThat(o.get("logs").get(0).asText()).isEqualTo("{\"text\":\"hi\"}");
        assertThat(o.get("burnt_gas").asLong()).isPositive().isEqualTo(o.get("used_gas").asLong());
        assertThat(o.get("profile").get("STORAGE_WRITE_BASE").asLong()).isEqualTo(64_196_736_000L);
        assertThat(o.get("error").isNull()).isTrue();
        // "status" -> {"text":"hi"}, base64 encoded
        assertThat(JSON.readTree(state.toFile()).get("c3RhdHVz").asText()).isEqualTo("eyJ0ZXh0IjoiaGkifQ==");

        Run get = run("vm", "run", "--wasm", WASM, "--method", "get_status", "--view", "--state", state.toString(),
                "--engine", "interpreter");
        assertThat(get.code()).isZero();
        assertThat(get.json().get("return").get("text").asText()).isEqualTo("hi");
    }

    @Test
    void a_failed_call_reports_nears_error_and_leaves_the_state_untouched() throws Exception {
        Path state = dir.resolve("state.json");
        Files.writeString(state, "{}");
        Run get = run("vm", "run", "--wasm", WASM, "--method", "get_status", "--state", state.toString());
        assertThat(get.code()).isZero();
        JsonNode o = get.json();
        assertThat(o.get("status").asText()).isEqualTo("failure");
        assertThat(o.get("error").get("kind").asText()).isEqualTo("GuestPanic");
        assertThat(o.get("error").get("message").asText()).isEqualTo("Smart contract panicked: no status set");
        assertThat(Files.readString(state)).isEqualTo("{}");
    }

    @Test
    void a_view_call_may_not_write_state() throws Exception {
        Run r = run("vm", "run", "--wasm", WASM, "--method", "set_status", "--args", "{}", "--view");
        JsonNode o = r.json();
        assertThat(o.get("error").get("kind").asText()).isEqualTo("ProhibitedInView");
        assertThat(o.get("error").get("message").asText()).isEqualTo("storage_write is not allowed in view calls");
    }

    @Test
    void gas_and_context_are_applied() throws Exception {
        Run r = run("vm", "run", "--wasm", WASM, "--method", "set_status", "--args", "{}", "--gas", "1Tgas",
                "--context", "{\"current_account_id\":\"book.near\",\"attached_deposit\":\"5\",\"block_height\":7}");
        JsonNode o = r.json();
        assertThat(o.get("status").asText()).isEqualTo("success");
        assertThat(o.get("balance").asText()).isEqualTo("100000000000000000000000005");

        Run tiny = run("vm", "run", "--wasm", WASM, "--method", "set_status", "--args", "{}", "--gas", "1000000");
        assertThat(tiny.json().get("error").get("kind").asText()).isEqualTo("GasExceeded");
        assertThat(tiny.json().get("burnt_gas").asLong()).isEqualTo(1_000_000L);
    }

    @Test
    void bad_input_gets_a_one_line_error_and_exit_code_65() throws Exception {
        Run missing = run("vm", "run", "--wasm", dir.resolve("nope.wasm").toString(), "--method", "m");
        assertThat(missing.code()).isEqualTo(65);
        assertThat(missing.err()).contains("--wasm: no such file").doesNotContain("Exception");

        Run args = run("vm", "run", "--wasm", WASM, "--method", "m", "--args", "{oops");
        assertThat(args.code()).isEqualTo(65);
        assertThat(args.err()).startsWith("aidev: --args is not valid JSON");

        Run ctx = run("vm", "run", "--wasm", WASM, "--method", "m", "--context", "{\"attached_deposit\":\"-1\"}");
        assertThat(ctx.code()).isEqualTo(65);
        assertThat(ctx.err()).contains("--context.attached_deposit: '-1' is not a yoctoNEAR amount");

        Run account = run("vm", "run", "--wasm", WASM, "--method", "m", "--context", "{\"signer_account_id\":\"Bad!\"}");
        assertThat(account.err()).contains("--context.signer_account_id: 'Bad!' is not a valid NEAR account id");

        Run gas = run("vm", "run", "--wasm", WASM, "--method", "m", "--gas", "lots");
        assertThat(gas.code()).isEqualTo(65);
        assertThat(gas.err()).contains("--gas: 'lots' is not an amount of gas");

        Path state = dir.resolve("bad.json");
        Files.writeString(state, "{\"YQ==\": 1}");
        Run st = run("vm", "run", "--wasm", WASM, "--method", "get_status", "--state", state.toString());
        assertThat(st.code()).isEqualTo(65);
        assertThat(st.err()).contains("$[\"YQ==\"]: the value must be a base64 string");
    }

    @Test
    void usage_errors_exit_with_2_and_every_command_has_help_with_an_example() {
        assertThat(run("vm", "run", "--wasm", WASM).code()).isEqualTo(2);
        assertThat(run("vm", "run", "--wasm", WASM, "--method", "m", "--engine", "jit").code()).isEqualTo(2);
        for (String[] cmd : new String[][] {{"--help"}, {"vm", "--help"}, {"vm", "run", "--help"},
                {"bench", "--help"}, {"bench", "vm", "--help"}}) {
            Run help = run(cmd);
            assertThat(help.code()).isZero();
            assertThat(help.out()).contains("Example");
        }
        assertThat(run("--help").out()).contains("vm ").contains("bench ");
    }

    @Test
    void gas_amounts_accept_tgas_units_and_integers() {
        assertThat(Amounts.gas("300 Tgas", "x")).isEqualTo(300_000_000_000_000L);
        assertThat(Amounts.gas("30Tgas", "x")).isEqualTo(30_000_000_000_000L);
        assertThat(Amounts.gas("2.5 Tgas", "x")).isEqualTo(2_500_000_000_000L);
        assertThat(Amounts.gas("5 Ggas", "x")).isEqualTo(5_000_000_000L);
        assertThat(Amounts.gas("12345", "x")).isEqualTo(12345L);
        assertThat(Amounts.gas("18446744073709551615", "x")).isEqualTo(-1L);
    }
}
