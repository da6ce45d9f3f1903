package dev.aidev.vm.behaviour;

import static dev.aidev.vm.behaviour.Harness.TGAS;
import static dev.aidev.vm.behaviour.Harness.describe;
import static dev.aidev.vm.behaviour.Harness.returnedU64;
import static dev.aidev.vm.behaviour.Harness.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.vm.NearVm;
import dev.aidev.vm.VmContext;
import dev.aidev.vm.VmError;
import dev.aidev.vm.VmOutcome;
import dev.aidev.vm.Wat;
import dev.aidev.vm.gas.ExtCost;
import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How calls fail as on NEAR: method resolution, preparation, linking, traps, gas and stack
 * exhaustion, memory limits (facts: /tmp/research/r1-gas-prep.md §2-6).
 */
class ErrorBehaviourTest {
    private static final String MAIN = """
            (module
              (memory 1)
              (global $g i32 (i32.const 0))
              (export "a_global" (global $g))
              (func (export "main"))
              (func (export "takes_a_param") (param i32))
              (func (export "returns_a_value") (result i32) (i32.const 1)))
            """;

    private static void assertError(VmOutcome out, String category, String kind, String message) {
        assertThat(out.error()).as(describe(out)).isNotNull();
        assertThat(out.error().category()).isEqualTo(category);
        assertThat(out.error().kind()).isEqualTo(kind);
        assertThat(out.error().message()).isEqualTo(message);
        assertThat(out.storageChanges()).isEmpty();
        assertThat(out.receipts()).isEmpty();
    }

    private static void assertNothingCharged(VmOutcome out) {
        assertThat(out.burntGas()).isZero();
        assertThat(out.usedGas()).isZero();
        assertThat(out.profile()).isEmpty();
        assertThat(out.logs()).isEmpty();
    }

    private static VmOutcome call(NearVm.Engine engine, String wat, String method) {
        return run(engine, Wat.compile(wat), method, VmContext.builder().build());
    }

    private static long loadingCost(byte[] wasm) {
        return Harness.PARAMS.cost(ExtCost.contract_loading_base)
                + wasm.length * Harness.PARAMS.cost(ExtCost.contract_loading_bytes);
    }

