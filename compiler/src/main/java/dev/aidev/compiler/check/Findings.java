package dev.aidev.compiler.check;

import com.sun.source.tree.CompilationUnitTree;
import dev.aidev.compiler.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checker's errors, ordered by file (in the order given) and position; a message repeated on one line is kept once. */
final class Findings {
    private record Finding(int unit, long position, Diagnostic diagnostic) {}

    private final Map<CompilationUnitTree, Integer> unitOrder;
    private final List<Finding> all = new ArrayList<>();

    Findings(Map<CompilationUnitTree, Integer> unitOrder) {
        this.unitOrder = unitOrder;
    }

    void add(CompilationUnitTree unit, long position, Diagnostic diagnostic) {
        all.add(new Finding(unit == null ? Integer.MAX_VALUE : unitOrder.get(unit), position, diagnostic));
    }

    /** An error that belongs to no file (it sorts last). */
    void add(Diagnostic diagnostic) {
        add(null, Long.MAX_VALUE, diagnostic);
    }

    int count() {
        return all.size();
    }

    List<Diagnostic> sorted() {
        List<Finding> copy = new ArrayList<>(all);
        copy.sort(Comparator.comparingInt(Finding::unit).thenComparingLong(Finding::position));
        // One error per message and line: "double x = 1.5" is one mistake, not two.
        Set<List<Object>> seen = new HashSet<>();
        List<Diagnostic> unique = new ArrayList<>();
        for (Finding f : copy) {
            Diagnostic d = f.diagnostic();
            if (seen.add(List.of(f.unit(), d.line(), d.message()))) {
                unique.add(d);
            }
        }
        return unique;
    }
}
