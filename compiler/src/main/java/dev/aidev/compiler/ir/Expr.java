package dev.aidev.compiler.ir;

import java.util.List;

/** An IR expression: a tree that leaves at most one value. {@link #type()} is null for void calls. */
public sealed interface Expr {
    Type type();

    record Const(Type type, long value) implements Expr {}

    record LocalGet(int index, Type type) implements Expr {}

    record GlobalGet(String name, Type type) implements Expr {}

    record Unary(UnOp op, Expr operand) implements Expr {
        public Unary {
            check(operand, op.operand, op);
        }

        public Type type() {
            return op.result;
        }
    }

    record Binary(BinOp op, Expr left, Expr right) implements Expr {
        public Binary {
            check(left, op.operand, op);
            check(right, op.operand, op);
        }

        public Type type() {
            return op.result;
        }
    }

    record Load(MemType mem, Expr address, int offset) implements Expr {
        public Load {
            check(address, Type.I32, "load address");
        }

        public Type type() {
            return mem.type;
        }
    }

    /** A call of an IR function by name. */
    record Call(String function, List<Expr> args, Type type) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** A call of a NEAR host function ({@code env} import); all its parameters are i64. */
    record HostCall(Host host, List<Expr> args) implements Expr {
        public HostCall {
            args = List.copyOf(args);
            if (args.size() != host.params()) {
                throw new IllegalArgumentException(host.name() + " takes " + host.params() + " arguments, got " + args.size() + ".");
            }
            for (Expr a : args) {
                check(a, Type.I64, host.name());
            }
        }

        public Type type() {
            return host.returns() ? Type.I64 : null;
        }
    }

    /** {@code cond ? then : otherwise}, evaluating one branch only. */
    record IfElse(Expr cond, Expr then, Expr otherwise) implements Expr {
        public IfElse {
            check(cond, Type.I32, "condition");
            check(otherwise, then.type(), "else branch");
        }

        public Type type() {
            return then.type();
        }
    }

    /** Runs statements, then evaluates {@code value}; a null value makes it a void expression. */
    record Seq(List<Stmt> stmts, Expr value) implements Expr {
        public Seq {
            stmts = List.copyOf(stmts);
        }

        public Type type() {
            return value == null ? null : value.type();
        }
    }

    /** The address of constant bytes in the data segment (the emitter lays them out, deduplicated, 4-aligned). */
    record Data(byte[] bytes) implements Expr {
        public Data {
            bytes = bytes.clone();
        }

        public Type type() {
            return Type.I32;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Data d && java.util.Arrays.equals(bytes, d.bytes);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Data[" + bytes.length + " bytes]";
        }
    }

    /** The current memory size in pages. */
    record MemorySize() implements Expr {
        public Type type() {
            return Type.I32;
        }
    }

    /** Grows memory by {@code pages}; the old size in pages, or -1. */
    record MemoryGrow(Expr pages) implements Expr {
        public MemoryGrow {
            check(pages, Type.I32, "memory.grow");
        }

        public Type type() {
            return Type.I32;
        }
    }

    private static void check(Expr e, Type expected, Object where) {
        if (e.type() != expected) {
            throw new IllegalArgumentException(where + " expects " + expected + ", got " + e.type() + " from " + e + ".");
        }
    }
}
