package dev.aidev.cli;

import dev.aidev.chain.Chain;
import dev.aidev.chain.ChainConfig;
import dev.aidev.chain.rpc.RpcServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aidev chain start}: serves a local chain over NEAR JSON-RPC until stopped. */
@Command(
        name = "start",
        mixinStandardHelpOptions = true,
        description = {
            "Start a local NEAR chain and serve NEAR's JSON-RPC on loopback. The root account test.near",
            "holds 10^9 NEAR; its key is written to <home>/validator_key.json (nearcore's key file format).",
            "State persists in <home>/chain.db unless --in-memory. Stop with Ctrl-C."
        },
        footer = {
            "",
            "Examples:",
            "  ./aidev chain start",
            "  ./aidev chain start --home /tmp/mychain --port 3031 --block-time 1000",
            "  ./aidev chain start --in-memory --port 0",
            "  ./aidev chain start --in-memory --state fixture.json"
        })
final class ChainStartCommand implements Callable<Integer> {
    @Option(names = "--home", paramLabel = "DIR", description = "The chain's home (default: ~/.aidev/chain).")
    Path home;

    @Option(names = "--port", defaultValue = "3030", paramLabel = "PORT",
            description = "RPC port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--in-memory", description = "Keep the chain in memory only (nothing survives a restart).")
    boolean inMemory;

    @Option(names = "--block-time", defaultValue = "0", paramLabel = "MS",
            description = "Produce a block every MS milliseconds; 0 (default) produces one as soon as a transaction arrives.")
    long blockTimeMs;

    @Option(names = "--state", paramLabel = "FILE",
            description = "State records to load at start (JSON, as 'aidev chain dump' writes them).")
    Path state;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new UserError("--port must be between 0 and 65535, not " + port + ".", ExitCodes.USAGE);
        }
        if (blockTimeMs < 0) {
            throw new UserError("--block-time must not be negative.", ExitCodes.USAGE);
        }
        Path dir = home != null ? home : Path.of(System.getProperty("user.home"), ".aidev", "chain");
        java.util.List<dev.aidev.chain.StateRecord> records = state == null ? java.util.List.of() : readRecords(state);
        ChainConfig config = ChainConfig.inMemory().withHome(dir, inMemory).withBlockTimeMs(blockTimeMs);
        long t0 = System.nanoTime();
        Chain chain;
        try {
            chain = Chain.open(config);
        } catch (RuntimeException e) {
            throw new UserError("Cannot open the chain in " + dir + ": " + e.getMessage(), ExitCodes.INTERNAL);
        }
        if (!records.isEmpty()) {
            chain.patchState(records);
        }
        RpcServer server;
        try {
            server = RpcServer.start(chain, "127.0.0.1", port);
        } catch (RuntimeException e) {
            chain.close();
            throw new UserError("Cannot serve RPC on port " + port + ": " + e.getMessage(), ExitCodes.INTERNAL);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            chain.close();
            stopped.countDown();
        }, "aidev-chain-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("aidev chain %s at height %d, ready in %d ms%n", config.chainId(), chain.head().height(),
                (System.nanoTime() - t0) / 1_000_000);
        out.println("  RPC:          " + server.url());
        out.println("  root account: " + config.rootAccount() + " (" + chain.rootKey().publicKey() + ")");
        out.println("  key file:     " + dir.resolve("validator_key.json"));
        out.println("  state:        " + (inMemory ? "in memory" : dir.resolve("chain.db").toString()));
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    private static java.util.List<dev.aidev.chain.StateRecord> readRecords(Path file) {
        com.fasterxml.jackson.databind.JsonNode json;
        try {
            json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UserError(file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": not valid JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new UserError("--state: cannot read " + file + ": " + e.getMessage());
        }
        try {
            return dev.aidev.chain.rpc.StateRecordsJson.fromJson(json);
        } catch (IllegalArgumentException e) {
            throw new UserError(file + ": " + e.getMessage());
        }
    }
}
