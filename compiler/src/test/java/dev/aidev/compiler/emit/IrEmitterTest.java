package dev.aidev.compiler.emit;

import static dev.aidev.compiler.ir.Ir.add;
import static dev.aidev.compiler.ir.Ir.call;
import static dev.aidev.compiler.ir.Ir.extendU;
import static dev.aidev.compiler.ir.Ir.host;
import static dev.aidev.compiler.ir.Ir.i32;
import static dev.aidev.compiler.ir.Ir.i64;
import static dev.aidev.compiler.ir.Ir.ifElse;
import static dev.aidev.compiler.ir.Ir.load32;
import static dev.aidev.compiler.ir.Ir.ltS;
import static dev.aidev.compiler.ir.Ir.str;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.compiler.ir.IrBuilder;
import dev.aidev.compiler.ir.Local;
import dev.aidev.compiler.ir.Type;
import dev.aidev.vm.NearVm;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IrEmitterTest {
    private static byte[] module() {
        IrBuilder b = new IrBuilder();
        // pick(i32 n) -> a constant string: "small" below 10, else "large".
        b.function("pick", List.of(Type.I32), Type.I32, f -> f.ret(ifElse(ltS(f.param(0).get(), i32(10)), str("small"), str("large"))));
        b.function("run", List.of(), null, f -> {
            Local s = f.local(Type.I32);
            Local i = f.local(Type.I32);
            f.block(done -> f.loop(top -> {
                f.brIf(done, dev.aidev.compiler.ir.Ir.geS(i.get(), i32(12)));
                f.set(i, add(i.get(), i32(4)));
                f.br(top);
            }));
            f.set(s, call("pick", Type.I32, i.get()));
            f.eval(host("value_return", extendU(load32(s.get(), 0)), extendU(add(s.get(), i32(4)))));
        });
        b.function("unused", List.of(), null, f -> f.eval(host("log_utf8", i64(3), extendU(str("never-emitted")))));
        b.export("run", "run");
        return IrEmitter.emit(b.build());
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void runsStructuredControlFlowCallsAndConstantData(NearVm.Engine engine) {
        assertThat(Chain.result(new Chain(module(), engine).call("run", ""))).isEqualTo("large");
    }

    @org.junit.jupiter.api.Test
    void emitsOnlyWhatTheExportsReach() {
        String bytes = new String(module(), StandardCharsets.ISO_8859_1);

        assertThat(bytes).contains("value_return").contains("large").contains("small");
        assertThat(bytes).doesNotContain("log_utf8").doesNotContain("never-emitted");
    }
}
