package dev.aidev.compiler.check;

import com.sun.source.util.TreePath;
import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * A method the contract exports: a NEAR function {@code () -> ()} under {@link #exportName()},
 * reading its arguments from a JSON object keyed by {@link #jsonParameterNames()}.
 *
 * @param method the method, or the constructor of an {@code @Init} constructor
 * @param path the method's tree in its compilation unit
 * @param payable whether a deposit is accepted ({@code @Call(payable = true)} or
 *     {@code @Init(payable = true)}); a view never accepts one
 * @param privateMethod {@code @Private}: only the contract account may call it
 * @param jsonParameterNames the parameters' JSON keys, in parameter order
 */
public record ExportedMethod(
        ExecutableElement method,
        TreePath path,
        Kind kind,
        String exportName,
        boolean payable,
        boolean privateMethod,
        List<String> jsonParameterNames) {

    /** What the method does with the contract state. */
    public enum Kind {
        /** Runs only without state; its result (or the constructed object) becomes the state. */
        INIT,
        /** Reads the state and writes it back after the method returns. */
        CALL,
        /** Reads the state and never writes it. */
        VIEW
    }

    public ExportedMethod {
        jsonParameterNames = List.copyOf(jsonParameterNames);
    }
}
