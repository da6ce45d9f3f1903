package dev.aidev.compiler.check;

import com.sun.source.util.TreePath;
import dev.aidev.compiler.parse.FrontendResult;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * A program that javac attributed without errors and the subset checker accepted: what the back
 * end lowers. Every construct in {@link FrontendResult#units()} is inside the subset of
 * docs/java-subset.md.
 *
 * @param contract the one {@code @NearContract} class
 * @param contractPath its class tree
 * @param stateFields the contract's instance fields in declaration order: the Borsh layout of
 *     {@code STATE}
 * @param exports the exported methods in declaration order, export names unique
 */
public record CheckedProgram(
        FrontendResult frontend,
        TypeElement contract,
        TreePath contractPath,
        List<VariableElement> stateFields,
        List<ExportedMethod> exports) {

    public CheckedProgram {
        stateFields = List.copyOf(stateFields);
        exports = List.copyOf(exports);
    }
}
