package dev.aidev.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code aidev bench}: benchmarks that print figures for docs/benchmarks.md. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Run benchmarks and print their figures (recorded in docs/benchmarks.md).",
        subcommands = {BenchVmCommand.class, BenchChainCommand.class, BenchCompilerCommand.class, BenchFtCommand.class,
            BenchNftCommand.class},
        footer = {"", "Examples:", "  ./aidev bench vm --seconds 5", "  ./aidev bench chain", "  ./aidev bench compiler", "  ./aidev bench ft --reference /tmp/fungible_token.wasm",
            "  ./aidev bench nft"})
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
