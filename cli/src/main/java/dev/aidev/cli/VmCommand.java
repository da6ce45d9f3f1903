package dev.aidev.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code aidev vm}: the contract VM on its own, without a chain. */
@Command(
        name = "vm",
        mixinStandardHelpOptions = true,
        description = "Run NEAR contract calls on the VM alone (no chain).",
        subcommands = {VmRunCommand.class},
        footer = {"", "Example:", "  ./aidev vm run --wasm examples/status_message.wasm --method set_status --args '{\"text\":\"hi\"}'"})
final class VmCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
