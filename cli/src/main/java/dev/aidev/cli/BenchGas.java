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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gas per method of one contract on the VM, as the {@code aidev bench} token commands measure it:
 * set-up calls run in order and their writes are committed, then every measured call runs once on
 * that same state (the measured calls do not see each other's writes).
 */
final class BenchGas {
    /** The accounts the token benchmarks use. */
    static final String ALICE = "alice.test.near";
    static final String BOB = "bob.test.near";
    static final String CAROL = "carol.test.near";
    static final String RECEIVER = "receiver.test.near";
    static final BigInteger ONE_YOCTO = BigInteger.ONE;

    private BenchGas() {}

    /** One call: method, context and whether it is a view. */
    record Call(String label, String method, String args, String predecessor, BigInteger deposit, boolean view) {
        static Call view(String label, String method, String args, String predecessor) {
            return new Call(label, method, args, predecessor, BigInteger.ZERO, true);
        }
    }

    /** The gas a method burnt (or why it failed). */
    record GasRow(String label, long gas, String error) {}

    /** The state the set-up calls left, with its storage usage, and their gas. */
    record Setup(String contract, Map<Bytes, byte[]> state, long storageUsage, List<GasRow> rows) {}

    /** Runs {@code calls} in order on {@code contract}, committing each successful call's writes. */
    static Setup setup(NearVm vm, byte[] wasm, String contract, List<Call> calls) {
        Map<Bytes, byte[]> state = new TreeMap<>();
        long usage = 0;
        List<GasRow> rows = new ArrayList<>();
        for (Call c : calls) {
            VmOutcome o = run(vm, wasm, contract, c, state, usage);
            rows.add(row(c, o));
            if (o.succeeded()) {
                o.storageChanges().forEach((k, v) -> {
                    if (v == null) {
                        state.remove(k);
                    } else {
                        state.put(k, v);
                    }
                });
                usage = o.storageUsage();
            }
        }
        return new Setup(contract, state, usage, rows);
    }

    /**
     * The gas of the first {@code setupRows} set-up calls (and of any later one that failed), then of
     * every measured call, each on the set-up state.
     */
    static List<GasRow> gas(byte[] wasm, String contract, List<Call> setup, int setupRows, List<Call> measured) {
        try (NearVm vm = NearVm.create()) {
            Setup s = setup(vm, wasm, contract, setup);
            List<GasRow> rows = new ArrayList<>(s.rows().subList(0, setupRows));
            // A failed set-up call changes every figure after it: show it rather than hide it.
            for (GasRow r : s.rows().subList(setupRows, s.rows().size())) {
                if (r.error() != null) {
                    rows.add(new GasRow("set-up " + r.label(), r.gas(), r.error()));
                }
            }
            for (Call c : measured) {
                rows.add(row(c, run(vm, wasm, s, c)));
            }
            return rows;
        }
    }

    /** {@code c} on the set-up state; its writes are not committed. */
    static VmOutcome run(NearVm vm, byte[] wasm, Setup s, Call c) {
        return run(vm, wasm, s.contract(), c, s.state(), s.storageUsage());
    }

    private static VmOutcome run(NearVm vm, byte[] wasm, String contract, Call c, Map<Bytes, byte[]> state,
            long storageUsage) {
        VmContext ctx = VmContext.builder()
                .currentAccountId(contract)
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

    /**
     * Prints the gas table: one column, or with {@code theirs} (the same calls on another contract)
     * a reference column and the ratio; failed calls are listed below it.
     */
    static void print(PrintWriter out, List<GasRow> ours, List<GasRow> theirs) {
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
    }

    private static String cell(GasRow r) {
        return r.error() != null ? "FAILED" : String.format(Locale.ROOT, "%,d", r.gas());
    }

    /** {@code --wasm} when given, otherwise {@code --project} compiled. */
    static byte[] wasm(Path wasmFile, Path project) {
        return wasmFile != null ? read(wasmFile, "--wasm") : compile(project, "--project");
    }

    static byte[] read(Path f, String option) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new UserError(option + ": cannot read " + f + ": " + e.getMessage());
        }
    }

    /** The project's WASM, built as {@code aidev build} does; {@code option} names it in errors. */
    static byte[] compile(Path project, String option) {
        if (!Files.isDirectory(project.resolve("src/main/java"))) {
            throw new UserError(option + ": no src/main/java in " + project + ".");
        }
        CompileResult r = ContractCompiler.compile(project,
                ContractCompiler.Options.builder().backend(new WasmBackend()).build());
        return r.wasm().orElseThrow(() -> new UserError(project + " does not build:\n" + r.render()));
    }
}
