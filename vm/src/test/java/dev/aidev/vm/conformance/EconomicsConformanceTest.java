package dev.aidev.vm.conformance;

import static dev.aidev.vm.conformance.Conformance.PARAMS;
import static dev.aidev.vm.conformance.Conformance.assertGas;
import static dev.aidev.vm.conformance.Conformance.contract;
import static dev.aidev.vm.conformance.Conformance.cost;
import static dev.aidev.vm.conformance.Conformance.ctx;
import static dev.aidev.vm.conformance.Conformance.returned;
import static dev.aidev.vm.conformance.Conformance.u128;
import static dev.aidev.vm.conformance.Conformance.u64;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.vm.NearVm;
import dev.aidev.vm.VmContext;
import dev.aidev.vm.VmOutcome;
import dev.aidev.vm.conformance.Conformance.Contract;
import dev.aidev.vm.conformance.Conformance.Gas;
import dev.aidev.vm.gas.ExtCost;
import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * account_balance, account_locked_balance, attached_deposit, prepaid_gas, used_gas
 * (r2-host.md §1 Economics): balances are u128 written little-endian (16 bytes, write_memory costs).
 */
class EconomicsConformanceTest {
    static final BigInteger BALANCE = new BigInteger("123456789012345678901234567890");
    static final BigInteger DEPOSIT = new BigInteger("1000000000000000000000001");
    static final BigInteger LOCKED = BigInteger.ONE.shiftLeft(127).add(BigInteger.TEN);

    private static VmContext context() {
        return ctx().accountBalance(BALANCE).attachedDeposit(DEPOSIT).accountLockedBalance(LOCKED)
                .prepaidGas(123 * VmContext.TGAS).build();
    }

    private static byte[] u128Of(NearVm.Engine engine, String f, VmContext ctx) {
        Contract c = contract().call(f, 64).call("value_return", 16, 64);
        VmOutcome out = c.run(engine, ctx);
        assertGas(out, c, new Gas().base(ExtCost.base).writeMemory(16).base(ExtCost.base).readMemory(16));
        return returned(out);
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void account_balance_includes_the_attached_deposit_little_endian(NearVm.Engine engine) {
        assertThat(u128Of(engine, "account_balance", context())).containsExactly(u128(BALANCE.add(DEPOSIT)));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void account_locked_balance_is_written_as_u128_little_endian(NearVm.Engine engine) {
        byte[] r = u128Of(engine, "account_locked_balance", context());
        assertThat(r[0]).isEqualTo((byte) 10);
        assertThat(r[15]).isEqualTo((byte) 0x80);
        assertThat(r).containsExactly(u128(LOCKED));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void attached_deposit_is_the_deposit(NearVm.Engine engine) {
        assertThat(u128Of(engine, "attached_deposit", context())).containsExactly(u128(DEPOSIT));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_balance_written_out_of_bounds_is_memory_access_violation_after_paying_for_the_write(NearVm.Engine engine) {
        Contract c = contract().body("i64.const " + (1024L * 65536 - 15), "call $account_balance " + Conformance.FAILS);
        VmOutcome out = c.run(engine, context());
        Conformance.assertHostError(out, "MemoryAccessViolation", "Accessed memory outside the bounds.");
        assertGas(out, c, new Gas().base(ExtCost.base).writeMemory(16));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void prepaid_gas_is_the_gas_attached_to_the_call(NearVm.Engine engine) {
        Contract c = contract().body("i32.const 100", "call $prepaid_gas", "i64.store").call("value_return", 8, 100);
        VmOutcome out = c.run(engine, context());
        assertThat(returned(out)).containsExactly(u64(123 * VmContext.TGAS));
        assertGas(out, c, new Gas().base(ExtCost.base).base(ExtCost.base).readMemory(8));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void used_gas_counts_loading_the_instructions_charged_so_far_and_its_own_base(NearVm.Engine engine) {
        Contract c = contract().body("i32.const 100", "call $used_gas", "i64.store").call("value_return", 8, 100);
        VmOutcome out = c.run(engine, context());
        // Charged before used_gas answers: loading, main's frame (8 ops), i32.const and the call.
        long expected = cost(ExtCost.contract_loading_base) + cost(ExtCost.contract_loading_bytes) * c.wasm().length
                + 10 * PARAMS.regularOpCost + cost(ExtCost.base);
        assertThat(returned(out)).containsExactly(u64(expected));
        assertGas(out, c, new Gas().base(ExtCost.base).base(ExtCost.base).readMemory(8));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void account_balance_drops_by_a_deposit_attached_to_a_promise(NearVm.Engine engine) {
        // promise_batch_create("bob.near") then transfer 1000 yocto, then account_balance.
        Contract c = contract().data(0, "bob.near").data(32, u128(BigInteger.valueOf(1000)))
                .body("i64.const 8", "i64.const 0", "call $promise_batch_create", "drop")
                .call("promise_batch_action_transfer", 0, 32)
                .call("account_balance", 64)
                .call("value_return", 16, 64);
        VmOutcome out = c.run(engine, context());
        assertThat(returned(out)).containsExactly(u128(BALANCE.add(DEPOSIT).subtract(BigInteger.valueOf(1000))));
        assertThat(out.balance()).isEqualTo(BALANCE.add(DEPOSIT).subtract(BigInteger.valueOf(1000)));
    }
}
