package dev.aidev.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code aidev chain}: the local NEAR chain. */
@Command(
        name = "chain",
        mixinStandardHelpOptions = true,
        description = "Run a local NEAR-compatible chain with NEAR's JSON-RPC.",
        subcommands = {ChainStartCommand.class, ChainDumpCommand.class},
        footer = {"", "Example:", "  ./aidev chain start --port 3030"})
final class ChainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
