package dev.aidev.compiler.parse;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.aidev.compiler.Diagnostic;
import dev.aidev.compiler.Diagnostic.Severity;
import java.util.List;
import java.util.Map;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The parsed and attributed sources: javac's compilation units with every name resolved and every
 * expression typed, and the javac utilities that answer questions about them. The next stages
 * (the subset checker, the lowering) read the trees through {@link #trees()}, {@link #types()} and
 * {@link #elements()}.
 *
 * <p>The result keeps its javac task alive: trees, types and elements belong to it and are valid
 * as long as this object is reachable. If {@link #hasErrors()}, the trees may be partly
 * unattributed and must not be lowered.
 */
public final class FrontendResult {
    private final JavacTask task;
    private final List<CompilationUnitTree> units;
    private final Map<CompilationUnitTree, SourceFile> sources;
    private final List<Diagnostic> diagnostics;

    FrontendResult(
            JavacTask task,
            List<CompilationUnitTree> units,
            Map<CompilationUnitTree, SourceFile> sources,
            List<Diagnostic> diagnostics) {
        this.task = task;
        this.units = List.copyOf(units);
        this.sources = Map.copyOf(sources);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** The compilation units, in the order the source files were given. */
    public List<CompilationUnitTree> units() {
        return units;
    }

    public Trees trees() {
        return Trees.instance(task);
    }

    public Types types() {
        return task.getTypes();
    }

    public Elements elements() {
        return task.getElements();
    }

    /** javac's own errors and warnings, in the order javac reported them. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** The text of a unit's file, for positions and source lines. */
    public SourceFile source(CompilationUnitTree unit) {
        SourceFile source = sources.get(unit);
        if (source == null) {
            throw new IllegalArgumentException("Not a unit of this compilation: " + unit.getSourceFile());
        }
        return source;
    }

    /** An error at the start of a tree. */
    public Diagnostic errorAt(CompilationUnitTree unit, Tree tree, String message) {
        return errorAt(unit, trees().getSourcePositions().getStartPosition(unit, tree), message);
    }

    /** An error at the start of the leaf of a path. */
    public Diagnostic errorAt(TreePath path, String message) {
        return errorAt(path.getCompilationUnit(), path.getLeaf(), message);
    }

    /** An error at a character offset of a unit's file. */
    public Diagnostic errorAt(CompilationUnitTree unit, long position, String message) {
        return source(unit).diagnostic(position, Severity.ERROR, message);
    }
}
