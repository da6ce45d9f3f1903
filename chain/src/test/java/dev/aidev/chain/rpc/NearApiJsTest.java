package dev.aidev.chain.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aidev.chain.Chain;
import dev.aidev.chain.ChainConfig;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real-client test (issue 3, section 3): near-api-js 7.3.1, unchanged, creates an account,
 * deploys, calls with a deposit, views, transfers, and adds and uses a function-call key against
 * our chain. The node script is src/test/js/near-api-js-flow.mjs; its dependencies come from
 * {@code npm ci --prefix chain/src/test/js}.
 */
class NearApiJsTest {
    private static final Path JS = Path.of("src", "test", "js");
    private static final BigInteger NEAR = BigInteger.TEN.pow(24);

    @Test
    void near_api_js_creates_deploys_calls_views_transfers_and_uses_a_function_call_key(@TempDir Path home)
            throws Exception {
        assertThat(JS.resolve("node_modules").resolve("near-api-js"))
                .as("near-api-js is not installed: run `npm ci --prefix chain/src/test/js` first")
                .isDirectory();
        try (Chain chain = Chain.open(ChainConfig.inMemory());
                RpcServer rpc = RpcServer.start(chain, "127.0.0.1", 0)) {
            Path credentials = home.resolve(".near-credentials").resolve("localnet");
            Files.createDirectories(credentials);
            Path keyFile = credentials.resolve(chain.config().rootAccount() + ".json");
            Chain.writeKeyFile(keyFile, chain.config().rootAccount(), chain.rootKey());

            JsonNode summary = runFlow(rpc.url(), keyFile, Path.of("..", "examples", "status_message.wasm"));

            assertThat(summary.path("createStatus").has("SuccessValue")).as(summary.toString()).isTrue();
            assertThat(summary.path("finalExecutionStatus").asText()).isEqualTo("FINAL");
            assertThat(summary.path("deployStatus").has("SuccessValue")).isTrue();
            assertThat(summary.path("codeHash").asText()).isNotEqualTo(Views.NO_CODE_HASH);
            assertThat(summary.path("setLogs").get(0).asText()).isEqualTo("{\"text\":\"hello from near-api-js\"}");
            assertThat(summary.path("setGasBurnt").asLong()).isPositive();
            assertThat(summary.path("viewStatus").path("text").asText()).isEqualTo("hello from near-api-js");
            assertThat(new BigInteger(summary.path("friendBalance").asText())).isEqualTo(NEAR.multiply(BigInteger.valueOf(3)));
            assertThat(summary.path("keyCallSigner").asText()).isEqualTo(summary.path("fcKeyPublic").asText());
            assertThat(summary.path("fcKeyPermission").path("FunctionCall").path("receiver_id").asText())
                    .isEqualTo("status.test.near");
            assertThat(summary.path("statusAfterKeyCall").path("text").asText()).isEqualTo("via function-call key");
            assertThat(summary.path("wrongMethodError").asText()).isEqualTo("AccessKeyMethodNameMismatchActionError");
            // 20 NEAR plus the 0.1 NEAR deposit, minus nothing: the caller pays for gas.
            assertThat(new BigInteger(summary.path("contractBalance").asText()))
                    .isGreaterThan(NEAR.multiply(BigInteger.valueOf(20)));
            assertThat(summary.path("contractState").asInt()).isEqualTo(1);
            assertThat(summary.path("rootKeys").asInt()).isEqualTo(2);
            assertThat(summary.path("unknownAccountError").asText()).isEqualTo("AccountDoesNotExistError");
            assertThat(summary.path("chainId").asText()).isEqualTo(chain.config().chainId());
            assertThat(summary.path("txStatusHash").asText()).isEqualTo(summary.path("setTxHash").asText());
        }
    }

    private static JsonNode runFlow(String url, Path keyFile, Path wasm) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("node", "near-api-js-flow.mjs", url, keyFile.toAbsolutePath().toString(),
                wasm.toAbsolutePath().toString())
                .directory(JS.toFile())
                .redirectErrorStream(false)
                .start();
        p.getOutputStream().close();
        byte[] err = new byte[0];
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("The near-api-js flow did not finish in 120 s.");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        err = p.getErrorStream().readAllBytes();
        assertThat(p.exitValue())
                .as("node near-api-js-flow.mjs failed:%n%s%n%s", out, new String(err, StandardCharsets.UTF_8))
                .isZero();
        String last = out.substring(out.lastIndexOf('\n') + 1);
        return new ObjectMapper().readTree(last);
    }
}
