package dev.aidev.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aidev.chain.Chain;
import dev.aidev.chain.ChainConfig;
import dev.aidev.chain.rpc.RpcServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path WASM = Path.of("..", "examples", "status_message.wasm");

    @TempDir
    Path home;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void deploy_signs_with_the_key_file_and_runs_the_init_method() throws Exception {
        try (Chain chain = Chain.open(ChainConfig.inMemory().withHome(home, true));
                RpcServer server = RpcServer.start(chain, "127.0.0.1", 0)) {
            Path key = home.resolve("validator_key.json");
            assertThat(key).exists();
            Run r = run("deploy", WASM.toString(), "--account", "test.near", "--network", server.url(),
                    "--key-file", key.toString(), "--init", "set_status", "--args", "{\"text\":\"deployed\"}");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("Deploying").contains("then calling set_status").contains("Transaction ")
                    .contains("Deployed and initialized.");
            byte[] wasm = Files.readAllBytes(WASM);
            assertThat(chain.code("test.near")).hasValueSatisfying(c -> assertThat(c).isEqualTo(wasm));
            String status = new String(((dev.aidev.vm.ReturnData.Value) chain.callView("test.near", "get_status",
                    new byte[0]).returnData()).bytes(), StandardCharsets.UTF_8);
            assertThat(status).isEqualTo("{\"text\":\"deployed\"}");
        }
    }

    @Test
    void deploy_reports_bad_input_clearly() throws Exception {
        Run noKey = run("deploy", WASM.toString(), "--account", "test.near", "--key-file", home.resolve("none.json").toString());
        assertThat(noKey.code()).isEqualTo(65);
        assertThat(noKey.err()).contains("No key file");
        Run badNet = run("deploy", WASM.toString(), "--account", "test.near", "--network", "moon");
        assertThat(badNet.code()).isEqualTo(2);
        Path notWasm = home.resolve("x.wasm");
        Files.writeString(notWasm, "hello");
        Run bad = run("deploy", notWasm.toString(), "--account", "test.near");
        assertThat(bad.err()).contains("not a WebAssembly module");
        try (Chain chain = Chain.open(ChainConfig.inMemory().withHome(home, true));
                RpcServer server = RpcServer.start(chain, "127.0.0.1", 0)) {
            Run unknown = run("deploy", WASM.toString(), "--account", "nobody.test.near", "--network", server.url(),
                    "--key-file", home.resolve("validator_key.json").toString());
            assertThat(unknown.code()).isEqualTo(1);
            assertThat(unknown.err()).contains("does not exist");
        }
    }

    @Test
    void chain_start_serves_rpc_and_prints_url_root_account_and_key_file() throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "dev.aidev.cli.Main", "chain", "start", "--home",
                home.toString(), "--port", "0");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            String url = null;
            String line;
            while (url == null && (line = out.readLine()) != null) {
                lines.add(line);
                if (line.trim().startsWith("RPC:")) {
                    url = line.trim().substring(4).trim();
                }
            }
            assertThat(url).as(String.join("\n", lines)).startsWith("http://127.0.0.1:");
            for (int i = 0; i < 3; i++) {
                lines.add(out.readLine());
            }
            assertThat(String.join("\n", lines)).contains("root account: test.near")
                    .contains("key file:     " + home.resolve("validator_key.json"));
            HttpResponse<String> resp = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"status\",\"params\":[]}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            JsonNode status = JSON.readTree(resp.body());
            assertThat(status.get("result").get("chain_id").asText()).isEqualTo("localnet");
        } finally {
            p.destroy();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        // The state persisted: a restart finds the same genesis.
        assertThat(home.resolve("chain.db")).exists();
    }

    @Test
    void chain_dump_writes_the_state_of_a_stopped_chain_as_state_records() throws Exception {
        try (Chain chain = Chain.open(ChainConfig.persistent(home))) {
            assertThat(chain.head().height()).isZero();
        }
        Run r = run("chain", "dump", "--home", home.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode records = JSON.readTree(r.out()).get("records");
        assertThat(records.toString()).contains("\"Account\"").contains("test.near").contains("\"AccessKey\"");
        Run missing = run("chain", "dump", "--home", home.resolve("nothing").toString());
        assertThat(missing.code()).isEqualTo(65);
        assertThat(missing.err()).contains("No chain in");
    }
}
