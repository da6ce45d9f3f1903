package dev.aidev.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code aidev} command line. */
@Command(
        name = "aidev",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "An open-source AI developer for NEAR: intent in, a tested NEAR application out.",
        subcommands = {NewContractCommand.class, BuildCommand.class, VmCommand.class, ChainCommand.class, DeployCommand.class, TestCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Examples:", "  ./aidev vm run --wasm examples/status_message.wasm --method get_status --view",
                "  ./aidev bench vm", "", "Run 'aidev help <command>' for a command's options."})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 checks failed, 2 usage, 65 bad input, 70 internal). */
    public static int execute(String... args) {
        return execute(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given output and error streams (for tests and embedding). */
    public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cmd = new CommandLine(new Main()).setUsageHelpWidth(110).setOut(out).setErr(err);
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserError u) {
                commandLine.getErr().println("aidev: " + u.getMessage());
                return u.exitCode();
            }
            commandLine.getErr().println("aidev: internal error: " + ex);
            ex.printStackTrace(commandLine.getErr());
            return ExitCodes.INTERNAL;
        });
        return cmd.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"aidev " + (v == null ? "0.1.0-SNAPSHOT" : v)};
        }
    }
}
