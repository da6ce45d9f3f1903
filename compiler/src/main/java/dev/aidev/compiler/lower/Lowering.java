package dev.aidev.compiler.lower;

import static dev.aidev.compiler.ir.Ir.add;
import static dev.aidev.compiler.ir.Ir.and;
import static dev.aidev.compiler.ir.Ir.eq;
import static dev.aidev.compiler.ir.Ir.eqz;
import static dev.aidev.compiler.ir.Ir.extendS;
import static dev.aidev.compiler.ir.Ir.extendU;
import static dev.aidev.compiler.ir.Ir.host;
import static dev.aidev.compiler.ir.Ir.i32;
import static dev.aidev.compiler.ir.Ir.i64;
import static dev.aidev.compiler.ir.Ir.ifElse;
import static dev.aidev.compiler.ir.Ir.load32;
import static dev.aidev.compiler.ir.Ir.load64;
import static dev.aidev.compiler.ir.Ir.ne;
import static dev.aidev.compiler.ir.Ir.or;
import static dev.aidev.compiler.ir.Ir.str;
import static dev.aidev.compiler.ir.Ir.wrap;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.aidev.compiler.CompileError;
import dev.aidev.compiler.check.CheckedProgram;
import dev.aidev.compiler.check.ExportedMethod;
import dev.aidev.compiler.ir.Expr;
import dev.aidev.compiler.ir.FunctionBuilder;
import dev.aidev.compiler.ir.Ir;
import dev.aidev.compiler.ir.IrBuilder;
import dev.aidev.compiler.ir.IrModule;
import dev.aidev.compiler.ir.Label;
import dev.aidev.compiler.ir.Local;
import dev.aidev.compiler.ir.MemType;
import dev.aidev.compiler.ir.Stmt;
import dev.aidev.compiler.ir.Type;
import dev.aidev.compiler.ir.UnOp;
import dev.aidev.compiler.parse.FrontendResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Lowers a checked contract to the IR: one export wrapper per exported method (access checks,
 * arguments from JSON, state from Borsh, the call, state back, the result as JSON), and the
 * contract's methods reachable from them, lowered on demand from their attributed trees.
 *
 * <p>The contract object is {@code [u32 class id][fields]}, each field in an 8-byte slot; its
 * fields in declaration order are the Borsh layout of {@code STATE}.
 */
final class Lowering {
    private static final String SDK = "dev.aidev.sdk.";
    private static final String STATE_KEY = "STATE";
    static final String SOURCE_METADATA = "contract_source_metadata";
    /** What {@code contract_source_metadata} returns: NEP-330 1.2.0 is the one standard every contract follows. */
    static final String SOURCE_METADATA_JSON =
            "{\"version\":\"0.1.0\",\"link\":null,\"standards\":[{\"standard\":\"nep330\",\"version\":\"1.2.0\"}]}";
    private static final int HEADER = 8;
    private static final Map<Tree.Kind, Tree.Kind> OPERATOR_OF = Map.ofEntries(
            Map.entry(Tree.Kind.PLUS_ASSIGNMENT, Tree.Kind.PLUS),
            Map.entry(Tree.Kind.MINUS_ASSIGNMENT, Tree.Kind.MINUS),
            Map.entry(Tree.Kind.MULTIPLY_ASSIGNMENT, Tree.Kind.MULTIPLY),
            Map.entry(Tree.Kind.DIVIDE_ASSIGNMENT, Tree.Kind.DIVIDE),
            Map.entry(Tree.Kind.REMAINDER_ASSIGNMENT, Tree.Kind.REMAINDER),
            Map.entry(Tree.Kind.AND_ASSIGNMENT, Tree.Kind.AND),
            Map.entry(Tree.Kind.OR_ASSIGNMENT, Tree.Kind.OR),
            Map.entry(Tree.Kind.XOR_ASSIGNMENT, Tree.Kind.XOR),
            Map.entry(Tree.Kind.LEFT_SHIFT_ASSIGNMENT, Tree.Kind.LEFT_SHIFT),
            Map.entry(Tree.Kind.RIGHT_SHIFT_ASSIGNMENT, Tree.Kind.RIGHT_SHIFT),
            Map.entry(Tree.Kind.UNSIGNED_RIGHT_SHIFT_ASSIGNMENT, Tree.Kind.UNSIGNED_RIGHT_SHIFT));

    private final CheckedProgram program;
    private final FrontendResult frontend;
    private final Trees trees;
    private final TypeElement contract;
    private final IrBuilder ir = new IrBuilder();
    private final Map<ExecutableElement, String> names = new HashMap<>();
    private final Deque<ExecutableElement> work = new ArrayDeque<>();
    private final Map<VariableElement, Integer> fieldOffsets = new LinkedHashMap<>();

    Lowering(CheckedProgram program) {
        this.program = program;
        this.frontend = program.frontend();
        this.trees = frontend.trees();
        this.contract = program.contract();
        int off = HEADER;
        for (VariableElement f : ElementFilter.fieldsIn(contract.getEnclosedElements())) {
            if (!f.getModifiers().contains(Modifier.STATIC)) {
                fieldOffsets.put(f, off);
                off += 8;
            }
        }
    }

    private int objectSize() {
        return HEADER + 8 * fieldOffsets.size();
    }

    IrModule lower() {
        Runtime.install(ir);
        for (ExportedMethod m : program.exports()) {
            exportWrapper(m);
        }
        if (program.exports().stream().noneMatch(m -> m.exportName().equals(SOURCE_METADATA))) {
            sourceMetadata();
        }
        while (!work.isEmpty()) {
            ExecutableElement m = work.pop();
            lowerMethod(m);
        }
        return ir.build();
    }

    /**
     * NEP-330: the view {@code contract_source_metadata}, with near-sdk-rs's JSON shape and key
     * order ({@code version}, {@code link}, {@code standards}); near-sdk-rs adds {@code build_info}
     * only for builds that record it, and so do we not. AbiGenerator describes the same schema.
     */
    private void sourceMetadata() {
        ir.function("export_" + SOURCE_METADATA, List.of(), null, f -> {
            Local out = f.local(Type.I32);
            f.set(out, str(SOURCE_METADATA_JSON));
            f.eval(host("value_return", extendU(load32(out.get(), 0)), extendU(add(out.get(), i32(4)))));
        });
        ir.export(SOURCE_METADATA, "export_" + SOURCE_METADATA);
    }

    // ---------------------------------------------------------------------------------------------
    // Types

