package dev.aidev.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aidev.chain.Chain;
import dev.aidev.chain.ChainConfig;
import dev.aidev.chain.client.RpcClient;
import dev.aidev.chain.primitives.Action;
import dev.aidev.chain.primitives.KeyPair;
import dev.aidev.chain.primitives.Transaction;
import dev.aidev.chain.rpc.RpcServer;
import dev.aidev.chain.sandbox.Sandbox;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aidev bench chain}: cold start of {@code aidev chain start} to its first RPC answer, transfers
 * and contract calls per second through JSON-RPC, and a deploy plus ten calls in-process.
 */
@Command(
        name = "chain",
        mixinStandardHelpOptions = true,
        description = {
            "Benchmark the local chain: cold start (a new 'aidev chain start' process until its first RPC",
            "answer), transfers and contract calls per second through JSON-RPC (broadcast_tx_commit from",
            "several client threads), and a scenario of deploy + 10 calls on an in-process chain."
        },
        footer = {"", "Examples:", "  ./aidev bench chain", "  ./aidev bench chain --seconds 10 --clients 8"})
final class BenchChainCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--seconds", defaultValue = "5", paramLabel = "S",
            description = "Measuring time for each throughput figure (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--clients", defaultValue = "4", paramLabel = "N",
            description = "Client threads sending transactions (default: ${DEFAULT-VALUE}).")
    int clients;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (seconds <= 0 || seconds > 600 || clients < 1 || clients > 64) {
            throw new UserError("--seconds must be in (0, 600] and --clients in [1, 64].", ExitCodes.USAGE);
        }
        PrintWriter out = spec.commandLine().getOut();
        byte[] wasm = resource("/dev/aidev/cli/examples/status_message.wasm");

        out.println("measuring cold start...");
        out.flush();
        List<Double> starts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            starts.add(coldStartMs());
        }
        out.println("measuring deploy + 10 calls...");
        out.flush();
        List<Double> scenario = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            scenario.add(deployAndTenCallsMs(wasm));
        }
        double transfers;
        double calls;
        try (Chain chain = Chain.open(ChainConfig.inMemory());
                RpcServer server = RpcServer.start(chain, "127.0.0.1", 0)) {
            Sandbox sandbox = Sandbox.of(chain);
            Sandbox.Account contract = sandbox.createAccount("bench.test.near", Sandbox.near(100));
            contract.deploy(wasm).requireSuccess("deploy the benchmark contract");
            List<Sandbox.Account> senders = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                senders.add(sandbox.createAccount("client" + i + ".test.near", Sandbox.near(1000)));
            }
            out.println("measuring transfers through RPC...");
            out.flush();
            transfers = throughput(server.url(), chain, senders, i -> List.of(new Action.Transfer(BigInteger.ONE)),
                    "bench.test.near");
            out.println("measuring contract calls through RPC...");
            out.flush();
            calls = throughput(server.url(), chain, senders, i -> List.of(new Action.FunctionCall("set_status",
                    ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8), 30_000_000_000_000L, BigInteger.ZERO)),
                    "bench.test.near");
        }
        out.println();
        out.printf(Locale.ROOT, "cold start, 'aidev chain start' to first RPC answer: %s ms (3 runs: %s)%n",
                fmt(median(starts)), join(starts));
        out.printf(Locale.ROOT, "deploy + 10 calls, in-process chain:                 %s ms (5 runs: %s)%n",
                fmt(median(scenario)), join(scenario));
        out.printf(Locale.ROOT, "transfers through RPC (%d clients, broadcast_tx_commit):      %.1f tx/s%n",
                clients, transfers);
        out.printf(Locale.ROOT, "contract calls through RPC (%d clients, broadcast_tx_commit): %.1f tx/s%n",
                clients, calls);
        out.flush();
        return ExitCodes.OK;
    }

    /** Starts 'aidev chain start' as a new JVM and times it until 'status' answers. */
    private static double coldStartMs() throws Exception {
        Path home = Files.createTempDirectory("aidev-bench-chain");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "dev.aidev.cli.Main", "chain", "start",
                "--in-memory", "--home", home.toString(), "--port", "0");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line;
            String url = null;
            while (url == null && (line = r.readLine()) != null) {
                if (line.trim().startsWith("RPC:")) {
                    url = line.trim().substring(4).trim();
                }
            }
            if (url == null) {
                throw new IllegalStateException("'aidev chain start' did not print its RPC URL.");
            }
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> resp = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"status\",\"params\":[]}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - t0) / 1e6;
            if (!JSON.readTree(resp.body()).has("result")) {
                throw new IllegalStateException("status failed: " + resp.body());
            }
            return ms;
        } finally {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static double deployAndTenCallsMs(byte[] wasm) {
        long t0 = System.nanoTime();
        try (Sandbox sandbox = Sandbox.start()) {
            Sandbox.Account alice = sandbox.createAccount("alice.test.near", Sandbox.near(10));
            Sandbox.Account book = sandbox.createAccount("book.test.near", Sandbox.near(10));
            book.deploy(wasm).requireSuccess("deploy");
            for (int i = 0; i < 10; i++) {
                alice.call(book, "set_status", "{\"i\":" + i + "}").send().requireSuccess("call");
            }
            sandbox.view(book.id(), "get_status", "{}");
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    @FunctionalInterface
    private interface Actions {
        List<Action> make(int i);
    }

    /** Each client signs with its own key and nonces, sending back to back for the measuring time. */
    private double throughput(String url, Chain chain, List<Sandbox.Account> senders, Actions actions, String receiver)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(senders.size());
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long t0 = System.nanoTime();
        List<Future<Integer>> done = new ArrayList<>();
        for (Sandbox.Account s : senders) {
            done.add(pool.submit(() -> {
                RpcClient rpc = new RpcClient(URI.create(url));
                KeyPair key = s.key();
                long nonce = rpc.accessKeyNonce(s.id(), key.publicKey());
                int n = 0;
                while (System.nanoTime() < end) {
                    Transaction tx = new Transaction.V0(s.id(), key.publicKey(), ++nonce, receiver,
                            chain.head().hash(), actions.make(n));
                    rpc.call("broadcast_tx_commit", JSON.createArrayNode()
                            .add(java.util.Base64.getEncoder().encodeToString(tx.sign(key).encode())));
                    n++;
                }
                return n;
            }));
        }
        int total = 0;
        for (Future<Integer> f : done) {
            total += f.get();
        }
        pool.shutdown();
        return total / ((System.nanoTime() - t0) / 1e9);
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(Double::compare);
        return s.get(s.size() / 2);
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, "%.0f", ms);
    }

    private static String join(List<Double> xs) {
        List<String> s = new ArrayList<>();
        for (double x : xs) {
            s.add(fmt(x));
        }
        return String.join(", ", s);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = BenchChainCommand.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing benchmark resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
