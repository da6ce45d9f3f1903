package dev.aidev.compiler.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.compiler.Diagnostic;
import dev.aidev.compiler.Diagnostic.Severity;
import dev.aidev.compiler.Diagnostics;
import org.junit.jupiter.api.Test;

class DiagnosticTest {
    private final SourceFile file = new SourceFile("src/Counter.java", "class A {\n\tint x = 1.5;\r\n}\n");

    @Test
    void aDiagnosticRendersAsJavacDoesWithTheCaretUnderTheColumn() {
        Diagnostic d = file.diagnostic(19, Severity.ERROR, "floating point (double) is not supported in contracts; use long");

        assertThat(d.line()).isEqualTo(2);
        assertThat(d.column()).isEqualTo(10);
        assertThat(d.render()).isEqualTo(
                "src/Counter.java:2:10: error: floating point (double) is not supported in contracts; use long\n"
                        + "\tint x = 1.5;\n"
                        + "\t        ^\n");
    }

    @Test
    void theJsonFormIsAnArrayOfFileLineColumnSeverityMessage() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.add(file.diagnostic(19, Severity.ERROR, "bad \"x\""));
        diagnostics.add(Diagnostic.error("no @NearContract class found"));
        diagnostics.add(file.diagnostic(19, Severity.ERROR, "bad \"x\""));

        assertThat(diagnostics.toJson()).isEqualToIgnoringWhitespace("["
                + "{\"file\":\"src/Counter.java\",\"line\":2,\"column\":10,\"severity\":\"error\",\"message\":\"bad \\\"x\\\"\"},"
                + "{\"file\":null,\"line\":0,\"column\":0,\"severity\":\"error\",\"message\":\"no @NearContract class found\"}"
                + "]");
        assertThat(diagnostics.summary()).isEqualTo("2 errors");
    }

    @Test
    void linesAndColumnsAreOneBasedCharacterCounts() {
        assertThat(file.line(0)).isEqualTo(1);
        assertThat(file.column(0)).isEqualTo(1);
        assertThat(file.line(10)).isEqualTo(2);
        assertThat(file.lineText(2)).isEqualTo("\tint x = 1.5;");
        assertThat(file.line(24)).isEqualTo(2);
        assertThat(file.line(25)).isEqualTo(3);
        assertThat(file.lineText(3)).isEqualTo("}");
    }
}
