package dev.aidev.compiler.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The conformance programs Optionals and StorageUsage compare the JVM and the VM; this pins what
 * both give, so that a case where both fail alike is noticed.
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
    void storageUsagePricesAnEntryAsJava() {
        String source = Sources.read("conformance/StorageUsage.java");
        List<Step> steps = ConformanceTest.steps(source);
        List<Outcome> out = Differential.compile("StorageUsage", source).run(steps);
        assertEquals("The contract is not initialized", out.get(index(steps, "entry_bytes", 0)).panic());
        assertEquals("spec must start with ft-, not nft-1.0.0", out.get(index(steps, "new", 0)).panic());
        assertEquals("The contract has already been initialized", out.get(index(steps, "new_default", 1)).panic());
        // One account entry is 133 bytes: 40 of overhead, the key ("accounts/" + Borsh of a 64-byte
        // ID: 9 + 4 + 64) and the 16-byte value.
        assertEquals("133", result(steps, out, "entry_bytes", 1));
        assertEquals("\"ft-1.0.0 by owner.test.near, accounts/ entries of 133 bytes\"", result(steps, out, "describe", 0));
        assertEquals("already registered: owner.test.near", out.get(index(steps, "register", 0)).panic());
        assertEquals("\"1330000000000000000001\"", result(steps, out, "register", 1));
        assertEquals("\"1330000000000000000001\"", result(steps, out, "register", 2));
        assertEquals("already registered: bob.test.near", out.get(index(steps, "register", 3)).panic());
        assertEquals("the price is 1330000000000000000001", out.get(index(steps, "register", 4)).panic());
        assertEquals("\"1\"", result(steps, out, "balance_of", 0));
        assertEquals("null", result(steps, out, "balance_of", 1));
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
