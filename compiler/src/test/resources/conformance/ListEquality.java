import dev.aidev.sdk.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

// List.contains and List.equals over strings, boxes, U128, records (with list components),
// Optionals, nested lists and nulls; records comparing list components.
//> view contains {"words": ["a", "b", "c"], "word": "b"}
//> view contains {"words": ["a", "b"], "word": "z"}
//> view numbers {"xs": [1, 2, 3], "x": 2}
//> view numbers {"xs": [], "x": 2}
//> view mixed {}
//> view lists {"a": ["x", "y"], "b": ["x", "y"]}
//> view lists {"a": ["x", "y"], "b": ["y", "x"]}
//> view lists {"a": [], "b": ["x"]}
@NearContract
public class ListEquality {
    record Tagged(String name, List<String> tags) {}

    public ListEquality() {}

    @View
    public boolean contains(List<String> words, String word) {
        return words.contains(word);
    }

    @View
    public String numbers(List<Integer> xs, int x) {
        List<Long> longs = new ArrayList<>();
        for (int v : xs) {
            longs.add((long) v * 10);
        }
        return xs.contains(x) + " " + longs.contains(20L) + " " + longs.contains((long) x);
    }

    @View
    public String mixed() {
        List<U128> amounts = List.of(U128.of(5), U128.of(7));
        List<Tagged> tagged = new ArrayList<>();
        tagged.add(new Tagged("a", List.of("x")));
        tagged.add(null);
        List<Optional<String>> maybes = List.of(Optional.of("q"), Optional.empty());
        List<List<String>> nested = List.of(List.of("p"), List.of());
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        return amounts.contains(U128.of(7)) + " " + amounts.contains(U128.of(6)) + " "
                + tagged.contains(new Tagged("a", List.of("x"))) + " " + tagged.contains(new Tagged("a", List.of("y"))) + " "
                + tagged.contains(null) + " " + maybes.contains(Optional.empty()) + " " + maybes.contains(Optional.of("r")) + " "
                + nested.contains(List.of()) + " " + nested.contains(List.of("p")) + " " + withNull.contains(null) + " "
                + new Tagged("n", List.of("1", "2")).equals(new Tagged("n", List.of("1", "2")));
    }

    @View
    public String lists(List<String> a, List<String> b) {
        List<String> none = null;
        return a.equals(b) + " " + b.equals(a) + " " + a.equals(none) + " " + a.equals(a);
    }
}
