package dev.aidev.vm.conformance;

import static dev.aidev.vm.conformance.Conformance.FAILS;
import static dev.aidev.vm.conformance.Conformance.assertGas;
import static dev.aidev.vm.conformance.Conformance.assertHostError;
import static dev.aidev.vm.conformance.Conformance.contract;
import static dev.aidev.vm.conformance.Conformance.ctx;
import static dev.aidev.vm.conformance.Conformance.returned;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.vm.Bytes;
import dev.aidev.vm.Contracts;
import dev.aidev.vm.NearVm;
import dev.aidev.vm.VmContext;
import dev.aidev.vm.VmOutcome;
import dev.aidev.vm.conformance.Conformance.Contract;
import dev.aidev.vm.conformance.Conformance.Gas;
import dev.aidev.vm.gas.ExtCost;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * View calls (r2-host.md §3): functions that see the signer, gas or promises, and storage
 * writes, fail with ProhibitedInView{method_name} right after paying {@code base}; everything
 * else works as in a change call.
 */
class ViewCallsConformanceTest {
    private static VmContext view() {
        return ctx().view(true).build();
    }

    /** Host function, its arity, the method name NEAR reports, and extra costs paid before the check. */
    static Stream<Arguments> prohibited() {
        List<Arguments> cases = new ArrayList<>();
        Object[][] table = {
            {"signer_account_id", 1, "signer_account_id"},
            {"signer_account_pk", 1, "signer_account_pk"},
            {"predecessor_account_id", 1, "predecessor_account_id"},
            {"prepaid_gas", 0, "prepaid_gas"},
            {"used_gas", 0, "used_gas"},
            {"promise_batch_create", 2, "promise_batch_create"},
            {"promise_batch_then", 3, "promise_batch_then"},
            {"promise_and", 2, "promise_and"},
            {"promise_batch_action_create_account", 1, "promise_batch_action_create_account"},
            {"promise_batch_action_transfer", 2, "promise_batch_action_transfer"},
            {"promise_batch_action_function_call", 7, "promise_batch_action_function_call"},
            {"promise_batch_action_function_call_weight", 8, "promise_batch_action_function_call"},
            {"promise_yield_create", 7, "promise_yield_create"},
            {"promise_results_count", 0, "promise_results_count"},
            {"promise_result", 2, "promise_result"},
            {"promise_return", 1, "promise_return"},
            {"storage_write", 5, "storage_write"},
            {"storage_remove", 3, "storage_remove"},
        };
        for (NearVm.Engine e : NearVm.Engine.values()) {
            for (Object[] row : table) {
                cases.add(Arguments.of(e, row[0], row[1], row[2]));
            }
        }
        return cases.stream();
    }

    private static final java.util.Set<String> RETURNS = java.util.Set.of("prepaid_gas", "used_gas",
            "promise_batch_create", "promise_batch_then", "promise_and", "promise_yield_create",
            "promise_results_count", "promise_result", "storage_write", "storage_remove");

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("prohibited")
    void a_prohibited_host_function_is_prohibited_in_view_after_paying_base(
            NearVm.Engine engine, String f, int arity, String reported) {
        Contract c = contract();
        for (int i = 0; i < arity; i++) {
            c.body("i64.const 0");
        }
        c.body("call $" + f + " " + FAILS);
        if (RETURNS.contains(f)) {
            c.body("drop");
        }
        VmOutcome out = c.run(engine, view());
        assertHostError(out, "ProhibitedInView", reported + " is not allowed in view calls");
        Gas gas = new Gas().base(ExtCost.base);
        if (f.equals("promise_return")) {
            gas.base(ExtCost.promise_return);
        }
        assertGas(out, c, gas);
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void storage_read_has_key_context_and_logs_work_in_a_view(NearVm.Engine engine) {
        Contracts.MapStorage storage = new Contracts.MapStorage();
        storage.data.put(Bytes.of("k".getBytes(StandardCharsets.UTF_8)), "v".getBytes(StandardCharsets.UTF_8));
        Contract c = contract().data(0, "k")
                .call("storage_read", 1, 0, 1).body("drop")
                .call("storage_has_key", 1, 0).body("drop")
                .call("current_account_id", 2)
                .call("input", 3)
                .call("random_seed", 4)
                .call("attached_deposit", 100)
                .call("account_balance", 100)
                .body("call $block_index", "drop", "call $storage_usage", "drop")
                .call("log_utf8", 1, 0)
                .returnRegister(1);
        VmOutcome out = c.run(engine, view(), storage);
        assertThat(returned(out)).asString().isEqualTo("v");
        assertThat(out.logs()).containsExactly("k");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_view_ignores_prepaid_gas(NearVm.Engine engine) {
        Contract c = contract().data(0, "x").call("log_utf8", 1, 0);
        VmOutcome out = c.run(engine, ctx().view(true).prepaidGas(1).build());
        assertThat(out.error()).isNull();
        assertThat(out.logs()).containsExactly("x");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void the_same_calls_succeed_in_a_change_call(NearVm.Engine engine) {
        Contract c = contract().data(0, "k")
                .call("signer_account_id", 1)
                .call("predecessor_account_id", 2)
                .body("call $prepaid_gas", "drop", "call $used_gas", "drop", "call $promise_results_count", "drop")
                .call("storage_write", 1, 0, 1, 0, 3).body("drop")
                .call("storage_remove", 1, 0, 3).body("drop");
        VmOutcome out = c.run(engine);
        assertThat(out.error()).isNull();
    }
}
