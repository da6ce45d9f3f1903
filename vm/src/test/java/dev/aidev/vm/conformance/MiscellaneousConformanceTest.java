package dev.aidev.vm.conformance;

import static dev.aidev.vm.conformance.Conformance.FAILS;
import static dev.aidev.vm.conformance.Conformance.PARAMS;
import static dev.aidev.vm.conformance.Conformance.assertGas;
import static dev.aidev.vm.conformance.Conformance.assertHostError;
import static dev.aidev.vm.conformance.Conformance.contract;
import static dev.aidev.vm.conformance.Conformance.ctx;
import static dev.aidev.vm.conformance.Conformance.returned;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.vm.Bytes;
import dev.aidev.vm.NearVm;
import dev.aidev.vm.Receipt;
import dev.aidev.vm.ReturnData;
import dev.aidev.vm.VmOutcome;
import dev.aidev.vm.conformance.Conformance.Contract;
import dev.aidev.vm.conformance.Conformance.Gas;
import dev.aidev.vm.gas.ActionCost;
import dev.aidev.vm.gas.ExtCost;
import dev.aidev.vm.gas.Fee;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * value_return, panic, panic_utf8, log_utf8, log_utf16 and abort (r2-host.md §1 Misc, §5 and
 * r1-gas-prep.md §6 for the display texts).
 */
class MiscellaneousConformanceTest {
    static final long MAX_LOG = PARAMS.maxTotalLogLength;

    private static byte[] utf16le(String s) {
        return s.getBytes(StandardCharsets.UTF_16LE);
    }

    /** base, utf8 decoding of n bytes read from memory, log_base and log_byte for n UTF-8 bytes. */
    private static Gas logUtf8(Gas g, int n) {
        return g.base(ExtCost.base).base(ExtCost.utf8_decoding_base).readMemory(n)
                .times(ExtCost.utf8_decoding_byte, n).base(ExtCost.log_base).times(ExtCost.log_byte, n);
    }

