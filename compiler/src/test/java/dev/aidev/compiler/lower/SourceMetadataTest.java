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

    private static List<String> fieldNames(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
