package dev.aidev.compiler.lower;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.compiler.CompileResult;
import dev.aidev.compiler.ContractCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Collection methods the back end does not compile get a positioned diagnostic, not a crash. */
class CollectionDiagnosticsTest {
    private static String render(String body) throws Exception {
        String source = """
                import dev.aidev.sdk.*;

                @NearContract
                public class Col {
                    private final LookupSet<String> set = new LookupSet<>("s");
                    private final Vector<String> vec = new Vector<>("v");

                    public Col() {}

                    @View
                    public int test() {
                """ + body + """
                    }
                }
                """;
        Path dir = Files.createTempDirectory("aidev-col");
        Path file = dir.resolve("Col.java");
        Files.writeString(file, source);
        CompileResult r = ContractCompiler.compile(List.of(file),
                ContractCompiler.Options.builder().displayRoot(dir).backend(new WasmBackend()).build());
        assertThat(r.hasErrors()).isTrue();
        return r.render();
    }

    @Test
    void lookupSetPrefix() throws Exception {
        assertThat(render("return set.prefix().length;"))
                .contains("Col.java:12:8: error: dev.aidev.sdk.StorageCollection.prefix() is not supported by the WebAssembly back end yet");
    }

    @Test
    void lookupSetWithByteArrayPrefix() throws Exception {
        assertThat(render("LookupSet<String> s = new LookupSet<>(new byte[] {1}); return s.contains(\"a\") ? 1 : 0;"))
                .contains("Col.java:12:23: error: a LookupSet prefix that is not a String is not supported by the WebAssembly back end yet");
    }

    @Test
    void vectorPrefix() throws Exception {
        assertThat(render("return vec.prefix().length;"))
                .contains("Col.java:12:8: error: dev.aidev.sdk.StorageCollection.prefix() is not supported by the WebAssembly back end yet");
    }

    @Test
    void iterableMapKeyedByVectors() throws Exception {
        // Collections as values are supported (NestedCollections); as keys they are not.
        assertThat(render("IterableMap<Vector<String>, String> m = new IterableMap<>(\"m\"); return m.size();"))
                .contains("error: an IterableMap of these types is not supported by the WebAssembly back end yet");
    }

    @Test
    void iterableSetWithByteArrayPrefix() throws Exception {
        assertThat(render("IterableSet<String> s = new IterableSet<>(new byte[] {1}); return s.size();"))
                .contains("Col.java:12:25: error: an iterable collection's prefix that is not a String is not supported by the WebAssembly back end yet");
    }

    @Test
    void treeMapWithBooleanKeys() throws Exception {
        assertThat(render("TreeMap<Boolean, String> m = new TreeMap<>(\"t\"); return m.size();"))
                .contains("Col.java:12:57: error: a TreeMap of these types is not supported by the WebAssembly back end yet");
    }
}
