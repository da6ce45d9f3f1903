package dev.aidev.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aidev new-contract NAME}: a contract project that builds and passes its tests as generated:
 * the contract, a JVM unit test, a scenario for the local chain, and a Maven build for the unit test.
 */
@Command(
        name = "new-contract",
        mixinStandardHelpOptions = true,
        description = {
            "Create a Java contract project: src/main/java/<Name>.java (a small counter to start from, or",
            "a NEP-141 token built on the SDK's standards with --template fungible-token),",
            "src/test/java/<Name>Test.java (unit tests on the JVM), scenarios/<name>.json (on the local",
            "chain) and pom.xml. Then: aidev build <dir>; aidev test <dir>/scenarios; mvn test (unit tests)."
        },
        footer = {"", "Examples:", "  ./aidev new-contract tip-jar", "  ./aidev new-contract Voting --out /tmp/voting",
            "  ./aidev new-contract gold-coin --template fungible-token"})
final class NewContractCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "The contract's name, e.g. tip-jar or TipJar.")
    String name;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to create it (default: ./<name>).")
    Path out;

    /** What the new project starts from. */
    enum Template {
        counter, fungible_token;

        static Template parse(String text) {
            for (Template t : values()) {
                if (t.name().replace('_', '-').equals(text)) {
                    return t;
                }
            }
            throw new UserError("--template must be counter or fungible-token (got '" + text + "').", ExitCodes.USAGE);
        }
    }

    @Option(names = "--template", paramLabel = "counter|fungible-token", defaultValue = "counter",
            description = "counter (default): a counter to change into your contract; fungible-token: a NEP-141/145/148"
                    + " token that keeps the SDK's FungibleToken and exports its methods.")
    String template;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!name.matches("[A-Za-z][A-Za-z0-9-_]{0,62}")) {
            throw new UserError("NAME must start with a letter and hold only letters, digits, '-' and '_' (got '"
                    + name + "').", ExitCodes.USAGE);
        }
        String kebab = kebab(name);
        String className = pascal(name);
        Path dir = out != null ? out : Path.of(kebab);
        if (Files.exists(dir) && Files.list(dir).findAny().isPresent()) {
            throw new UserError(dir + " exists and is not empty; choose another name or --out.");
        }
        Template kind = Template.parse(template);
        Map<Path, String> files = new LinkedHashMap<>();
        boolean token = kind == Template.fungible_token;
        files.put(Path.of("src/main/java/" + className + ".java"), token ? TokenTemplate.contract(className) : contract(className));
        files.put(Path.of("src/test/java/" + className + "Test.java"), token ? TokenTemplate.unitTest(className) : unitTest(className));
        files.put(Path.of("scenarios/" + kebab + ".json"), token ? TokenTemplate.scenario(kebab, dir.toAbsolutePath().normalize())
                : scenario(kebab, dir.toAbsolutePath().normalize()));
        files.put(Path.of("pom.xml"), pom(kebab, className));
        files.put(Path.of(".gitignore"), "build/\ntarget/\n");
        for (Map.Entry<Path, String> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        PrintWriter w = spec.commandLine().getOut();
        w.println("created " + dir + " (" + className + "):");
        files.keySet().forEach(p -> w.println("  " + p));
        w.println("next: ./aidev build " + dir + " && ./aidev test " + dir.resolve("scenarios"));
        w.flush();
        return ExitCodes.OK;
    }

    static String kebab(String n) {
        return dev.aidev.sdk.Json.snakeCase(n.replace('-', '_')).replace('_', '-');
    }

    static String pascal(String n) {
        StringBuilder sb = new StringBuilder();
        for (String part : kebab(n).split("-")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.toString();
    }

    private static String contract(String c) {
        return """
                import dev.aidev.sdk.Call;
                import dev.aidev.sdk.Env;
                import dev.aidev.sdk.Init;
                import dev.aidev.sdk.NearContract;
                import dev.aidev.sdk.View;

                /** A starting point: a counter with an owner-set start value. Change it into your contract. */
                @NearContract
                public class %1$s {
                    private long count;

                    private %1$s() {}

                    @Init
                    public static %1$s create(long start) {
                        %1$s c = new %1$s();
                        c.count = start;
                        return c;
                    }

                    @Call
                    public long increment(long by) {
                        if (by <= 0) {
                            throw new IllegalArgumentException("by must be positive");
                        }
                        count = Math.addExact(count, by);
                        Env.log("count is " + count);
                        return count;
                    }

                    @View
                    public long get() {
                        return count;
                    }
                }
                """.formatted(c);
    }

    private static String unitTest(String c) {
        return """
                import static org.assertj.core.api.Assertions.assertThat;

                import dev.aidev.sdk.testing.CallOutcome;
                import dev.aidev.sdk.testing.JvmContract;
                import org.junit.jupiter.api.Test;

                class %1$sTest {
                    @Test
                    void increments_and_logs() {
                        JvmContract<%1$s> contract = JvmContract.of(%1$s.class);
                        contract.init("create", "{\\"start\\":1}");
                        CallOutcome out = contract.call("increment", "{\\"by\\":2}");
                        assertThat(out.panic()).isNull();
                        assertThat(out.result()).isEqualTo("3");
                        assertThat(out.logs()).containsExactly("count is 3");
                        assertThat(contract.view("get", "{}").result()).isEqualTo("3");
                    }

                    @Test
                    void refuses_a_non_positive_step() {
                        JvmContract<%1$s> contract = JvmContract.of(%1$s.class);
                        contract.init("create", "{\\"start\\":1}");
                        assertThat(contract.call("increment", "{\\"by\\":0}").panic()).isEqualTo("by must be positive");
                    }
                }
                """.formatted(c);
    }

    private static String scenario(String kebab, Path dir) {
        String wasm = "../build/" + dir.getFileName() + ".wasm";
        return """
                {
                  "name": "%1$s counts",
                  "accounts": [{"id": "alice.test.near", "balance": "10 NEAR"}],
                  "steps": [
                    {"deploy": {"account": "%1$s.test.near", "wasm": "%2$s",
                                "init": {"method": "create", "args": {"start": 1}}}},
                    {"call": {"signer": "alice.test.near", "receiver": "%1$s.test.near", "method": "increment",
                              "args": {"by": 2}},
                     "expect": {"status": "success", "return": 3, "logs_contain": ["count is 3"]}},
                    {"call": {"signer": "alice.test.near", "receiver": "%1$s.test.near", "method": "increment",
                              "args": {"by": 0}},
                     "expect": {"error_contains": "by must be positive"}},
                    {"view": {"account": "%1$s.test.near", "method": "get", "args": {}},
                     "expect": {"return": 3}}
                  ]
                }
                """.formatted(kebab, wasm);
    }

    private static String pom(String kebab, String c) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Unit tests on the JVM: mvn test. The SDK comes from this aidev checkout: run
                     './mvnw -q install -pl sdk -am -DskipTests' there once. -->
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>contracts</groupId>
                  <artifactId>%1$s</artifactId>
                  <version>0.1.0</version>
                  <name>%2$s</name>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <maven.compiler.release>17</maven.compiler.release>
                    <maven.compiler.parameters>true</maven.compiler.parameters>
                  </properties>
                  <dependencies>
                    <dependency>
                      <groupId>dev.aidev</groupId>
                      <artifactId>aidev-sdk</artifactId>
                      <version>0.1.0-SNAPSHOT</version>
                    </dependency>
                    <dependency>
                      <groupId>org.junit.jupiter</groupId>
                      <artifactId>junit-jupiter</artifactId>
                      <version>5.14.4</version>
                      <scope>test</scope>
                    </dependency>
                    <dependency>
                      <groupId>org.assertj</groupId>
                      <artifactId>assertj-core</artifactId>
                      <version>3.27.7</version>
                      <scope>test</scope>
                    </dependency>
                  </dependencies>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-compiler-plugin</artifactId>
                        <version>3.14.0</version>
                      </plugin>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-surefire-plugin</artifactId>
                        <version>3.5.4</version>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(kebab, c);
    }
}
