package dev.aidev.cli;

import static dev.aidev.cli.BenchGas.ALICE;
import static dev.aidev.cli.BenchGas.BOB;
import static dev.aidev.cli.BenchGas.CAROL;
import static dev.aidev.cli.BenchGas.ONE_YOCTO;

import dev.aidev.cli.BenchGas.Call;
import dev.aidev.cli.BenchGas.GasRow;
import dev.aidev.cli.BenchGas.Setup;
import dev.aidev.vm.NearVm;
import dev.aidev.vm.VmOutcome;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aidev bench ft}: the fungible token on the VM with a realistic setup (an initialized token,
 * registered accounts, {@code ft_transfer} with 1 yoctoNEAR): its size, the gas each method burns
 * (optionally side by side with another NEP-141 contract's WASM, such as near-sdk-rs's example) and
 * calls per second of a view and a transfer on the interpreter and on AOT; and, on the local chain,
 * the gas of every receipt of a full {@code ft_transfer_call} to the token-receiver example.
 */
@Command(
        name = "ft",
        mixinStandardHelpOptions = true,
        description = {
            "Benchmark the fungible token on the VM: WASM size, gas per method after a realistic setup",
            "(new_default_meta, owner alice, bob registered with storage_deposit; ft_transfer with 1 yocto),",
            "and calls per second of ft_balance_of (view) and ft_transfer (call) on AOT and the interpreter,",
            "with the VM's module cache. --reference runs the same gas table on another NEP-141 WASM with",
            "near-sdk-rs's interface (new_default_meta {owner_id, total_supply}) for comparison.",
            "Then, on an in-process local chain, the gas of every receipt of a full ft_transfer_call to the",
            "--receiver project (ft_transfer_call, ft_on_transfer, ft_resolve_transfer) for each of its msg",
            "answers, of the receiver's send_tokens chain, and of the receiver's views."
        },
        footer = {"", "Examples:", "  ./aidev bench ft",
            "  ./aidev bench ft --seconds 5 --reference /tmp/fungible_token.wasm",
            "  ./aidev bench ft --wasm examples/fungible-token/build/fungible-token.wasm --seconds 0 --no-chain"})
final class BenchFtCommand implements Callable<Integer> {
    static final String CONTRACT = "ft.test.near";
    /** 0.00125 NEAR: near-sdk-rs's storage_balance_bounds for the example (125 bytes at 10^19). */
    static final BigInteger STORAGE_DEPOSIT = new BigInteger("1250000000000000000000");

    @Option(names = "--project", defaultValue = "examples/fungible-token", paramLabel = "DIR",
            description = "The fungible-token project to compile (default: ${DEFAULT-VALUE}).")
    Path project;

    @Option(names = "--wasm", paramLabel = "FILE",
            description = "Measure this WASM instead of compiling --project.")
    Path wasmFile;

    @Option(names = "--reference", paramLabel = "FILE",
            description = "Another NEP-141 contract's WASM to measure in the same setup (e.g. near-sdk-rs's example).")
    Path reference;

    @Option(names = "--receiver", defaultValue = "examples/token-receiver", paramLabel = "DIR",
            description = "The NEP-141 receiver project for the ft_transfer_call chain (default: ${DEFAULT-VALUE}).")
    Path receiver;

    @Option(names = "--no-chain", description = "Skip the ft_transfer_call chain on the local chain.")
    boolean noChain;

    @Option(names = "--seconds", defaultValue = "3", paramLabel = "S",
            description = "Measuring time per call kind and engine; 0 skips calls/s (default: ${DEFAULT-VALUE}).")
    double seconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A throughput figure. */
    record Rate(String call, String engine, long calls, double seconds) {
        double perSecond() {
            return calls / seconds;
        }
    }

