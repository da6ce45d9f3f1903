package dev.aidev.compiler.abi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.source.util.JavacTask;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * A @Call returning a Promise: its result schema is near-sdk-rs's for Promise, {@code true}; and
 * the key types the Promise API takes: PublicKey a string, PublicKey.Curve an enum.
 */
class AbiPromiseTest {
    private static final String SOURCE = """
            import dev.aidev.sdk.*;

            @NearContract
            public class Asker {
                @Call
                public Promise ask(AccountId callee) { return Promise.create(callee); }
            }
            """;

    private static final String KEYS = """
            import dev.aidev.sdk.*;

            @NearContract
            public class Keys {
                @Call
                public Promise add(PublicKey key, PublicKey.Curve curve) { return Promise.create(Env.currentAccountId()).addFullAccessKey(key, 0); }
            }
            """;

    @Test
    void a_returned_promise_matches_anything() throws Exception {
        JsonNode abi = abi("Asker", SOURCE);
        JsonNode ask = abi.at("/body/functions/0");
        assertThat(ask.get("name").asText()).isEqualTo("ask");
        assertThat(ask.at("/result/type_schema/$ref").asText()).isEqualTo("#/definitions/Promise");
        assertThat(abi.at("/body/root_schema/definitions/Promise").toString()).isEqualTo("true");
    }

    @Test
    void a_public_key_is_a_string_and_a_curve_an_enum_of_its_names() throws Exception {
        JsonNode abi = abi("Keys", KEYS);
        assertThat(abi.at("/body/root_schema/definitions/PublicKey").toString()).isEqualTo("{\"type\":\"string\"}");
        assertThat(abi.at("/body/root_schema/definitions/Curve/enum").toString()).isEqualTo("[\"ED25519\",\"SECP256K1\"]");
    }

    private static JsonNode abi(String name, String source) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        SimpleJavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + name + ".java"),
                javax.tools.JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        String sdk = Path.of(dev.aidev.sdk.NearContract.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        JavacTask task = (JavacTask) javac.getTask(null, null, null,
                List.of("-classpath", sdk, "-proc:none", "--release", "17"), null, List.of(file));
        task.parse();
        task.analyze();
        TypeElement contract = task.getElements().getTypeElement(name);
        return AbiGenerator.generate(contract, name.toLowerCase(java.util.Locale.ROOT), "0.1.0",
                new AbiGenerator.BuildInfo("aidev-compiler 0.1.0", "aidev 0.1.0"), null);
    }
}
