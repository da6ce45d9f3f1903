package dev.aidev.compiler.check;

import com.sun.source.tree.CompilationUnitTree;
import dev.aidev.compiler.Diagnostics;
import dev.aidev.compiler.parse.FrontendResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The subset check: accepts the Java of docs/java-subset.md and reports everything else at the
 * offending node, {@code <what> is not supported in contracts; <what to do instead>}, then the
 * contract-level rules (one {@code @NearContract} class, exported methods, {@code @View}
 * read-only, state types). All errors of all files are reported in one run.
 *
 * <pre>{@code
 * Optional<CheckedProgram> program = SubsetChecker.check(frontendResult, diagnostics);
 * }</pre>
 */
public final class SubsetChecker {
    private SubsetChecker() {}

    /**
     * Checks attributed sources. Adds every error to {@code diagnostics}, ordered by file and
     * position, and returns the checked program only if there was none.
     *
     * @throws IllegalArgumentException if javac reported errors: such trees cannot be checked
     */
    public static Optional<CheckedProgram> check(FrontendResult frontend, Diagnostics diagnostics) {
        if (frontend.hasErrors()) {
            throw new IllegalArgumentException("The sources have Java errors; fix those before the subset check.");
        }
        List<CompilationUnitTree> units = frontend.units();
        Map<CompilationUnitTree, Integer> order = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            order.put(units.get(i), i);
        }
        Findings findings = new Findings(order);
        JavaApi api = new JavaApi(frontend.elements(), frontend.types());
        for (CompilationUnitTree unit : units) {
            new SubsetScanner(frontend, unit, api, findings).scan();
        }
        CheckedProgram program = new ContractRules(frontend, findings).check();
        diagnostics.addAll(findings.sorted());
        return findings.count() == 0 ? Optional.ofNullable(program) : Optional.empty();
    }
}
