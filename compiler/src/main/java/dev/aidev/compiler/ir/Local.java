package dev.aidev.compiler.ir;

/** A local variable (or parameter) of the function being built. */
public record Local(int index, Type type) {
    public Expr get() {
        return new Expr.LocalGet(index, type);
    }
}
