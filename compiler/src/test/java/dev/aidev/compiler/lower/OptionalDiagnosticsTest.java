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
    void equalsWithAnOptionalOfARelatedType() throws Exception {
        // Unrelated element types compile (only two empty Optionals are equal: OptionalEquality);
        // a subtype relation would need the runtime type of the values.
        assertThat(render("Optional<Comparable<String>> c = Optional.empty(); return Optional.of(\"a\").equals(c);"))
                .contains("Opt.java:12:1: error: the type java.util.Optional<java.lang.Comparable<java.lang.String>>"
                        + " is not supported by the WebAssembly back end yet");
    }

    @Test
    void optionalOfACollection() throws Exception {
        assertThat(render("Optional<LookupMap<String, String>> m = Optional.empty(); return m.isEmpty();"))
                .contains("the type java.util.Optional<dev.aidev.sdk.LookupMap<java.lang.String,java.lang.String>>"
                        + " is not supported by the WebAssembly back end yet");
    }

}
