package dev.aidev.chain.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aidev.chain.Chain;
import dev.aidev.chain.ChainConfig;
import dev.aidev.chain.primitives.CryptoHash;
import dev.aidev.chain.primitives.KeyPair;
import dev.aidev.chain.primitives.PublicKey;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second real-client test (issue 3): the JavaScript near-cli 4.0.13, unchanged, run as a
 * process per command against our chain, and judged by what it prints. Its dependencies come from
 * {@code npm ci --prefix chain/src/test/js}.
 *
 * <p>near-cli 4 reaches a custom node through {@code NEAR_ENV=custom} and {@code NEAR_CUSTOM_RPC}
 * (its config.js), and keeps keys in {@code ~/.near-credentials/custom/<account>.json}, so each
 * process gets a temporary HOME holding the root key. near-cli-rs is not tested: its npm package
 * downloads the binary from GitHub at install time, and neither GitHub nor crates.io is reachable
 * from the build machines.
 */
class NearCliTest {
    private static final Path JS = Path.of("src", "test", "js");
    private static final Path NEAR_CLI = JS.resolve("node_modules").resolve(".bin").resolve("near");
    private static final BigInteger NEAR = BigInteger.TEN.pow(24);
    private static final Pattern AMOUNT = Pattern.compile("amount: '(\\d+)'");
    private static final Pattern CODE_HASH = Pattern.compile("code_hash: '(\\w+)'");
    private static final Pattern TX_ID = Pattern.compile("Transaction Id (\\w+)");

    @TempDir
    Path home;

    @Test
    void near_cli_shows_state_creates_deploys_calls_views_sends_and_manages_keys() throws Exception {
        try (Chain chain = Chain.open(ChainConfig.inMemory());
                RpcServer rpc = RpcServer.start(chain, "127.0.0.1", 0)) {
            NearCli near = NearCli.withRootKey(home, chain, rpc);
            String root = chain.config().rootAccount();
            Path wasm = Path.of("..", "examples", "status_message.wasm").toAbsolutePath();

            String rootState = near.ok("state", root);
            assertThat(rootState).contains("Account " + root);
            BigInteger rootBefore = amount(rootState);
            assertThat(rootBefore).isEqualTo(chain.account(root).orElseThrow().amount());

            // A sub-account: near-cli makes its key, funds it from the master account, stores the key.
            String created = near.ok("create-account", "status." + root, "--masterAccount", root, "--initialBalance", "20");
            assertThat(created).contains("Creating account status." + root + " using " + root)
                    .contains("Saving key to '~/.near-credentials/custom/status." + root + ".json'");
            JsonNode statusKey = new ObjectMapper().readTree(near.credentials("status." + root).toFile());
            assertThat(chain.accessKey("status." + root, PublicKey.parse(statusKey.path("public_key").asText())))
                    .as("the key near-cli stored is on the chain").isPresent();
            assertThat(chain.account("status." + root).orElseThrow().amount()).isEqualTo(NEAR.multiply(BigInteger.valueOf(20)));

            // Deploy, signed with the sub-account's stored key.
            assertThat(near.ok("deploy", "status." + root, wasm.toString())).contains("Done deploying to status." + root);
            assertThat(codeHash(near.ok("state", "status." + root)))
                    .isEqualTo(CryptoHash.of(Files.readAllBytes(wasm)).toString());

            // A change call with a deposit: near-cli prints the contract's log and the transaction id.
            String called = near.ok("call", "status." + root, "set_status", "{\"text\":\"hello from near-cli\"}",
                    "--accountId", root, "--deposit", "0.1");
            assertThat(called).contains("with attached 0.1 NEAR")
                    .contains("Log [status." + root + "]: {\"text\":\"hello from near-cli\"}");
            String txHash = match(TX_ID, called);
            String txStatus = near.ok("tx-status", txHash, root);
            assertThat(txStatus).contains("status: { SuccessValue: '' }").contains("hash: '" + txHash + "'");
            assertThat(chain.account("status." + root).orElseThrow().amount())
                    .isGreaterThan(NEAR.multiply(BigInteger.valueOf(20)));

            // A view call and the contract's storage.
            assertThat(near.ok("view", "status." + root, "get_status", "{}")).contains("{ text: 'hello from near-cli' }");
            assertThat(near.ok("storage", "status." + root, "--finality", "final", "--utf8"))
                    .contains("key: 'status', value: '{\"text\":\"hello from near-cli\"}'");

            // A transfer.
            near.ok("create-account", "friend." + root, "--masterAccount", root, "--initialBalance", "1");
            assertThat(near.ok("send", root, "friend." + root, "2")).contains("Sending 2 NEAR to friend." + root + " from " + root);
            assertThat(amount(near.ok("state", "friend." + root))).isEqualTo(NEAR.multiply(BigInteger.valueOf(3)));
            // 20 + 1 + 2 + 0.1 NEAR sent, plus the gas the root account paid.
            assertThat(amount(near.ok("state", root)))
                    .isLessThan(rootBefore.subtract(NEAR.multiply(BigInteger.valueOf(231)).divide(BigInteger.TEN)));

            // Keys: the root key, then a function-call key added and deleted.
            String keys = near.ok("keys", root);
            assertThat(keys).contains("Keys for account " + root)
                    .contains("public_key: '" + chain.rootKey().publicKey() + "'").contains("permission: 'FullAccess'");
            String fcKey = KeyPair.generate(new SecureRandom()).publicKey().toString();
            near.ok("add-key", root, fcKey, "--contractId", "status." + root, "--methodNames", "set_status",
                    "--allowance", "0.5");
            assertThat(near.ok("keys", root)).contains("public_key: '" + fcKey + "'")
                    .contains("receiver_id: 'status." + root + "'").contains("method_names: [ 'set_status' ]");
            near.ok("delete-key", root, fcKey);
            assertThat(near.ok("keys", root)).doesNotContain(fcKey);

            // Deleting an account sends its balance to the beneficiary.
            assertThat(near.ok("delete-account", "friend." + root, root, "--force"))
                    .contains("Account friend." + root + " for network \"custom\" was deleted.");
            assertThat(chain.account("friend." + root)).isEmpty();
        }
    }