    // ---------------------------------------------------------------------------------------------
    // Method resolution

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_missing_method_fails_with_method_not_found_and_burns_nothing(NearVm.Engine engine) {
        VmOutcome out = call(engine, MAIN, "missing");
        assertError(out, "MethodResolveError", "MethodNotFound", "MethodNotFound");
        assertNothingCharged(out);
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void an_exported_global_is_not_a_method(NearVm.Engine engine) {
        VmOutcome out = call(engine, MAIN, "a_global");
        assertError(out, "MethodResolveError", "MethodNotFound", "MethodNotFound");
        assertNothingCharged(out);
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_method_with_parameters_or_results_has_an_invalid_signature_and_burns_nothing(NearVm.Engine engine) {
        for (String method : new String[] {"takes_a_param", "returns_a_value"}) {
            VmOutcome out = call(engine, MAIN, method);
            assertError(out, "MethodResolveError", "MethodInvalidSignature", "MethodInvalidSignature");
            assertNothingCharged(out);
        }
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void an_empty_method_name_fails_before_anything_else_and_burns_nothing(NearVm.Engine engine) {
        VmOutcome out = call(engine, MAIN, "");
        assertError(out, "MethodResolveError", "MethodEmptyName", "MethodEmptyName");
        assertNothingCharged(out);
        // Even a module that does not prepare reports the empty name first.
        VmOutcome broken = run(engine, new byte[] {1, 2, 3}, "", VmContext.builder().build());
        assertError(broken, "MethodResolveError", "MethodEmptyName", "MethodEmptyName");
    }

    // ---------------------------------------------------------------------------------------------
    // Preparation

    private static void assertPrepareError(VmOutcome out, String kind, String text) {
        assertError(out, "CompilationError", kind, "PrepareError: " + text);
        // fix_contract_loading_cost is off: a module that does not prepare costs nothing.
        assertNothingCharged(out);
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_module_with_a_bad_magic_fails_to_deserialize(NearVm.Engine engine) {
        byte[] wasm = Wat.compile(MAIN).clone();
        wasm[1] = 'x';
        assertPrepareError(run(engine, wasm, "main", VmContext.builder().build()),
                "Deserialization", "Error happened while deserializing the module.");
        assertPrepareError(run(engine, new byte[0], "main", VmContext.builder().build()),
                "Deserialization", "Error happened while deserializing the module.");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void an_import_from_a_module_other_than_env_fails_to_instantiate(NearVm.Engine engine) {
        String wat = """
                (module
                  (import "other" "log_utf8" (func (param i64 i64)))
                  (func (export "main")))
                """;
        assertPrepareError(call(engine, wat, "main"), "Instantiate", "Error happened during instantiation.");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_global_import_fails_to_instantiate(NearVm.Engine engine) {
        String wat = """
                (module
                  (import "env" "g" (global i32))
                  (func (export "main")))
                """;
        assertPrepareError(call(engine, wat, "main"), "Instantiate", "Error happened during instantiation.");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_memory_import_fails_with_a_memory_error(NearVm.Engine engine) {
        String wat = """
                (module
                  (import "env" "memory" (memory 1))
                  (func (export "main")))
                """;
        assertPrepareError(call(engine, wat, "main"), "Memory", "Error creating memory.");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void two_tables_are_too_many(NearVm.Engine engine) {
        String wat = """
                (module
                  (table 1 funcref)
                  (table 1 funcref)
                  (func (export "main")))
                """;
        assertPrepareError(call(engine, wat, "main"), "TooManyTables", "Too many tables declared in the contract.");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_table_of_more_than_ten_thousand_elements_is_too_big(NearVm.Engine engine) {
        String wat = """
                (module
                  (table 10001 funcref)
                  (func (export "main")))
                """;
        assertPrepareError(call(engine, wat, "main"), "TooManyTableElements",
                "Too many table elements declared in the contract.");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void simd_is_not_enabled(NearVm.Engine engine) {
        String wat = """
                (module
                  (func (export "main") (drop (v128.const i32x4 0 0 0 0))))
                """;
        assertPrepareError(call(engine, wat, "main"), "Deserialization",
                "Error happened while deserializing the module.");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void threads_are_not_enabled(NearVm.Engine engine) {
        // () -> () "main" whose body is atomic.fence (0xFE 0x03 0x00).
        byte[] wasm = {
            0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
            0x01, 0x04, 0x01, 0x60, 0x00, 0x00,
            0x03, 0x02, 0x01, 0x00,
            0x07, 0x08, 0x01, 0x04, 'm', 'a', 'i', 'n', 0x00, 0x00,
            0x0a, 0x07, 0x01, 0x05, 0x00, (byte) 0xfe, 0x03, 0x00, 0x0b
        };
        // Sanity: the same module with a nop body instead prepares and runs.
        byte[] nop = wasm.clone();
        nop[33] = 0x01;
        nop[34] = 0x01;
        nop[35] = 0x01;
        assertThat(run(engine, nop, "main", VmContext.builder().build()).error()).isNull();
        assertPrepareError(run(engine, wasm, "main", VmContext.builder().build()), "Deserialization",
                "Error happened while deserializing the module.");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_function_with_two_results_needs_multi_value_which_is_not_enabled(NearVm.Engine engine) {
        String wat = """
                (module
                  (func $two (result i32 i32) (i32.const 1) (i32.const 2))
                  (func (export "main") (call $two) (drop) (drop)))
                """;
        assertPrepareError(call(engine, wat, "main"), "Deserialization",
                "Error happened while deserializing the module.");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_module_that_does_not_validate_fails_to_deserialize(NearVm.Engine engine) {
        String wat = """
                (module
                  (func (export "main") (drop (i32.add (i64.const 1) (i32.const 1)))))
                """;
        assertPrepareError(call(engine, wat, "main"), "Deserialization",
                "Error happened while deserializing the module.");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void more_than_ten_thousand_functions_are_too_many(NearVm.Engine engine) {
        String fits = "(module (func (export \"main\"))" + " (func)".repeat(9_999) + ")";
        assertThat(call(engine, fits, "main").error()).isNull();
        String tooMany = "(module (func (export \"main\"))" + " (func)".repeat(10_000) + ")";
        assertPrepareError(call(engine, tooMany, "main"), "TooManyFunctions", "Too many functions in contract.");
        // Imported functions count too.
        String withImport = "(module " + Harness.imports("panic") + " (func (export \"main\"))"
                + " (func)".repeat(9_999) + ")";
        assertPrepareError(call(engine, withImport, "main"), "TooManyFunctions", "Too many functions in contract.");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_function_body_over_196608_bytes_is_too_large(NearVm.Engine engine) {
        // The body counts its locals declaration and its final end: 1 + nops + 1 bytes.
        byte[] fits = new byte[196_608];
        java.util.Arrays.fill(fits, (byte) 0x01);
        fits[0] = 0;
        fits[fits.length - 1] = 0x0b;
        assertThat(run(engine, RobustnessTest.moduleWithMain(fits), "main", VmContext.builder().build()).error())
                .isNull();
        byte[] tooLarge = java.util.Arrays.copyOf(fits, fits.length + 1);
        tooLarge[fits.length - 1] = 0x01;
        tooLarge[fits.length] = 0x0b;
        assertPrepareError(run(engine, RobustnessTest.moduleWithMain(tooLarge), "main", VmContext.builder().build()),
                "FunctionBodyTooLarge", "A function body in the contract exceeds the size limit.");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_function_may_declare_at_most_fifty_thousand_locals(NearVm.Engine engine) {
        // wasmparser's MAX_WASM_FUNCTION_LOCALS (50_000) fails validation: Deserialization.
        VmOutcome fits = run(engine, RobustnessTest.moduleWithMain(localsBody(50_000)), "main",
                VmContext.builder().build());
        assertThat(fits.error()).as(describe(fits)).isNull();
        assertPrepareError(run(engine, RobustnessTest.moduleWithMain(localsBody(50_001)), "main",
                VmContext.builder().build()), "Deserialization", "Error happened while deserializing the module.");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void more_than_a_million_locals_in_a_contract_are_too_many(NearVm.Engine engine) {
        // NEAR counts declared locals before it validates a body, so one huge declaration is TooManyLocals.
        assertPrepareError(run(engine, RobustnessTest.moduleWithMain(localsBody(1_000_001)), "main",
                VmContext.builder().build()), "TooManyLocals", "Too many locals declared in the contract.");
        // 20 functions of 50_000 locals are a million: allowed; a 21st is not.
        String twenty = "(module (func (export \"main\"))" + locals(20) + ")";
        assertThat(call(engine, twenty, "main").error()).isNull();
        String twentyOne = "(module (func (export \"main\"))" + locals(21) + ")";
        assertPrepareError(call(engine, twentyOne, "main"), "TooManyLocals", "Too many locals declared in the contract.");
    }

    private static String locals(int functions) {
        String f = "(func (local" + " i32".repeat(50_000) + "))";
        return f.repeat(functions);
    }

    private static byte[] localsBody(int count) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.write(1);
        b.writeBytes(RobustnessTest.leb(count));
        b.write(0x7f);
        b.write(0x0b);
        return b.toByteArray();
    }

    // ---------------------------------------------------------------------------------------------
    // Linking

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void an_unknown_env_import_is_a_link_error_that_pays_for_loading(NearVm.Engine engine) {
        String wat = """
                (module
                  (import "env" "no_such_function" (func (param i64)))
                  (func (export "main")))
                """;
        VmOutcome out = call(engine, wat, "main");
        assertError(out, "LinkError", "LinkError", "unknown or invalid import");
        assertThat(out.burntGas()).isEqualTo(loadingCost(Wat.compile(wat)));
        assertThat(out.usedGas()).isEqualTo(out.burntGas());
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_host_function_imported_with_the_wrong_signature_is_a_link_error(NearVm.Engine engine) {
        String wat = """
                (module
                  (import "env" "log_utf8" (func (param i32 i32)))
                  (func (export "main")))
                """;
        VmOutcome out = call(engine, wat, "main");
        assertError(out, "LinkError", "LinkError", "unknown or invalid import");
        assertThat(out.burntGas()).isEqualTo(loadingCost(Wat.compile(wat)));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_link_error_comes_before_method_resolution(NearVm.Engine engine) {
        String wat = """
                (module
                  (import "env" "no_such_function" (func))
                  (func (export "main")))
                """;
        assertError(call(engine, wat, "missing"), "LinkError", "LinkError", "unknown or invalid import");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_successful_call_pays_for_loading_the_code(NearVm.Engine engine) {
        VmOutcome out = call(engine, MAIN, "main");
        assertThat(out.error()).isNull();
        assertThat(out.profile().get("CONTRACT_LOADING_BASE"))
                .isEqualTo(Harness.PARAMS.cost(ExtCost.contract_loading_base));
        assertThat(out.profile().get("CONTRACT_LOADING_BYTES"))
                .isEqualTo(Wat.compile(MAIN).length * Harness.PARAMS.cost(ExtCost.contract_loading_bytes));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void too_little_gas_to_load_comes_before_link_errors_and_missing_methods(NearVm.Engine engine) {
        String linkError = """
                (module
                  (import "env" "no_such_function" (func))
                  (func (export "main")))
                """;
        VmContext poor = VmContext.builder().prepaidGas(1000).build();
        VmOutcome out = run(engine, Wat.compile(linkError), "main", poor);
        assertError(out, "HostError", "GasExceeded", "Exceeded the prepaid gas.");
        assertThat(out.burntGas()).isEqualTo(1000);
        VmOutcome missing = run(engine, Wat.compile(MAIN), "missing", poor);
        assertError(missing, "HostError", "GasExceeded", "Exceeded the prepaid gas.");
        assertThat(missing.burntGas()).isEqualTo(1000);
    }

    // ---------------------------------------------------------------------------------------------
    // Traps

    private static void assertTrap(VmOutcome out, String kind, String text) {
        assertError(out, "WasmTrap", kind, "WebAssembly trap: " + text);
        assertThat(out.burntGas()).as("a trap keeps the gas burnt so far").isPositive();
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void unreachable_traps(NearVm.Engine engine) {
        assertTrap(call(engine, "(module (func (export \"main\") unreachable))", "main"),
                "Unreachable", "An `unreachable` opcode was executed.");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void integer_division_by_zero_is_illegal_arithmetic(NearVm.Engine engine) {
        String wat = "(module (func (export \"main\") (drop (i32.div_u (i32.const 1) (i32.const 0)))))";
        assertTrap(call(engine, wat, "main"), "IllegalArithmetic", "An arithmetic exception, e.g. divided by zero.");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void signed_division_overflow_is_illegal_arithmetic(NearVm.Engine engine) {
        String wat = """
                (module (func (export "main")
                  (drop (i64.div_s (i64.const 0x8000000000000000) (i64.const -1)))))
                """;
        assertTrap(call(engine, wat, "main"), "IllegalArithmetic", "An arithmetic exception, e.g. divided by zero.");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void truncating_nan_to_an_integer_is_illegal_arithmetic(NearVm.Engine engine) {
        String wat = "(module (func (export \"main\") (drop (i32.trunc_f64_s (f64.const nan)))))";
        assertTrap(call(engine, wat, "main"), "IllegalArithmetic", "An arithmetic exception, e.g. divided by zero.");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_load_past_the_end_of_memory_is_out_of_bounds(NearVm.Engine engine) {
        // NEAR's memory has 1024 pages (64 MiB) whatever the module declares.
        String wat = """
                (module (memory 1)
                  (func (export "main") (drop (i64.load (i32.const 0x03fffffc)))))
                """;
        assertTrap(call(engine, wat, "main"), "MemoryOutOfBounds", "Memory out of bounds trap.");
        String inBounds = """
                (module (memory 1)
                  (func (export "main") (drop (i64.load (i32.const 0x03fffff8)))))
                """;
        assertThat(call(engine, inBounds, "main").error()).isNull();
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_call_indirect_with_the_wrong_signature_traps(NearVm.Engine engine) {
        String wat = """
                (module
                  (type $v (func))
                  (type $i (func (param i32)))
                  (table 1 funcref)
                  (elem (i32.const 0) $f)
                  (func $f)
                  (func (export "main") (call_indirect (type $i) (i32.const 7) (i32.const 0))))
                """;
        assertTrap(call(engine, wat, "main"), "IncorrectCallIndirectSignature", "Call indirect incorrect signature trap.");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_call_indirect_to_an_empty_slot_is_an_indirect_call_to_null(NearVm.Engine engine) {
        String wat = """
                (module
                  (type $v (func))
                  (table 2 funcref)
                  (elem (i32.const 0) $f)
                  (func $f)
                  (func (export "main") (call_indirect (type $v) (i32.const 1))))
                """;
        assertTrap(call(engine, wat, "main"), "IndirectCallToNull", "Indirect call to null.");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_call_indirect_past_the_table_is_reported_as_memory_out_of_bounds(NearVm.Engine engine) {
        // Wasmtime's TableOutOfBounds maps to NEAR's MemoryOutOfBounds.
        String wat = """
                (module
                  (type $v (func))
                  (table 1 funcref)
                  (elem (i32.const 0) $f)
                  (func $f)
                  (func (export "main") (call_indirect (type $v) (i32.const 5))))
                """;
        assertTrap(call(engine, wat, "main"), "MemoryOutOfBounds", "Memory out of bounds trap.");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_panic_is_a_guest_panic_host_error_with_the_message(NearVm.Engine engine) {
        String wat = "(module\n" + Harness.imports("panic_utf8") + """
                  (memory 1)
                  (data (i32.const 0) "boom")
                  (func (export "main") (call $panic_utf8 (i64.const 4) (i64.const 0))))
                """;
        assertError(call(engine, wat, "main"), "HostError", "GuestPanic", "Smart contract panicked: boom");
    }

    // ---------------------------------------------------------------------------------------------
    // Gas and stack

    private static final String LOOP = """
            (module
              (func (export "forever") (loop $l (br $l)))
              (func (export "count") (local $i i64)
                (loop $l
                  (local.set $i (i64.add (local.get $i) (i64.const 1)))
                  (br_if $l (i64.lt_u (local.get $i) (i64.const 1000000000))))))
            """;

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void an_infinite_loop_burns_all_the_prepaid_gas_and_fails_with_gas_exceeded(NearVm.Engine engine) {
        VmContext ctx = VmContext.builder().prepaidGas(5 * TGAS).build();
        VmOutcome out = run(engine, Wat.compile(LOOP), "forever", ctx);
        assertError(out, "HostError", "GasExceeded", "Exceeded the prepaid gas.");
        assertThat(out.burntGas()).isEqualTo(5 * TGAS);
        assertThat(out.usedGas()).isEqualTo(5 * TGAS);
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_long_loop_with_one_teragas_stops_exactly_at_the_budget(NearVm.Engine engine) {
        VmContext ctx = VmContext.builder().prepaidGas(TGAS).build();
        VmOutcome out = run(engine, Wat.compile(LOOP), "count", ctx);
        assertError(out, "HostError", "GasExceeded", "Exceeded the prepaid gas.");
        assertThat(out.burntGas()).isEqualTo(TGAS);
        assertThat(out.usedGas()).isEqualTo(TGAS);
        assertThat(out.profile().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(TGAS);
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_call_with_too_little_gas_to_load_the_code_fails_with_gas_exceeded(NearVm.Engine engine) {
        VmContext ctx = VmContext.builder().prepaidGas(1000).build();
        VmOutcome out = run(engine, Wat.compile(MAIN), "main", ctx);
        assertError(out, "HostError", "GasExceeded", "Exceeded the prepaid gas.");
        assertThat(out.burntGas()).isEqualTo(1000);
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void unbounded_recursion_exhausts_near_stack_and_reports_memory_access_violation(NearVm.Engine engine) {
        String wat = """
                (module
                  (func $f (param i64) (call $f (i64.add (local.get 0) (i64.const 1))))
                  (func (export "main") (call $f (i64.const 0))))
                """;
        assertError(call(engine, wat, "main"), "HostError", "MemoryAccessViolation",
                "Accessed memory outside the bounds.");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void unbounded_recursion_with_big_frames_also_ends_as_memory_access_violation(NearVm.Engine engine) {
        String wat = """
                (module
                  (func $f (local f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64) (call $f))
                  (func (export "main") (call $f)))
                """;
        assertError(call(engine, wat, "main"), "HostError", "MemoryAccessViolation",
                "Accessed memory outside the bounds.");
    }

    private static final String HASH_LOOP = "(module\n" + Harness.imports("sha256") + """
              (memory 1)
              (func (export "main")
                (loop $l
                  (call $sha256 (i64.const 33554432) (i64.const 0) (i64.const 0))
                  (br $l))))
            """;

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void burning_more_than_max_gas_burnt_fails_with_gas_limit_exceeded(NearVm.Engine engine) {
        // Prepaid 2 Pgas is above max_gas_burnt (1 Pgas): the burn limit, not the prepaid gas, ends the call.
        long max = Harness.PARAMS.maxGasBurnt;
        VmOutcome out = run(engine, Wat.compile(HASH_LOOP), "main",
                VmContext.builder().prepaidGas(2 * max).build());
        assertError(out, "HostError", "GasLimitExceeded",
                "Exceeded the maximum amount of gas allowed to burn per contract.");
        assertThat(out.burntGas()).isEqualTo(max);
        assertThat(out.usedGas()).isGreaterThanOrEqualTo(max).isLessThanOrEqualTo(2 * max);
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_view_burns_at_most_max_gas_burnt(NearVm.Engine engine) {
        VmOutcome out = run(engine, Wat.compile(HASH_LOOP), "main", VmContext.builder().view(true).build());
        assertError(out, "HostError", "GasLimitExceeded",
                "Exceeded the maximum amount of gas allowed to burn per contract.");
        assertThat(out.burntGas()).isEqualTo(Harness.PARAMS.maxGasBurnt);
    }

    /** $f recurses $n times; its frame is 64 + 8 bytes of operands, main's is 64 + 4. */
    private static final String DEEP = """
            (module
              (global $d (mut i32) (i32.const 0))
              (global $n (mut i32) (i32.const 0))
              (func $f
                (if (i32.lt_u (global.get $d) (global.get $n))
                  (then (global.set $d (i32.add (global.get $d) (i32.const 1))) (call $f))))
              (func (export "fits") (global.set $n (i32.const 3638)) (call $f))
              (func (export "too_deep") (global.set $n (i32.const 3639)) (call $f)))
            """;

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void the_stack_holds_exactly_262144_bytes_of_frames(NearVm.Engine engine) {
        // main 68 + 3639 frames of $f * 72 = 262_076 fits; one more frame (262_148) does not.
        assertThat(call(engine, DEEP, "fits").error()).as(describe(call(engine, DEEP, "fits"))).isNull();
        assertError(call(engine, DEEP, "too_deep"), "HostError", "MemoryAccessViolation",
                "Accessed memory outside the bounds.");
    }

    // ---------------------------------------------------------------------------------------------
    // Memory

    private static final String MEMORY = "(module\n" + Harness.imports("value_return") + """
              (memory %s)
              (func (export "main")
                (i64.store (i32.const 0) (i64.extend_i32_s (memory.size)))
                (i64.store (i32.const 8) (i64.extend_i32_s (memory.grow (i32.const 1025))))
                (i64.store (i32.const 16) (i64.extend_i32_s (memory.grow (i32.const 1024))))
                (i64.store (i32.const 24) (i64.extend_i32_s (memory.grow (i32.const 1))))
                (i64.store (i32.const 32) (i64.extend_i32_s (memory.size)))
                (i64.store (i32.const 40) (i64.load (i32.const 0x07fffff8)))
                (call $value_return (i64.const 48) (i64.const 0))))
            """;

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void memory_starts_at_1024_pages_and_cannot_grow_past_2048_whatever_the_module_declares(NearVm.Engine engine) {
        for (String declared : new String[] {"1", "3 5", "0 1", "2048 2048"}) {
            VmOutcome out = call(engine, MEMORY.formatted(declared), "main");
            assertThat(out.error()).as(declared + ": " + describe(out)).isNull();
            assertThat(returnedU64(out, 0)).as("initial pages, declared " + declared).isEqualTo(1024);
            assertThat(returnedU64(out, 1)).as("grow past 2048").isEqualTo(-1);
            assertThat(returnedU64(out, 2)).as("grow to exactly 2048").isEqualTo(1024);
            assertThat(returnedU64(out, 3)).as("grow past 2048 again").isEqualTo(-1);
            assertThat(returnedU64(out, 4)).isEqualTo(2048);
            assertThat(returnedU64(out, 5)).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_module_without_memory_still_gets_near_memory(NearVm.Engine engine) {
        String wat = "(module\n" + Harness.imports("input", "read_register") + """
                  (func (export "main")
                    (call $input (i64.const 0))
                    (call $read_register (i64.const 0) (i64.const 100))))
                """;
        VmOutcome out = run(engine, Wat.compile(wat), "main",
                VmContext.builder().input(new byte[] {1, 2, 3}).build());
        assertThat(out.error()).as(describe(out)).isNull();
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void host_functions_read_untouched_high_memory_as_zeros(NearVm.Engine engine) {
        // All 64 MiB exist from the start; bytes never written read as zero.
        String wat = "(module\n" + Harness.imports("sha256", "log_utf8", "write_register", "value_return") + """
                  (memory 1)
                  (func (export "main")
                    (call $sha256 (i64.const 16) (i64.const 0x3fffff0) (i64.const 0))
                    (call $log_utf8 (i64.const 2) (i64.const 0x3000000))
                    (call $write_register (i64.const 1) (i64.const 8) (i64.const 0x2000000))
                    (call $value_return (i64.const 4) (i64.const 0x3fffffc))))
                """;
        VmOutcome out = call(engine, wat, "main");
        assertThat(out.error()).as(describe(out)).isNull();
        assertThat(out.logs()).containsExactly("\0\0");
        assertThat(Harness.returned(out)).containsExactly(0, 0, 0, 0);
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void memory_copy_from_untouched_high_memory_copies_zeros(NearVm.Engine engine) {
        String wat = "(module\n" + Harness.imports("value_return") + """
                  (memory 1)
                  (data (i32.const 0) "\01\02\03\04")
                  (func (export "main")
                    (memory.copy (i32.const 0) (i32.const 0x3000000) (i32.const 2))
                    (call $value_return (i64.const 4) (i64.const 0))))
                """;
        VmOutcome out = call(engine, wat, "main");
        assertThat(out.error()).as(describe(out)).isNull();
        assertThat(Harness.returned(out)).containsExactly(0, 0, 3, 4);
    }

    // ---------------------------------------------------------------------------------------------
    // What a failure keeps

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_failed_call_drops_its_changes_and_receipts_but_keeps_logs_and_gas(NearVm.Engine engine) {
        String wat = "(module\n" + Harness.imports("storage_write", "log_utf8", "promise_batch_create",
                "promise_batch_action_transfer", "value_return", "panic") + """
                  (memory 1)
                  (data (i32.const 0) "bob.test.near")
                  (data (i32.const 16) "\\01")
                  (func (export "main")
                    (drop (call $storage_write (i64.const 3) (i64.const 0) (i64.const 3) (i64.const 4) (i64.const 0)))
                    (call $log_utf8 (i64.const 13) (i64.const 0))
                    (call $promise_batch_action_transfer
                      (call $promise_batch_create (i64.const 13) (i64.const 0)) (i64.const 16))
                    (call $value_return (i64.const 3) (i64.const 0))
                    (call $panic)))
                """;
        VmContext ctx = VmContext.builder().storageUsage(77).build();
        VmOutcome out = run(engine, Wat.compile(wat), "main", ctx);
        assertError(out, "HostError", "GuestPanic", "Smart contract panicked: explicit guest panic");
        assertThat(out.logs()).containsExactly("bob.test.near");
        assertThat(out.yieldResumes()).isEmpty();
        assertThat(out.returnData()).isEqualTo(new dev.aidev.vm.ReturnData.None());
        assertThat(out.balance()).isEqualTo(new BigInteger("100000000000000000000000000"));
        assertThat(out.storageUsage()).isEqualTo(77);
        assertThat(out.burntGas()).isPositive();
        assertThat(out.profile()).containsKeys("STORAGE_WRITE_BASE", "LOG_BASE", "NEW_ACTION_RECEIPT", "TRANSFER");
        // The transfer's execution fee was reserved, so used exceeds burnt.
        assertThat(out.usedGas()).isGreaterThan(out.burntGas());
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_trap_after_host_calls_also_keeps_logs(NearVm.Engine engine) {
        String wat = "(module\n" + Harness.imports("log_utf8") + """
                  (memory 1)
                  (data (i32.const 0) "before")
                  (func (export "main")
                    (call $log_utf8 (i64.const 6) (i64.const 0))
                    unreachable))
                """;
        VmOutcome out = call(engine, wat, "main");
        assertTrap(out, "Unreachable", "An `unreachable` opcode was executed.");
        assertThat(out.logs()).containsExactly("before");
    }
}
