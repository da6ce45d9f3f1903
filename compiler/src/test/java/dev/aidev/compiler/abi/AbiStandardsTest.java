package dev.aidev.compiler.abi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aidev.compiler.CompileResult;
import dev.aidev.compiler.ContractCompiler;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The SDK standards' records are described field by field, like the contract's own records. */
class AbiStandardsTest {
    @Test
    void the_fungible_token_examples_standard_records_are_objects_with_snake_case_keys() {
        CompileResult r = ContractCompiler.compile(Path.of("..", "examples", "fungible-token"), ContractCompiler.Options.defaults());
        assertThat(r.diagnostics()).isEmpty();

        JsonNode abi = AbiGenerator.generate(r.program().orElseThrow().contract(), "fungible-token", "0.1.0",
                new AbiGenerator.BuildInfo("aidev-compiler 0.1.0", "aidev 0.1.0"), null);
        JsonNode definitions = abi.at("/body/root_schema/definitions");

        assertThat(definitions.at("/StorageBalance/type").asText()).isEqualTo("object");
        assertThat(definitions.at("/StorageBalance/properties/total/$ref").asText()).isEqualTo("#/definitions/U128");
        assertThat(definitions.at("/StorageBalance/required").toString()).isEqualTo("[\"total\",\"available\"]");
        assertThat(definitions.at("/FungibleTokenMetadata/properties/reference_hash/anyOf/1/type").asText()).isEqualTo("null");
        assertThat(definitions.at("/FungibleTokenMetadata/required").toString())
                .isEqualTo("[\"spec\",\"name\",\"symbol\",\"decimals\"]");
        assertThat(definitions.at("/U128/type").asText()).isEqualTo("string");
    }
}
