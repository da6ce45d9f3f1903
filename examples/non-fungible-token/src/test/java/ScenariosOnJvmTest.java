import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aidev.sdk.Gas;
import dev.aidev.sdk.PromiseResult;
import dev.aidev.sdk.U128;
import dev.aidev.sdk.testing.CallOutcome;
import dev.aidev.sdk.testing.JvmContract;
import dev.aidev.sdk.testing.PromiseRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the chain scenarios ({@code scenarios/nft_*.json}) against the contract on the JVM, until
 * the compiler can build it for the chain: calls and views go to a JvmContract; the WAT receiver's
 * answers (see {@code scenarios/receiver/receiver.wat}) and the callbacks are played as the runtime
 * would. Checks {@code return}, {@code return_contains}, {@code error_contains}, {@code status},
 * {@code logs_contain} and {@code events} ({@code balance_change} needs the chain).
 */
class ScenariosOnJvmTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCENARIOS = Path.of("scenarios");

    @TestFactory
    Stream<DynamicTest> every_nft_scenario_passes_on_the_jvm() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(SCENARIOS)) {
            files = s.filter(f -> f.getFileName().toString().startsWith("nft_")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(6);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> run(f)));
    }

    /** What a step did: its result JSON (null for none), its logs, its panic (null when it succeeded). */
    private record Outcome(String result, List<String> logs, String panic) {}

    private static void run(Path file) throws IOException {
        JsonNode scenario = JSON.readTree(file.toFile());
        JvmContract<NftContract> nft = null;
        String nftAccount = null;
        List<String> receivers = new ArrayList<>();
        int index = 0;
        for (JsonNode step : scenario.get("steps")) {
            String where = file.getFileName() + " step " + index++;
            Outcome outcome;
            if (step.has("deploy")) {
                JsonNode deploy = step.get("deploy");
                String account = deploy.get("account").asText();
                if (deploy.get("wasm").asText().startsWith("receiver/")) {
                    receivers.add(account);
                    continue;
                }
                nft = JvmContract.of(NftContract.class);
                nftAccount = account;
                nft.chain().currentAccountId(account).caller(account).attachedDeposit(U128.ZERO).prepaidGas(Gas.tgas(100));
                JsonNode init = deploy.get("init");
                CallOutcome out = nft.init(init.get("method").asText(), init.get("args").toString());
                outcome = new Outcome(out.panic() == null ? "null" : null, out.logs(), out.panic());
            } else if (step.has("view")) {
                JsonNode view = step.get("view");
                assertThat(view.get("account").asText()).as(where).isEqualTo(nftAccount);
                nft.chain().attachedDeposit(U128.ZERO).promiseResults();
                CallOutcome out = nft.view(view.get("method").asText(), args(view));
                outcome = new Outcome(out.result() == null ? "null" : out.result(), out.logs(), out.panic());
            } else {
                JsonNode call = step.get("call");
                assertThat(call.get("receiver").asText()).as(where).isEqualTo(nftAccount);
                outcome = call(nft, nftAccount, receivers, call);
            }
            check(where, step.get("expect"), outcome);
        }
    }

    private static String args(JsonNode action) {
        return action.has("args") ? action.get("args").toString() : "{}";
    }

    private static Outcome call(JvmContract<NftContract> nft, String nftAccount, List<String> receivers, JsonNode call) {
        U128 deposit = call.has("deposit") ? amount(call.get("deposit").asText()) : U128.ZERO;
        Gas gas = call.has("gas") ? Gas.tgas(Long.parseLong(call.get("gas").asText().replace(" Tgas", ""))) : Gas.tgas(30);
        nft.chain().caller(call.get("signer").asText()).attachedDeposit(deposit).prepaidGas(gas).promiseResults();
        CallOutcome out = nft.call(call.get("method").asText(), args(call));
        List<String> logs = new ArrayList<>(out.logs());
        if (out.panic() != null || out.returnedPromise() == null) {
            return new Outcome(out.result() == null ? "null" : out.result(), logs, out.panic());
        }
        PromiseRecord first = out.promises().stream().filter(p -> p.actions().get(0).startsWith("FunctionCall(nft_on_"))
                .findFirst().orElseThrow();
        String method = first.actions().get(0).substring("FunctionCall(".length(), first.actions().get(0).indexOf(','));
        String msg = msg(NftFixture.functionCallArgs(first));
        PromiseResult received;
        if (!receivers.contains(first.receiverId())) {
            received = PromiseResult.failed(); // no contract there
        } else {
            logs.add(method + " msg=" + msg);
            if (msg.equals("panic")) {
                received = PromiseResult.failed();
            } else if (method.equals("nft_on_approve")) {
                received = PromiseResult.successful(new byte[0]);
            } else {
                received = PromiseResult.successfulJson(msg.equals("return-it") ? "true" : "false");
            }
        }
        if (method.equals("nft_on_approve")) {
            return received.isSuccessful() ? new Outcome("null", logs, null) : new Outcome(null, logs, method + " panics as msg asked");
        }
        PromiseRecord resolve = out.promises().get(out.returnedPromise().intValue());
        nft.chain().caller(nftAccount).attachedDeposit(U128.ZERO).promiseResults(received);
        CallOutcome resolved = nft.call("nft_resolve_transfer", NftFixture.functionCallArgs(resolve));
        logs.addAll(resolved.logs());
        return new Outcome(resolved.result(), logs, resolved.panic());
    }

    /** The msg argument of the receiver call (the receiver reads it the same way). */
    private static String msg(String argsJson) {
        try {
            return JSON.readTree(argsJson).get("msg").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static U128 amount(String text) {
        if (text.endsWith(" yocto")) {
            return U128.parse(text.substring(0, text.length() - " yocto".length()));
        }
        return U128.ofNear(text.substring(0, text.length() - " NEAR".length()));
    }

    private static void check(String where, JsonNode expect, Outcome outcome) throws IOException {
        boolean mustFail = expect != null && (expect.has("error_contains")
                || (expect.has("status") && expect.get("status").asText().equals("failure")));
        if (!mustFail) {
            assertThat(outcome.panic()).as(where + " panic").isNull();
        } else {
            assertThat(outcome.panic()).as(where + " must fail").isNotNull();
            if (expect.has("error_contains")) {
                assertThat(outcome.panic()).as(where).contains(expect.get("error_contains").asText());
            }
            return;
        }
        if (expect == null) {
            return;
        }
        if (expect.has("return")) {
            assertThat(JSON.readTree(outcome.result())).as(where + " return").isEqualTo(expect.get("return"));
        }
        if (expect.has("return_contains")) {
            assertThat(contains(JSON.readTree(outcome.result()), expect.get("return_contains")))
                    .as(where + " return_contains, got " + outcome.result()).isTrue();
        }
        if (expect.has("logs_contain")) {
            for (JsonNode log : expect.get("logs_contain")) {
                assertThat(outcome.logs()).as(where + " logs").anyMatch(l -> l.contains(log.asText()));
            }
        }
        if (expect.has("events")) {
            List<JsonNode> events = new ArrayList<>();
            for (String log : outcome.logs()) {
                if (log.startsWith("EVENT_JSON:")) {
                    events.add(JSON.readTree(log.substring("EVENT_JSON:".length())));
                }
            }
            assertThat(containsAll(events, expect.get("events"))).as(where + " events " + events).isTrue();
        }
    }

    /** The subset rule of {@code return_contains} (inside objects and arrays). */
    private static boolean contains(JsonNode actual, JsonNode expected) {
        if (expected.isObject()) {
            if (!actual.isObject()) {
                return false;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                if (!actual.has(e.getKey()) || !contains(actual.get(e.getKey()), e.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isArray()) {
            if (!actual.isArray()) {
                return false;
            }
            List<JsonNode> elements = new ArrayList<>();
            actual.forEach(elements::add);
            return containsAll(elements, expected);
        }
        return actual.equals(expected);
    }

    /** Each expected element matches a different actual element. */
    private static boolean containsAll(List<JsonNode> actual, JsonNode expected) {
        List<JsonNode> left = new ArrayList<>(actual);
        for (JsonNode e : expected) {
            JsonNode match = left.stream().filter(a -> contains(a, e)).findFirst().orElse(null);
            if (match == null) {
                return false;
            }
            left.remove(match);
        }
        return true;
    }
}
