package dev.aidev.vm.conformance;

import static dev.aidev.vm.conformance.Conformance.FAILS;
import static dev.aidev.vm.conformance.Conformance.PARAMS;
import static dev.aidev.vm.conformance.Conformance.assertGas;
import static dev.aidev.vm.conformance.Conformance.assertHostError;
import static dev.aidev.vm.conformance.Conformance.contract;
import static dev.aidev.vm.conformance.Conformance.ctx;
import static dev.aidev.vm.conformance.Conformance.returned;
import static dev.aidev.vm.conformance.Conformance.u64;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.vm.Bytes;
import dev.aidev.vm.Contracts;
import dev.aidev.vm.NearVm;
import dev.aidev.vm.VmOutcome;
import dev.aidev.vm.conformance.Conformance.Contract;
import dev.aidev.vm.conformance.Conformance.Gas;
import dev.aidev.vm.gas.ExtCost;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * storage_write, storage_read, storage_remove, storage_has_key, storage_usage and the deprecated
 * storage_iter_* (r2-host.md §1 Storage). Trie-node costs (TOUCHING_TRIE_NODE) depend on nearcore's
 * trie and are not asserted here; see /tmp/findings/conformance.md.
 */
class StorageConformanceTest {
    static final long EXTRA = PARAMS.storageNumExtraBytesRecord;

