package dev.aidev.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aidev.vm.NearVm;
import dev.aidev.vm.ReturnData;
import dev.aidev.vm.VmContext;
import dev.aidev.vm.VmOutcome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {
    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path copyCounter() throws Exception {
        Path project = tmp.resolve("counter");
        Files.createDirectories(project.resolve("src/main/java"));
        Files.copy(Path.of("..", "examples", "counter", "src", "main", "java", "Counter.java"),
                project.resolve("src/main/java/Counter.java"));
        return project;
    }

    @Test
    void build_writes_a_wasm_and_an_abi_that_run_on_the_vm_and_is_reproducible() throws Exception {
        Path project = copyCounter();
        Run r = run("build", project.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("built ").contains("counter.wasm").contains("counter.abi.json");
        byte[] wasm = Files.readAllBytes(project.resolve("build/counter.wasm"));
        JsonNode abi = new ObjectMapper().readTree(project.resolve("build/counter.abi.json").toFile());
        assertThat(abi.at("/body/functions").findValuesAsText("name")).contains("create", "increment", "get");

        Run again = run("build", project.toString());
        assertThat(again.code()).isZero();
        assertThat(Files.readAllBytes(project.resolve("build/counter.wasm"))).isEqualTo(wasm);

        Map<dev.aidev.vm.Bytes, byte[]> state = new HashMap<>();
        try (NearVm vm = NearVm.create()) {
            apply(state, vm.call(wasm, "create", VmContext.builder().input("{\"start\":40}".getBytes(StandardCharsets.UTF_8))
                    .build(), state::get));
            VmOutcome inc = vm.call(wasm, "increment", VmContext.builder().input("{\"by\":2}".getBytes(StandardCharsets.UTF_8))
                    .build(), state::get);
            assertThat(inc.error()).isNull();
            assertThat(new String(((ReturnData.Value) inc.returnData()).bytes(), StandardCharsets.UTF_8)).isEqualTo("42");
        }
    }

    @Test
    void the_gas_report_runs_each_method_with_sample_arguments() throws Exception {
        Path project = copyCounter();
        Run r = run("build", "--gas-report", project.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("method").contains("gas burnt");
        String increment = r.out().lines().filter(l -> l.startsWith("increment ")).findFirst().orElseThrow();
        assertThat(increment).contains("call").contains("args {\"by\":1}");
        long gas = Long.parseLong(increment.replaceAll(".*call\\s+([0-9,]+).*", "$1").replace(",", ""));
        assertThat(gas).isGreaterThan(1_000_000_000L);
        assertThat(r.out()).containsPattern("get\\s+view");
    }

    private static void apply(Map<dev.aidev.vm.Bytes, byte[]> state, VmOutcome out) {
        assertThat(out.error()).isNull();
        out.storageChanges().forEach((k, v) -> state.put(k, v));
    }

    @Test
    void errors_are_reported_javac_style_or_as_json_with_exit_code_65() throws Exception {
        Path project = copyCounter();
        Path src = project.resolve("src/main/java/Counter.java");
        Files.writeString(src, Files.readString(src).replace("return value;\n    }\n}", "double d = 1.5; return value;\n    }\n}"));
        Run r = run("build", project.toString());
        assertThat(r.code()).isEqualTo(65);
        assertThat(r.err()).contains("src/main/java/Counter.java:").contains("error:").contains("^");
        Run json = run("build", "--format", "json", project.toString());
        assertThat(json.code()).isEqualTo(65);
        JsonNode diags = new ObjectMapper().readTree(json.out());
        assertThat(diags.isArray()).isTrue();
        assertThat(diags.get(0).get("severity").asText()).isEqualTo("error");
        assertThat(diags.get(0).get("line").asInt()).isPositive();

        assertThat(run("build", tmp.resolve("nothing").toString()).code()).isEqualTo(65);
    }
}
