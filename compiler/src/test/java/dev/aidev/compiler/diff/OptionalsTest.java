package dev.aidev.compiler.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The conformance programs Optionals and TokenLike (the fungible token without promises) compare
 * the JVM and the VM; this pins what both give, so that a case where both fail alike is noticed.
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
        assertEquals("\"label Optional[again], count Optional[11], Optional.empty, Optional[12], null\"", result(steps, out, "show", 1));
        assertEquals(List.of("true", "false", "false", "true"),
                List.of(result(steps, out, "opt_eq", 0), result(steps, out, "opt_eq", 1), result(steps, out, "opt_eq", 2), result(steps, out, "opt_eq", 3)));
        assertEquals(List.of("true", "false", "false"),
                List.of(result(steps, out, "same_meta", 0), result(steps, out, "same_meta", 1), result(steps, out, "same_meta", 2)));
    }

    @Test
    void tokenLikeBehavesAsJava() {
        String source = Sources.read("conformance/TokenLike.java");
        List<Step> steps = ConformanceTest.steps(source);
        List<Outcome> out = Differential.compile("TokenLike", source).run(steps);
        assertEquals("require! assertion failed", out.get(index(steps, "new", 0)).panic());
        assertEquals("Failed to deserialize input from JSON.", out.get(index(steps, "new", 2)).panic());
        assertEquals(List.of("EVENT_JSON:{\"standard\":\"nep141\",\"version\":\"1.0.0\",\"event\":\"ft_mint\",\"data\":"
                + "[{\"owner_id\":\"owner.test.near\",\"amount\":\"1000000\",\"memo\":\"new tokens are minted\"}]}"),
                out.get(index(steps, "new_default_meta", 0)).logs());
        // One account entry is 125 bytes (40 + 1 + 4 + 64 key + 16 value), at 10^19 yoctoNEAR a byte.
        assertEquals("{\"min\":\"1250000000000000000000\",\"max\":\"1250000000000000000000\"}",
                result(steps, out, "storage_balance_bounds", 0));
        assertEquals("null", result(steps, out, "storage_balance_of", 0));
        assertEquals("{\"total\":\"1250000000000000000000\",\"available\":\"0\"}", result(steps, out, "storage_balance_of", 1));
        assertEquals("\"25\"", result(steps, out, "ft_balance_of", 2));
        assertEquals(List.of("pay 1250000000000000000001", "Closed @bob.test.near with 20"), out.get(index(steps, "storage_unregister", 1)).logs());
        assertEquals("\"999980\"", result(steps, out, "ft_total_supply", 2));
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
