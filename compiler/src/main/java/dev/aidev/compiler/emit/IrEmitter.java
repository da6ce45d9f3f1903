package dev.aidev.compiler.emit;

import dev.aidev.compiler.ir.Expr;
import dev.aidev.compiler.ir.Host;
import dev.aidev.compiler.ir.IrFunction;
import dev.aidev.compiler.ir.IrGlobal;
import dev.aidev.compiler.ir.IrModule;
import dev.aidev.compiler.ir.Label;
import dev.aidev.compiler.ir.Stmt;
import dev.aidev.compiler.ir.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Emits an {@link IrModule} as a WebAssembly binary. Only the functions reachable from the exports
 * are emitted, with only the host imports and constant data they use. Constant data starts at
 * address 8 (so that 0 stays null); the heap starts after it, 8-aligned.
 */
public final class IrEmitter {
    /** The first address of constant data: addresses below are never used, 0 being null. */
    static final int DATA_START = 8;

    private final IrModule module;
    private final Map<String, IrFunction> byName = new HashMap<>();
    private final Set<String> reachable = new LinkedHashSet<>();
    private final Map<String, Integer> hostIndex = new LinkedHashMap<>();
    private final Map<Expr.Data, Integer> dataOffsets = new LinkedHashMap<>();
    private final Map<String, Integer> functionIndex = new HashMap<>();
    private final Map<String, Integer> globalIndex = new HashMap<>();
    private int dataEnd = DATA_START;

    private IrEmitter(IrModule module) {
        this.module = module;
        module.functions().forEach(f -> byName.put(f.name(), f));
    }

    public static byte[] emit(IrModule module) {
        return new IrEmitter(module).run();
    }

    private byte[] run() {
        Deque<String> work = new ArrayDeque<>(module.exports().values());
        List<Host> hosts = new ArrayList<>();
        while (!work.isEmpty()) {
            String name = work.pop();
            if (!reachable.add(name)) {
                continue;
            }
            IrFunction f = byName.get(name);
            if (f == null) {
                throw new IllegalStateException("Call of undefined function " + name + ".");
            }
            new Scan(work, hosts).stmts(f.body());
        }
        WasmEncoder w = new WasmEncoder();
        for (Host h : hosts) {
            if (!hostIndex.containsKey(h.name())) {
                List<ValType> ps = new ArrayList<>();
                for (int i = 0; i < h.params(); i++) {
                    ps.add(ValType.I64);
                }
                hostIndex.put(h.name(), w.importFunction("env", h.name(), FuncType.of(ps, h.returns() ? ValType.I64 : null)));
            }
        }
        w.memory(WasmEncoder.DEFAULT_MEMORY_PAGES);
        int heapBase = (dataEnd + 7) & ~7;
        for (IrGlobal g : module.globals()) {
            globalIndex.put(g.name(), w.global(val(g.type()), true, g.heapBase() ? heapBase : g.init()));
        }
        // Function indices are fixed before bodies are emitted: calls may go forward.
        int next = hostIndex.size();
        List<IrFunction> emitted = new ArrayList<>();
        for (IrFunction f : module.functions()) {
            if (reachable.contains(f.name())) {
                functionIndex.put(f.name(), next++);
                emitted.add(f);
            }
        }
        for (IrFunction f : emitted) {
            Code c = new Code();
            new Body(c).stmts(f.body());
            c.end();
            w.function(FuncType.of(f.params().stream().map(IrEmitter::val).toList(), f.result() == null ? null : val(f.result())),
                    f.locals().stream().map(IrEmitter::val).toList(), c);
        }
        module.exports().forEach((name, fn) -> w.exportFunction(name, functionIndex.get(fn)));
        if (!dataOffsets.isEmpty()) {
            byte[] data = new byte[dataEnd - DATA_START];
            dataOffsets.forEach((d, off) -> System.arraycopy(d.bytes(), 0, data, off - DATA_START, d.bytes().length));
            w.data(DATA_START, data);
        }
        return w.encode();
    }

    static ValType val(Type t) {
        return t == Type.I32 ? ValType.I32 : ValType.I64;
    }

    /** Finds the calls, host calls and constant data of reachable code. */
    private final class Scan {
        private final Deque<String> work;
        private final List<Host> hosts;

        Scan(Deque<String> work, List<Host> hosts) {
            this.work = work;
            this.hosts = hosts;
        }

        void stmts(List<Stmt> ss) {
            ss.forEach(this::stmt);
        }

        void stmt(Stmt s) {
            if (s instanceof Stmt.SetLocal x) {
                expr(x.value());
            } else if (s instanceof Stmt.SetGlobal x) {
                expr(x.value());
            } else if (s instanceof Stmt.Store x) {
                expr(x.address());
                expr(x.value());
            } else if (s instanceof Stmt.Eval x) {
                expr(x.expr());
            } else if (s instanceof Stmt.If x) {
                expr(x.cond());
                stmts(x.then());
                stmts(x.otherwise());
            } else if (s instanceof Stmt.Block x) {
                stmts(x.body());
            } else if (s instanceof Stmt.Loop x) {
                stmts(x.body());
            } else if (s instanceof Stmt.BrIf x) {
                expr(x.cond());
            } else if (s instanceof Stmt.Return x && x.value() != null) {
                expr(x.value());
            }
        }

