package dev.aidev.cli;

import dev.aidev.compiler.CompileResult;
import dev.aidev.compiler.ContractCompiler;
import dev.aidev.compiler.lower.WasmBackend;
import dev.aidev.vm.Bytes;
import dev.aidev.vm.NearVm;
import dev.aidev.vm.VmContext;
import dev.aidev.vm.VmOutcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aidev bench ft}: the fungible token on the VM with a realistic setup (an initialized token,
 * registered accounts, {@code ft_transfer} with 1 yoctoNEAR): its size, the gas each method burns
 * (optionally side by side with another NEP-141 contract's WASM, such as near-sdk-rs's example) and
 * calls per second of a view and a transfer on the interpreter and on AOT.
 */
@Command(
        name = "ft",
        mixinStandardHelpOptions = true,
        description = {
            "Benchmark the fungible token on the VM: WASM size, gas per method after a realistic setup",
            "(new_default_meta, owner alice, bob registered with storage_deposit; ft_transfer with 1 yocto),",
            "and calls per second of ft_balance_of (view) and ft_transfer (call) on AOT and the interpreter,",
            "with the VM's module cache. --reference runs the same gas table on another NEP-141 WASM with",
            "near-sdk-rs's interface (new_default_meta {owner_id, total_supply}) for comparison."
        },
        footer = {"", "Examples:", "  ./aidev bench ft",
            "  ./aidev bench ft --seconds 5 --reference /tmp/fungible_token.wasm",
            "  ./aidev bench ft --wasm examples/fungible-token/build/fungible-token.wasm --seconds 0"})
final class BenchFtCommand implements Callable<Integer> {
    static final String CONTRACT = "ft.test.near";
    static final String ALICE = "alice.test.near";
    static final String BOB = "bob.test.near";
    static final String CAROL = "carol.test.near";
    static final String RECEIVER = "receiver.test.near";
    static final BigInteger ONE_YOCTO = BigInteger.ONE;
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

    @Option(names = "--seconds", defaultValue = "3", paramLabel = "S",
            description = "Measuring time per call kind and engine; 0 skips calls/s (default: ${DEFAULT-VALUE}).")
    double seconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One measured call: method, context and the state it runs on. */
    record Call(String label, String method, String args, String predecessor, BigInteger deposit, boolean view) {}

    /** The gas a method burnt (or why it failed). */
    record GasRow(String label, long gas, String error) {}

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
        byte[] wasm = wasmFile != null ? read(wasmFile, "--wasm") : compile(project);
        byte[] ref = reference == null ? null : read(reference, "--reference");
        List<GasRow> ours = gas(wasm);
        List<GasRow> theirs = ref == null ? null : gas(ref);

        out.printf(Locale.ROOT, "fungible token WASM: %,d bytes%s%n", wasm.length,
                ref == null ? "" : String.format(Locale.ROOT, "; reference: %,d bytes", ref.length));
        out.println();
        if (theirs == null) {
            out.printf("%-38s %20s%n", "call", "gas burnt");
        } else {
            out.printf("%-38s %20s %20s %8s%n", "call", "gas burnt", "reference", "ratio");
        }
        for (int i = 0; i < ours.size(); i++) {
            GasRow o = ours.get(i);
            if (theirs == null) {
                out.printf(Locale.ROOT, "%-38s %20s%n", o.label(), cell(o));
            } else {
                GasRow t = theirs.get(i);
                String ratio = o.error() == null && t.error() == null
                        ? String.format(Locale.ROOT, "%.2f", (double) o.gas() / t.gas()) : "-";
                out.printf(Locale.ROOT, "%-38s %20s %20s %8s%n", o.label(), cell(o), cell(t), ratio);
            }
        }
        for (List<GasRow> rows : theirs == null ? List.of(ours) : List.of(ours, theirs)) {
            for (GasRow r : rows) {
                if (r.error() != null) {
                    out.printf("%s %s failed: %s%n", rows == ours ? "ours:" : "reference:", r.label(), r.error());
                }
            }
        }
        out.flush();

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

    private static String cell(GasRow r) {
        return r.error() != null ? "FAILED" : String.format(Locale.ROOT, "%,d", r.gas());
    }

