package dev.aidev.vm.conformance;

import static dev.aidev.vm.conformance.Conformance.assertGas;
import static dev.aidev.vm.conformance.Conformance.contract;
import static dev.aidev.vm.conformance.Conformance.ctx;
import static dev.aidev.vm.conformance.Conformance.returned;
import static dev.aidev.vm.conformance.Conformance.u64;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.vm.NearVm;
import dev.aidev.vm.VmContext;
import dev.aidev.vm.VmOutcome;
import dev.aidev.vm.conformance.Conformance.Contract;
import dev.aidev.vm.conformance.Conformance.Gas;
import dev.aidev.vm.gas.ExtCost;
import dev.aidev.vm.gas.RuntimeParams;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * current_account_id, signer_account_id, signer_account_pk, predecessor_account_id, input,
 * block_index, block_timestamp, epoch_height, random_seed (r2-host.md §1 Context): each pays
 * {@code base}, then writes its register.
 */
class ContextConformanceTest {
    private static VmContext context() {
        byte[] pk = new byte[33];
        pk[0] = 0;
        for (int i = 1; i < 33; i++) {
            pk[i] = (byte) i;
        }
        byte[] seed = new byte[32];
        for (int i = 0; i < 32; i++) {
            seed[i] = (byte) (0xA0 + i);
        }
        return ctx().currentAccountId("contract.near").signerAccountId("signer.near").signerAccountPk(pk)
                .predecessorAccountId("pred.near").input("{\"x\":1}".getBytes(StandardCharsets.UTF_8))
                .blockHeight(123_456).blockTimestamp(1_700_000_000_123_456_789L).epochHeight(77)
                .randomSeed(seed).build();
    }

    /** Calls {@code f(0)} and returns register 0. */
    private static VmOutcome registerFunction(NearVm.Engine engine, String f, int expectedLength, VmContext ctx) {
        Contract c = contract().call(f, 0).returnRegister(0);
        VmOutcome out = c.run(engine, ctx);
        assertThat(out.error()).isNull();
        // Since deterministic_account_ids (on in the emulated protocol), input() shares its bytes
        // with the register and pays write_register_base only (nearcore's set_rc_data).
        Gas write = f.equals("input") && RuntimeParams.latest().deterministicAccountIds
                ? new Gas().base(ExtCost.base).base(ExtCost.write_register_base)
                : new Gas().base(ExtCost.base).writeRegister(expectedLength);
        assertGas(out, c, write.returnRegister(expectedLength));
        return out;
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void current_account_id_writes_the_account_id_into_the_register(NearVm.Engine engine) {
        VmOutcome out = registerFunction(engine, "current_account_id", 13, context());
        assertThat(returned(out)).asString().isEqualTo("contract.near");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void signer_account_id_writes_the_signer(NearVm.Engine engine) {
        VmOutcome out = registerFunction(engine, "signer_account_id", 11, context());
        assertThat(returned(out)).asString().isEqualTo("signer.near");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void predecessor_account_id_writes_the_predecessor(NearVm.Engine engine) {
        VmOutcome out = registerFunction(engine, "predecessor_account_id", 9, context());
        assertThat(returned(out)).asString().isEqualTo("pred.near");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void signer_account_pk_is_the_borsh_public_key_with_its_type_byte(NearVm.Engine engine) {
        VmOutcome out = registerFunction(engine, "signer_account_pk", 33, context());
        assertThat(returned(out)).containsExactly(context().signerAccountPk());
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void input_writes_the_call_arguments_and_charges_only_the_register_write_base(NearVm.Engine engine) {
        VmOutcome out = registerFunction(engine, "input", 7, context());
        assertThat(returned(out)).asString().isEqualTo("{\"x\":1}");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void empty_input_is_an_empty_register(NearVm.Engine engine) {
        VmOutcome out = registerFunction(engine, "input", 0, ctx().build());
        assertThat(returned(out)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void random_seed_is_the_32_byte_seed(NearVm.Engine engine) {
        VmOutcome out = registerFunction(engine, "random_seed", 32, context());
        assertThat(returned(out)).containsExactly(context().randomSeed());
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void block_index_block_timestamp_and_epoch_height_return_the_block_values_for_base_each(NearVm.Engine engine) {
        Contract c = contract()
                .body("i32.const 100", "call $block_index", "i64.store")
                .body("i32.const 108", "call $block_timestamp", "i64.store")
                .body("i32.const 116", "call $epoch_height", "i64.store")
                .call("value_return", 24, 100);
        VmOutcome out = c.run(engine, context());
        byte[] r = returned(out);
        assertThat(java.util.Arrays.copyOfRange(r, 0, 8)).containsExactly(u64(123_456));
        assertThat(java.util.Arrays.copyOfRange(r, 8, 16)).containsExactly(u64(1_700_000_000_123_456_789L));
        assertThat(java.util.Arrays.copyOfRange(r, 16, 24)).containsExactly(u64(77));
        assertGas(out, c, new Gas().times(ExtCost.base, 4).readMemory(24));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void context_registers_can_feed_other_host_functions(NearVm.Engine engine) {
        // log_utf8 reads memory only, so copy the register out first: read_register, then log it.
        Contract c = contract()
                .call("predecessor_account_id", 3)
                .call("read_register", 3, 200)
                .call("log_utf8", 9, 200);
        VmOutcome out = c.run(engine, context());
        assertThat(out.error()).isNull();
        assertThat(out.logs()).containsExactly("pred.near");
        assertGas(out, c, new Gas()
                .base(ExtCost.base).writeRegister(9)
                .base(ExtCost.base).readRegister(9).writeMemory(9)
                .base(ExtCost.base).base(ExtCost.utf8_decoding_base).readMemory(9)
                .times(ExtCost.utf8_decoding_byte, 9).base(ExtCost.log_base).times(ExtCost.log_byte, 9));
    }
}
