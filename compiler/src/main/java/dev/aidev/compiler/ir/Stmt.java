package dev.aidev.compiler.ir;

import java.util.List;

/** An IR statement: leaves nothing on the stack. Control flow is structured, as in WebAssembly. */
public sealed interface Stmt {
    record SetLocal(int index, Expr value) implements Stmt {}

    record SetGlobal(String name, Expr value) implements Stmt {}

    record Store(MemType mem, Expr address, int offset, Expr value) implements Stmt {
        public Store {
            if (address.type() != Type.I32 || value.type() != mem.type) {
                throw new IllegalArgumentException("Store " + mem + " of " + value.type() + " at " + address.type() + ".");
            }
        }
    }

    /** Evaluates an expression for its effects, dropping its value if it has one. */
    record Eval(Expr expr) implements Stmt {}

    record If(Expr cond, List<Stmt> then, List<Stmt> otherwise) implements Stmt {
        public If {
            then = List.copyOf(then);
            otherwise = List.copyOf(otherwise);
        }
    }

    /** {@code br label} inside jumps to the end of the block. */
    record Block(Label label, List<Stmt> body) implements Stmt {
        public Block {
            body = List.copyOf(body);
        }
    }

    /** {@code br label} inside jumps back to the start of the loop; falling off the end leaves it. */
    record Loop(Label label, List<Stmt> body) implements Stmt {
        public Loop {
            body = List.copyOf(body);
        }
    }

    record Br(Label label) implements Stmt {}

    record BrIf(Label label, Expr cond) implements Stmt {}

    /** Returns {@code value}, or nothing when it is null. */
    record Return(Expr value) implements Stmt {}

    record Unreachable() implements Stmt {}
}
