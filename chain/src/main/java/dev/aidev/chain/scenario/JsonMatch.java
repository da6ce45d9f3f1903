package dev.aidev.chain.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The two ways a scenario compares JSON (docs/scenarios.md): {@link #equal} for {@code return},
 * {@link #contains} for {@code return_contains} and {@code events}.
 */
final class JsonMatch {
    private static final int BRIEF = 200;

    private JsonMatch() {}

    /** JSON equality: same structure, object keys in any order, numbers equal by value (1 == 1.0). */
    static boolean equal(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                JsonNode other = b.get(f.getKey());
                if (other == null || !equal(f.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!equal(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.getNodeType() == b.getNodeType() && a.equals(b);
    }

    /**
     * Structural subset: an expected object matches an object that has each of its keys with a
     * matching value (other keys are ignored); an expected array matches an array in which each of
     * its elements matches a different element, in any order; anything else must be {@link #equal}.
     */
    static boolean contains(JsonNode expected, JsonNode actual) {
        if (expected.isObject()) {
            if (!actual.isObject()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                JsonNode other = actual.get(f.getKey());
                if (other == null || !contains(f.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isArray()) {
            if (!actual.isArray()) {
                return false;
            }
            List<JsonNode> want = new ArrayList<>();
            expected.forEach(want::add);
            List<JsonNode> have = new ArrayList<>();
            actual.forEach(have::add);
            return unmatched(want, have).isEmpty();
        }
        return equal(expected, actual);
    }

    /**
     * The indices of {@code expected} left without a partner when each expected element is paired
     * with a different element of {@code actual} that {@link #contains} it, pairing as many as
     * possible (a maximum bipartite matching, so the order of the lists never matters).
     */
    static List<Integer> unmatched(List<JsonNode> expected, List<JsonNode> actual) {
        boolean[][] fits = new boolean[expected.size()][actual.size()];
        for (int i = 0; i < expected.size(); i++) {
            for (int j = 0; j < actual.size(); j++) {
                fits[i][j] = contains(expected.get(i), actual.get(j));
            }
        }
        int[] partnerOf = new int[actual.size()];
        Arrays.fill(partnerOf, -1);
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            if (!augment(i, fits, partnerOf, new boolean[actual.size()])) {
                missing.add(i);
            }
        }
        return missing;
    }

    private static boolean augment(int i, boolean[][] fits, int[] partnerOf, boolean[] seen) {
        for (int j = 0; j < partnerOf.length; j++) {
            if (fits[i][j] && !seen[j]) {
                seen[j] = true;
                if (partnerOf[j] < 0 || augment(partnerOf[j], fits, partnerOf, seen)) {
                    partnerOf[j] = i;
                    return true;
                }
            }
        }
        return false;
    }

    /** The text cut to 200 characters, for one-line messages. */
    static String brief(String text) {
        String oneLine = text.replace("\n", "\\n");
        return oneLine.length() <= BRIEF ? oneLine : oneLine.substring(0, BRIEF) + "...";
    }

    static String brief(JsonNode node) {
        return brief(node.toString());
    }
}