        void expr(Expr e) {
            if (e instanceof Expr.Unary x) {
                expr(x.operand());
            } else if (e instanceof Expr.Binary x) {
                expr(x.left());
                expr(x.right());
            } else if (e instanceof Expr.Load x) {
                expr(x.address());
            } else if (e instanceof Expr.Call x) {
                work.add(x.function());
                x.args().forEach(this::expr);
            } else if (e instanceof Expr.HostCall x) {
                hosts.add(x.host());
                x.args().forEach(this::expr);
            } else if (e instanceof Expr.IfElse x) {
                expr(x.cond());
                expr(x.then());
                expr(x.otherwise());
            } else if (e instanceof Expr.Seq x) {
                stmts(x.stmts());
                if (x.value() != null) {
                    expr(x.value());
                }
            } else if (e instanceof Expr.MemoryGrow x) {
                expr(x.pages());
            } else if (e instanceof Expr.Data x && !dataOffsets.containsKey(x)) {
                int at = (dataEnd + 3) & ~3;
                dataOffsets.put(x, at);
                dataEnd = at + x.bytes().length;
            }
        }
    }

    /** Writes the instructions of one function body. */
    private final class Body {
        private final Code c;
        /** Enclosing blocks, loops and ifs, innermost last; ifs have no label. */
        private final List<Label> frames = new ArrayList<>();

        Body(Code c) {
            this.c = c;
        }

        private int depth(Label l) {
            int i = frames.lastIndexOf(l);
            if (i < 0) {
                throw new IllegalStateException("Branch to " + l + " outside its block.");
            }
            return frames.size() - 1 - i;
        }

        void stmts(List<Stmt> ss) {
            ss.forEach(this::stmt);
        }

        void stmt(Stmt s) {
            if (s instanceof Stmt.SetLocal x) {
                expr(x.value());
                c.localSet(x.index());
            } else if (s instanceof Stmt.SetGlobal x) {
                expr(x.value());
                c.globalSet(global(x.name()));
            } else if (s instanceof Stmt.Store x) {
                expr(x.address());
                expr(x.value());
                switch (x.mem()) {
                    case I32 -> c.i32Store(x.offset());
                    case I64 -> c.i64Store(x.offset());
                    case U8 -> c.i32Store8(x.offset());
                    case U16 -> c.i32Store16(x.offset());
                    case U32_I64 -> c.i64Store32(x.offset());
                }
            } else if (s instanceof Stmt.Eval x) {
                expr(x.expr());
                if (x.expr().type() != null) {
                    c.drop();
                }
            } else if (s instanceof Stmt.If x) {
                expr(x.cond());
                c.if_(null);
                frames.add(null);
                stmts(x.then());
                if (!x.otherwise().isEmpty()) {
                    c.else_();
                    stmts(x.otherwise());
                }
                frames.remove(frames.size() - 1);
                c.end();
            } else if (s instanceof Stmt.Block x) {
                c.block(null);
                frames.add(x.label());
                stmts(x.body());
                frames.remove(frames.size() - 1);
                c.end();
            } else if (s instanceof Stmt.Loop x) {
                c.loop(null);
                frames.add(x.label());
                stmts(x.body());
                frames.remove(frames.size() - 1);
                c.end();
            } else if (s instanceof Stmt.Br x) {
                c.br(depth(x.label()));
            } else if (s instanceof Stmt.BrIf x) {
                expr(x.cond());
                c.brIf(depth(x.label()));
            } else if (s instanceof Stmt.Return x) {
                if (x.value() != null) {
                    expr(x.value());
                }
                c.return_();
            } else if (s instanceof Stmt.Unreachable) {
                c.unreachable();
            }
        }

        private int global(String name) {
            Integer i = globalIndex.get(name);
            if (i == null) {
                throw new IllegalStateException("Undefined global " + name + ".");
            }
            return i;
        }

        void expr(Expr e) {
            if (e instanceof Expr.Const x) {
                if (x.type() == Type.I32) {
                    c.i32Const((int) x.value());
                } else {
                    c.i64Const(x.value());
                }
            } else if (e instanceof Expr.LocalGet x) {
                c.localGet(x.index());
            } else if (e instanceof Expr.GlobalGet x) {
                c.globalGet(global(x.name()));
            } else if (e instanceof Expr.Unary x) {
                expr(x.operand());
                c.plain(x.op().opcode);
            } else if (e instanceof Expr.Binary x) {
                expr(x.left());
                expr(x.right());
                c.plain(x.op().opcode);
            } else if (e instanceof Expr.Load x) {
                expr(x.address());
                switch (x.mem()) {
                    case I32 -> c.i32Load(x.offset());
                    case I64 -> c.i64Load(x.offset());
                    case U8 -> c.i32Load8U(x.offset());
                    case U16 -> c.i32Load16U(x.offset());
                    case U32_I64 -> c.i64Load32U(x.offset());
                }
            } else if (e instanceof Expr.Call x) {
                x.args().forEach(this::expr);
                c.call(functionIndex.get(x.function()));
            } else if (e instanceof Expr.HostCall x) {
                x.args().forEach(this::expr);
                c.call(hostIndex.get(x.host().name()));
            } else if (e instanceof Expr.IfElse x) {
                expr(x.cond());
                c.if_(val(x.type()));
                frames.add(null);
                expr(x.then());
                c.else_();
                expr(x.otherwise());
                frames.remove(frames.size() - 1);
                c.end();
            } else if (e instanceof Expr.Seq x) {
                stmts(x.stmts());
                if (x.value() != null) {
                    expr(x.value());
                }
            } else if (e instanceof Expr.Data x) {
                c.i32Const(dataOffsets.get(x));
            } else if (e instanceof Expr.MemorySize) {
                c.memorySize();
            } else if (e instanceof Expr.MemoryGrow x) {
                expr(x.pages());
                c.memoryGrow();
            }
        }
    }
}
