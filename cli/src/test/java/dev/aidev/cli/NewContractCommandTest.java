package dev.aidev.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

class NewContractCommandTest {
    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void a_new_contract_builds_and_passes_its_scenario_and_unit_tests_as_generated() throws Exception {
        Path dir = tmp.resolve("tip-jar");
        Run created = run("new-contract", "tip-jar", "--out", dir.toString());
        assertThat(created.code()).as(created.err()).isZero();
        assertThat(dir.resolve("src/main/java/TipJar.java")).exists();
        assertThat(dir.resolve("src/test/java/TipJarTest.java")).exists();
        assertThat(dir.resolve("pom.xml")).exists();

        Run build = run("build", dir.toString());
        assertThat(build.code()).as(build.err()).isZero();
        assertThat(dir.resolve("build/tip-jar.wasm")).exists();

        Run test = run("test", dir.resolve("scenarios").toString());
        assertThat(test.code()).as(test.out() + test.err()).isZero();
        assertThat(test.out()).contains("1 passed, 0 failed");

        // The unit test compiles against the SDK and passes on the JVM.
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        String cp = System.getProperty("java.class.path");
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-parameters", "-d", classes.toString(),
                "-cp", cp, dir.resolve("src/main/java/TipJar.java").toString(),
                dir.resolve("src/test/java/TipJarTest.java").toString());
        assertThat(rc).isZero();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Class<?> testClass = loader.loadClass("TipJarTest");
            Launcher launcher = LauncherFactory.create();
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(),
                    listener);
            TestExecutionSummary summary = listener.getSummary();
            assertThat(summary.getTestsFoundCount()).isEqualTo(2);
            assertThat(summary.getTestsSucceededCount()).as(summary.getFailures().toString()).isEqualTo(2);
        }
    }

    @Test
    void a_fungible_token_on_the_sdk_standards_builds_and_passes_its_scenario_and_unit_tests() throws Exception {
        Path dir = tmp.resolve("gold-coin");
        Run created = run("new-contract", "gold-coin", "--template", "fungible-token", "--out", dir.toString());
        assertThat(created.code()).as(created.err()).isZero();
        assertThat(Files.readString(dir.resolve("src/main/java/GoldCoin.java"))).contains("private final FungibleToken token;");

        Run build = run("build", dir.toString());
        assertThat(build.code()).as(build.err()).isZero();
        Run test = run("test", dir.resolve("scenarios").toString());
        assertThat(test.code()).as(test.out() + test.err()).isZero();
        assertThat(test.out()).contains("1 passed, 0 failed");

        Path classes = Files.createDirectories(tmp.resolve("token-classes"));
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-parameters", "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path"), dir.resolve("src/main/java/GoldCoin.java").toString(),
                dir.resolve("src/test/java/GoldCoinTest.java").toString());
        assertThat(rc).isZero();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(loader.loadClass("GoldCoinTest"))).build(), listener);
            TestExecutionSummary summary = listener.getSummary();
            assertThat(summary.getTestsFoundCount()).isEqualTo(2);
            assertThat(summary.getTestsSucceededCount()).as(summary.getFailures().toString()).isEqualTo(2);
        }

        Run unknown = run("new-contract", "x", "--template", "dao", "--out", tmp.resolve("x").toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("--template must be counter or fungible-token (got 'dao')");
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    @Test
    void names_and_existing_folders_are_checked() throws Exception {
        assertThat(run("new-contract", "9lives", "--out", tmp.resolve("x").toString()).code()).isEqualTo(2);
        Path taken = tmp.resolve("taken");
        Files.createDirectories(taken);
        Files.writeString(taken.resolve("file"), "x");
        Run r = run("new-contract", "Voting", "--out", taken.toString());
        assertThat(r.code()).isEqualTo(65);
        assertThat(r.err()).contains("exists and is not empty");
        assertThat(NewContractCommand.pascal("tip-jar")).isEqualTo("TipJar");
        assertThat(NewContractCommand.kebab("TipJar")).isEqualTo("tip-jar");
    }
}
