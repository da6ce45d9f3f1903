package dev.aidev.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aidev.vm.NearVm;
import dev.aidev.vm.VmContext;
import dev.aidev.vm.VmOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aidev bench vm}: calls per second and time per call of a compute-heavy, a storage-heavy
 * and a JSON-heavy call on the interpreter, on AOT and (as the physical reference) in node's V8;
 * plus first-call latency (parse, prepare, compile) and the overhead of a cached call.
 */
@Command(
        name = "vm",
        mixinStandardHelpOptions = true,
        description = {
            "Benchmark the contract VM: compute (1M rounds of 64-bit mixing), storage (1,000 writes) and",
            "JSON (sum a 1,000-number array) calls on AOT, the interpreter and node's V8 (stubbed host",
            "functions, no metering); cold first-call latency and cached-call overhead."
        },
        footer = {"", "Examples:", "  ./aidev bench vm", "  ./aidev bench vm --seconds 10 --no-v8"})
final class BenchVmCommand implements Callable<Integer> {
    private static final String RESOURCES = "/dev/aidev/cli/bench/";

    @Option(names = "--seconds", defaultValue = "3", paramLabel = "S",
            description = "Measuring time per workload and engine (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--no-v8", description = "Skip the V8 reference (needs node on the PATH).")
    boolean noV8;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private record Workload(String method, byte[] input) {}

    private record Row(String workload, String engine, long calls, double seconds, long gas) {
        double perSecond() {
            return calls / seconds;
        }

        double msPerCall() {
            return seconds * 1000.0 / calls;
        }
    }

    @Override
    public Integer call() throws Exception {
        if (seconds <= 0 || seconds > 600) {
            throw new UserError("--seconds must be between 0 and 600, not " + seconds + ".", ExitCodes.USAGE);
        }
        PrintWriter out = spec.commandLine().getOut();
        byte[] wasm = resource("bench.wasm");
        List<Workload> workloads = List.of(
                new Workload("compute", new byte[0]),
                new Workload("storage", new byte[0]),
                new Workload("json", numbers(1000)));
        List<Row> rows = new ArrayList<>();
        Map<String, Double> coldMs = new LinkedHashMap<>();
        Map<String, Double> noopUs = new LinkedHashMap<>();
        for (NearVm.Engine engine : NearVm.Engine.values()) {
            String name = engine.name().toLowerCase(Locale.ROOT);
            try (NearVm vm = NearVm.create(engine)) {
                long t0 = System.nanoTime();
                check(vm.call(wasm, "noop", VmContext.builder().build(), k -> null), "noop");
                coldMs.put(name, (System.nanoTime() - t0) / 1e6);
                Row noop = measure(vm, wasm, new Workload("noop", new byte[0]), name);
                noopUs.put(name, noop.msPerCall() * 1000);
                for (Workload w : workloads) {
                    out.printf("measuring %s on %s...%n", w.method(), name);
                    out.flush();
                    rows.add(measure(vm, wasm, w, name));
                }
            }
        }
        if (!noV8) {
            Path dir = Files.createTempDirectory("aidev-bench");
            Path wasmFile = dir.resolve("bench.wasm");
            Path script = dir.resolve("v8-bench.mjs");
            Files.write(wasmFile, wasm);
            Files.write(script, resource("v8-bench.mjs"));
            for (Workload w : workloads) {
                out.printf("measuring %s on v8...%n", w.method());
                out.flush();
                Path input = dir.resolve(w.method() + ".in");
                Files.write(input, w.input());
                rows.add(v8(script, wasmFile, w, input));
            }
        }
        report(out, rows, coldMs, noopUs);
        return ExitCodes.OK;
    }

    private Row measure(NearVm vm, byte[] wasm, Workload w, String engine) {
        VmContext ctx = VmContext.builder().input(w.input()).build();
        VmOutcome first = check(vm.call(wasm, w.method(), ctx, k -> null), w.method());
        // Warm up for a third of the measuring time, so the JIT has compiled the hot paths.
        long warmEnd = System.nanoTime() + (long) (seconds * 1e9 / 3);
        while (System.nanoTime() < warmEnd) {
            vm.call(wasm, w.method(), ctx, k -> null);
        }
        long calls = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long now;
        do {
            vm.call(wasm, w.method(), ctx, k -> null);
            calls++;
            now = System.nanoTime();
        } while (now < end || calls < 5);
        return new Row(w.method(), engine, calls, (now - start) / 1e9, first.burntGas());
    }

    private static VmOutcome check(VmOutcome o, String method) {
        if (!o.succeeded()) {
            throw new IllegalStateException("benchmark call " + method + " failed: " + o.error().message());
        }
        return o;
    }

    private Row v8(Path script, Path wasm, Workload w, Path input) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("node", script.toString(), wasm.toString(), w.method(),
                w.input().length == 0 ? "-" : input.toString(), Double.toString(seconds))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor((long) seconds + 60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new UserError("the V8 reference failed (is node installed? use --no-v8 to skip it).", ExitCodes.CHECKS_FAILED);
        }
        JsonNode r = new ObjectMapper().readTree(text);
        return new Row(w.method(), "v8 (node " + nodeVersion() + ")", r.get("calls").asLong(), r.get("seconds").asDouble(), -1);
    }

    private static String nodeVersion() {
        try {
            Process p = new ProcessBuilder("node", "--version").start();
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    private static void report(PrintWriter out, List<Row> rows, Map<String, Double> coldMs, Map<String, Double> noopUs) {
        out.println();
        out.printf("%-9s %-20s %12s %12s %18s%n", "workload", "engine", "calls/s", "ms/call", "gas burnt/call");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%-9s %-20s %12.1f %12.3f %18s%n", r.workload(), r.engine(), r.perSecond(),
                    r.msPerCall(), r.gas() < 0 ? "-" : String.format(Locale.ROOT, "%,d", r.gas()));
        }
        out.println();
        coldMs.forEach((e, ms) -> out.printf(Locale.ROOT,
                "first call, cold (parse + prepare + compile + run), %-11s %10.1f ms%n", e + ":", ms));
        noopUs.forEach((e, us) -> out.printf(Locale.ROOT,
                "cached call overhead (empty method),              %-11s %10.1f us%n", e + ":", us));
        rows.stream().filter(r -> r.workload().equals("compute") && r.engine().startsWith("v8")).findFirst()
                .ifPresent(v8 -> rows.stream()
                        .filter(r -> r.workload().equals("compute") && r.engine().equals("aot"))
                        .findFirst()
                        .ifPresent(aot -> out.printf(Locale.ROOT,
                                "AOT vs V8 on compute: %.2fx the time per call%n", aot.msPerCall() / v8.msPerCall())));
        out.flush();
    }

    /** A JSON array of the integers 0..n-1. */
    private static byte[] numbers(int n) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append(i);
        }
        return sb.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = BenchVmCommand.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing benchmark resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
