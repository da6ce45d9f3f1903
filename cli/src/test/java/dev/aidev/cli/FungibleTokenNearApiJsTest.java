package dev.aidev.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aidev.chain.Chain;
import dev.aidev.chain.ChainConfig;
import dev.aidev.chain.rpc.RpcServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java fungible token (examples/fungible-token), compiled by {@code aidev build}, works through
 * near-api-js 7.3.1 unchanged, as a dApp uses near-sdk-rs's FT example: accounts are created, the
 * wasm deployed and initialized with {@code new_default_meta}, NEP-148/141/145 views read,
 * {@code storage_deposit} and {@code ft_transfer} called (the latter's NEP-141 event read from the
 * transaction outcome), and a transfer without the 1 yoctoNEAR fails with near-sdk-rs's message.
 * near-api-js's {@code Contract} is given the ABI aidev wrote, so it also validates the arguments
 * against it. The node script is chain/src/test/js/ft-flow.mjs, beside chain's own near-api-js
 * flow so that it uses the packages {@code npm ci --prefix chain/src/test/js} installs there.
 */
class FungibleTokenNearApiJsTest {
    private static final Path JS = Path.of("..", "chain", "src", "test", "js");
    private static final Path EXAMPLE = Path.of("..", "examples", "fungible-token");
    private static final String SUPPLY = "1000000000000000000000000000"; // 1,000 tokens of 24 decimals
    private static final String SENT = "250000000000000000000000000";
    private static final String LEFT = "750000000000000000000000000";
    /** One balance entry (1 + 4 + 64 bytes key, 16 bytes value, 40 per record) at 10^19 yoctoNEAR a byte. */
    private static final String STORAGE_MIN = "1250000000000000000000";

    @Test
    void near_api_js_deploys_inits_views_registers_and_transfers_the_compiled_fungible_token(@TempDir Path tmp)
            throws Exception {
        assertThat(JS.resolve("node_modules").resolve("near-api-js"))
                .as("near-api-js is not installed: run `npm ci --prefix chain/src/test/js` first")
                .isDirectory();
        Path wasm = build(tmp.resolve("fungible-token"));
        Path abi = wasm.resolveSibling("fungible-token.abi.json");

        try (Chain chain = Chain.open(ChainConfig.inMemory());
                RpcServer rpc = RpcServer.start(chain, "127.0.0.1", 0)) {
            Path credentials = tmp.resolve(".near-credentials").resolve("localnet");
            Files.createDirectories(credentials);
            Path keyFile = credentials.resolve(chain.config().rootAccount() + ".json");
            Chain.writeKeyFile(keyFile, chain.config().rootAccount(), chain.rootKey());

            JsonNode s = runFlow(rpc.url(), keyFile, wasm, abi);
            String root = chain.config().rootAccount();
            String alice = "alice." + root;
            String bob = "bob." + root;
            assertThat(s.path("tokenId").asText()).as(s.toString()).isEqualTo("token." + root);
            assertThat(s.path("aliceId").asText()).isEqualTo(alice);
            assertThat(s.path("bobId").asText()).isEqualTo(bob);
            assertThat(s.path("deployStatus").has("SuccessValue")).as(s.toString()).isTrue();

            // NEP-148: near-sdk-rs's default metadata (with our icon).
            JsonNode metadata = s.path("metadata");
            assertThat(metadata.path("spec").asText()).isEqualTo("ft-1.0.0");
            assertThat(metadata.path("name").asText()).isEqualTo("Example NEAR fungible token");
            assertThat(metadata.path("symbol").asText()).isEqualTo("EXAMPLE");
            assertThat(metadata.path("decimals").asInt()).isEqualTo(24);
            assertThat(metadata.path("icon").asText()).startsWith("data:image/svg+xml,");
            assertThat(metadata.path("reference").isNull()).isTrue();
            assertThat(metadata.path("reference_hash").isNull()).isTrue();

            // NEP-141 after new_default_meta: all of the supply is alice's.
            assertThat(s.path("totalSupply").asText()).isEqualTo(SUPPLY);
            assertThat(s.path("aliceInitial").asText()).isEqualTo(SUPPLY);
            assertThat(s.path("bobInitial").asText()).isEqualTo("0");

            // NEP-145: bob registers for exactly the minimum.
            assertThat(s.path("storageBounds").toString())
                    .isEqualTo("{\"min\":\"" + STORAGE_MIN + "\",\"max\":\"" + STORAGE_MIN + "\"}");
            assertThat(s.path("bobStorageBefore").isNull()).isTrue();
            String registered = "{\"total\":\"" + STORAGE_MIN + "\",\"available\":\"0\"}";
            assertThat(s.path("bobDeposit").toString()).isEqualTo(registered);
            assertThat(s.path("bobStorageAfter").toString()).isEqualTo(registered);

            // ft_transfer with 1 yoctoNEAR, and its event, exactly as near-contract-standards logs it.
            assertThat(s.path("transferStatus").path("SuccessValue").asText()).isEmpty();
            String event = "{\"standard\":\"nep141\",\"version\":\"1.0.0\",\"event\":\"ft_transfer\",\"data\":[{"
                    + "\"old_owner_id\":\"" + alice + "\",\"new_owner_id\":\"" + bob + "\","
                    + "\"amount\":\"" + SENT + "\",\"memo\":\"near-api-js\"}]}";
            assertThat(s.path("transferLogs")).hasSize(1);
            assertThat(s.path("transferLogs").get(0).asText()).isEqualTo("EVENT_JSON:" + event);
            assertThat(s.path("transferEvent").toString()).isEqualTo(event);

            // ft_transfer without the deposit: near-sdk-rs's assert_one_yocto panic, as near-api-js reports it.
            assertThat(s.path("noDepositErrorType").asText()).isEqualTo("ContractExecutionError");
            assertThat(s.path("noDepositError").asText())
                    .isEqualTo("Smart contract panicked: Requires attached deposit of exactly 1 yoctoNEAR");

            // The balances: the failed transfer moved nothing; the supply is unchanged.
            assertThat(s.path("aliceFinal").asText()).isEqualTo(LEFT);
            assertThat(s.path("bobFinal").asText()).isEqualTo(SENT);
            assertThat(s.path("totalSupplyFinal").asText()).isEqualTo(SUPPLY);
        }
    }

    /** Builds a copy of the example (without its build outputs) with {@code aidev build}; the wasm. */
    private static Path build(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            for (Path f : files.toList()) {
                Path rel = EXAMPLE.relativize(f);
                String first = rel.getNameCount() > 0 ? rel.getName(0).toString() : "";
                if (first.equals("build") || first.equals("target")) {
                    continue;
                }
                Path target = dir.resolve(rel.toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), "build", dir.toString());
        assertThat(code).as("aidev build %s%n%s%s", dir, out, err).isZero();
        Path wasm = dir.resolve("build").resolve("fungible-token.wasm");
        assertThat(wasm).isRegularFile();
        return wasm;
    }

    private static JsonNode runFlow(String url, Path keyFile, Path wasm, Path abi) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("node", "ft-flow.mjs", url, keyFile.toAbsolutePath().toString(),
                wasm.toAbsolutePath().toString(), abi.toAbsolutePath().toString())
                .directory(JS.toFile())
                .start();
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("The near-api-js fungible-token flow did not finish in 120 s.");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("node ft-flow.mjs failed:%n%s%n%s", out, err).isZero();
        return new ObjectMapper().readTree(out.substring(out.lastIndexOf('\n') + 1));
    }
}
