package dev.aidev.compiler.lower;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aidev.compiler.CompileResult;
import dev.aidev.compiler.ContractCompiler;
import dev.aidev.compiler.abi.AbiGenerator;
import dev.aidev.compiler.emit.Chain;
import dev.aidev.vm.NearVm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** NEP-330: every compiled contract answers the view contract_source_metadata. */
class SourceMetadataTest {
    static final String EXPECTED =
            "{\"version\":\"0.1.0\",\"link\":null,\"standards\":[{\"standard\":\"nep330\",\"version\":\"1.2.0\"}]}";

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void everyContractReturnsNearSdksDefaultSourceMetadata(NearVm.Engine engine) throws Exception {
        Chain counter = new Chain(CounterTest.WASM, engine);
        // A view call, before any state exists: it reads no state.
        assertThat(Chain.result(counter.call("contract_source_metadata", "", b -> b.view(true)))).isEqualTo(EXPECTED);
        assertThat(Chain.result(new Chain(StatusMessageTest.WASM, engine).call("contract_source_metadata", "{}")))
                .isEqualTo(EXPECTED);
    }

    @ParameterizedTest
    @EnumSource(value = NearVm.Engine.class, names = "INTERPRETER")
    void theResultMatchesTheAbisSchemaKeyForKey(NearVm.Engine engine) throws Exception {
        Path dir = Files.createTempDirectory("aidev-nep330");
        Path file = dir.resolve("Counter.java");
        Files.writeString(file, CounterTest.SOURCE);
        CompileResult r = ContractCompiler.compile(List.of(file), ContractCompiler.Options.builder().displayRoot(dir).build());
        JsonNode abi = AbiGenerator.generate(r.program().orElseThrow().contract(), "counter", "0.1.0",
                new AbiGenerator.BuildInfo("aidev-compiler 0.1.0", "aidev 0.1.0"), null);
        JsonNode defs = abi.at("/body/root_schema/definitions");
        JsonNode returned = new ObjectMapper().readTree(EXPECTED);
        assertThat(fieldNames(returned)).isEqualTo(fieldNames(defs.at("/ContractSourceMetadata/properties")));
        assertThat(fieldNames(returned.at("/standards/0"))).isEqualTo(fieldNames(defs.at("/Standard/properties")));
        assertThat(abi.at("/body/functions").findValuesAsText("name")).contains("contract_source_metadata");
        assertThat(Chain.result(new Chain(CounterTest.WASM, engine).call("contract_source_metadata", ""))).isEqualTo(EXPECTED);
    }

    @ParameterizedTest
    @EnumSource(value = NearVm.Engine.class, names = "INTERPRETER")
    void theStandardsOfTheContractAndOfTheTypesItsStateHoldsAreListed(NearVm.Engine engine) throws Exception {
        String ft = metadata(engine, ContractCompiler.compile(Path.of("..", "examples", "fungible-token"),
                ContractCompiler.Options.builder().backend(new WasmBackend()).build()));
        assertThat(ft).isEqualTo("{\"version\":\"0.1.0\",\"link\":null,\"standards\":[{\"standard\":\"nep330\",\"version\":\"1.2.0\"},"
                + "{\"standard\":\"nep141\",\"version\":\"1.0.0\"},{\"standard\":\"nep145\",\"version\":\"1.0.0\"},"
                + "{\"standard\":\"nep148\",\"version\":\"1.0.0\"},{\"standard\":\"nep297\",\"version\":\"1.0.0\"}]}");
        String nft = metadata(engine, ContractCompiler.compile(Path.of("..", "examples", "non-fungible-token"),
                ContractCompiler.Options.builder().backend(new WasmBackend()).build()));
        assertThat(new ObjectMapper().readTree(nft).at("/standards").findValuesAsText("standard"))
                .containsExactly("nep330", "nep171", "nep177", "nep178", "nep181", "nep199", "nep297");

        Path dir = Files.createTempDirectory("aidev-nep330");
        Path file = dir.resolve("Receiver.java");
        Files.writeString(file, String.join("\n",
                "import dev.aidev.sdk.*;",
                "@NearContract",
                "@Standard(name = \"nep1000\", version = \"0.2.0\")",
                "@Standard(name = \"nep141\", version = \"1.0.0\")",
                "public class Receiver {",
                "    private long n;",
                "    @View public long get() { return n; }",
                "}", ""));
        String own = metadata(engine, ContractCompiler.compile(List.of(file),
                ContractCompiler.Options.builder().displayRoot(dir).backend(new WasmBackend()).build()));
        assertThat(new ObjectMapper().readTree(own).at("/standards").findValuesAsText("standard"))
                .containsExactly("nep330", "nep141", "nep1000");
    }

    private static String metadata(NearVm.Engine engine, CompileResult r) throws Exception {
        assertThat(r.diagnostics()).isEmpty();
        return Chain.result(new Chain(r.wasm().orElseThrow(), engine).call("contract_source_metadata", "", b -> b.view(true)));
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
