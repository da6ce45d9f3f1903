package dev.aidev.compiler.lower;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.compiler.CompileResult;
import dev.aidev.compiler.ContractCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * U128/U64 {@code equals} with an argument of another class is false in Java; the back end, where
 * both are 16-byte cells, refuses it with a diagnostic rather than compare the bytes.
 */
class NumberEqualsDiagnosticsTest {
    private static CompileResult compile(String body) throws Exception {
        String source = """
                import dev.aidev.sdk.*;

                @NearContract
                public class Num {
                    public Num() {}

                    @View
                    public boolean test(U128 a, U64 b) {
                """ + body + """
                    }
                }
                """;
        Path dir = Files.createTempDirectory("aidev-num");
        Path file = dir.resolve("Num.java");
        Files.writeString(file, source);
        return ContractCompiler.compile(List.of(file),
                ContractCompiler.Options.builder().displayRoot(dir).backend(new WasmBackend()).build());
    }

    @Test
    void u64EqualsU128IsADiagnostic() throws Exception {
        CompileResult r = compile("return b.equals(a);");
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.render()).contains("Num.java:9:8:")
                .contains("equals() with an argument of another type than dev.aidev.sdk.U64 is not supported by the WebAssembly back end yet");
    }

    @Test
    void sameTypeAndNullCompile() throws Exception {
        CompileResult r = compile("return a.equals(a) && !a.equals(null) && b.equals(U64.ZERO);");
        assertThat(r.hasErrors()).as(r.render()).isFalse();
    }
}
