package dev.aidev.compiler.lower;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.compiler.CompileResult;
import dev.aidev.compiler.ContractCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Uses of Optional the back end does not compile get a diagnostic at the node, not a crash. */
class OptionalDiagnosticsTest {
    private static String render(String body) throws Exception {
        String source = """
                import dev.aidev.sdk.*;
                import java.util.Optional;

                @NearContract
                public class Opt {
                    public Opt() {}

                    public record P(int x) {}

                    @View
                    public boolean test() {
                """ + body + """
                    }
                }
                """;
        Path dir = Files.createTempDirectory("aidev-opt");
        Path file = dir.resolve("Opt.java");
        Files.writeString(file, source);
        CompileResult r = ContractCompiler.compile(List.of(file),
                ContractCompiler.Options.builder().displayRoot(dir).backend(new WasmBackend()).build());
        assertThat(r.hasErrors()).isTrue();
        return r.render();
    }

    @Test
    void equalsWithAnotherOptionalType() throws Exception {
        assertThat(render("return Optional.of(\"a\").equals(Optional.of(1));"))
                .contains("Opt.java:12:8: error: Optional.equals with an argument of type java.util.Optional<java.lang.Integer>"
                        + " is not supported by the WebAssembly back end yet");
    }

    @Test
    void optionalOfACollection() throws Exception {
        assertThat(render("Optional<LookupMap<String, String>> m = Optional.empty(); return m.isEmpty();"))
                .contains("the type java.util.Optional<dev.aidev.sdk.LookupMap<java.lang.String,java.lang.String>>"
                        + " is not supported by the WebAssembly back end yet");
    }

}
