package dev.aidev.compiler.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The conformance program Optionals compares the JVM and the VM; this pins what both give, so
 * that a case where both fail alike is noticed.
 */
class OptionalsTest {
    @Test
    void optionalsBehaveAsJava() {
        String source = Sources.read("conformance/Optionals.java");
        List<Step> steps = ConformanceTest.steps(source);
        List<Outcome> out = Differential.compile("Optionals", source).run(steps);
        assertEquals("\"first\"", result(steps, out, "label", 0));
        assertEquals("null", result(steps, out, "label", 1));
        assertEquals("\"none 10\"", result(steps, out, "label_or", 0));
        assertEquals(List.of("present false, empty true"), out.get(index(steps, "set_label", 1)).logs());
        assertEquals("true", result(steps, out, "unregister", 0));
        assertEquals("false", result(steps, out, "unregister", 1));
        assertEquals("\"1\"", result(steps, out, "withdraw", 1));
        assertEquals("{\"name\":\"Bare\",\"icon\":null,\"reference\":null,\"decimals\":0,\"limits\":{\"min\":\"0\",\"max\":null}}",
                result(steps, out, "load", 1));
        assertEquals("null", result(steps, out, "find", 1));
        assertEquals("\"[{\\\"min\\\":\\\"3\\\",\\\"max\\\":null},{\\\"min\\\":\\\"0\\\",\\\"max\\\":\\\"1\\\"}] {\\\"min\\\":\\\"3\\\",\\\"max\\\":null}\"",
                result(steps, out, "encoded_list", 0));
        assertEquals("\"Bare: no icon, no reference, max unbounded\"", result(steps, out, "describe", 1));
        assertEquals("103", result(steps, out, "counts", 0));
        assertEquals("No value present", out.get(index(steps, "get_empty", 0)).panic());
        assertEquals("null dereference", out.get(index(steps, "of_null", 0)).panic());
        assertEquals("Failed to deserialize input from JSON.", out.get(index(steps, "save", 2)).panic());
        assertNull(out.get(index(steps, "save", 1)).panic());
    }

    private static int index(List<Step> steps, String method, int nth) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).method().equals(method) && nth-- == 0) {
                return i;
            }
        }
        throw new AssertionError("no call " + method);
    }

    private static String result(List<Step> steps, List<Outcome> out, String method, int nth) {
        return out.get(index(steps, method, nth)).result();
    }
}
