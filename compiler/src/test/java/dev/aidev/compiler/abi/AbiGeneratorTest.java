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

class AbiGeneratorTest {
    private static final String SOURCE = """
            import dev.aidev.sdk.*;
            import java.util.List;
            import java.util.Optional;

            @NearContract
            public class Book {
                public record Message(AccountId sender, String text, boolean premium, Optional<U128> tip) {}
                public enum Mood { HAPPY, SAD }

                @Init
                public static Book create(AccountId ownerId) { return new Book(); }

                @Call(payable = true)
                public void addMessage(String text) {}

                @Call
                @Private
                public long onDone(int count, Mood mood) { return 0; }

                @View
                public List<Message> getMessages(int fromIndex, int limit) { return List.of(); }

                @View
                @Name("total")
                public U128 totalSupply() { return null; }

                public void internal() {}
            }
            """;

    private static TypeElement attribute() throws Exception {
        return attribute(SOURCE, "Book");
    }

    private static TypeElement attribute(String source, String name) throws Exception {
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
        return task.getElements().getTypeElement(name);
    }

    @Test
    void functions_kinds_modifiers_params_and_results_follow_near_abi() throws Exception {
        JsonNode abi = AbiGenerator.generate(attribute(), "book", "0.1.0",
                new AbiGenerator.BuildInfo("aidev-compiler 0.1.0", "aidev 0.1.0"), null);
        assertThat(abi.get("schema_version").asText()).isEqualTo("0.4.0");
        assertThat(abi.at("/metadata/name").asText()).isEqualTo("book");
        JsonNode fns = abi.at("/body/functions");
        assertThat(fns).extracting(f -> f.get("name").asText())
                .containsExactly("add_message", "contract_source_metadata", "create", "get_messages", "on_done", "total");
        JsonNode add = fns.get(0);
        assertThat(add.get("kind").asText()).isEqualTo("call");
        assertThat(add.get("modifiers").toString()).isEqualTo("[\"payable\"]");
        assertThat(add.at("/params/args/0/name").asText()).isEqualTo("text");
        assertThat(add.has("result")).isFalse();
        JsonNode create = fns.get(2);
        assertThat(create.get("modifiers").toString()).isEqualTo("[\"init\"]");
        assertThat(create.at("/params/args/0/name").asText()).isEqualTo("owner_id");
        assertThat(create.at("/params/args/0/type_schema/$ref").asText()).isEqualTo("#/definitions/AccountId");
        JsonNode get = fns.get(3);
        assertThat(get.get("kind").asText()).isEqualTo("view");
        assertThat(get.at("/params/args/0/name").asText()).isEqualTo("from_index");
        assertThat(get.at("/params/args/0/type_schema").toString()).isEqualTo("{\"type\":\"integer\",\"format\":\"int32\"}");
        assertThat(get.at("/result/type_schema").toString())
                .isEqualTo("{\"type\":\"array\",\"items\":{\"$ref\":\"#/definitions/Message\"}}");
        JsonNode onDone = fns.get(4);
        assertThat(onDone.get("modifiers").toString()).isEqualTo("[\"private\"]");
        assertThat(onDone.at("/params/args/1/type_schema/$ref").asText()).isEqualTo("#/definitions/Mood");
        JsonNode defs = abi.at("/body/root_schema/definitions");
        assertThat(defs.get("Message").toString()).isEqualTo("{\"type\":\"object\",\"required\":[\"sender\",\"text\","
                + "\"premium\"],\"properties\":{\"sender\":{\"$ref\":\"#/definitions/AccountId\"},\"text\":{\"type\":"
                + "\"string\"},\"premium\":{\"type\":\"boolean\"},\"tip\":{\"anyOf\":[{\"$ref\":\"#/definitions/U128\"},"
                + "{\"type\":\"null\"}]}}}");
        assertThat(defs.get("Mood").toString()).isEqualTo("{\"type\":\"string\",\"enum\":[\"HAPPY\",\"SAD\"]}");
        assertThat(defs.get("U128").toString()).isEqualTo("{\"type\":\"string\"}");
        assertThat(abi.at("/body/root_schema/$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
    }

    @Test
    void names_become_snake_case() {
        assertThat(AbiGenerator.snakeCase("getMessages")).isEqualTo("get_messages");
        assertThat(AbiGenerator.snakeCase("receiverId")).isEqualTo("receiver_id");
        assertThat(AbiGenerator.snakeCase("ftTransferCall")).isEqualTo("ft_transfer_call");
        assertThat(AbiGenerator.snakeCase("nftToken")).isEqualTo("nft_token");
        assertThat(AbiGenerator.snakeCase("get")).isEqualTo("get");
    }

    @Test
    void u64_is_a_string_schema_named_U64_as_near_sdk_rs() throws Exception {
        String source = """
                import dev.aidev.sdk.*;
                import java.util.List;
                import java.util.Optional;

                @NearContract
                public class Heights {
                    public record Mark(U64 height, Optional<U64> next) {}

                    @View
                    public List<U64> between(U64 from, Mark to) { return List.of(); }
                }
                """;
        JsonNode abi = AbiGenerator.generate(attribute(source, "Heights"), "heights", "0.1.0",
                new AbiGenerator.BuildInfo("aidev-compiler 0.1.0", "aidev 0.1.0"), null);
        JsonNode between = abi.at("/body/functions/0");
        assertThat(between.get("name").asText()).isEqualTo("between");
        assertThat(between.at("/params/args/0/type_schema").toString()).isEqualTo("{\"$ref\":\"#/definitions/U64\"}");
        assertThat(between.at("/result/type_schema").toString())
                .isEqualTo("{\"type\":\"array\",\"items\":{\"$ref\":\"#/definitions/U64\"}}");
        JsonNode defs = abi.at("/body/root_schema/definitions");
        assertThat(defs.get("U64").toString()).isEqualTo("{\"type\":\"string\"}");
        assertThat(defs.get("Mark").toString()).isEqualTo("{\"type\":\"object\",\"required\":[\"height\"],"
                + "\"properties\":{\"height\":{\"$ref\":\"#/definitions/U64\"},\"next\":{\"anyOf\":"
                + "[{\"$ref\":\"#/definitions/U64\"},{\"type\":\"null\"}]}}}");
    }
}
