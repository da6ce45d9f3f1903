package dev.aidev.vm.behaviour;

import static dev.aidev.vm.behaviour.Harness.TGAS;
import static dev.aidev.vm.behaviour.Harness.describe;
import static dev.aidev.vm.behaviour.Harness.str;
import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.wasm.types.FunctionType;
import dev.aidev.vm.Contracts;
import dev.aidev.vm.NearVm;
import dev.aidev.vm.PromiseResult;
import dev.aidev.vm.VmContext;
import dev.aidev.vm.VmOutcome;
import dev.aidev.vm.Wat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The VM under hostile input: mutated modules and contracts that call host functions with random
 * arguments. Every call must end, within seconds, in a {@link VmOutcome} (a success or a NEAR
 * error), never a Java exception or a hang, and both engines must agree on it exactly.
 *
 * <p>Seeded {@link Random} loops keep every run reproducible; a failure names its seed and
 * iteration, and the offending module is saved under {@code /tmp/findings/fuzz}.
 */
class RobustnessTest {
    private static final long CALL_SECONDS = 20;
    private static final Set<String> RUNTIME_ERRORS = Set.of("HostError", "WasmTrap");
    private static final Set<String> ANY_ERROR =
            Set.of("CompilationError", "LinkError", "MethodResolveError", "WasmTrap", "HostError");

    private static NearVm aot;
    private static NearVm interpreter;
    private static ExecutorService watchdog;
    /** The AOT outcome of the last {@link #check} that found no problem. */
    private static VmOutcome last;

