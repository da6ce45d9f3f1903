package dev.aidev.compiler.ir;

import java.util.List;

/**
 * A function: parameters are locals 0..n-1, {@code locals} follow them. {@code result} is null for
 * a function returning nothing.
 */
public record IrFunction(String name, List<Type> params, Type result, List<Type> locals, List<Stmt> body) {
    public IrFunction {
        params = List.copyOf(params);
        locals = List.copyOf(locals);
        body = List.copyOf(body);
    }
}