    @Override
    public Integer call() throws Exception {
        if (seconds < 0 || seconds > 600) {
            throw new UserError("--seconds must be between 0 and 600, not " + seconds + ".", ExitCodes.USAGE);
        }
        PrintWriter out = spec.commandLine().getOut();
        byte[] wasm = BenchGas.wasm(wasmFile, project);
        byte[] ref = reference == null ? null : BenchGas.read(reference, "--reference");
        List<GasRow> ours = gas(wasm);
        List<GasRow> theirs = ref == null ? null : gas(ref);

        out.printf(Locale.ROOT, "fungible token WASM: %,d bytes%s%n", wasm.length,
                ref == null ? "" : String.format(Locale.ROOT, "; reference: %,d bytes", ref.length));
        out.println();
        BenchGas.print(out, ours, theirs);

        if (!noChain) {
            byte[] receiverWasm = BenchGas.compile(receiver, "--receiver");
            out.println();
            BenchFtChain.run(out, wasm, receiverWasm);
        }

        if (seconds > 0) {
            List<Rate> rates = rates(wasm, out);
            out.println();
            out.printf("%-38s %-12s %12s %12s%n", "call", "engine", "calls/s", "us/call");
            for (Rate r : rates) {
                out.printf(Locale.ROOT, "%-38s %-12s %,12.1f %12.1f%n", r.call(), r.engine(), r.perSecond(),
                        r.seconds() * 1e6 / r.calls());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Init (alice owns the supply) and bob's registration. */
    static List<Call> setupCalls() {
        return List.of(
                new Call("new_default_meta (init)", "new_default_meta",
                        "{\"owner_id\":\"" + ALICE + "\",\"total_supply\":\"1000000000000000000000000000\"}", CONTRACT,
                        BigInteger.ZERO, false),
                new Call("storage_deposit (new account)", "storage_deposit", "{}", BOB, STORAGE_DEPOSIT, false));
    }

    /** The measured calls on the state {@link #setupCalls} left. */
    static List<Call> calls() {
        return List.of(
                new Call("ft_transfer (1 yocto)", "ft_transfer",
                        "{\"receiver_id\":\"" + BOB + "\",\"amount\":\"1000\"}", ALICE, ONE_YOCTO, false),
                new Call("ft_transfer with memo (1 yocto)", "ft_transfer",
                        "{\"receiver_id\":\"" + BOB + "\",\"amount\":\"1000\",\"memo\":\"bench\"}", ALICE, ONE_YOCTO, false),
                new Call("ft_transfer_call (1st receipt)", "ft_transfer_call",
                        "{\"receiver_id\":\"" + BOB + "\",\"amount\":\"1000\",\"msg\":\"\"}", ALICE, ONE_YOCTO, false),
                new Call("storage_deposit (new account)", "storage_deposit", "{}", CAROL, STORAGE_DEPOSIT, false),
                new Call("storage_deposit (already registered)", "storage_deposit", "{}", BOB, STORAGE_DEPOSIT, false),
                Call.view("ft_balance_of (view)", "ft_balance_of", "{\"account_id\":\"" + ALICE + "\"}", ALICE),
                Call.view("ft_total_supply (view)", "ft_total_supply", "{}", ALICE),
                Call.view("ft_metadata (view)", "ft_metadata", "{}", ALICE),
                Call.view("storage_balance_of (view)", "storage_balance_of", "{\"account_id\":\"" + BOB + "\"}", ALICE),
                Call.view("storage_balance_bounds (view)", "storage_balance_bounds", "{}", ALICE));
    }

    /** Gas of init and every call of {@link #calls()}, each on the set-up state. */
    static List<GasRow> gas(byte[] wasm) {
        return BenchGas.gas(wasm, CONTRACT, setupCalls(), 1, calls());
    }

    private List<Rate> rates(byte[] wasm, PrintWriter out) {
        List<Rate> rates = new ArrayList<>();
        Map<String, Call> measured = new LinkedHashMap<>();
        for (Call c : calls()) {
            if (c.label().equals("ft_balance_of (view)") || c.label().equals("ft_transfer (1 yocto)")) {
                measured.put(c.label(), c);
            }
        }
        for (NearVm.Engine engine : List.of(NearVm.Engine.AOT, NearVm.Engine.INTERPRETER)) {
            String name = engine.name().toLowerCase(Locale.ROOT);
            try (NearVm vm = NearVm.create(engine)) {
                Setup s = BenchGas.setup(vm, wasm, CONTRACT, setupCalls());
                for (Call c : measured.values()) {
                    out.printf("measuring %s on %s...%n", c.label(), name);
                    out.flush();
                    rates.add(rate(vm, wasm, c, s, name));
                }
            }
        }
        return rates;
    }

    private Rate rate(NearVm vm, byte[] wasm, Call c, Setup s, String engine) {
        VmOutcome first = BenchGas.run(vm, wasm, s, c);
        if (!first.succeeded()) {
            throw new IllegalStateException(c.label() + " failed: " + first.error().message());
        }
        long warmEnd = System.nanoTime() + (long) (seconds * 1e9 / 3);
        while (System.nanoTime() < warmEnd) {
            BenchGas.run(vm, wasm, s, c);
        }
        long calls = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long now;
        do {
            BenchGas.run(vm, wasm, s, c);
            calls++;
            now = System.nanoTime();
        } while (now < end || calls < 5);
        return new Rate(c.label(), engine, calls, (now - start) / 1e9);
    }
}
