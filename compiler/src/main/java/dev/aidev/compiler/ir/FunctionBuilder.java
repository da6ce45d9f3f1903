package dev.aidev.compiler.ir;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds one {@link IrFunction} statement by statement. Nested control flow takes a lambda that
 * emits the nested statements:
 *
 * <pre>{@code
 * f.loop(top -> {
 *     f.brIf(done, Ir.geS(i.get(), n));
 *     f.set(i, Ir.add(i.get(), Ir.i32(1)));
 *     f.br(top);
 * });
 * }</pre>
 */
public final class FunctionBuilder {
    private final String name;
    private final List<Type> params;
    private final Type result;
    private final List<Type> locals = new ArrayList<>();
    private final Deque<List<Stmt>> open = new ArrayDeque<>();

    public FunctionBuilder(String name, List<Type> params, Type result) {
        this.name = name;
        this.params = List.copyOf(params);
        this.result = result;
        open.push(new ArrayList<>());
    }

    public String name() {
        return name;
    }

    public Type result() {
        return result;
    }

    public Local param(int i) {
        return new Local(i, params.get(i));
    }

    public Local local(Type t) {
        locals.add(t);
        return new Local(params.size() + locals.size() - 1, t);
    }

    public void add(Stmt s) {
        open.peek().add(s);
    }

    /** The statements {@code body} emits, collected apart instead of appended here. */
    public List<Stmt> capture(Runnable body) {
        open.push(new ArrayList<>());
        body.run();
        return open.pop();
    }

    public void set(Local l, Expr v) {
        add(new Stmt.SetLocal(l.index(), v));
    }

    public void setGlobal(String g, Expr v) {
        add(new Stmt.SetGlobal(g, v));
    }

    public void store(MemType mem, Expr addr, int offset, Expr v) {
        add(new Stmt.Store(mem, addr, offset, v));
    }

    public void store32(Expr addr, int offset, Expr v) {
        store(MemType.I32, addr, offset, v);
    }

    public void store64(Expr addr, int offset, Expr v) {
        store(MemType.I64, addr, offset, v);
    }

    public void store8(Expr addr, int offset, Expr v) {
        store(MemType.U8, addr, offset, v);
    }

    public void eval(Expr e) {
        add(new Stmt.Eval(e));
    }

    public void if_(Expr cond, Runnable then) {
        add(new Stmt.If(cond, capture(then), List.of()));
    }

    public void ifElse(Expr cond, Runnable then, Runnable otherwise) {
        List<Stmt> t = capture(then);
        add(new Stmt.If(cond, t, capture(otherwise)));
    }

    public void block(Consumer<Label> body) {
        Label l = new Label("block");
        add(new Stmt.Block(l, capture(() -> body.accept(l))));
    }

    public void loop(Consumer<Label> body) {
        Label l = new Label("loop");
        add(new Stmt.Loop(l, capture(() -> body.accept(l))));
    }

    public void br(Label l) {
        add(new Stmt.Br(l));
    }

    public void brIf(Label l, Expr cond) {
        add(new Stmt.BrIf(l, cond));
    }

    public void ret(Expr v) {
        add(new Stmt.Return(v));
    }

    public void ret() {
        add(new Stmt.Return(null));
    }

    public void unreachable() {
        add(new Stmt.Unreachable());
    }

    public IrFunction build() {
        if (open.size() != 1) {
            throw new IllegalStateException("Function " + name + " has unclosed blocks.");
        }
        return new IrFunction(name, params, result, locals, open.peek());
    }
}
