package dev.aidev.vm.conformance;

import static dev.aidev.vm.conformance.Conformance.FAILS;
import static dev.aidev.vm.conformance.Conformance.U64_MAX;
import static dev.aidev.vm.conformance.Conformance.assertGas;
import static dev.aidev.vm.conformance.Conformance.assertHostError;
import static dev.aidev.vm.conformance.Conformance.contract;
import static dev.aidev.vm.conformance.Conformance.returned;
import static dev.aidev.vm.conformance.Conformance.u64;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.vm.NearVm;
import dev.aidev.vm.VmOutcome;
import dev.aidev.vm.conformance.Conformance.Contract;
import dev.aidev.vm.conformance.Conformance.Gas;
import dev.aidev.vm.gas.ExtCost;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** read_register, register_len, write_register (nearcore logic.rs; r2-host.md §0 Registers, §1 Registers). */
class RegistersConformanceTest {
    /** Memory-pointer one past the end of NEAR's 1024 initial pages. */
    static final long OUT_OF_BOUNDS = 1024L * 65536;

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void write_register_then_read_register_round_trips_and_charges_memory_and_register_costs(NearVm.Engine engine) {
        Contract c = contract().data(0, "abc")
                .call("write_register", 5, 3, 0)
                .call("read_register", 5, 100)
                .call("value_return", 3, 100);
        VmOutcome out = c.run(engine);
        assertThat(returned(out)).asString().isEqualTo("abc");
        assertGas(out, c, new Gas()
                .base(ExtCost.base).readMemory(3).writeRegister(3)
                .base(ExtCost.base).readRegister(3).writeMemory(3)
                .base(ExtCost.base).readMemory(3));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void register_len_is_the_length_or_u64_max_for_a_missing_register(NearVm.Engine engine) {
        Contract c = contract().data(0, "hello")
                .call("write_register", 1, 5, 0)
                .body("i32.const 100")
                .call("register_len", 1)
                .body("i64.store")
                .body("i32.const 108")
                .call("register_len", 2)
                .body("i64.store")
                .call("value_return", 16, 100);
        VmOutcome out = c.run(engine);
        ByteBuffer b = ByteBuffer.wrap(returned(out)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getLong()).isEqualTo(5);
        assertThat(b.getLong()).isEqualTo(U64_MAX);
        assertGas(out, c, new Gas()
                .base(ExtCost.base).readMemory(5).writeRegister(5)
                .base(ExtCost.base)
                .base(ExtCost.base)
                .base(ExtCost.base).readMemory(16));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void read_register_of_a_missing_register_is_invalid_register_id_after_base_only(NearVm.Engine engine) {
        Contract c = contract().body("i64.const 7", "i64.const 0", "call $read_register " + FAILS);
        VmOutcome out = c.run(engine);
        assertHostError(out, "InvalidRegisterId", "Accessed invalid register id: 7");
        assertGas(out, c, new Gas().base(ExtCost.base));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void an_invalid_register_id_prints_as_an_unsigned_number(NearVm.Engine engine) {
        // value_return(u64::MAX, u64::MAX - 1): register 18446744073709551614 does not exist.
        Contract c = contract().body("i64.const -1", "i64.const -2", "call $value_return " + FAILS);
        VmOutcome out = c.run(engine);
        assertHostError(out, "InvalidRegisterId", "Accessed invalid register id: 18446744073709551614");
        assertGas(out, c, new Gas().base(ExtCost.base));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void read_register_into_memory_out_of_bounds_is_memory_access_violation_after_paying_for_the_write(
            NearVm.Engine engine) {
        Contract c = contract().data(0, "abcd")
                .call("write_register", 0, 4, 0)
                .body("i64.const 0", "i64.const " + (OUT_OF_BOUNDS - 2), "call $read_register " + FAILS);
        VmOutcome out = c.run(engine);
        assertHostError(out, "MemoryAccessViolation", "Accessed memory outside the bounds.");
        assertGas(out, c, new Gas()
                .base(ExtCost.base).readMemory(4).writeRegister(4)
                .base(ExtCost.base).readRegister(4).writeMemory(4));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void write_register_from_memory_out_of_bounds_is_memory_access_violation_after_paying_for_the_read(
            NearVm.Engine engine) {
        Contract c = contract()
                .body("i64.const 0", "i64.const 10", "i64.const " + (OUT_OF_BOUNDS - 5),
                        "call $write_register " + FAILS);
        VmOutcome out = c.run(engine);
        assertHostError(out, "MemoryAccessViolation", "Accessed memory outside the bounds.");
        assertGas(out, c, new Gas().base(ExtCost.base).readMemory(10));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void write_register_does_not_read_from_a_register_when_len_is_u64_max(NearVm.Engine engine) {
        // write_register reads memory only: len u64::MAX is a huge memory read, not "register ptr".
        Contract c = contract().data(0, "x")
                .call("write_register", 0, 1, 0)
                .body("i64.const 1", "i64.const -1", "i64.const 0", "call $write_register " + FAILS);
        VmOutcome out = c.run(engine);
        assertThat(out.error()).isNotNull();
        assertThat(out.error().kind()).isIn("IntegerOverflow", "GasLimitExceeded", "GasExceeded");
        assertThat(out.profile()).doesNotContainKey("READ_REGISTER_BASE");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void the_hundred_and_first_register_is_memory_access_violation(NearVm.Engine engine) {
        Contract c = contract().data(0, "r");
        Gas gas = new Gas();
        for (int i = 0; i < 100; i++) {
            c.call("write_register", i, 1, 0);
            gas.base(ExtCost.base).readMemory(1).writeRegister(1);
        }
        c.body("i64.const 100", "i64.const 1", "i64.const 0", "call $write_register " + FAILS);
        gas.base(ExtCost.base).readMemory(1).writeRegister(1);
        VmOutcome out = c.run(engine);
        assertHostError(out, "MemoryAccessViolation", "Accessed memory outside the bounds.");
        assertGas(out, c, gas);
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void at_the_register_limit_even_overwriting_an_existing_register_fails_as_in_nearcore(NearVm.Engine engine) {
        Contract c = contract().data(0, "r");
        Gas gas = new Gas();
        for (int i = 0; i < 100; i++) {
            c.call("write_register", i, 1, 0);
            gas.base(ExtCost.base).readMemory(1).writeRegister(1);
        }
        c.body("i64.const 3", "i64.const 1", "i64.const 0", "call $write_register " + FAILS);
        gas.base(ExtCost.base).readMemory(1).writeRegister(1);
        VmOutcome out = c.run(engine);
        assertHostError(out, "MemoryAccessViolation", "Accessed memory outside the bounds.");
        assertGas(out, c, gas);
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void an_empty_register_exists_with_length_zero(NearVm.Engine engine) {
        Contract c = contract()
                .call("write_register", 4, 0, 0)
                .body("i32.const 100")
                .call("register_len", 4)
                .body("i64.store")
                .call("value_return", 8, 100);
        VmOutcome out = c.run(engine);
        assertThat(returned(out)).containsExactly(u64(0));
        assertGas(out, c, new Gas()
                .base(ExtCost.base).base(ExtCost.read_memory_base).base(ExtCost.write_register_base)
                .base(ExtCost.base)
                .base(ExtCost.base).readMemory(8));
    }
}