    private static Contracts.MapStorage storageWith(String key, String value) {
        Contracts.MapStorage s = new Contracts.MapStorage();
        s.data.put(Bytes.of(key.getBytes(StandardCharsets.UTF_8)), value.getBytes(StandardCharsets.UTF_8));
        return s;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Gas writeCost(Gas g, int key, int value) {
        return g.base(ExtCost.base).base(ExtCost.storage_write_base).readMemory(key).readMemory(value)
                .times(ExtCost.storage_write_key_byte, key).times(ExtCost.storage_write_value_byte, value);
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void storage_write_of_a_new_key_returns_0_and_adds_key_value_and_40_bytes_of_storage(NearVm.Engine engine) {
        Contract c = contract().data(0, "key").data(16, "value!")
                .body("i32.const 100")
                .call("storage_write", 3, 0, 6, 16, 0)
                .body("i64.store")
                .body("i32.const 108")
                .call("storage_usage")
                .body("i64.store")
                .call("value_return", 16, 100);
        VmOutcome out = c.run(engine, ctx().storageUsage(1000).build());
        ByteBuffer r = ByteBuffer.wrap(returned(out)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(r.getLong()).isEqualTo(0);
        assertThat(r.getLong()).isEqualTo(1000 + 3 + 6 + EXTRA);
        assertThat(out.storageUsage()).isEqualTo(1000 + 3 + 6 + EXTRA);
        assertThat(out.storageChanges()).hasSize(1);
        assertThat(out.storageChanges().get(Bytes.of(utf8("key")))).isEqualTo(utf8("value!"));
        assertGas(out, c, writeCost(new Gas(), 3, 6).base(ExtCost.base).base(ExtCost.base).readMemory(16));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void storage_write_over_an_existing_key_returns_1_and_puts_the_evicted_value_in_the_register(
            NearVm.Engine engine) {
        Contract c = contract().data(0, "key").data(16, "new")
                .call("storage_write", 3, 0, 3, 16, 7)
                .body("drop")
                .returnRegister(7);
        VmOutcome out = c.run(engine, ctx().storageUsage(500).build(), storageWith("key", "old value"));
        assertThat(returned(out)).asString().isEqualTo("old value");
        assertThat(out.storageUsage()).isEqualTo(500 - 9 + 3);
        assertGas(out, c, writeCost(new Gas(), 3, 3).times(ExtCost.storage_write_evicted_byte, 9)
                .writeRegister(9).returnRegister(9));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void storage_read_finds_a_stored_value_and_charges_key_and_value_bytes(NearVm.Engine engine) {
        Contract c = contract().data(0, "key")
                .call("storage_read", 3, 0, 2)
                .body("drop")
                .returnRegister(2);
        VmOutcome out = c.run(engine, ctx().build(), storageWith("key", "stored"));
        assertThat(returned(out)).asString().isEqualTo("stored");
        assertGas(out, c, new Gas().base(ExtCost.base).base(ExtCost.storage_read_base).readMemory(3)
                .times(ExtCost.storage_read_key_byte, 3).times(ExtCost.storage_read_value_byte, 6)
                .writeRegister(6).returnRegister(6));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void storage_read_of_a_missing_key_returns_0_and_leaves_the_register_alone(NearVm.Engine engine) {
        Contract c = contract().data(0, "nope")
                .body("i32.const 100")
                .call("storage_read", 4, 0, 2)
                .body("i64.store")
                .body("i32.const 108")
                .call("register_len", 2)
                .body("i64.store")
                .call("value_return", 16, 100);
        VmOutcome out = c.run(engine);
        ByteBuffer r = ByteBuffer.wrap(returned(out)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(r.getLong()).isEqualTo(0);
        assertThat(r.getLong()).isEqualTo(-1);
        assertGas(out, c, new Gas().base(ExtCost.base).base(ExtCost.storage_read_base).readMemory(4)
                .times(ExtCost.storage_read_key_byte, 4).base(ExtCost.base).base(ExtCost.base).readMemory(16));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void storage_read_sees_the_calls_own_writes_and_takes_the_key_from_a_register(NearVm.Engine engine) {
        Contract c = contract().data(0, "k").data(16, "v1")
                .call("write_register", 9, 1, 0)
                .call("storage_write", -1, 9, 2, 16, 0).body("drop")
                .call("storage_read", -1, 9, 3).body("drop")
                .returnRegister(3);
        VmOutcome out = c.run(engine);
        assertThat(returned(out)).asString().isEqualTo("v1");
        assertGas(out, c, new Gas()
                .base(ExtCost.base).readMemory(1).writeRegister(1)
                .base(ExtCost.base).base(ExtCost.storage_write_base).readRegister(1).readMemory(2)
                .times(ExtCost.storage_write_key_byte, 1).times(ExtCost.storage_write_value_byte, 2)
                .base(ExtCost.base).base(ExtCost.storage_read_base).readRegister(1)
                .times(ExtCost.storage_read_key_byte, 1).times(ExtCost.storage_read_value_byte, 2).writeRegister(2)
                .returnRegister(2));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void storage_remove_returns_1_with_the_value_and_frees_key_value_and_40_bytes(NearVm.Engine engine) {
        Contract c = contract().data(0, "key")
                .call("storage_remove", 3, 0, 1).body("drop")
                .returnRegister(1);
        VmOutcome out = c.run(engine, ctx().storageUsage(1000).build(), storageWith("key", "gone"));
        assertThat(returned(out)).asString().isEqualTo("gone");
        assertThat(out.storageUsage()).isEqualTo(1000 - 3 - 4 - EXTRA);
        assertThat(out.storageChanges()).containsKey(Bytes.of(utf8("key")));
        assertThat(out.storageChanges().get(Bytes.of(utf8("key")))).isNull();
        assertGas(out, c, new Gas().base(ExtCost.base).base(ExtCost.storage_remove_base).readMemory(3)
                .times(ExtCost.storage_remove_key_byte, 3).times(ExtCost.storage_remove_ret_value_byte, 4)
                .writeRegister(4).returnRegister(4));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void storage_remove_of_a_missing_key_returns_0(NearVm.Engine engine) {
        Contract c = contract().data(0, "key")
                .body("i32.const 100").call("storage_remove", 3, 0, 1).body("i64.store")
                .call("value_return", 8, 100);
        VmOutcome out = c.run(engine, ctx().storageUsage(1000).build());
        assertThat(returned(out)).containsExactly(u64(0));
        assertThat(out.storageUsage()).isEqualTo(1000);
        assertThat(out.storageChanges()).isEmpty();
        assertGas(out, c, new Gas().base(ExtCost.base).base(ExtCost.storage_remove_base).readMemory(3)
                .times(ExtCost.storage_remove_key_byte, 3).base(ExtCost.base).readMemory(8));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void storage_has_key_answers_1_or_0_and_charges_key_bytes(NearVm.Engine engine) {
        Contract c = contract().data(0, "yes").data(8, "no")
                .body("i32.const 100").call("storage_has_key", 3, 0).body("i64.store")
                .body("i32.const 108").call("storage_has_key", 2, 8).body("i64.store")
                .call("value_return", 16, 100);
        VmOutcome out = c.run(engine, ctx().build(), storageWith("yes", "1"));
        ByteBuffer r = ByteBuffer.wrap(returned(out)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(r.getLong()).isEqualTo(1);
        assertThat(r.getLong()).isEqualTo(0);
        assertGas(out, c, new Gas()
                .base(ExtCost.base).base(ExtCost.storage_has_key_base).readMemory(3).times(ExtCost.storage_has_key_byte, 3)
                .base(ExtCost.base).base(ExtCost.storage_has_key_base).readMemory(2).times(ExtCost.storage_has_key_byte, 2)
                .base(ExtCost.base).readMemory(16));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_storage_key_of_2049_bytes_is_key_length_exceeded_before_the_value_is_read(NearVm.Engine engine) {
        Contract c = contract().body("i64.const 2049", "i64.const 0", "i64.const 1", "i64.const 0", "i64.const 0",
                "call $storage_write " + FAILS, "drop");
        VmOutcome out = c.run(engine);
        assertHostError(out, "KeyLengthExceeded", "The length of a storage key 2049 exceeds the limit 2048");
        assertGas(out, c, new Gas().base(ExtCost.base).base(ExtCost.storage_write_base).readMemory(2049));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void key_length_is_checked_by_read_remove_and_has_key_too(NearVm.Engine engine) {
        Contract read = contract().body("i64.const 2049", "i64.const 0", "i64.const 1", "call $storage_read " + FAILS, "drop");
        VmOutcome r = read.run(engine);
        assertHostError(r, "KeyLengthExceeded", "The length of a storage key 2049 exceeds the limit 2048");
        assertGas(r, read, new Gas().base(ExtCost.base).base(ExtCost.storage_read_base).readMemory(2049));
        Contract remove = contract().body("i64.const 2049", "i64.const 0", "i64.const 1", "call $storage_remove " + FAILS, "drop");
        VmOutcome rm = remove.run(engine);
        assertHostError(rm, "KeyLengthExceeded", "The length of a storage key 2049 exceeds the limit 2048");
        assertGas(rm, remove, new Gas().base(ExtCost.base).base(ExtCost.storage_remove_base).readMemory(2049));
        Contract has = contract().body("i64.const 2049", "i64.const 0", "call $storage_has_key " + FAILS, "drop");
        VmOutcome h = has.run(engine);
        assertHostError(h, "KeyLengthExceeded", "The length of a storage key 2049 exceeds the limit 2048");
        assertGas(h, has, new Gas().base(ExtCost.base).base(ExtCost.storage_has_key_base).readMemory(2049));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_storage_value_over_4_mib_is_value_length_exceeded_before_paying_per_byte(NearVm.Engine engine) {
        long n = PARAMS.maxLengthStorageValue + 1;
        Contract c = contract().body("i64.const 1", "i64.const 0", "i64.const " + n, "i64.const 0", "i64.const 0",
                "call $storage_write " + FAILS, "drop");
        VmOutcome out = c.run(engine);
        assertHostError(out, "ValueLengthExceeded", "The length of a storage value 4194305 exceeds the limit 4194304");
        assertGas(out, c, new Gas().base(ExtCost.base).base(ExtCost.storage_write_base).readMemory(1).readMemory(n));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void writes_of_a_failed_call_are_discarded_but_their_gas_is_burnt(NearVm.Engine engine) {
        Contract c = contract().data(0, "key")
                .call("storage_write", 3, 0, 3, 0, 0).body("drop")
                .body("call $panic " + FAILS);
        VmOutcome out = c.run(engine, ctx().storageUsage(77).build());
        assertHostError(out, "GuestPanic", "Smart contract panicked: explicit guest panic");
        assertThat(out.storageChanges()).isEmpty();
        assertThat(out.storageUsage()).isEqualTo(77);
        assertGas(out, c, writeCost(new Gas(), 3, 3).base(ExtCost.base));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void storage_iter_prefix_is_deprecated_and_charges_nothing(NearVm.Engine engine) {
        Contract c = contract().body("i64.const 0", "i64.const 0", "call $storage_iter_prefix " + FAILS, "drop");
        VmOutcome out = c.run(engine);
        assertHostError(out, "Deprecated", "Attempted to call deprecated host function storage_iter_prefix");
        assertGas(out, c, new Gas());
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void storage_iter_range_is_deprecated_and_charges_nothing(NearVm.Engine engine) {
        Contract c = contract().body("i64.const 0", "i64.const 0", "i64.const 0", "i64.const 0",
                "call $storage_iter_range " + FAILS, "drop");
        VmOutcome out = c.run(engine);
        assertHostError(out, "Deprecated", "Attempted to call deprecated host function storage_iter_range");
        assertGas(out, c, new Gas());
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void storage_iter_next_is_deprecated_and_charges_nothing(NearVm.Engine engine) {
        Contract c = contract().body("i64.const 0", "i64.const 0", "i64.const 1", "call $storage_iter_next " + FAILS, "drop");
        VmOutcome out = c.run(engine);
        assertHostError(out, "Deprecated", "Attempted to call deprecated host function storage_iter_next");
        assertGas(out, c, new Gas());
    }
}
