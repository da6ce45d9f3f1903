package dev.aidev.compiler.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.compiler.CompileResult;
import dev.aidev.compiler.ContractCompiler;
import dev.aidev.compiler.ContractCompiler.Options;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SDK's NEP standards are compiled from their sources with a contract that uses them. */
class StandardSourcesTest {
    private static final String PLAIN = String.join("\n",
            "import dev.aidev.sdk.*;",
            "@NearContract",
            "public class Plain {",
            "    private long value;",
            "    @View public long get() { return value; }",
            "}",
            "");

    private static final String USES_STANDARD = String.join("\n",
            "import dev.aidev.sdk.*;",
            "import dev.aidev.sdk.standards.fungibletoken.FungibleToken;",
            "@NearContract",
            "public class Token {",
            "    private final FungibleToken token = new FungibleToken(\"t\");",
            "    @View public U128 ftTotalSupply() { return token.ftTotalSupply(); }",
            "}",
            "");

    @TempDir
    Path dir;

    @Test
    void theSdkOnTheClassPathCarriesTheStandardsSources() {
        List<StandardSources.Source> sources = StandardSources.find(Frontend.sdkClassPath());

        assertThat(sources).extracting(StandardSources.Source::path).contains(
                "dev/aidev/sdk/standards/fungibletoken/FungibleToken.java",
                "dev/aidev/sdk/standards/storage/StorageBalance.java");
        assertThat(sources).extracting(StandardSources.Source::displayName)
                .allMatch(n -> n.startsWith("sdk:dev/aidev/sdk/standards/"));
    }

    @Test
    void aContractThatDoesNotUseTheStandardsIsCompiledAlone() throws IOException {
        FrontendResult result = Frontend.analyze(List.of(write("Plain.java", PLAIN)));

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.units()).hasSize(1);
    }

    @Test
    void aContractThatUsesAStandardIsCompiledWithTheStandardsSources() throws IOException {
        FrontendResult result = Frontend.analyze(List.of(write("Token.java", USES_STANDARD)));

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.units()).extracting(u -> u.getSourceFile().getName())
                .contains("/dev/aidev/sdk/standards/fungibletoken/FungibleToken.java");
        CompileResult compiled = ContractCompiler.compile(List.of(dir.resolve("Token.java")),
                Options.builder().backend(new dev.aidev.compiler.lower.WasmBackend()).build());
        assertThat(compiled.diagnostics()).isEmpty();
        assertThat(compiled.wasm()).isPresent();
    }

    @Test
    void aStandardOutsideTheSubsetIsReportedAtItsSdkSourcePosition() throws IOException {
        Path sdk = dir.resolve("fake-sdk");
        Path bad = sdk.resolve("dev/aidev/sdk/standards/Scaled.java");
        Files.createDirectories(bad.getParent());
        Files.writeString(bad, String.join("\n",
                "package dev.aidev.sdk.standards;",
                "public final class Scaled {",
                "    public static long scale(long v) { double f = 1.5; return v; }",
                "}",
                ""));
        Path contract = write("UsesScaled.java", String.join("\n",
                "import dev.aidev.sdk.*;",
                "import dev.aidev.sdk.standards.Scaled;",
                "@NearContract",
                "public class UsesScaled {",
                "    private long value;",
                "    @View public long get() { return Scaled.scale(value); }",
                "}",
                ""));
        List<Path> classPath = new ArrayList<>(List.of(sdk));
        classPath.addAll(Frontend.sdkClassPath());

        CompileResult result = ContractCompiler.compile(List.of(contract), Options.builder().classPath(classPath).build());

        assertThat(result.render()).contains("sdk:dev/aidev/sdk/standards/Scaled.java:3:40: error: floating point (double)");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