    @BeforeAll
    static void start() {
        aot = NearVm.create(NearVm.Engine.AOT);
        interpreter = NearVm.create(NearVm.Engine.INTERPRETER);
        watchdog = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "robustness-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterAll
    static void stop() {
        aot.close();
        interpreter.close();
        watchdog.shutdownNow();
    }

    /** One call on one engine; a Java exception or a hang is returned as text, not thrown. */
    private static Object call(NearVm vm, byte[] wasm, String method, VmContext ctx) {
        Future<VmOutcome> f = watchdog.submit(() -> vm.call(wasm, method, ctx, new Contracts.MapStorage()));
        try {
            return f.get(CALL_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return "hang: no outcome within " + CALL_SECONDS + " s";
        } catch (ExecutionException e) {
            return "exception: " + e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Runs on both engines; returns a problem description, or null if all is well. */
    private static String check(byte[] wasm, String method, VmContext ctx, Set<String> allowed) {
        Object a = call(aot, wasm, method, ctx);
        Object b = call(interpreter, wasm, method, ctx);
        if (!(a instanceof VmOutcome oa)) {
            return "AOT: " + a;
        }
        if (!(b instanceof VmOutcome ob)) {
            return "INTERPRETER: " + b;
        }
        if (oa.error() != null && !allowed.contains(oa.error().category())) {
            return "unexpected error " + oa.error();
        }
        String da = describe(oa);
        String db = describe(ob);
        if (!da.equals(db)) {
            return "engines disagree:\n  AOT         " + da + "\n  INTERPRETER " + db;
        }
        // A second call takes the prepared module from the cache and must not differ.
        Object again = call(aot, wasm, method, ctx);
        if (!(again instanceof VmOutcome oc) || !describe(oc).equals(da)) {
            return "a second AOT call differs: " + (again instanceof VmOutcome o ? describe(o) : again);
        }
        last = oa;
        return null;
    }

    private static String save(String name, byte[] wasm) {
        try {
            Path dir = Path.of("/tmp/findings/fuzz");
            Files.createDirectories(dir);
            Path p = dir.resolve(name + ".wasm");
            Files.write(p, wasm);
            return p.toString();
        } catch (IOException e) {
            return "(not saved: " + e + ")";
        }
    }

    private static void tally(Map<String, Integer> kinds, VmOutcome out) {
        kinds.merge(out.error() == null ? "success" : out.error().category() + "/" + out.error().kind(), 1, Integer::sum);
    }

    // ---------------------------------------------------------------------------------------------
    // (a) Mutated modules

    private static final String LOOPS = """
            (module
              (type $v (func))
              (global $d (mut i32) (i32.const 0))
              (table 2 funcref)
              (elem (i32.const 0) $rec $main)
              (memory 1)
              (data (i32.const 0) "hello world")
              (func $rec (if (i32.lt_u (global.get $d) (i32.const 50))
                (then (global.set $d (i32.add (global.get $d) (i32.const 1))) (call_indirect (type $v) (i32.const 0)))))
              (func $main (export "main") (local $i i64) (local $f f64)
                (call $rec)
                (loop $l
                  (local.set $i (i64.add (local.get $i) (i64.const 1)))
                  (local.set $f (f64.add (local.get $f) (f64.convert_i64_s (local.get $i))))
                  (i64.store (i32.wrap_i64 (i64.rem_u (local.get $i) (i64.const 4096))) (local.get $i))
                  (br_if $l (i64.lt_u (local.get $i) (i64.const 200))))
                (drop (memory.grow (i32.const 1)))
                (memory.fill (i32.const 100) (i32.const 7) (i32.const 50))
                (memory.copy (i32.const 200) (i32.const 0) (i32.const 11))))
            """;

    private static final String HOST = "(module\n" + Harness.imports("input", "read_register", "register_len",
            "storage_write", "storage_read", "log_utf8", "sha256", "value_return", "promise_batch_create",
            "promise_batch_action_function_call", "promise_return") + """
              (memory 1)
              (data (i32.const 0) "bob.test.near")
              (data (i32.const 32) "go")
              (func (export "main") (local $p i64)
                (call $input (i64.const 1))
                (call $read_register (i64.const 1) (i64.const 1024))
                (drop (call $storage_write (i64.const 2) (i64.const 32) (call $register_len (i64.const 1)) (i64.const 1024) (i64.const 2)))
                (drop (call $storage_read (i64.const 2) (i64.const 32) (i64.const 3)))
                (call $log_utf8 (i64.const 13) (i64.const 0))
                (call $sha256 (i64.const 13) (i64.const 0) (i64.const 4))
                (local.set $p (call $promise_batch_create (i64.const 13) (i64.const 0)))
                (call $promise_batch_action_function_call (local.get $p) (i64.const 2) (i64.const 32)
                  (i64.const 2) (i64.const 1024) (i64.const 2048) (i64.const 1000000000000))
                (call $promise_return (local.get $p))
                (call $value_return (i64.const 32) (i64.const 4096))))
            """;

    private static byte[] mutate(byte[] in, Random rnd) {
        byte[] b = in.clone();
        int edits = 1 + rnd.nextInt(3);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = rnd.nextInt(b.length);
            switch (rnd.nextInt(7)) {
                case 0 -> b[at] ^= (byte) (1 << rnd.nextInt(8));
                case 1 -> b[at] = (byte) rnd.nextInt(256);
                case 2 -> b[at] = (byte) (rnd.nextBoolean() ? 0x00 : 0xff);
                case 3 -> {
                    byte[] c = new byte[b.length + 1];
                    System.arraycopy(b, 0, c, 0, at);
                    c[at] = (byte) rnd.nextInt(256);
                    System.arraycopy(b, at, c, at + 1, b.length - at);
                    b = c;
                }
                case 4 -> {
                    byte[] c = new byte[b.length - 1];
                    System.arraycopy(b, 0, c, 0, at);
                    System.arraycopy(b, at + 1, c, at, b.length - at - 1);
                    b = c;
                }
                case 5 -> b = Arrays.copyOf(b, at);
                default -> {
                    // Duplicate a short run of bytes in place: repeated sections, opcodes, LEBs.
                    int len = Math.min(1 + rnd.nextInt(8), b.length - at);
                    byte[] c = new byte[b.length + len];
                    System.arraycopy(b, 0, c, 0, at + len);
                    System.arraycopy(b, at, c, at + len, b.length - at);
                    b = c;
                }
            }
        }
        return b;
    }

    @Test
    void mutated_modules_always_end_in_an_outcome_and_both_engines_agree() {
        record Seed(String name, byte[] wasm, String method, byte[] input) {}
        List<Seed> seeds = List.of(
                new Seed("status_message", Contracts.load("status_message"), "set_status",
                        "{\"text\":\"hi\"}".getBytes(StandardCharsets.UTF_8)),
                new Seed("status_message", Contracts.load("status_message"), "get_status", new byte[0]),
                new Seed("loops", Wat.compile(LOOPS), "main", new byte[0]),
                new Seed("host", Wat.compile(HOST), "main", "{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        Random rnd = new Random(20250101L);
        List<String> problems = new ArrayList<>();
        Map<String, Integer> kinds = new java.util.TreeMap<>();
        int successes = 0;
        int iterations = 300;
        for (int i = 0; i < iterations; i++) {
            Seed seed = seeds.get(i % seeds.size());
            byte[] wasm = mutate(seed.wasm(), rnd);
            VmContext ctx = VmContext.builder().prepaidGas(3 * TGAS).input(seed.input()).build();
            String problem = check(wasm, seed.method(), ctx, ANY_ERROR);
            if (problem != null) {
                problems.add("mutation " + i + " of " + seed.name() + " (" + save("mutation-" + i, wasm) + "): "
                        + problem);
            } else {
                tally(kinds, last);
                successes += last.error() == null ? 1 : 0;
            }
        }
        assertThat(problems).as("%d problems in %d mutations", problems.size(), iterations).isEmpty();
        // Not every mutation may break the module, or the test would only exercise the parser.
        assertThat(successes).isPositive();
        assertThat(kinds.keySet()).as("outcomes reached: %s", kinds).hasSizeGreaterThan(3);
    }

    // ---------------------------------------------------------------------------------------------
    // (b) Random host calls

    /** Arguments that hit edges: zero, small lengths, register ids, memory ends, u64::MAX, garbage. */
    private static final long[] PALETTE = {
        0, 1, 2, 3, 4, 8, 13, 16, 18, 32, 33, 64, 65, 96, 128, 200, 1024, 4096, 65536,
        0x3ffffff0L, 0x3fffff0L, 0x4000000L, 0x4000001L, 0x7fffffffL, 0xffffffffL, 0x100000000L,
        -1L, -2L, Long.MIN_VALUE, Long.MAX_VALUE
    };

    /** Memory: account ids, a key, u128s, a method name and JSON, so some calls get far. */
    private static final String FUZZ_DATA = """
              (memory 1)
              (data (i32.const 0) "bob.test.near")
              (data (i32.const 16) "\\e8\\03")
              (data (i32.const 32) "contract.test.near")
              (data (i32.const 64) "go")
              (data (i32.const 72) "{}")
              (data (i32.const 96) %s)
              (data (i32.const 160) "a,b,c")
              (data (i32.const 200) "\\00\\00\\00\\00\\00\\00\\00\\00\\01\\00\\00\\00\\00\\00\\00\\00")
            """.formatted(str(ed25519Key()));

    private static byte[] ed25519Key() {
        byte[] k = new byte[33];
        Arrays.fill(k, 1, 33, (byte) 0x42);
        return k;
    }

    private static long arg(Random rnd) {
        int pick = rnd.nextInt(10);
        if (pick < 7) {
            return PALETTE[rnd.nextInt(PALETTE.length)];
        }
        if (pick < 9) {
            return rnd.nextInt(300);
        }
        return rnd.nextLong();
    }

    private static String randomHostContract(Random rnd, List<String> names) {
        Map<String, FunctionType> sigs = Harness.hostSignatures();
        StringBuilder body = new StringBuilder();
        int calls = 1 + rnd.nextInt(12);
        for (int c = 0; c < calls; c++) {
            String name = names.get(rnd.nextInt(names.size()));
            FunctionType t = sigs.get(name);
            StringBuilder call = new StringBuilder("(call $" + name);
            for (var p : t.params()) {
                String type = Harness.wat(p);
                long v = arg(rnd);
                call.append(" (").append(type).append(".const ")
                        .append(type.equals("i32") ? Integer.toString((int) v) : Long.toString(v)).append(')');
            }
            call.append(')');
            body.append("    ").append(t.returns().isEmpty() ? call : "(drop " + call + ")").append('\n');
        }
        return "(module\n" + Harness.imports(names.toArray(String[]::new)) + FUZZ_DATA
                + "  (func (export \"main\")\n" + body + "  ))";
    }

    private static List<VmContext> contexts() {
        VmContext plain = VmContext.builder().prepaidGas(30 * TGAS).input("{\"x\":1}".getBytes(StandardCharsets.UTF_8))
                .promiseResults(List.of(new PromiseResult.Successful(new byte[] {1, 2, 3}), new PromiseResult.Failed()))
                .build();
        return List.of(plain, plain.toBuilder().view(true).build());
    }

    @Test
    void random_host_calls_with_random_arguments_end_in_success_or_a_near_error() {
        List<String> names = new ArrayList<>(Harness.hostSignatures().keySet());
        Random rnd = new Random(424242L);
        List<String> problems = new ArrayList<>();
        List<VmContext> contexts = contexts();
        Map<String, Integer> kinds = new java.util.TreeMap<>();
        int iterations = 250;
        int successes = 0;
        for (int i = 0; i < iterations; i++) {
            String wat = randomHostContract(rnd, names);
            byte[] wasm = Wat.compile(wat);
            VmContext ctx = contexts.get(i % contexts.size());
            String problem = check(wasm, "main", ctx, RUNTIME_ERRORS);
            if (problem != null) {
                problems.add("contract " + i + " (view " + ctx.view() + ", " + save("hostcalls-" + i, wasm) + "):\n"
                        + wat + "\n" + problem);
            } else {
                tally(kinds, last);
                successes += last.error() == null ? 1 : 0;
            }
        }
        assertThat(problems).as("%d problems in %d contracts", problems.size(), iterations).isEmpty();
        assertThat(kinds.keySet()).as("outcomes reached: %s", kinds).hasSizeGreaterThan(3);
        assertThat(successes).isPositive();
    }

    @Test
    void random_calls_to_crypto_and_math_host_functions_never_throw() {
        // The functions that parse their input (curves, signatures, hashes) get more attempts,
        // with lengths around the sizes they expect.
        List<String> names = Harness.hostSignatures().keySet().stream()
                .filter(n -> n.startsWith("alt_bn128") || n.startsWith("bls12381") || n.contains("verify")
                        || n.equals("ecrecover") || n.contains("sha") || n.contains("keccak") || n.contains("ripemd"))
                .toList();
        assertThat(names).isNotEmpty();
        Random rnd = new Random(77L);
        List<String> problems = new ArrayList<>();
        Map<String, Integer> kinds = new java.util.TreeMap<>();
        for (int i = 0; i < 120; i++) {
            String wat = randomHostContract(rnd, names);
            byte[] wasm = Wat.compile(wat);
            String problem = check(wasm, "main", contexts().get(0), RUNTIME_ERRORS);
            if (problem != null) {
                problems.add("contract " + i + " (" + save("crypto-" + i, wasm) + "):\n" + wat + "\n" + problem);
            } else {
                tally(kinds, last);
            }
        }
        assertThat(problems).as("%d problems", problems.size()).isEmpty();
        assertThat(kinds.keySet()).as("outcomes reached: %s", kinds).hasSizeGreaterThan(3);
    }

    // ---------------------------------------------------------------------------------------------
    // Structural extremes

    @Test
    void deeply_nested_blocks_do_not_crash_the_vm() {
        // Built as binary: wat2wasm itself cannot parse this deep a nesting.
        for (int depth : new int[] {1_000, 20_000, 100_000}) {
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            body.write(0); // no locals
            for (int i = 0; i < depth; i++) {
                body.write(0x02); // block
                body.write(0x40); // with no result
            }
            for (int i = 0; i <= depth; i++) {
                body.write(0x0b); // end
            }
            byte[] wasm = moduleWithMain(body.toByteArray());
            String problem = check(wasm, "main", VmContext.builder().build(), ANY_ERROR);
            assertThat(problem).as("depth " + depth).isNull();
        }
    }

    /** A module whose only function, exported as {@code main}, has type () -> () and this body. */
    static byte[] moduleWithMain(byte[] body) {
        java.io.ByteArrayOutputStream m = new java.io.ByteArrayOutputStream();
        m.writeBytes(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
        m.writeBytes(new byte[] {0x01, 0x04, 0x01, 0x60, 0x00, 0x00});
        m.writeBytes(new byte[] {0x03, 0x02, 0x01, 0x00});
        m.writeBytes(new byte[] {0x07, 0x08, 0x01, 0x04, 'm', 'a', 'i', 'n', 0x00, 0x00});
        java.io.ByteArrayOutputStream code = new java.io.ByteArrayOutputStream();
        code.write(1);
        code.writeBytes(leb(body.length));
        code.writeBytes(body);
        m.write(0x0a);
        m.writeBytes(leb(code.size()));
        m.writeBytes(code.toByteArray());
        return m.toByteArray();
    }

    static byte[] leb(long v) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        do {
            int b = (int) (v & 0x7f);
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
        return out.toByteArray();
    }

    @Test
    void a_huge_random_byte_string_is_rejected_as_undeserializable() {
        Random rnd = new Random(5);
        byte[] junk = new byte[1 << 20];
        rnd.nextBytes(junk);
        System.arraycopy(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0}, 0, junk, 0, 8);
        Object out = call(aot, junk, "main", VmContext.builder().build());
        assertThat(out).isInstanceOf(VmOutcome.class);
        assertThat(((VmOutcome) out).error().kind()).isEqualTo("Deserialization");
        assertThat(check(junk, "main", VmContext.builder().build(), ANY_ERROR)).isNull();
    }

    @Test
    void many_locals_and_a_wide_operand_stack_run_or_fail_as_near_errors() {
        String wat = "(module (func (export \"main\") (local i64 i64 i64 i64) "
                + "(drop (i64.const 1))".repeat(1) + " (i64.const 1)".repeat(5000) + " (drop)".repeat(5000) + "))";
        String problem = check(Wat.compile(wat), "main", VmContext.builder().build(), ANY_ERROR);
        assertThat(problem).isNull();
        String locals = "(module (func (export \"main\") (local" + " i64".repeat(50_000) + ")))";
        assertThat(check(Wat.compile(locals), "main", VmContext.builder().build(), ANY_ERROR)).isNull();
    }
}
