package dev.aidev.compiler.ir;

/** A branch target: the end of a {@link Stmt.Block} or the start of a {@link Stmt.Loop}. Compared by identity. */
public final class Label {
    private final String name;

    public Label(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return "$" + name;
    }
}