    private CompileError unsupported(TreePath path, String what) {
        return new CompileError(frontend.errorAt(path, what + " is not supported by the WebAssembly back end yet"));
    }

    private static boolean isClass(TypeMirror t, String qualifiedName) {
        return t.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) t).asElement()).getQualifiedName().contentEquals(qualifiedName);
    }

    /** The representation of a value type, or null if the back end cannot represent it. */
    private ValueKind kindOrNull(TypeMirror t) {
        switch (t.getKind()) {
            case BOOLEAN:
                return ValueKind.BOOL;
            case BYTE:
            case SHORT:
            case CHAR:
            case INT:
                return ValueKind.INT;
            case LONG:
                return ValueKind.LONG;
            case DECLARED:
                if (isClass(t, "java.lang.String") || isClass(t, SDK + "AccountId")) {
                    return ValueKind.STRING;
                }
                if (isClass(t, SDK + "U128")) {
                    return ValueKind.U128;
                }
                if (isClass(t, SDK + "LookupMap")) {
                    return ValueKind.COLLECTION;
                }
                if (((DeclaredType) t).asElement().equals(contract)) {
                    return ValueKind.CONTRACT;
                }
                return null;
            default:
                return null;
        }
    }

    private ValueKind kind(TypeMirror t, TreePath where) {
        ValueKind k = kindOrNull(t);
        if (k == null) {
            throw unsupported(where, "the type " + t);
        }
        return k;
    }

    private Type irType(TypeMirror t, TreePath where) {
        return t.getKind() == TypeKind.VOID ? null : kind(t, where).type;
    }

    private TreePath pathOf(Element e) {
        TreePath p = trees.getPath(e);
        return p != null ? p : program.contractPath();
    }

    // ---------------------------------------------------------------------------------------------
    // Exports

    private String nameOf(ExecutableElement m) {
        return names.computeIfAbsent(m, k -> {
            work.add(k);
            String base = k.getKind() == ElementKind.CONSTRUCTOR ? "new" : k.getSimpleName().toString();
            return "m_" + base + "_" + names.size();
        });
    }

    private boolean isStatic(ExecutableElement m) {
        return m.getModifiers().contains(Modifier.STATIC);
    }

    private ExecutableElement defaultConstructor() {
        for (ExecutableElement c : ElementFilter.constructorsIn(contract.getEnclosedElements())) {
            if (c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC)) {
                return c;
            }
        }
        return null;
    }

    private void exportWrapper(ExportedMethod m) {
        String fname = "export_" + m.exportName();
        TreePath where = m.path();
        ir.function(fname, List.of(), null, f -> {
            if (m.privateMethod()) {
                f.if_(eqz(Runtime.strEq(register("current_account_id"), register("predecessor_account_id"))),
                        () -> f.eval(Runtime.panic(str("Method " + m.exportName() + " is private"))));
            }
            if (!m.payable() && m.kind() != ExportedMethod.Kind.VIEW) {
                Local d = f.local(Type.I32);
                f.set(d, Runtime.alloc(i32(16)));
                f.eval(host("attached_deposit", extendU(d.get())));
                f.if_(ne(or(load64(d.get(), 0), load64(d.get(), 8)), i64(0)),
                        () -> f.eval(Runtime.panic(str("Method " + m.exportName() + " doesn't accept deposit"))));
            }
            List<Expr> args = new ArrayList<>();
            ExecutableElement method = m.method();
            if (!method.getParameters().isEmpty()) {
                Local in = f.local(Type.I32);
                f.eval(host("input", i64(0)));
                f.set(in, Runtime.registerBytes(i64(0)));
                for (int i = 0; i < method.getParameters().size(); i++) {
                    VariableElement p = method.getParameters().get(i);
                    Local a = f.local(kind(p.asType(), where).type);
                    Expr v = readJson(kind(p.asType(), where), Runtime.jsonArg(in.get(), m.jsonParameterNames().get(i)), where);
                    f.set(a, isClass(p.asType(), SDK + "AccountId") ? Runtime.jsonAccountId(v) : v);
                    args.add(a.get());
                }
            }
            Local self = f.local(Type.I32);
            if (m.kind() == ExportedMethod.Kind.INIT) {
                // After the arguments, as near-sdk-rs and the JVM runner check it.
                f.if_(ne(host("storage_has_key", i64(STATE_KEY.length()), extendU(add(str(STATE_KEY), i32(4)))), i64(0)),
                        () -> f.eval(Runtime.panic(str("The contract has already been initialized"))));
                f.set(self, Ir.call(nameOf(method), Type.I32, args.toArray(Expr[]::new)));
                f.eval(Ir.call("state_write", null, self.get()));
                return;
            }
            f.set(self, Ir.call("state_read", Type.I32));
            List<Expr> all = new ArrayList<>();
            if (!isStatic(method)) {
                all.add(self.get());
            }
            all.addAll(args);
            TypeMirror rt = method.getReturnType();
            Type t = irType(rt, where);
            Expr call = Ir.call(nameOf(method), t, all.toArray(Expr[]::new));
            Local result = t == null ? null : f.local(t);
            if (result == null) {
                f.eval(call);
            } else {
                f.set(result, call);
            }
            if (m.kind() == ExportedMethod.Kind.CALL) {
                f.eval(Ir.call("state_write", null, self.get()));
            }
            if (result != null) {
                f.eval(Runtime.bufBegin());
                writeJson(f, kind(rt, where), result.get());
                Local out = f.local(Type.I32);
                f.set(out, Runtime.bufEnd());
                f.eval(host("value_return", extendU(load32(out.get(), 0)), extendU(add(out.get(), i32(4)))));
            }
        });
        ir.export(m.exportName(), fname);
        stateFunctions(where);
    }

    /** A context string host function (current_account_id, ...) read through register 0. */
    private static Expr register(String hostFunction) {
        return new Expr.Seq(List.of(new Stmt.Eval(host(hostFunction, i64(0)))), Runtime.registerBytes(i64(0)));
    }

    private Expr readJson(ValueKind k, Expr pos, TreePath where) {
        switch (k) {
            case BOOL:
                return Runtime.jsonReadBool(pos);
            case INT:
                return Runtime.jsonReadI32(pos);
            case LONG:
                return Runtime.jsonReadI64(pos);
            case STRING:
                return Runtime.jsonReadStr(pos);
            case U128:
                return Runtime.jsonReadU128(pos);
            default:
                throw unsupported(where, "a parameter of this type");
        }
    }

    private void writeJson(FunctionBuilder f, ValueKind k, Expr v) {
        switch (k) {
            case BOOL:
                f.eval(Runtime.buf("bytes", ifElse(v, str("true"), str("false"))));
                break;
            case INT:
                f.eval(Runtime.buf("json_i64", extendS(v)));
                break;
            case LONG:
                f.eval(Runtime.buf("json_i64", v));
                break;
            case STRING: {
                Local s = f.local(Type.I32);
                f.set(s, v);
                f.ifElse(eqz(s.get()), () -> f.eval(Runtime.buf("bytes", str("null"))), () -> f.eval(Runtime.buf("json_str", s.get())));
                break;
            }
            case U128:
                f.eval(Runtime.buf("json_u128", v));
                break;
            default:
                throw new IllegalStateException("No JSON form for " + k + ".");
        }
    }

    private boolean stateFunctionsDone;

    /** state_read() -> object and state_write(object): Borsh of the fields under "STATE". */
    private void stateFunctions(TreePath where) {
        if (stateFunctionsDone) {
            return;
        }
        stateFunctionsDone = true;
        ExecutableElement dflt = defaultConstructor();
        ir.function("state_read", List.of(), Type.I32, f -> {
            Local obj = f.local(Type.I32);
            f.if_(eqz(host("storage_read", i64(STATE_KEY.length()), extendU(add(str(STATE_KEY), i32(4))), i64(0))), () -> {
                if (dflt != null) {
                    // Encoded and dropped, as the JVM runner round-trips a fresh contract through
                    // Borsh: a null String field panics here too, even in a view.
                    f.set(obj, Ir.call(nameOf(dflt), Type.I32));
                    f.eval(Ir.call("state_encode", Type.I32, obj.get()));
                    f.ret(obj.get());
                } else {
                    f.eval(Runtime.panic(str("The contract is not initialized")));
                }
            });
            f.eval(Runtime.rdBegin(Runtime.registerBytes(i64(0))));
            f.set(obj, Runtime.alloc(i32(objectSize())));
            fieldOffsets.forEach((field, off) -> {
                ValueKind k = kind(field.asType(), pathOf(field));
                f.store(k == ValueKind.LONG ? MemType.I64 : MemType.I32, obj.get(), off, borshRead(k, pathOf(field)));
            });
            f.eval(Runtime.rdFinish());
            f.ret(obj.get());
        });
        ir.function("state_encode", List.of(Type.I32), Type.I32, f -> {
            f.eval(Runtime.bufBegin());
            fieldOffsets.forEach((field, off) -> {
                ValueKind k = kind(field.asType(), pathOf(field));
                Expr v = k == ValueKind.LONG ? load64(f.param(0).get(), off) : load32(f.param(0).get(), off);
                f.eval(borshWrite(k, v, field.asType(), pathOf(field)));
            });
            f.ret(Runtime.bufEnd());
        });
        ir.function("state_write", List.of(Type.I32), null, f -> {
            Local out = f.local(Type.I32);
            f.set(out, Ir.call("state_encode", Type.I32, f.param(0).get()));
            f.eval(host("storage_write", i64(STATE_KEY.length()), extendU(add(str(STATE_KEY), i32(4))),
                    extendU(load32(out.get(), 0)), extendU(add(out.get(), i32(4))), i64(0)));
        });
    }

    private Expr borshRead(ValueKind k, TreePath where) {
        switch (k) {
            case BOOL:
                return Runtime.rd("u8", Type.I32);
            case INT:
                return Runtime.rd("i32", Type.I32);
            case LONG:
                return Runtime.rd("i64", Type.I64);
            case STRING:
            case COLLECTION:
                return Runtime.rd("str", Type.I32);
            case U128:
                return Runtime.rd("u128", Type.I32);
            default:
                throw unsupported(where, "a state field of this type");
        }
    }

    /**
     * Appends {@code v} in Borsh to the output buffer. A null reference panics with the SDK's text
     * ({@code Borsh cannot encode null String; ...}) rather than writing whatever is at address 0.
     */
    private Expr borshWrite(ValueKind k, Expr v, TypeMirror type, TreePath where) {
        if (k == ValueKind.STRING || k == ValueKind.U128 || k == ValueKind.COLLECTION) {
            String simple = ((DeclaredType) type).asElement().getSimpleName().toString();
            v = Ir.call("rt_borsh_nonnull", Type.I32, v,
                    str("Borsh cannot encode null " + simple + "; use Optional for a value that may be absent"));
        }
        switch (k) {
            case BOOL:
                return Runtime.buf("u8", v);
            case INT:
                return Runtime.buf("i32", v);
            case LONG:
                return Runtime.buf("i64", v);
            case STRING:
            case COLLECTION:
                return Runtime.buf("borsh_str", v);
            case U128:
                return Runtime.buf("u128", v);
            default:
                throw unsupported(where, "a state field of this type");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Methods

    private void lowerMethod(ExecutableElement m) {
        TreePath path = trees.getPath(m);
        if (path == null) {
            throw new IllegalStateException("No tree for " + m + ".");
        }
        MethodTree tree = (MethodTree) path.getLeaf();
        boolean ctor = m.getKind() == ElementKind.CONSTRUCTOR;
        List<Type> params = new ArrayList<>();
        if (!isStatic(m) && !ctor) {
            params.add(Type.I32);
        }
        for (VariableElement p : m.getParameters()) {
            params.add(kind(p.asType(), path).type);
        }
        Type result = ctor ? Type.I32 : irType(m.getReturnType(), path);
        FunctionBuilder f = new FunctionBuilder(names.get(m), params, result);
        Body body = new Body(f, path.getCompilationUnit());
        body.returnType = m.getReturnType();
        int next = 0;
        if (!isStatic(m) && !ctor) {
            body.self = f.param(next++);
        }
        for (VariableElement p : m.getParameters()) {
            body.locals.put(p, f.param(next++));
        }
        if (ctor) {
            // new: allocate, run the field initialisers, then the constructor's statements.
            body.self = f.local(Type.I32);
            f.set(body.self, Runtime.alloc(i32(objectSize())));
            for (Tree member : ((com.sun.source.tree.ClassTree) program.contractPath().getLeaf()).getMembers()) {
                if (member instanceof VariableTree v && v.getInitializer() != null) {
                    VariableElement field = (VariableElement) trees.getElement(new TreePath(program.contractPath(), member));
                    if (fieldOffsets.containsKey(field)) {
                        Expr init = body.expr(new TreePath(new TreePath(program.contractPath(), member), v.getInitializer()));
                        body.storeField(body.self.get(), field, body.coerce(init, field.asType()));
                    }
                }
            }
        }
        body.block(new TreePath(path, tree.getBody()));
        if (ctor) {
            f.ret(body.self.get());
        } else if (result != null) {
            // javac proved that a non-void method never falls off its end.
            f.unreachable();
        }
        ir.add(f.build());
    }

    /** Lowers the statements and expressions of one function. */
    private final class Body {
        private final FunctionBuilder f;
        private final CompilationUnitTree unit;
        final Map<Element, Local> locals = new HashMap<>();
        Local self;
        TypeMirror returnType;
        /** Enclosing loops, innermost last: [break label, continue label]. */
        private final List<Label[]> loops = new ArrayList<>();

        Body(FunctionBuilder f, CompilationUnitTree unit) {
            this.f = f;
            this.unit = unit;
        }

        private TreePath child(TreePath parent, Tree t) {
            return new TreePath(parent, t);
        }

        /** "File.java:line:col" of a tree, for panic messages. */
        private Expr loc(TreePath p) {
            long pos = trees.getSourcePositions().getStartPosition(unit, p.getLeaf());
            String file = unit.getSourceFile().getName();
            file = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
            return str(file + ":" + unit.getLineMap().getLineNumber(pos) + ":" + unit.getLineMap().getColumnNumber(pos));
        }

        // Statements

        void block(TreePath p) {
            for (StatementTree s : ((BlockTree) p.getLeaf()).getStatements()) {
                stmt(child(p, s));
            }
        }

        void stmt(TreePath p) {
            Tree t = p.getLeaf();
            switch (t.getKind()) {
                case BLOCK:
                    block(p);
                    return;
                case EMPTY_STATEMENT:
                    return;
                case VARIABLE: {
                    VariableTree v = (VariableTree) t;
                    Element e = trees.getElement(p);
                    Local l = f.local(kind(e.asType(), p).type);
                    locals.put(e, l);
                    if (v.getInitializer() != null) {
                        f.set(l, coerce(expr(child(p, v.getInitializer())), e.asType()));
                    }
                    return;
                }
                case EXPRESSION_STATEMENT:
                    effect(child(p, ((ExpressionStatementTree) t).getExpression()));
                    return;
                case IF: {
                    IfTree s = (IfTree) t;
                    Expr c = expr(child(p, s.getCondition()));
                    if (s.getElseStatement() == null) {
                        f.if_(c, () -> stmt(child(p, s.getThenStatement())));
                    } else {
                        f.ifElse(c, () -> stmt(child(p, s.getThenStatement())), () -> stmt(child(p, s.getElseStatement())));
                    }
                    return;
                }
                case WHILE_LOOP: {
                    WhileLoopTree s = (WhileLoopTree) t;
                    loop(p, s.getCondition(), () -> stmt(child(p, s.getStatement())), List.of(), false);
                    return;
                }
                case DO_WHILE_LOOP: {
                    DoWhileLoopTree s = (DoWhileLoopTree) t;
                    loop(p, s.getCondition(), () -> stmt(child(p, s.getStatement())), List.of(), true);
                    return;
                }
                case FOR_LOOP: {
                    ForLoopTree s = (ForLoopTree) t;
                    s.getInitializer().forEach(i -> stmt(child(p, i)));
                    List<TreePath> updates = new ArrayList<>();
                    s.getUpdate().forEach(u -> updates.add(child(p, u)));
                    loop(p, s.getCondition(), () -> stmt(child(p, s.getStatement())), updates, false);
                    return;
                }
                case BREAK:
                    if (((BreakTree) t).getLabel() != null || loops.isEmpty()) {
                        throw unsupported(p, "a labeled break");
                    }
                    f.br(loops.get(loops.size() - 1)[0]);
                    return;
                case CONTINUE:
                    if (((ContinueTree) t).getLabel() != null || loops.isEmpty()) {
                        throw unsupported(p, "a labeled continue");
                    }
                    f.br(loops.get(loops.size() - 1)[1]);
                    return;
                case RETURN: {
                    ReturnTree r = (ReturnTree) t;
                    f.ret(r.getExpression() == null ? null : coerce(expr(child(p, r.getExpression())), returnType));
                    return;
                }
                case THROW:
                    throwStmt(child(p, ((ThrowTree) t).getExpression()));
                    return;
                default:
                    throw unsupported(p, "the statement " + t.getKind());
            }
        }

        /**
         * block $break { loop $top { br_if $break !cond; block $continue { body } updates; br $top } }.
         * A do-while tests at the end instead.
         */
        private void loop(TreePath p, ExpressionTree cond, Runnable body, List<TreePath> updates, boolean testLast) {
            f.block(brk -> f.loop(top -> {
                if (cond != null && !testLast) {
                    f.brIf(brk, eqz(expr(child(p, cond))));
                }
                f.block(cont -> {
                    loops.add(new Label[] {brk, cont});
                    body.run();
                    loops.remove(loops.size() - 1);
                });
                updates.forEach(this::stmt);
                if (testLast) {
                    f.brIf(top, expr(child(p, cond)));
                } else {
                    f.br(top);
                }
            }));
        }

        /** {@code throw new XxxException(msg)} and {@code throw Env.panic(msg)} panic with the message. */
        private void throwStmt(TreePath p) {
            Tree t = p.getLeaf();
            if (t instanceof NewClassTree n) {
                TypeMirror type = trees.getTypeMirror(p);
                TypeMirror runtimeException = frontend.elements().getTypeElement("java.lang.RuntimeException").asType();
                if (!frontend.types().isSubtype(type, runtimeException)) {
                    throw unsupported(p, "throwing a checked exception");
                }
                // Without a message the JVM runner reports the exception's simple name; so do we.
                Expr msg = n.getArguments().isEmpty() ? str(((DeclaredType) type).asElement().getSimpleName().toString())
                        : expr(child(p, n.getArguments().get(0)));
                f.eval(Runtime.panic(msg));
                f.unreachable();
                return;
            }
            f.eval(expr(p));
            f.unreachable();
        }

        /** An expression evaluated for its effects only. */
        void effect(TreePath p) {
            Tree t = p.getLeaf();
            switch (t.getKind()) {
                case ASSIGNMENT: {
                    AssignmentTree a = (AssignmentTree) t;
                    assign(child(p, a.getVariable()), expr(child(p, a.getExpression())));
                    return;
                }
                case PREFIX_INCREMENT:
                case POSTFIX_INCREMENT:
                case PREFIX_DECREMENT:
                case POSTFIX_DECREMENT: {
                    TreePath target = child(p, ((UnaryTree) t).getExpression());
                    assign(target, step(p, target));
                    return;
                }
                default:
                    if (t instanceof CompoundAssignmentTree c) {
                        assign(child(p, c.getVariable()), compound(p, c));
                        return;
                    }
                    f.eval(expr(p));
            }
        }

        /** The new value of {@code ++x} / {@code --x}. */
        private Expr step(TreePath p, TreePath target) {
            Expr v = expr(target);
            Expr one = v.type() == Type.I32 ? i32(1) : i64(1);
            boolean inc = p.getLeaf().getKind() == Tree.Kind.PREFIX_INCREMENT || p.getLeaf().getKind() == Tree.Kind.POSTFIX_INCREMENT;
            return narrow(Runtime.checked(inc ? "add" : "sub", v, one, loc(p)), trees.getTypeMirror(target));
        }

        private Expr compound(TreePath p, CompoundAssignmentTree c) {
            TreePath target = child(p, c.getVariable());
            TypeMirror t = trees.getTypeMirror(target);
            Expr v = binary(p, OPERATOR_OF.get(c.getKind()), target, child(p, c.getExpression()), t);
            // x op= y is x = (T) (x op y): a long result narrows to an int target.
            if (v.type() == Type.I64 && kind(t, p).type == Type.I32) {
                v = wrap(v);
            }
            return narrow(v, t);
        }

        /** byte/short/char results of int arithmetic wrap to their width, as Java's compound assignment. */
        private Expr narrow(Expr v, TypeMirror t) {
            switch (t.getKind()) {
                case BYTE:
                    return new Expr.Unary(UnOp.I32_EXTEND8_S, v);
                case SHORT:
                    return new Expr.Unary(UnOp.I32_EXTEND16_S, v);
                case CHAR:
                    return and(v, i32(0xFFFF));
                default:
                    return v;
            }
        }

        /** Assignment conversion: an int value widens to a long target. */
        Expr coerce(Expr v, TypeMirror target) {
            return target.getKind() == TypeKind.LONG ? promote(v, Type.I64) : v;
        }

        private void assign(TreePath target, Expr value) {
            Tree t = target.getLeaf();
            Element e = trees.getElement(target);
            value = coerce(value, trees.getTypeMirror(target));
            if (locals.containsKey(e)) {
                f.set(locals.get(e), value);
                return;
            }
            if (e instanceof VariableElement v && fieldOffsets.containsKey(v)) {
                Expr obj = t instanceof MemberSelectTree ms ? expr(child(target, ms.getExpression())) : self.get();
                storeField(obj, v, value);
                return;
            }
            throw unsupported(target, "assigning to " + t);
        }

        void storeField(Expr obj, VariableElement field, Expr value) {
            f.store(value.type() == Type.I64 ? MemType.I64 : MemType.I32, obj, fieldOffsets.get(field), value);
        }

        // Expressions

        Expr expr(TreePath p) {
            Tree t = p.getLeaf();
            switch (t.getKind()) {
                case PARENTHESIZED:
                    return expr(child(p, ((ParenthesizedTree) t).getExpression()));
                case INT_LITERAL:
                    return i32((Integer) ((LiteralTree) t).getValue());
                case LONG_LITERAL:
                    return i64((Long) ((LiteralTree) t).getValue());
                case CHAR_LITERAL:
                    return i32((Character) ((LiteralTree) t).getValue());
                case BOOLEAN_LITERAL:
                    return i32(((Boolean) ((LiteralTree) t).getValue()) ? 1 : 0);
                case STRING_LITERAL:
                    return str((String) ((LiteralTree) t).getValue());
                case NULL_LITERAL:
                    return i32(0);
                case IDENTIFIER:
                case MEMBER_SELECT:
                    return variable(p);
                case ASSIGNMENT:
                case PREFIX_INCREMENT:
                case PREFIX_DECREMENT:
                case POSTFIX_INCREMENT:
                case POSTFIX_DECREMENT:
                    return valueOfEffect(p);
                case UNARY_MINUS: {
                    Expr v = expr(child(p, ((UnaryTree) t).getExpression()));
                    return Runtime.checked("sub", v.type() == Type.I32 ? i32(0) : i64(0), v, loc(p));
                }
                case UNARY_PLUS:
                    return expr(child(p, ((UnaryTree) t).getExpression()));
                case LOGICAL_COMPLEMENT:
                    return eqz(expr(child(p, ((UnaryTree) t).getExpression())));
                case BITWISE_COMPLEMENT: {
                    Expr v = expr(child(p, ((UnaryTree) t).getExpression()));
                    return Ir.xor(v, v.type() == Type.I32 ? i32(-1) : i64(-1));
                }
                case CONDITIONAL_AND: {
                    BinaryTree b = (BinaryTree) t;
                    return ifElse(expr(child(p, b.getLeftOperand())), expr(child(p, b.getRightOperand())), i32(0));
                }
                case CONDITIONAL_OR: {
                    BinaryTree b = (BinaryTree) t;
                    return ifElse(expr(child(p, b.getLeftOperand())), i32(1), expr(child(p, b.getRightOperand())));
                }
                case CONDITIONAL_EXPRESSION: {
                    ConditionalExpressionTree c = (ConditionalExpressionTree) t;
                    TypeMirror type = trees.getTypeMirror(p);
                    return ifElse(expr(child(p, c.getCondition())), coerce(expr(child(p, c.getTrueExpression())), type),
                            coerce(expr(child(p, c.getFalseExpression())), type));
                }
                case TYPE_CAST:
                    return cast(p, (TypeCastTree) t);
                case METHOD_INVOCATION:
                    return invocation(p, (MethodInvocationTree) t);
                case NEW_CLASS:
                    return newObject(p, (NewClassTree) t);
                default:
                    if (t instanceof CompoundAssignmentTree) {
                        return valueOfEffect(p);
                    }
                    if (t instanceof BinaryTree b) {
                        return binary(p, t.getKind(), child(p, b.getLeftOperand()), child(p, b.getRightOperand()), trees.getTypeMirror(p));
                    }
                    throw unsupported(p, "the expression " + t.getKind());
            }
        }

        /** An assignment or increment used as a value: the effect, then the value Java gives it. */
        private Expr valueOfEffect(TreePath p) {
            Tree t = p.getLeaf();
            TreePath target = t instanceof AssignmentTree a ? child(p, a.getVariable())
                    : t instanceof CompoundAssignmentTree c ? child(p, c.getVariable())
                    : child(p, ((UnaryTree) t).getExpression());
            Type type = kind(trees.getTypeMirror(target), p).type;
            Local tmp = f.local(type);
            boolean post = t.getKind() == Tree.Kind.POSTFIX_INCREMENT || t.getKind() == Tree.Kind.POSTFIX_DECREMENT;
            List<Stmt> stmts = f.capture(() -> {
                if (post) {
                    f.set(tmp, expr(target));
                    assign(target, step(p, target));
                } else {
                    Expr v = t instanceof AssignmentTree a ? expr(child(p, a.getExpression()))
                            : t instanceof CompoundAssignmentTree c ? compound(p, c) : step(p, target);
                    f.set(tmp, v);
                    assign(target, tmp.get());
                }
            });
            return new Expr.Seq(stmts, tmp.get());
        }

        private Expr variable(TreePath p) {
            Tree t = p.getLeaf();
            if (t instanceof IdentifierTree id && id.getName().contentEquals("this")) {
                return self.get();
            }
            Element e = trees.getElement(p);
            if (locals.containsKey(e)) {
                return locals.get(e).get();
            }
            if (e instanceof VariableElement v) {
                if (v.getConstantValue() != null) {
                    return constant(v.getConstantValue(), p);
                }
                if (fieldOffsets.containsKey(v)) {
                    Expr obj = t instanceof MemberSelectTree ms ? expr(child(p, ms.getExpression())) : self.get();
                    int off = fieldOffsets.get(v);
                    return v.asType().getKind() == TypeKind.LONG ? load64(obj, off) : load32(obj, off);
                }
                if (isClass(v.getEnclosingElement().asType(), SDK + "U128") && v.getModifiers().contains(Modifier.STATIC)) {
                    String n = v.getSimpleName().toString();
                    if (n.equals("ZERO") || n.equals("ONE") || n.equals("ONE_YOCTO")) {
                        byte[] b = new byte[16];
                        b[0] = (byte) (n.equals("ZERO") ? 0 : 1);
                        return new Expr.Data(b);
                    }
                }
            }
            if (e != null && e.getKind() == ElementKind.CLASS) {
                throw unsupported(p, "a class used as a value");
            }
            throw unsupported(p, "the variable " + t);
        }

        private Expr constant(Object v, TreePath p) {
            if (v instanceof Integer i) {
                return i32(i);
            }
            if (v instanceof Long l) {
                return i64(l);
            }
            if (v instanceof Boolean b) {
                return i32(b ? 1 : 0);
            }
            if (v instanceof String s) {
                return str(s);
            }
            if (v instanceof Character c) {
                return i32(c);
            }
            if (v instanceof Short s) {
                return i32(s);
            }
            if (v instanceof Byte b) {
                return i32(b);
            }
            throw unsupported(p, "a constant of type " + v.getClass().getSimpleName());
        }

        private Expr cast(TreePath p, TypeCastTree c) {
            TypeMirror to = trees.getTypeMirror(p);
            Expr v = expr(child(p, c.getExpression()));
            Type target = kind(to, p).type;
            if (v.type() == Type.I64 && target == Type.I32) {
                v = wrap(v);
            } else if (v.type() == Type.I32 && target == Type.I64) {
                v = extendS(v);
            }
            return to.getKind().isPrimitive() ? narrow(v, to) : v;
        }

        /** Promotes an int operand to long when the other side is long (binary numeric promotion). */
        private Expr promote(Expr v, Type to) {
            return v.type() == Type.I32 && to == Type.I64 ? extendS(v) : v;
        }

        private Expr binary(TreePath p, Tree.Kind op, TreePath left, TreePath right, TypeMirror resultType) {
            TypeMirror lt = trees.getTypeMirror(left);
            TypeMirror rt = trees.getTypeMirror(right);
            if (op == Tree.Kind.PLUS && isClass(resultType, "java.lang.String")) {
                return Runtime.concat(toStr(expr(left), lt, left), toStr(expr(right), rt, right));
            }
            Expr a = expr(left);
            Expr b = expr(right);
            if (op == Tree.Kind.LEFT_SHIFT || op == Tree.Kind.RIGHT_SHIFT || op == Tree.Kind.UNSIGNED_RIGHT_SHIFT) {
                // The shift distance is an int even for a long; WebAssembly masks it as Java does.
                b = a.type() == Type.I64 ? (b.type() == Type.I32 ? extendU(b) : b) : (b.type() == Type.I64 ? wrap(b) : b);
                return op == Tree.Kind.LEFT_SHIFT ? Ir.shl(a, b) : op == Tree.Kind.RIGHT_SHIFT ? Ir.shrS(a, b) : Ir.shrU(a, b);
            }
            Type t = a.type() == Type.I64 || b.type() == Type.I64 ? Type.I64 : Type.I32;
            a = promote(a, t);
            b = promote(b, t);
            switch (op) {
                case PLUS:
                    return Runtime.checked("add", a, b, loc(p));
                case MINUS:
                    return Runtime.checked("sub", a, b, loc(p));
                case MULTIPLY:
                    return Runtime.checked("mul", a, b, loc(p));
                case DIVIDE:
                    return Runtime.checked("div", a, b, loc(p));
                case REMAINDER:
                    return Runtime.checked("rem", a, b, loc(p));
                case LESS_THAN:
                    return Ir.ltS(a, b);
                case LESS_THAN_EQUAL:
                    return Ir.leS(a, b);
                case GREATER_THAN:
                    return Ir.gtS(a, b);
                case GREATER_THAN_EQUAL:
                    return Ir.geS(a, b);
                case EQUAL_TO:
                    return eq(a, b);
                case NOT_EQUAL_TO:
                    return ne(a, b);
                case AND:
                    return and(a, b);
                case OR:
                    return or(a, b);
                case XOR:
                    return Ir.xor(a, b);
                default:
                    throw unsupported(p, "the operator " + op);
            }
        }

        /** The string Java's concatenation makes of a value. */
        private Expr toStr(Expr v, TypeMirror t, TreePath where) {
            switch (t.getKind()) {
                case BOOLEAN:
                    return ifElse(v, str("true"), str("false"));
                case BYTE:
                case SHORT:
                case INT:
                    return Runtime.i64ToStr(extendS(v));
                case LONG:
                    return Runtime.i64ToStr(v);
                case CHAR: {
                    Local c = f.local(Type.I32);
                    Local s = f.local(Type.I32);
                    List<Stmt> stmts = f.capture(() -> {
                        f.set(c, v);
                        f.set(s, Runtime.strNew(i32(4)));
                        f.store32(s.get(), 0, Ir.sub(Ir.call("rt_utf8_put", Type.I32, add(s.get(), i32(4)), c.get()), add(s.get(), i32(4))));
                    });
                    return new Expr.Seq(stmts, s.get());
                }
                default: {
                    ValueKind k = kind(t, where);
                    if (k == ValueKind.STRING) {
                        return v;
                    }
                    if (k == ValueKind.U128) {
                        return Runtime.u128ToStr(v);
                    }
                    throw unsupported(where, "string conversion of " + t);
                }
            }
        }

        /** The arguments, each converted to its parameter's type. */
        private List<Expr> args(TreePath p, List<? extends ExpressionTree> args, ExecutableElement method) {
            List<Expr> out = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                Expr a = expr(child(p, args.get(i)));
                out.add(i < method.getParameters().size() ? coerce(a, method.getParameters().get(i).asType()) : a);
            }
            return out;
        }

        private Expr invocation(TreePath p, MethodInvocationTree m) {
            ExecutableElement method = (ExecutableElement) trees.getElement(p);
            TypeElement owner = (TypeElement) method.getEnclosingElement();
            String ownerName = owner.getQualifiedName().toString();
            String name = method.getSimpleName().toString();
            ExpressionTree select = m.getMethodSelect();
            TreePath receiverPath = select instanceof MemberSelectTree ms ? child(child(p, select), ms.getExpression()) : null;
            if (method.getKind() == ElementKind.CONSTRUCTOR) {
                if (ownerName.equals("java.lang.Object")) {
                    // super() of the contract: Object's constructor does nothing.
                    return new Expr.Seq(List.of(), noValue());
                }
                throw unsupported(p, "calling another constructor");
            }
            if (owner.equals(contract)) {
                List<Expr> all = new ArrayList<>();
                if (!isStatic(method)) {
                    all.add(receiverPath == null ? self.get() : expr(receiverPath));
                }
                all.addAll(args(p, m.getArguments(), method));
                return Ir.call(nameOf(method), irType(method.getReturnType(), p), all.toArray(Expr[]::new));
            }
            List<Expr> a = args(p, m.getArguments(), method);
            switch (ownerName) {
                case SDK + "Env":
                    return env(p, name, a);
                case "java.lang.Math":
                    return math(p, name, a);
                case "java.lang.String":
                    return string(p, name, receiver(receiverPath), a, m);
                case SDK + "AccountId":
                    if (name.equals("toString")) {
                        return receiver(receiverPath);
                    }
                    if (name.equals("equals")) {
                        return Runtime.strEq(receiver(receiverPath), a.get(0));
                    }
                    if (name.equals("of") || name.equals("isValid")) {
                        Local id = f.local(Type.I32);
                        Local problem = f.local(Type.I32);
                        List<Stmt> check = List.of(new Stmt.SetLocal(id.index(), a.get(0)),
                                new Stmt.SetLocal(problem.index(), Runtime.accountIdProblem(id.get())));
                        if (name.equals("isValid")) {
                            return new Expr.Seq(check, eqz(problem.get()));
                        }
                        List<Stmt> all = new ArrayList<>(check);
                        all.add(new Stmt.If(problem.get(), List.of(new Stmt.Eval(Runtime.panic(problem.get()))), List.of()));
                        return new Expr.Seq(all, id.get());
                    }
                    break;
                case SDK + "U128":
                    return u128(p, name, receiverPath, a);
                case SDK + "LookupMap":
                    return lookupMap(p, name, receiverPath, a, m);
                default:
                    break;
            }
            throw unsupported(p, ownerName + "." + name + "()");
        }

        /** The receiver of an instance method call, checked not to be null as the JVM does. */
        private Expr receiver(TreePath receiverPath) {
            return Runtime.nonNull(expr(receiverPath), loc(receiverPath));
        }

        private Expr env(TreePath p, String name, List<Expr> a) {
            switch (name) {
                case "log": {
                    Local s = f.local(Type.I32);
                    return new Expr.Seq(List.of(new Stmt.SetLocal(s.index(), a.get(0))),
                            host("log_utf8", extendU(load32(s.get(), 0)), extendU(add(s.get(), i32(4)))));
                }
                case "predecessorAccountId":
                    return register("predecessor_account_id");
                case "currentAccountId":
                    return register("current_account_id");
                case "signerAccountId":
                    return register("signer_account_id");
                case "blockHeight":
                    return host("block_index");
                case "blockTimestamp":
                    return host("block_timestamp");
                case "epochHeight":
                    return host("epoch_height");
                case "storageUsage":
                    return host("storage_usage");
                case "attachedDeposit":
                case "accountBalance":
                case "accountLockedBalance": {
                    String h = name.equals("attachedDeposit") ? "attached_deposit" : name.equals("accountBalance") ? "account_balance" : "account_locked_balance";
                    Local d = f.local(Type.I32);
                    return new Expr.Seq(List.of(new Stmt.SetLocal(d.index(), Runtime.alloc(i32(16))), new Stmt.Eval(host(h, extendU(d.get())))), d.get());
                }
                case "panic":
                    // Never returns; the value stands for the ContractPanic that `throw` would throw.
                    return new Expr.Seq(List.of(new Stmt.Eval(Runtime.panic(a.get(0))), new Stmt.Unreachable()), i32(0));
                case "require":
                    return new Expr.Seq(List.of(new Stmt.If(eqz(a.get(0)), List.of(new Stmt.Eval(Runtime.panic(a.get(1)))), List.of())),
                            noValue());
                default:
                    throw unsupported(p, "Env." + name + "()");
            }
        }

        /** The end of a void expression made of statements only. */
        private Expr noValue() {
            return null;
        }

        private Expr math(TreePath p, String name, List<Expr> a) {
            switch (name) {
                case "addExact":
                    return Runtime.checked("add", a.get(0), a.get(1), loc(p));
                case "subtractExact":
                    return Runtime.checked("sub", a.get(0), a.get(1), loc(p));
                case "multiplyExact":
                    return Runtime.checked("mul", promote(a.get(0), a.get(1).type()), promote(a.get(1), a.get(0).type()), loc(p));
                case "max":
                case "min": {
                    Local x = f.local(a.get(0).type());
                    Local y = f.local(a.get(0).type());
                    Expr pick = name.equals("max") ? Ir.geS(x.get(), y.get()) : Ir.leS(x.get(), y.get());
                    return new Expr.Seq(List.of(new Stmt.SetLocal(x.index(), a.get(0)), new Stmt.SetLocal(y.index(), a.get(1))),
                            ifElse(pick, x.get(), y.get()));
                }
                default:
                    throw unsupported(p, "Math." + name + "()");
            }
        }

        private Expr string(TreePath p, String name, Expr self, List<Expr> a, MethodInvocationTree m) {
            switch (name) {
                case "length":
                    return Runtime.strLength(self);
                case "isEmpty":
                    return eqz(load32(self, 0));
                case "equals":
                    return Runtime.strEq(self, a.get(0));
                case "toString":
                    return self;
                case "concat":
                    return Runtime.concat(self, Runtime.nonNull(a.get(0), loc(child(p, m.getArguments().get(0)))));
                default:
                    throw unsupported(p, "String." + name + "()");
            }
        }

        private Expr u128(TreePath p, String name, TreePath receiverPath, List<Expr> a) {
            switch (name) {
                case "of":
                    return Runtime.u128OfI64(a.get(0));
                case "add":
                case "sub":
                case "mul":
                case "div":
                case "rem":
                    return Runtime.u128Op(name, receiver(receiverPath), Runtime.nonNull(a.get(0), loc(p)));
                case "compareTo":
                    return Runtime.u128Op("cmp", receiver(receiverPath), a.get(0));
                case "equals":
                    return eqz(Runtime.u128Op("cmp", receiver(receiverPath), a.get(0)));
                case "isZero": {
                    Local v = f.local(Type.I32);
                    return new Expr.Seq(List.of(new Stmt.SetLocal(v.index(), receiver(receiverPath))),
                            eqz(or(load64(v.get(), 0), load64(v.get(), 8))));
                }
                case "toString":
                    return Runtime.u128ToStr(receiver(receiverPath));
                default:
                    throw unsupported(p, "U128." + name + "()");
            }
        }

        /** LookupMap: entries under prefix + borsh(key), values in Borsh, as near-sdk-rs's LookupMap. */
        private Expr lookupMap(TreePath p, String name, TreePath receiverPath, List<Expr> a, MethodInvocationTree m) {
            DeclaredType mapType = (DeclaredType) trees.getTypeMirror(receiverPath);
            ValueKind keyKind = kind(mapType.getTypeArguments().get(0), p);
            ValueKind valueKind = kind(mapType.getTypeArguments().get(1), p);
            if (keyKind == ValueKind.COLLECTION || keyKind == ValueKind.CONTRACT || valueKind == ValueKind.COLLECTION || valueKind == ValueKind.CONTRACT) {
                throw unsupported(p, "a LookupMap of these types");
            }
            Local key = f.local(Type.I32);
            List<Stmt> stmts = new ArrayList<>();
            Expr prefix = expr(receiverPath);
            stmts.addAll(f.capture(() -> {
                Local prefixLocal = f.local(Type.I32);
                f.set(prefixLocal, prefix);
                Expr k = a.get(0);
                Local keyValue = f.local(k.type());
                f.set(keyValue, k);
                f.eval(Runtime.bufBegin());
                f.eval(Runtime.buf("bytes", prefixLocal.get()));
                f.eval(borshWrite(keyKind, keyValue.get(), mapType.getTypeArguments().get(0), p));
                f.set(key, Runtime.bufEnd());
            }));
            Expr keyLen = extendU(load32(key.get(), 0));
            Expr keyPtr = extendU(add(key.get(), i32(4)));
            switch (name) {
                case "containsKey":
                    return new Expr.Seq(stmts, ne(host("storage_has_key", keyLen, keyPtr), i64(0)));
                case "get":
                case "remove": {
                    String h = name.equals("get") ? "storage_read" : "storage_remove";
                    return new Expr.Seq(stmts, ifElse(eqz(wrap(host(h, keyLen, keyPtr, i64(0)))), zero(valueKind), readValue(valueKind, p)));
                }
                case "insert":
                case "set": {
                    Expr v = a.get(1);
                    Local evicted = f.local(Type.I64);
                    stmts.addAll(f.capture(() -> {
                        Local value = f.local(v.type());
                        Local bytes = f.local(Type.I32);
                        f.set(value, v);
                        f.eval(Runtime.bufBegin());
                        f.eval(borshWrite(valueKind, value.get(), mapType.getTypeArguments().get(1), p));
                        f.set(bytes, Runtime.bufEnd());
                        f.set(evicted, host("storage_write", keyLen, keyPtr, extendU(load32(bytes.get(), 0)), extendU(add(bytes.get(), i32(4))), i64(0)));
                    }));
                    if (name.equals("set")) {
                        return new Expr.Seq(stmts, noValue());
                    }
                    // The evicted value is in register 0.
                    return new Expr.Seq(stmts, ifElse(eqz(wrap(evicted.get())), zero(valueKind), readValue(valueKind, p)));
                }
                default:
                    throw unsupported(p, "LookupMap." + name + "()");
            }
        }

        private Expr zero(ValueKind k) {
            return k.type == Type.I64 ? i64(0) : i32(0);
        }

        /** A Borsh value from register 0. */
        private Expr readValue(ValueKind k, TreePath p) {
            Local v = f.local(k.type);
            List<Stmt> stmts = f.capture(() -> {
                f.eval(Runtime.rdBegin(Runtime.registerBytes(i64(0))));
                f.set(v, borshRead(k, p));
                f.eval(Runtime.rdFinish());
            });
            return new Expr.Seq(stmts, v.get());
        }

        private Expr newObject(TreePath p, NewClassTree n) {
            TypeMirror t = trees.getTypeMirror(p);
            if (isClass(t, SDK + "LookupMap")) {
                TreePath arg = child(p, n.getArguments().get(0));
                if (!isClass(trees.getTypeMirror(arg), "java.lang.String")) {
                    throw unsupported(p, "a LookupMap prefix that is not a String");
                }
                // A String prefix is stored as its UTF-8 bytes, [u32 len][bytes]: the string itself.
                return expr(arg);
            }
            ExecutableElement ctor = (ExecutableElement) trees.getElement(p);
            if (ctor != null && ctor.getEnclosingElement().equals(contract)) {
                return Ir.call(nameOf(ctor), Type.I32, args(p, n.getArguments(), ctor).toArray(Expr[]::new));
            }
            throw unsupported(p, "creating " + t);
        }
    }
}
