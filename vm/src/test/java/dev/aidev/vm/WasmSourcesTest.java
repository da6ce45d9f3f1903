package dev.aidev.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every committed .wasm is exactly what wat2wasm makes of the .wat beside it (scripts/build-contracts.sh). */
class WasmSourcesTest {
    private static final List<Path> DIRS = List.of(
            Path.of("..", "examples"),
            Path.of("src", "test", "resources", "contracts"),
            Path.of("..", "cli", "src", "main", "resources"),
            Path.of("..", "cli", "src", "test", "resources"));

    @Test
    void every_committed_wasm_is_built_from_its_wat() throws IOException {
        int checked = 0;
        for (Path dir : DIRS) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                // build/ folders hold compiler output (gitignored), not committed binaries.
                for (Path wasm : files.filter(p -> p.toString().endsWith(".wasm"))
                        .filter(p -> !p.toString().contains("/build/")).toList()) {
                    Path wat = Path.of(wasm.toString().replaceAll("\\.wasm$", ".wat"));
                    assertThat(wat).as("source of " + wasm).exists();
                    assertThat(Files.readAllBytes(wasm))
                            .as(wasm + " is stale: run scripts/build-contracts.sh")
                            .isEqualTo(Wat.compile(Files.readString(wat)));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(2);
    }
}
