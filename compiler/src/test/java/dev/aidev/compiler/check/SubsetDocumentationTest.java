package dev.aidev.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/java-subset.md quotes every checker diagnostic and lists the whole JDK allow-list. */
class SubsetDocumentationTest {
    private static final Path DOC = Path.of(System.getProperty("basedir", ".")).resolve("../docs/java-subset.md");
    private static final Pattern HEADLINE = Pattern.compile("^(?:\\S+ )?error: (.*)$");

    @Test
    void everyRejectedConstructHasAGoldenDiagnosticQuotedInTheDocs() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        List<String> messages = new ArrayList<>();
        for (Path source : GoldenDiagnosticsTest.cases()) {
            if (source.getFileName().toString().equals("javac_errors.java")) {
                continue; // javac's own words
            }
            for (String line : Files.readAllLines(GoldenDiagnosticsTest.golden(source))) {
                Matcher m = HEADLINE.matcher(line);
                if (m.matches()) {
                    messages.add(m.group(1));
                }
            }
        }

        assertThat(messages).isNotEmpty();
        assertThat(messages).allSatisfy(message -> assertThat(doc).contains("`" + message + "`"));
    }

    @Test
    void theDocsListTheWholeJdkAllowList() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);

        assertThat(JavaApi.TYPES).allSatisfy(type -> assertThat(doc).contains("`" + type + "`"));
        assertThat(JavaApi.PANICS).allSatisfy(type -> assertThat(doc).contains(
                "`" + type.substring(type.lastIndexOf('.') + 1) + "`"));
        assertThat(JavaApi.MEMBERS).allSatisfy(member -> {
            String owner = member.substring(0, member.substring(0, member.indexOf('(') < 0 ? member.length()
                    : member.indexOf('(')).lastIndexOf('.'));
            assertThat(doc).contains("- `" + owner + "`:").contains("`" + member.substring(owner.length() + 1) + "`");
        });
    }
}
