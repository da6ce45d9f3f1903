package dev.aidev.compiler.lower;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.compiler.CompileResult;
import dev.aidev.compiler.ContractCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Byte conversions other than getBytes(StandardCharsets.UTF_8) get a positioned diagnostic, not a crash. */
class BytesDiagnosticsTest {
    private static String render(String body) throws Exception {
        String source = """
                import dev.aidev.sdk.*;
                import java.nio.charset.StandardCharsets;

                @NearContract
                public class Raw {
                    public Raw() {}

                    @View
                    public void test(String s) {
                """ + body + """
                    }
                }
                """;
        Path dir = Files.createTempDirectory("aidev-bytes");
        Path file = dir.resolve("Raw.java");
        Files.writeString(file, source);
        CompileResult r = ContractCompiler.compile(List.of(file),
                ContractCompiler.Options.builder().displayRoot(dir).backend(new WasmBackend()).build());
        assertThat(r.hasErrors()).isTrue();
        return r.render();
    }

    @Test
    void getBytesWithTheDefaultCharset() throws Exception {
        assertThat(render("Env.valueReturn(s.getBytes());"))
                .contains("Raw.java:10:19: error: String.getBytes() is not supported in contracts");
    }

    @Test
    void getBytesWithAnotherCharset() throws Exception {
        assertThat(render("Env.valueReturn(s.getBytes(StandardCharsets.ISO_8859_1));"))
                .contains("Raw.java:10:45: error: StandardCharsets.ISO_8859_1 is not supported in contracts");
    }

    @Test
    void getBytesWithACharsetVariable() throws Exception {
        assertThat(render("Env.valueReturn(s.getBytes(s.isEmpty() ? StandardCharsets.UTF_8 : StandardCharsets.UTF_8));"))
                .contains("Raw.java:10:17: error: String.getBytes with a charset other than StandardCharsets.UTF_8"
                        + " is not supported by the WebAssembly back end yet");
    }

    @Test
    void newStringWithACharsetVariable() throws Exception {
        assertThat(render("Env.log(new String(s.getBytes(StandardCharsets.UTF_8), s.isEmpty() ? StandardCharsets.UTF_8 : StandardCharsets.UTF_8));"))
                .contains("Raw.java:10:9: error: new String(bytes, charset) with a charset other than StandardCharsets.UTF_8"
                        + " is not supported by the WebAssembly back end yet");
    }
}