    // ---------------------------------------------------------------------------------------------
    // value_return

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void value_return_from_memory_charges_base_and_the_read_and_the_last_call_wins(NearVm.Engine engine) {
        Contract c = contract().data(0, "first").data(16, "second")
                .call("value_return", 5, 0)
                .call("value_return", 6, 16);
        VmOutcome out = c.run(engine);
        assertThat(returned(out)).asString().isEqualTo("second");
        assertGas(out, c, new Gas().base(ExtCost.base).readMemory(5).base(ExtCost.base).readMemory(6));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void value_return_pays_data_receipt_bytes_for_each_receiver_waiting_for_the_result(NearVm.Engine engine) {
        Contract c = contract().data(0, "result!").call("value_return", 7, 0);
        List<Receipt.DataReceiver> receivers = List.of(
                new Receipt.DataReceiver(Bytes.of(new byte[32]), "contract.test.near"),
                new Receipt.DataReceiver(Bytes.of(new byte[32]), "other.near"));
        VmOutcome out = c.run(engine, ctx().outputDataReceivers(receivers).build());
        assertThat(returned(out)).asString().isEqualTo("result!");
        Fee fee = PARAMS.fee(ActionCost.new_data_receipt_byte);
        long burn = (fee.send(true) + fee.execution()) * 7 + (fee.send(false) + fee.execution()) * 7;
        assertGas(out, c, new Gas().base(ExtCost.base).readMemory(7).action(ActionCost.new_data_receipt_byte, burn));
        assertThat(out.usedGas()).isEqualTo(out.burntGas());
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void value_return_longer_than_the_limit_is_returned_value_length_exceeded(NearVm.Engine engine) {
        long n = PARAMS.maxLengthReturnedData + 1;
        Contract c = contract().body("i64.const " + n, "i64.const 0", "call $value_return " + FAILS);
        VmOutcome out = c.run(engine);
        assertHostError(out, "ReturnedValueLengthExceeded",
                "The length of a returned value 4194305 exceeds the limit 4194304");
        assertGas(out, c, new Gas().base(ExtCost.base).readMemory(n));
    }

    // ---------------------------------------------------------------------------------------------
    // panic, panic_utf8

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void panic_is_guest_panic_explicit_guest_panic_for_base(NearVm.Engine engine) {
        Contract c = contract().body("call $panic " + FAILS);
        VmOutcome out = c.run(engine);
        assertHostError(out, "GuestPanic", "Smart contract panicked: explicit guest panic");
        assertThat(out.logs()).isEmpty();
        assertGas(out, c, new Gas().base(ExtCost.base));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void panic_utf8_carries_the_message_and_does_not_log_it(NearVm.Engine engine) {
        Contract c = contract().data(0, "Not enough tokens ✓")
                .body("i64.const 21", "i64.const 0", "call $panic_utf8 " + FAILS);
        VmOutcome out = c.run(engine);
        assertHostError(out, "GuestPanic", "Smart contract panicked: Not enough tokens ✓");
        assertThat(out.logs()).isEmpty();
        assertGas(out, c, new Gas().base(ExtCost.base).base(ExtCost.utf8_decoding_base).readMemory(21)
                .times(ExtCost.utf8_decoding_byte, 21));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void panic_utf8_with_invalid_utf8_is_bad_utf8(NearVm.Engine engine) {
        Contract c = contract().data(0, new byte[] {'a', (byte) 0xFF, 'b'})
                .body("i64.const 3", "i64.const 0", "call $panic_utf8 " + FAILS);
        VmOutcome out = c.run(engine);
        assertHostError(out, "BadUTF8", "String encoding is bad UTF-8 sequence.");
        assertGas(out, c, new Gas().base(ExtCost.base).base(ExtCost.utf8_decoding_base).readMemory(3)
                .times(ExtCost.utf8_decoding_byte, 3));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void panic_utf8_is_bounded_by_the_remaining_log_budget(NearVm.Engine engine) {
        Contract c = contract().data(0, "a".repeat(16_000))
                .call("log_utf8", 16_000, 0)
                .body("i64.const 385", "i64.const 0", "call $panic_utf8 " + FAILS);
        VmOutcome out = c.run(engine);
        assertHostError(out, "TotalLogLengthExceeded", "The length of a log message 16385 exceeds the limit 16384");
        assertGas(out, c, logUtf8(new Gas(), 16_000).base(ExtCost.base).base(ExtCost.utf8_decoding_base));
    }

    // ---------------------------------------------------------------------------------------------
    // log_utf8

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void log_utf8_logs_the_message_and_charges_decoding_and_log_bytes(NearVm.Engine engine) {
        Contract c = contract().data(0, "héllo").call("log_utf8", 6, 0);
        VmOutcome out = c.run(engine);
        assertThat(out.error()).isNull();
        assertThat(out.logs()).containsExactly("héllo");
        assertGas(out, c, logUtf8(new Gas(), 6));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void log_utf8_with_len_u64_max_reads_a_nul_terminated_string_byte_by_byte(NearVm.Engine engine) {
        Contract c = contract().data(0, new byte[] {'h', 'i', '!', 0, 'x'}).call("log_utf8", -1, 0);
        VmOutcome out = c.run(engine);
        assertThat(out.error()).isNull();
        assertThat(out.logs()).containsExactly("hi!");
        // Four one-byte reads (three characters and the nul), each read_memory_base + read_memory_byte.
        assertGas(out, c, new Gas().base(ExtCost.base).base(ExtCost.utf8_decoding_base)
                .times(ExtCost.read_memory_base, 4).times(ExtCost.read_memory_byte, 4)
                .times(ExtCost.utf8_decoding_byte, 3).base(ExtCost.log_base).times(ExtCost.log_byte, 3));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void log_utf8_with_invalid_utf8_is_bad_utf8_after_paying_for_decoding(NearVm.Engine engine) {
        Contract c = contract().data(0, new byte[] {(byte) 0xC3, (byte) 0x28})
                .body("i64.const 2", "i64.const 0", "call $log_utf8 " + FAILS);
        VmOutcome out = c.run(engine);
        assertHostError(out, "BadUTF8", "String encoding is bad UTF-8 sequence.");
        assertGas(out, c, new Gas().base(ExtCost.base).base(ExtCost.utf8_decoding_base).readMemory(2)
                .times(ExtCost.utf8_decoding_byte, 2));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void the_hundred_and_first_log_is_number_of_logs_exceeded_after_base_only(NearVm.Engine engine) {
        Contract c = contract().data(0, "x");
        Gas gas = new Gas();
        for (int i = 0; i < 100; i++) {
            c.call("log_utf8", 1, 0);
            logUtf8(gas, 1);
        }
        c.body("i64.const 1", "i64.const 0", "call $log_utf8 " + FAILS);
        gas.base(ExtCost.base);
        VmOutcome out = c.run(engine);
        assertHostError(out, "NumberOfLogsExceeded", "The number of logs will exceed the limit 100");
        assertThat(out.logs()).hasSize(100);
        assertGas(out, c, gas);
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_log_longer_than_the_total_log_limit_fails_before_reading_memory(NearVm.Engine engine) {
        Contract c = contract().body("i64.const " + (MAX_LOG + 1), "i64.const 0", "call $log_utf8 " + FAILS);
        VmOutcome out = c.run(engine);
        assertHostError(out, "TotalLogLengthExceeded", "The length of a log message 16385 exceeds the limit 16384");
        assertGas(out, c, new Gas().base(ExtCost.base).base(ExtCost.utf8_decoding_base));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void logs_share_one_total_length_budget_of_16384_utf8_bytes(NearVm.Engine engine) {
        Contract c = contract().data(0, "a".repeat(16_000))
                .call("log_utf8", 16_000, 0)
                .call("log_utf8", 384, 0)
                .body("i64.const 1", "i64.const 0", "call $log_utf8 " + FAILS);
        VmOutcome out = c.run(engine);
        assertHostError(out, "TotalLogLengthExceeded", "The length of a log message 16385 exceeds the limit 16384");
        assertThat(out.logs()).hasSize(2);
        assertGas(out, c, logUtf8(logUtf8(new Gas(), 16_000), 384).base(ExtCost.base).base(ExtCost.utf8_decoding_base));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void logs_are_kept_when_the_call_fails_later(NearVm.Engine engine) {
        Contract c = contract().data(0, "before").call("log_utf8", 6, 0).body("call $panic " + FAILS);
        VmOutcome out = c.run(engine);
        assertHostError(out, "GuestPanic", "Smart contract panicked: explicit guest panic");
        assertThat(out.logs()).containsExactly("before");
    }

    // ---------------------------------------------------------------------------------------------
    // log_utf16

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void log_utf16_decodes_little_endian_and_pays_log_bytes_on_the_utf8_length(NearVm.Engine engine) {
        byte[] text = utf16le("héllo😀");
        Contract c = contract().data(0, text).call("log_utf16", text.length, 0);
        VmOutcome out = c.run(engine);
        assertThat(out.error()).isNull();
        assertThat(out.logs()).containsExactly("héllo😀");
        int utf8 = "héllo😀".getBytes(StandardCharsets.UTF_8).length;
        assertGas(out, c, new Gas().base(ExtCost.base).base(ExtCost.utf16_decoding_base).readMemory(text.length)
                .times(ExtCost.utf16_decoding_byte, text.length).base(ExtCost.log_base).times(ExtCost.log_byte, utf8));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void log_utf16_with_len_u64_max_reads_up_to_a_nul_code_unit(NearVm.Engine engine) {
        byte[] text = utf16le("ok\0z");
        Contract c = contract().data(0, text).call("log_utf16", -1, 0);
        VmOutcome out = c.run(engine);
        assertThat(out.error()).isNull();
        assertThat(out.logs()).containsExactly("ok");
        // Three two-byte reads ('o', 'k', the nul), each read_memory_base + 2 * read_memory_byte.
        assertGas(out, c, new Gas().base(ExtCost.base).base(ExtCost.utf16_decoding_base)
                .times(ExtCost.read_memory_base, 3).times(ExtCost.read_memory_byte, 6)
                .times(ExtCost.utf16_decoding_byte, 4).base(ExtCost.log_base).times(ExtCost.log_byte, 2));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void log_utf16_of_an_odd_number_of_bytes_is_bad_utf16(NearVm.Engine engine) {
        Contract c = contract().data(0, utf16le("ab")).body("i64.const 3", "i64.const 0", "call $log_utf16 " + FAILS);
        VmOutcome out = c.run(engine);
        assertHostError(out, "BadUTF16", "String encoding is bad UTF-16 sequence.");
        assertGas(out, c, new Gas().base(ExtCost.base).base(ExtCost.utf16_decoding_base).readMemory(3));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void log_utf16_with_an_unpaired_surrogate_is_bad_utf16(NearVm.Engine engine) {
        Contract c = contract().data(0, new byte[] {'a', 0, 0x00, (byte) 0xD8, 'b', 0})
                .body("i64.const 6", "i64.const 0", "call $log_utf16 " + FAILS);
        VmOutcome out = c.run(engine);
        assertHostError(out, "BadUTF16", "String encoding is bad UTF-16 sequence.");
        assertGas(out, c, new Gas().base(ExtCost.base).base(ExtCost.utf16_decoding_base).readMemory(6)
                .times(ExtCost.utf16_decoding_byte, 6));
    }

    // ---------------------------------------------------------------------------------------------
    // abort (AssemblyScript): strings are UTF-16 with their byte length in the u32 before them.

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void abort_logs_abort_and_panics_with_message_filename_line_and_column(NearVm.Engine engine) {
        byte[] msg = utf16le("bad");
        byte[] file = utf16le("a.ts");
        Contract c = contract()
                .data(0, Conformance.u64(msg.length)).data(4, msg)
                .data(100, Conformance.u64(file.length)).data(104, file)
                .body("i32.const 4", "i32.const 104", "i32.const 12", "i32.const 34", "call $abort " + FAILS);
        VmOutcome out = c.run(engine);
        String message = "bad, filename: \"a.ts\" line: 12 col: 34";
        assertHostError(out, "GuestPanic", "Smart contract panicked: " + message);
        assertThat(out.logs()).containsExactly("ABORT: " + message);
        assertGas(out, c, new Gas().base(ExtCost.base)
                .readMemory(4).base(ExtCost.utf16_decoding_base).readMemory(6).times(ExtCost.utf16_decoding_byte, 6)
                .readMemory(4).base(ExtCost.utf16_decoding_base).readMemory(8).times(ExtCost.utf16_decoding_byte, 8)
                .base(ExtCost.log_base).times(ExtCost.log_byte, message.length()));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void abort_with_a_pointer_below_4_is_bad_utf16_after_base(NearVm.Engine engine) {
        Contract c = contract().body("i32.const 3", "i32.const 104", "i32.const 1", "i32.const 1", "call $abort " + FAILS);
        VmOutcome out = c.run(engine);
        assertHostError(out, "BadUTF16", "String encoding is bad UTF-16 sequence.");
        assertThat(out.logs()).isEmpty();
        assertGas(out, c, new Gas().base(ExtCost.base));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void abort_line_and_column_are_unsigned(NearVm.Engine engine) {
        byte[] msg = utf16le("m");
        Contract c = contract()
                .data(0, Conformance.u64(msg.length)).data(4, msg)
                .body("i32.const 4", "i32.const 4", "i32.const -1", "i32.const 0", "call $abort " + FAILS);
        VmOutcome out = c.run(engine);
        assertHostError(out, "GuestPanic", "Smart contract panicked: m, filename: \"m\" line: 4294967295 col: 0");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_successful_call_without_value_return_returns_nothing(NearVm.Engine engine) {
        Contract c = contract().body("nop");
        VmOutcome out = c.run(engine);
        assertThat(out.error()).isNull();
        assertThat(out.returnData()).isInstanceOf(ReturnData.None.class);
        assertGas(out, c, new Gas());
    }
}
