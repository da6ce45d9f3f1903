package dev.aidev.vm.conformance;

import static dev.aidev.vm.conformance.Conformance.assertGas;
import static dev.aidev.vm.conformance.Conformance.contract;
import static dev.aidev.vm.conformance.Conformance.ctx;
import static dev.aidev.vm.conformance.Conformance.returned;
import static dev.aidev.vm.conformance.Conformance.u128;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.vm.NearVm;
import dev.aidev.vm.VmContext;
import dev.aidev.vm.VmOutcome;
import dev.aidev.vm.conformance.Conformance.Contract;
import dev.aidev.vm.conformance.Conformance.Gas;
import dev.aidev.vm.gas.ExtCost;
import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * validator_stake and validator_total_stake (r2-host.md §1 Context): base, the account id (memory
 * or register, then utf8 decoding costs), validator_stake_base, then a 16-byte LE write.
 */
class ValidatorsConformanceTest {
    static final BigInteger ALICE = new BigInteger("500000000000000000000000000000");
    static final BigInteger BOB = new BigInteger("250000000000000000000000000001");

    private static VmContext context() {
        return ctx().validators(Map.of("alice.near", ALICE, "bob.near", BOB)).build();
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void validator_stake_writes_the_stake_and_charges_account_id_decoding(NearVm.Engine engine) {
        Contract c = contract().data(0, "alice.near").call("validator_stake", 10, 0, 64).call("value_return", 16, 64);
        VmOutcome out = c.run(engine, context());
        assertThat(returned(out)).containsExactly(u128(ALICE));
        assertGas(out, c, new Gas()
                .base(ExtCost.base).readMemory(10).base(ExtCost.utf8_decoding_base)
                .times(ExtCost.utf8_decoding_byte, 10).base(ExtCost.validator_stake_base).writeMemory(16)
                .base(ExtCost.base).readMemory(16));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void validator_stake_of_an_account_that_is_not_a_validator_is_zero(NearVm.Engine engine) {
        Contract c = contract().data(0, "carol.near").data(64, u128(BigInteger.TEN))
                .call("validator_stake", 10, 0, 64).call("value_return", 16, 64);
        assertThat(returned(c.run(engine, context()))).containsExactly(new byte[16]);
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void validator_stake_reads_the_account_id_from_a_register(NearVm.Engine engine) {
        Contract c = contract().data(0, "bob.near")
                .call("write_register", 2, 8, 0)
                .call("validator_stake", -1, 2, 64).call("value_return", 16, 64);
        VmOutcome out = c.run(engine, context());
        assertThat(returned(out)).containsExactly(u128(BOB));
        assertGas(out, c, new Gas()
                .base(ExtCost.base).readMemory(8).writeRegister(8)
                .base(ExtCost.base).readRegister(8).base(ExtCost.utf8_decoding_base)
                .times(ExtCost.utf8_decoding_byte, 8).base(ExtCost.validator_stake_base).writeMemory(16)
                .base(ExtCost.base).readMemory(16));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void validator_total_stake_is_the_sum_of_all_stakes(NearVm.Engine engine) {
        Contract c = contract().call("validator_total_stake", 64).call("value_return", 16, 64);
        VmOutcome out = c.run(engine, context());
        assertThat(returned(out)).containsExactly(u128(ALICE.add(BOB)));
        assertGas(out, c, new Gas()
                .base(ExtCost.base).base(ExtCost.validator_total_stake_base).writeMemory(16)
                .base(ExtCost.base).readMemory(16));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void validator_stake_is_allowed_in_view_calls(NearVm.Engine engine) {
        Contract c = contract().data(0, "alice.near").call("validator_stake", 10, 0, 64).call("value_return", 16, 64);
        VmOutcome out = c.run(engine, context().toBuilder().view(true).build());
        assertThat(returned(out)).containsExactly(u128(ALICE));
    }
}
