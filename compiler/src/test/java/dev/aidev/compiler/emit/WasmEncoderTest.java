package dev.aidev.compiler.emit;

import static dev.aidev.compiler.emit.ValType.I32;
import static dev.aidev.compiler.emit.ValType.I64;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.vm.NearVm;
import dev.aidev.vm.VmOutcome;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WasmEncoderTest {
    private static final FuncType VOID = new FuncType(List.of(), List.of());
    private static final FuncType TWO_I64 = new FuncType(List.of(I64, I64), List.of());

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void aHandBuiltModuleReturnsADataSegmentThroughValueReturn(NearVm.Engine engine) {
        WasmEncoder w = new WasmEncoder();
        int valueReturn = w.importFunction("env", "value_return", TWO_I64);
        w.memory(WasmEncoder.DEFAULT_MEMORY_PAGES);
        w.data(1024, "\"hello\"".getBytes(StandardCharsets.UTF_8));
        int get = w.function(VOID, List.of(), new Code().i64Const(7).i64Const(1024).call(valueReturn).end());
        w.exportFunction("get", get);

        VmOutcome out = new Chain(w.encode(), engine).call("get", "");

        assertThat(Chain.result(out)).isEqualTo("\"hello\"");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void loopsLocalsGlobalsCallsAndSignExtensionRun(NearVm.Engine engine) {
        WasmEncoder w = new WasmEncoder();
        int valueReturn = w.importFunction("env", "value_return", TWO_I64);
        int log = w.importFunction("env", "log_utf8", TWO_I64);
        w.memory(17);
        int counter = w.global(I32, true, 2048);
        // digit(i32 n) -> i32: '0' + n, through a sign-extended byte to use that feature.
        int digit = w.function(new FuncType(List.of(I32), List.of(I32)), List.of(),
                new Code().localGet(0).plain(Op.I32_EXTEND8_S).i32Const('0').plain(Op.I32_ADD).end());
        // run(): for i in 0..9 store digit(i) at counter++; log the 10 bytes; return them.
        Code c = new Code()
                .i32Const(0).localSet(0)
                .block(null).loop(null)
                .localGet(0).i32Const(10).plain(Op.I32_GE_S).brIf(1)
                .globalGet(counter).localGet(0).call(digit).i32Store8(0)
                .globalGet(counter).i32Const(1).plain(Op.I32_ADD).globalSet(counter)
                .localGet(0).i32Const(1).plain(Op.I32_ADD).localSet(0)
                .br(0)
                .end().end()
                .i64Const(10).i64Const(2048).call(log)
                .i64Const(10).i64Const(2048).call(valueReturn)
                .end();
        int run = w.function(VOID, List.of(I32, I64, I64), c);
        w.exportFunction("run", run);
        w.exportGlobal("__heap_base", counter);

        VmOutcome out = new Chain(w.encode(), engine).call("run", "");

        assertThat(Chain.result(out)).isEqualTo("0123456789");
        assertThat(out.logs()).containsExactly("0123456789");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void largeConstantsAndOffsetsEncodeAsLeb128(NearVm.Engine engine) {
        WasmEncoder w = new WasmEncoder();
        int valueReturn = w.importFunction("env", "value_return", TWO_I64);
        w.memory(17);
        Code c = new Code()
                .i32Const(0).i64Const(Long.MIN_VALUE).i64Store(100_000)
                .i32Const(0).i64Load(100_000).i64Const(Long.MIN_VALUE).plain(Op.I64_EQ)
                .i32Const(-1).i32Const(-1).plain(Op.I32_EQ).plain(Op.I32_AND)
                .if_(null)
                .i64Const(1).i64Const(1024).call(valueReturn)
                .end()
                .end();
        w.data(1024, new byte[] {'1'});
        w.exportFunction("check", w.function(VOID, List.of(), c));

        assertThat(Chain.result(new Chain(w.encode(), engine).call("check", ""))).isEqualTo("1");
    }
}