    @Test
    void near_cli_reports_unknown_accounts_and_failed_calls() throws Exception {
        try (Chain chain = Chain.open(ChainConfig.inMemory());
                RpcServer rpc = RpcServer.start(chain, "127.0.0.1", 0)) {
            NearCli near = NearCli.withRootKey(home, chain, rpc);
            String root = chain.config().rootAccount();

            assertThat(near.fails("state", "nobody." + root))
                    .contains("account nobody." + root + " doesn't exist").contains("type: 'AccountDoesNotExist'");
            assertThat(near.fails("view", "nobody." + root, "get_status", "{}"))
                    .contains("Account nobody." + root + " was not found in custom.");
            assertThat(near.fails("call", root, "set_status", "{}", "--accountId", root))
                    .contains("Failure [" + root + "]")
                    .contains("\"CodeDoesNotExist\":{\"account_id\":\"" + root + "\"}");
        }
    }

    /** Runs near-cli as a dApp developer would, with its own HOME and the root key in it. */
    private record NearCli(Path home, String url) {
        static NearCli withRootKey(Path home, Chain chain, RpcServer rpc) throws IOException {
            assertThat(NEAR_CLI)
                    .as("near-cli is not installed: run `npm ci --prefix chain/src/test/js` first")
                    .exists();
            NearCli near = new NearCli(home, rpc.url());
            String root = chain.config().rootAccount();
            Files.createDirectories(near.credentials(root).getParent());
            Chain.writeKeyFile(near.credentials(root), root, chain.rootKey());
            return near;
        }

        Path credentials(String accountId) {
            return home.resolve(".near-credentials").resolve("custom").resolve(accountId + ".json");
        }

        /** Runs a command that must succeed and returns its stdout. */
        String ok(String... args) throws IOException, InterruptedException {
            Run r = run(args);
            assertThat(r.exit()).as("near %s failed:%n%s%n%s", String.join(" ", args), r.out(), r.err()).isZero();
            return r.out();
        }

        /** Runs a command that must fail and returns everything it printed. */
        String fails(String... args) throws IOException, InterruptedException {
            Run r = run(args);
            assertThat(r.exit()).as("near %s should have failed:%n%s", String.join(" ", args), r.out()).isNotZero();
            return r.out() + r.err();
        }

        private Run run(String... args) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>();
            command.add(NEAR_CLI.toAbsolutePath().toString());
            command.addAll(List.of(args));
            Path out = Files.createTempFile(home, "near", ".out");
            Path err = Files.createTempFile(home, "near", ".err");
            ProcessBuilder pb = new ProcessBuilder(command).directory(JS.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            Map<String, String> env = pb.environment();
            env.put("HOME", home.toString());
            env.remove("NEAR_NETWORK"); // near-cli prefers it to NEAR_ENV
            env.put("NEAR_ENV", "custom");
            env.put("NEAR_CUSTOM_RPC", url);
            env.put("NO_UPDATE_NOTIFIER", "1"); // else it asks the npm registry for a newer near-cli
            env.put("FORCE_COLOR", "0");
            Process p = pb.start();
            p.getOutputStream().close(); // delete-account asks y/n without --force
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("near " + String.join(" ", args) + " did not finish in 30 s.");
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        }
    }

    private record Run(int exit, String out, String err) {}

    private static BigInteger amount(String state) {
        return new BigInteger(match(AMOUNT, state));
    }

    private static String codeHash(String state) {
        return match(CODE_HASH, state);
    }

    private static String match(Pattern pattern, String output) {
        Matcher m = pattern.matcher(output);
        assertThat(m.find()).as("expected %s in:%n%s", pattern, output).isTrue();
        return m.group(1);
    }
}