    private static byte[] read(Path f, String option) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new UserError(option + ": cannot read " + f + ": " + e.getMessage());
        }
    }

    private static byte[] compile(Path project) {
        if (!Files.isDirectory(project.resolve("src/main/java"))) {
            throw new UserError("--project: no src/main/java in " + project + ".");
        }
        CompileResult r = ContractCompiler.compile(project,
                ContractCompiler.Options.builder().backend(new WasmBackend()).build());
        return r.wasm().orElseThrow(() -> new UserError(project + " does not build:\n" + r.render()));
    }

    /** The state after init (alice owns the supply) and bob's registration, with its storage usage. */
    record Setup(Map<Bytes, byte[]> state, long storageUsage, List<GasRow> rows) {}

    static Setup setup(NearVm vm, byte[] wasm) {
        Map<Bytes, byte[]> state = new TreeMap<>();
        long[] usage = {0};
        List<GasRow> rows = new ArrayList<>();
        Call init = new Call("new_default_meta (init)", "new_default_meta",
                "{\"owner_id\":\"" + ALICE + "\",\"total_supply\":\"1000000000000000000000000000\"}", CONTRACT,
                BigInteger.ZERO, false);
        Call register = new Call("storage_deposit (new account)", "storage_deposit", "{}", BOB, STORAGE_DEPOSIT, false);
        for (Call c : List.of(init, register)) {
            VmOutcome o = run(vm, wasm, c, state, usage[0]);
            rows.add(row(c, o));
            if (o.succeeded()) {
                o.storageChanges().forEach((k, v) -> {
                    if (v == null) {
                        state.remove(k);
                    } else {
                        state.put(k, v);
                    }
                });
                usage[0] = o.storageUsage();
            }
        }
        return new Setup(state, usage[0], rows);
    }

    /** The measured calls on the state {@link #setup} left. */
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
                new Call("ft_balance_of (view)", "ft_balance_of", "{\"account_id\":\"" + ALICE + "\"}", ALICE,
                        BigInteger.ZERO, true),
                new Call("ft_total_supply (view)", "ft_total_supply", "{}", ALICE, BigInteger.ZERO, true),
                new Call("ft_metadata (view)", "ft_metadata", "{}", ALICE, BigInteger.ZERO, true),
                new Call("storage_balance_of (view)", "storage_balance_of", "{\"account_id\":\"" + BOB + "\"}",
                        ALICE, BigInteger.ZERO, true),
                new Call("storage_balance_bounds (view)", "storage_balance_bounds", "{}", ALICE, BigInteger.ZERO, true));
    }

    /** Gas of init, registration and every call of {@link #calls()}, each on the set-up state. */
    static List<GasRow> gas(byte[] wasm) {
        try (NearVm vm = NearVm.create()) {
            Setup s = setup(vm, wasm);
            List<GasRow> rows = new ArrayList<>(s.rows().subList(0, 1));
            for (Call c : calls()) {
                rows.add(row(c, run(vm, wasm, c, s.state(), s.storageUsage())));
            }
            return rows;
        }
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
                Setup s = setup(vm, wasm);
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
        VmOutcome first = run(vm, wasm, c, s.state(), s.storageUsage());
        if (!first.succeeded()) {
            throw new IllegalStateException(c.label() + " failed: " + first.error().message());
        }
        long warmEnd = System.nanoTime() + (long) (seconds * 1e9 / 3);
        while (System.nanoTime() < warmEnd) {
            run(vm, wasm, c, s.state(), s.storageUsage());
        }
        long calls = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long now;
        do {
            run(vm, wasm, c, s.state(), s.storageUsage());
            calls++;
            now = System.nanoTime();
        } while (now < end || calls < 5);
        return new Rate(c.label(), engine, calls, (now - start) / 1e9);
    }

    private static VmOutcome run(NearVm vm, byte[] wasm, Call c, Map<Bytes, byte[]> state, long storageUsage) {
        VmContext ctx = VmContext.builder()
                .currentAccountId(CONTRACT)
                .signerAccountId(c.predecessor())
                .predecessorAccountId(c.predecessor())
                .input(c.args().getBytes(StandardCharsets.UTF_8))
                .attachedDeposit(c.deposit())
                .storageUsage(storageUsage)
                .view(c.view())
                .build();
        return vm.call(wasm, c.method(), ctx, state::get);
    }

    private static GasRow row(Call c, VmOutcome o) {
        return new GasRow(c.label(), o.burntGas(), o.error() == null ? null : o.error().message());
    }
}
