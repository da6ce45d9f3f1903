package dev.aidev.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aidev.chain.Chain;
import dev.aidev.chain.ChainConfig;
import dev.aidev.chain.rpc.StateRecordsJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aidev chain dump}: the chain's state as nearcore StateRecord JSON, for fixtures. */
@Command(
        name = "dump",
        mixinStandardHelpOptions = true,
        description = {
            "Write the state of a stopped chain as JSON state records ({\"records\": [...]}, nearcore's",
            "StateRecord format, as sandbox_patch_state takes them). Load them with 'aidev chain start --state'."
        },
        footer = {"", "Examples:", "  ./aidev chain dump --out fixture.json",
                "  ./aidev chain start --in-memory --state fixture.json"})
final class ChainDumpCommand implements Callable<Integer> {
    @Option(names = "--home", paramLabel = "DIR", description = "The chain's home (default: ~/.aidev/chain).")
    Path home;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path dir = home != null ? home : Path.of(System.getProperty("user.home"), ".aidev", "chain");
        if (!Files.exists(dir.resolve("chain.db"))) {
            throw new UserError("No chain in " + dir + " (no chain.db).");
        }
        String json;
        try (Chain chain = Chain.open(ChainConfig.persistent(dir))) {
            json = new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(StateRecordsJson.toJson(chain.dumpState()));
        } catch (RuntimeException e) {
            throw new UserError("Cannot open the chain in " + dir + " (is a node running on it?): " + e.getMessage());
        }
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            w.println(json);
            w.flush();
        } else {
            Files.writeString(out, json + "\n");
        }
        return ExitCodes.OK;
    }
}
