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
import static dev.aidev.compiler.ir.Ir.load8u;
import static dev.aidev.compiler.ir.Ir.ne;
import static dev.aidev.compiler.ir.Ir.or;
import static dev.aidev.compiler.ir.Ir.str;
import static dev.aidev.compiler.ir.Ir.wrap;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.YieldTree;
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
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LabeledStatementTree;
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
import dev.aidev.compiler.ir.IrGlobal;
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
    private final Map<TypeElement, List<VariableElement>> layouts = new HashMap<>();
    /** Names of the per-type JSON and Borsh functions already generated (or being generated). */
    private final java.util.Set<String> codecs = new java.util.HashSet<>();

    Lowering(CheckedProgram program) {
        this.program = program;
        this.frontend = program.frontend();
        this.trees = frontend.trees();
        this.contract = program.contract();
    }

    /**
     * The instance fields of a class or record of the contract's sources: its superclass's (when
     * that is one of the contract's classes too), then its own in declaration order. A subclass's
     * layout so starts with its superclass's, and a field has the same offset in both.
     */
    private List<VariableElement> fields(TypeElement c) {
        List<VariableElement> known = layouts.get(c);
        if (known != null) {
            return known;
        }
        List<VariableElement> all = new ArrayList<>();
        TypeElement sup = superclass(c);
        if (sup != null) {
            all.addAll(fields(sup));
        }
        ElementFilter.fieldsIn(c.getEnclosedElements()).stream()
                .filter(f -> !f.getModifiers().contains(Modifier.STATIC)).forEach(all::add);
        List<VariableElement> layout = List.copyOf(all);
        layouts.put(c, layout);
        return layout;
    }

    /** The superclass of {@code c} when it is one of the contract's classes, else null. */
    private TypeElement superclass(TypeElement c) {
        TypeMirror s = c.getSuperclass();
        if (s.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement e = (TypeElement) ((DeclaredType) s).asElement();
        return isUser(e) ? e : null;
    }

    /** Class IDs, stored in every object's header, for virtual calls, instanceof and casts. */
    private final Map<TypeElement, Integer> classIds = new HashMap<>();

    private int classId(TypeElement c) {
        return classIds.computeIfAbsent(c, k -> classIds.size() + 1);
    }

    private List<TypeElement> userTypes;

    /** Every class, record, enum and interface of the contract's sources (and the SDK standards compiled with them). */
    private List<TypeElement> userTypes() {
        if (userTypes == null) {
            List<TypeElement> all = new ArrayList<>();
            for (CompilationUnitTree unit : frontend.units()) {
                for (Tree t : unit.getTypeDecls()) {
                    collectTypes(new TreePath(new TreePath(unit), t), all);
                }
            }
            userTypes = List.copyOf(all);
        }
        return userTypes;
    }

    private void collectTypes(TreePath p, List<TypeElement> out) {
        if (!(p.getLeaf() instanceof com.sun.source.tree.ClassTree c)) {
            return;
        }
        Element e = trees.getElement(p);
        if (e instanceof TypeElement te) {
            out.add(te);
        }
        for (Tree member : c.getMembers()) {
            collectTypes(new TreePath(p, member), out);
        }
    }

    /** The classes and records objects can be made of (not abstract, not interfaces or enums) that are subtypes of {@code t}. */
    private final Map<TypeElement, List<TypeElement>> subtypes = new HashMap<>();

    private List<TypeElement> concreteSubtypes(TypeElement t) {
        List<TypeElement> known = subtypes.get(t);
        if (known != null) {
            return known; // asked at every instance call of t's methods
        }
        List<TypeElement> out = new ArrayList<>();
        javax.lang.model.util.Types types = frontend.types();
        for (TypeElement c : userTypes()) {
            if (c.getKind() == ElementKind.ENUM && !c.equals(t)
                    && types.isSubtype(types.erasure(c.asType()), types.erasure(t.asType()))) {
                throw unsupported(pathOf(c), "an enum implementing an interface used as a type (enum values are not objects)");
            }
            boolean concrete = (c.getKind() == ElementKind.CLASS || c.getKind() == ElementKind.RECORD)
                    && !c.getModifiers().contains(Modifier.ABSTRACT);
            if (concrete && types.isSubtype(types.erasure(c.asType()), types.erasure(t.asType()))) {
                out.add(c);
            }
        }
        subtypes.put(t, List.copyOf(out));
        return subtypes.get(t);
    }

    private int objectSize(TypeElement c) {
        return HEADER + 8 * fields(c).size();
    }

    /** Whether {@code e} is an instance field of one of the contract's own classes or records. */
    private boolean isField(Element e) {
        return e instanceof VariableElement v && e.getKind() == ElementKind.FIELD && !v.getModifiers().contains(Modifier.STATIC)
                && isUser(e.getEnclosingElement());
    }

    private int offset(VariableElement field) {
        return HEADER + 8 * fields((TypeElement) field.getEnclosingElement()).indexOf(field);
    }

    /** A type declared in the contract's sources (not the JDK or the SDK). */
    private boolean isUser(Element e) {
        return e instanceof TypeElement && trees.getPath(e) != null;
    }

    /** Whether the contract uses the SDK's promises (then its exports schedule them as they end). */
    private boolean promisesUsed;

    IrModule lower() {
        Runtime.install(ir);
        RuntimeExtras.install(ir);
        Promises.Usage promises = Promises.used(frontend);
        promisesUsed = promises.promises();
        Promises.install(ir, promises);
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
        String json = sourceMetadataJson();
        ir.function("export_" + SOURCE_METADATA, List.of(), null, f -> {
            Local out = f.local(Type.I32);
            f.set(out, str(json));
            f.eval(host("value_return", extendU(load32(out.get(), 0)), extendU(add(out.get(), i32(4)))));
        });
        ir.export(SOURCE_METADATA, "export_" + SOURCE_METADATA);
    }

    /**
     * NEP-330's metadata: nep330 itself, then the {@code @Standard}s of the contract class and of
     * the contract's own types its state holds (the SDK's standards among them), by NEP number.
     */
    private String sourceMetadataJson() {
        java.util.TreeMap<String, String> standards = new java.util.TreeMap<>(
                java.util.Comparator.comparingInt((String n) -> n.matches("nep\\d+") ? Integer.parseInt(n.substring(3)) : Integer.MAX_VALUE)
                        .thenComparing(n -> n));
        java.util.Set<TypeElement> seen = new java.util.HashSet<>();
        collectStandards(contract, standards, seen);
        StringBuilder json = new StringBuilder("{\"version\":\"0.1.0\",\"link\":null,\"standards\":[{\"standard\":\"nep330\",\"version\":\"1.2.0\"}");
        standards.remove("nep330");
        standards.forEach((name, version) -> json.append(",{\"standard\":").append(dev.aidev.sdk.Json.encode(name))
                .append(",\"version\":").append(dev.aidev.sdk.Json.encode(version)).append('}'));
        return json.append("]}").toString();
    }

    private void collectStandards(TypeElement c, Map<String, String> out, java.util.Set<TypeElement> seen) {
        if (!seen.add(c)) {
            return;
        }
        for (javax.lang.model.element.AnnotationMirror a : c.getAnnotationMirrors()) {
            String type = ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().toString();
            if (type.equals(SDK + "Standard")) {
                addStandard(a, out);
            } else if (type.equals(SDK + "Standard.List")) {
                for (javax.lang.model.element.AnnotationValue v : a.getElementValues().values()) {
                    for (Object item : (List<?>) v.getValue()) {
                        addStandard((javax.lang.model.element.AnnotationMirror) ((javax.lang.model.element.AnnotationValue) item).getValue(), out);
                    }
                }
            }
        }
        if (!isUser(c)) {
            return;
        }
        for (VariableElement field : fields(c)) {
            collectStandardsOf(field.asType(), out, seen);
        }
    }

    private void collectStandardsOf(TypeMirror t, Map<String, String> out, java.util.Set<TypeElement> seen) {
        if (t.getKind() == TypeKind.ARRAY) {
            collectStandardsOf(component(t), out, seen);
        } else if (t.getKind() == TypeKind.DECLARED) {
            collectStandards((TypeElement) ((DeclaredType) t).asElement(), out, seen);
            for (TypeMirror arg : ((DeclaredType) t).getTypeArguments()) {
                collectStandardsOf(arg, out, seen);
            }
        }
    }

    private static void addStandard(javax.lang.model.element.AnnotationMirror a, Map<String, String> out) {
        String name = null;
        String version = null;
        for (Map.Entry<? extends ExecutableElement, ? extends javax.lang.model.element.AnnotationValue> e : a.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals("name")) {
                name = (String) e.getValue().getValue();
            } else if (e.getKey().getSimpleName().contentEquals("version")) {
                version = (String) e.getValue().getValue();
            }
        }
        if (name != null && version != null) {
            out.putIfAbsent(name, version);
        }
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
        ValueKind promiseOrText = promiseOrTextKind(t);
        if (promiseOrText != null) {
            return promiseOrText;
        }
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
                if (isClass(t, "java.lang.String") || isClass(t, SDK + "AccountId") || isClass(t, PublicKeys.TYPE)) {
                    // a PublicKey is a byte string of its Borsh bytes (see PublicKeys)
                    return ValueKind.STRING;
                }
                if (isClass(t, SDK + "U128") || isClass(t, U64s.TYPE) || isClass(t, U64s.TIMESTAMP)) {
                    // a U64 is a U128 below 2^64, a Timestamp one below 2^63 (see U64s)
                    return ValueKind.U128;
                }
                if (isClass(t, SDK + "LookupMap") || isClass(t, SDK + "LookupSet")) {
                    return ValueKind.COLLECTION;
                }
                if (isClass(t, SDK + "Vector") || isClass(t, SDK + "IterableSet") || isClass(t, SDK + "IterableMap")
                        || isClass(t, SDK + "TreeMap")) {
                    return ValueKind.VECTOR;
                }
                if (isClass(t, "java.util.List") || isClass(t, "java.util.ArrayList")) {
                    return ValueKind.LIST;
                }
                if (isBox(t)) {
                    return ValueKind.BOX;
                }
                if (isClass(t, "java.util.Optional")) {
                    return optionalKindOrNull(t);
                }
                Element e = ((DeclaredType) t).asElement();
                if (e.equals(contract)) {
                    return ValueKind.CONTRACT;
                }
                if ((isUser(e) && e.getKind() == ElementKind.ENUM) || isClass(t, PublicKeys.CURVE)) {
                    return ValueKind.ENUM;
                }
                if (isUser(e) && (e.getKind() == ElementKind.RECORD || e.getKind() == ElementKind.CLASS || e.getKind() == ElementKind.INTERFACE)) {
                    return ValueKind.STRUCT;
                }
                return null;
            case TYPEVAR:
                return ValueKind.ANY;
            case ARRAY:
                return ValueKind.ARRAY; // also of arrays: an array of references to arrays
            default:
                return null;
        }
    }

    /** Promise, PromiseResult, Gas (see {@link Promises}) and StringBuilder, or null. */
    private static ValueKind promiseOrTextKind(TypeMirror t) {
        if (isClass(t, SDK + "Promise")) {
            return ValueKind.PROMISE;
        }
        if (isClass(t, SDK + "PromiseResult")) {
            return ValueKind.PROMISE_RESULT;
        }
        if (isClass(t, SDK + "Gas")) {
            return ValueKind.GAS;
        }
        return isClass(t, "java.lang.StringBuilder") ? ValueKind.BUILDER : null;
    }

    private static final java.util.Set<String> BOXES = java.util.Set.of("java.lang.Boolean", "java.lang.Byte",
            "java.lang.Short", "java.lang.Character", "java.lang.Integer", "java.lang.Long");

    private static boolean isBox(TypeMirror t) {
        return t.getKind() == TypeKind.DECLARED
                && BOXES.contains(((TypeElement) ((DeclaredType) t).asElement()).getQualifiedName().toString());
    }

    /** The primitive type a box holds. */
    private TypeMirror unboxed(TypeMirror box) {
        return frontend.types().unboxedType(box);
    }

    /** The i-th type argument of a declared type (a List's or Vector's element type). */
    private static TypeMirror typeArg(TypeMirror t, int i) {
        return ((DeclaredType) t).getTypeArguments().get(i);
    }

    private static TypeMirror component(TypeMirror t) {
        return ((javax.lang.model.type.ArrayType) t).getComponentType();
    }

    /** Bytes per array element: 8 for long, else 4 (an i32 slot). */
    private static int width(TypeMirror element) {
        return element.getKind() == TypeKind.LONG ? 8 : 4;
    }

    /** Element {@code i} of a List {@code [size][capacity][data][immutable]}: the i32 at data + 4i, unchecked. */
    private static Expr listElement(Expr list, Expr i) {
        return load32(add(load32(list, 8), Ir.mul(i, i32(4))), 0);
    }

    private static MemType memType(Type t) {
        return t == Type.I64 ? MemType.I64 : MemType.I32;
    }

    ValueKind kind(TypeMirror t, TreePath where) {
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
                    f.set(a, jsonRead(p.asType(), kind(p.asType(), where) == ValueKind.OPTIONAL
                            ? jsonArgOptional(in.get(), m.jsonParameterNames().get(i))
                            : Runtime.jsonArg(in.get(), m.jsonParameterNames().get(i)), where));
                    args.add(a.get());
                }
            }
            Local self = f.local(Type.I32);
            if (m.kind() == ExportedMethod.Kind.INIT) {
                // After the arguments, as near-sdk-rs and the JVM runner check it.
                f.if_(ne(host("storage_has_key", i64(STATE_KEY.length()), extendU(add(str(STATE_KEY), i32(4)))), i64(0)),
                        () -> f.eval(Runtime.panic(str("The contract has already been initialized"))));
                f.set(self, method.getKind() == ElementKind.CONSTRUCTOR ? construct(method, args)
                        : Ir.call(nameOf(method), Type.I32, args.toArray(Expr[]::new)));
                if (promisesUsed) {
                    f.eval(Promises.flush());
                }
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
            if (promisesUsed) {
                // As the SDK: every promise not consumed by then/and is scheduled, in creation order.
                f.eval(Promises.flush());
            }
            if (m.kind() == ExportedMethod.Kind.CALL) {
                f.eval(Ir.call("state_write", null, self.get()));
            }
            if (result != null && kindOrNull(rt) == ValueKind.PROMISE) {
                promiseReturn(f, result);
                return;
            }
            if (result != null) {
                f.eval(Runtime.bufBegin());
                f.eval(jsonWrite(rt, result.get(), where));
                Local out = f.local(Type.I32);
                f.set(out, Runtime.utf8Out(Runtime.bufEnd()));
                f.eval(host("value_return", extendU(load32(out.get(), 0)), extendU(add(out.get(), i32(4)))));
            }
        });
        ir.export(m.exportName(), fname);
        stateFunctions(where);
    }

    /** A returned promise becomes the call's result (promise_return); a null one is JSON null, as the SDK's. */
    private void promiseReturn(FunctionBuilder f, Local result) {
        f.ifElse(eqz(result.get()), () -> {
            Expr nul = str("null");
            f.eval(host("value_return", i64(4), extendU(add(nul, i32(4)))));
        }, () -> f.eval(host("promise_return", Promises.schedule(result.get()))));
    }

    /** A context string host function (current_account_id, ...) read through register 0. */
    private static Expr register(String hostFunction) {
        return new Expr.Seq(List.of(new Stmt.Eval(host(hostFunction, i64(0)))), Runtime.registerBytes(i64(0)));
    }

    // ---------------------------------------------------------------------------------------------
    // JSON and Borsh, generated per type: primitives inline, other types as one function each
    // (json_w_T, json_r_T, borsh_w_T, borsh_r_T), made when first needed.

    private static String key(TypeMirror t) {
        return t.toString().replaceAll("[^A-Za-z0-9]", "_");
    }

    /** The simple name the SDK's Borsh puts in its null message ({@code Class.getSimpleName()}). */
    private static String simpleName(TypeMirror t) {
        if (t.getKind() == TypeKind.ARRAY) {
            return simpleName(component(t)) + "[]";
        }
        if (t.getKind().isPrimitive()) {
            return t.toString();
        }
        return ((DeclaredType) t).asElement().getSimpleName().toString();
    }

    /** Builds {@code name} once; recursive types find it under construction. */
    private void codec(String name, List<Type> params, Type result, java.util.function.Consumer<FunctionBuilder> body) {
        if (codecs.add(name)) {
            ir.function(name, params, result, body);
        }
    }

    /** The value of type {@code t} at JSON position {@code pos} (inside validated input). */
    private Expr jsonRead(TypeMirror t, Expr pos, TreePath where) {
        switch (t.getKind()) {
            case BOOLEAN:
                return Runtime.jsonReadBool(pos);
            case INT:
                return Runtime.jsonReadI32(pos);
            case BYTE:
            case SHORT: {
                String name = "json_r_" + t;
                codec(name, List.of(Type.I32), Type.I32, f -> {
                    Local v = f.local(Type.I32);
                    f.set(v, Runtime.jsonReadI32(f.param(0).get()));
                    UnOp ext = t.getKind() == TypeKind.BYTE ? UnOp.I32_EXTEND8_S : UnOp.I32_EXTEND16_S;
                    f.if_(ne(v.get(), new Expr.Unary(ext, v.get())), () -> f.eval(Runtime.jsonError()));
                    f.ret(v.get());
                });
                return Ir.call(name, Type.I32, pos);
            }
            case LONG:
                return Runtime.jsonReadI64(pos);
            case CHAR: {
                // serde: a string of exactly one character; Java's char is one UTF-16 unit.
                codec("json_r_char", List.of(Type.I32), Type.I32, f -> {
                    Local s = f.local(Type.I32);
                    Local c = f.local(Type.I32);
                    f.set(s, Runtime.jsonReadStr(f.param(0).get()));
                    f.if_(ne(Runtime.strLength(s.get()), i32(1)), () -> f.eval(Runtime.jsonError()));
                    f.set(c, load8u(s.get(), 4));
                    f.if_(Ir.ltU(c.get(), i32(0x80)), () -> f.ret(c.get()));
                    f.if_(Ir.ltU(c.get(), i32(0xE0)), () -> f.ret(or(Ir.shl(and(c.get(), i32(0x1F)), i32(6)), and(load8u(s.get(), 5), i32(0x3F)))));
                    f.ret(or(or(Ir.shl(and(c.get(), i32(0x0F)), i32(12)), Ir.shl(and(load8u(s.get(), 5), i32(0x3F)), i32(6))),
                            and(load8u(s.get(), 6), i32(0x3F))));
                });
                return Ir.call("json_r_char", Type.I32, pos);
            }
            default:
                break;
        }
        ValueKind k = kind(t, where);
        if (k == ValueKind.STRING) {
            if (isClass(t, PublicKeys.TYPE)) {
                return PublicKeys.jsonRead(pos);
            }
            Expr s = Runtime.jsonReadStr(pos);
            return isClass(t, SDK + "AccountId") ? Runtime.jsonAccountId(s) : s;
        }
        if (k == ValueKind.U128) {
            return isClass(t, U64s.TIMESTAMP) ? U64s.timestampJsonRead(pos) : isClass(t, U64s.TYPE) ? U64s.jsonRead(pos) : Runtime.jsonReadU128(pos);
        }
        if (k == ValueKind.GAS) {
            // A decimal string below 2^63, as the SDK reads Gas (63 bits).
            return RuntimeExtras.gas("of", U64s.bits(U64s.timestampJsonRead(pos)));
        }
        String name = "json_r_" + key(t);
        codec(name, List.of(Type.I32), Type.I32, f -> {
            Local at = f.param(0);
            switch (k) {
                case STRUCT: {
                    TypeElement c = (TypeElement) ((DeclaredType) t).asElement();
                    List<Expr> values = new ArrayList<>();
                    Local p = f.local(Type.I32);
                    for (VariableElement field : fields(c)) {
                        f.set(p, Runtime.jsonMember(at.get(), str(jsonKey(c, field))));
                        // serde: a missing member is an error (only an Optional may be absent).
                        if (kind(field.asType(), where) != ValueKind.OPTIONAL) {
                            f.if_(eqz(p.get()), () -> f.eval(Runtime.jsonError()));
                        }
                        Local v = f.local(kind(field.asType(), where).type);
                        f.set(v, jsonRead(field.asType(), p.get(), where));
                        values.add(v.get());
                    }
                    f.ret(build(c, values, where));
                    break;
                }
                case LIST: {
                    Local l = f.local(Type.I32);
                    Local p = f.local(Type.I32);
                    f.set(l, Runtime.listNew(i32(4)));
                    f.set(p, Runtime.jsonFirst(at.get()));
                    f.block(done -> f.loop(top -> {
                        f.brIf(done, eqz(p.get()));
                        f.eval(Runtime.listAdd(l.get(), jsonRead(typeArg(t, 0), p.get(), where)));
                        f.set(p, Runtime.jsonNext(p.get()));
                        f.br(top);
                    }));
                    f.ret(l.get());
                    break;
                }
                case ARRAY: {
                    TypeMirror e = component(t);
                    Local n = f.local(Type.I32);
                    Local a = f.local(Type.I32);
                    Local p = f.local(Type.I32);
                    f.set(p, Runtime.jsonFirst(at.get()));
                    f.block(done -> f.loop(top -> {
                        f.brIf(done, eqz(p.get()));
                        f.set(n, add(n.get(), i32(1)));
                        f.set(p, Runtime.jsonNext(p.get()));
                        f.br(top);
                    }));
                    f.set(a, Runtime.arrayNew(n.get(), width(e)));
                    f.set(n, i32(0));
                    f.set(p, Runtime.jsonFirst(at.get()));
                    f.block(done -> f.loop(top -> {
                        f.brIf(done, eqz(p.get()));
                        Expr v = jsonRead(e, p.get(), where);
                        f.store(memType(v.type()), add(add(a.get(), i32(8)), Ir.mul(n.get(), i32(width(e)))), 0, v);
                        f.set(n, add(n.get(), i32(1)));
                        f.set(p, Runtime.jsonNext(p.get()));
                        f.br(top);
                    }));
                    f.ret(a.get());
                    break;
                }
                case ENUM: {
                    Local name0 = f.local(Type.I32);
                    f.set(name0, Runtime.jsonReadStr(at.get()));
                    List<String> names = enumConstants((TypeElement) ((DeclaredType) t).asElement());
                    for (int i = 0; i < names.size(); i++) {
                        int ordinal = i;
                        f.if_(Runtime.strEq(name0.get(), str(names.get(i))), () -> f.ret(i32(ordinal + 1)));
                    }
                    f.eval(Runtime.jsonError());
                    f.unreachable();
                    break;
                }
                case BOX:
                    f.ret(Runtime.box(jsonRead(unboxed(t), at.get(), where)));
                    break;
                case OPTIONAL:
                    optionalJsonRead(f, t, at, where);
                    break;
                default:
                    throw unsupported(where, "a JSON value of type " + t);
            }
        });
        return Ir.call(name, Type.I32, pos);
    }

    /** The JSON key of a field: its record component's or its own {@code @Name}, else snake_case. */
    private static String jsonKey(TypeElement owner, VariableElement field) {
        for (Element e : owner.getEnclosedElements()) {
            if (e.getKind() == ElementKind.RECORD_COMPONENT && e.getSimpleName().equals(field.getSimpleName())) {
                return dev.aidev.compiler.check.Names.externalName(e);
            }
        }
        return dev.aidev.compiler.check.Names.externalName(field);
    }

    private static List<String> enumConstants(TypeElement e) {
        List<String> out = new ArrayList<>();
        for (Element c : e.getEnclosedElements()) {
            if (c.getKind() == ElementKind.ENUM_CONSTANT) {
                out.add(c.getSimpleName().toString());
            }
        }
        return out;
    }

    /**
     * A struct from its field values: a record through its canonical constructor (as the SDK's
     * codecs build records, so a compact constructor's checks run), a class field by field.
     */
    private Expr build(TypeElement c, List<Expr> values, TreePath where) {
        if (c.getKind() == ElementKind.RECORD) {
            return construct(canonical(c, where), values);
        }
        String name = "new_" + key(c.asType());
        codec(name, fields(c).stream().map(v -> kind(v.asType(), where).type).toList(), Type.I32, f -> {
            Local o = f.local(Type.I32);
            allocInstance(f, o, c);
            List<VariableElement> fs = fields(c);
            for (int i = 0; i < fs.size(); i++) {
                f.store(memType(f.param(i).type()), o.get(), offset(fs.get(i)), f.param(i).get());
            }
            f.ret(o.get());
        });
        return Ir.call(name, Type.I32, values.toArray(Expr[]::new));
    }

    private ExecutableElement canonical(TypeElement record, TreePath where) {
        List<VariableElement> fs = fields(record);
        for (ExecutableElement c : ElementFilter.constructorsIn(record.getEnclosedElements())) {
            List<? extends VariableElement> ps = c.getParameters();
            if (ps.size() == fs.size()) {
                boolean same = true;
                for (int i = 0; i < ps.size(); i++) {
                    same &= frontend.types().isSameType(frontend.types().erasure(ps.get(i).asType()), frontend.types().erasure(fs.get(i).asType()));
                }
                if (same) {
                    return c;
                }
            }
        }
        throw unsupported(where, "a record without its canonical constructor");
    }

    /** Appends the JSON of {@code v} (of type {@code t}) to the output buffer. */
    private Expr jsonWrite(TypeMirror t, Expr v, TreePath where) {
        switch (t.getKind()) {
            case BOOLEAN:
                return Runtime.buf("bytes", ifElse(v, str("true"), str("false")));
            case BYTE:
            case SHORT:
            case INT:
                return Runtime.buf("json_i64", extendS(v));
            case CHAR:
                return Runtime.buf("json_str", Runtime.charToStr(v));
            case LONG:
                return Runtime.buf("json_i64", v);
            default:
                break;
        }
        ValueKind k = kind(t, where);
        String name = "json_w_" + key(t);
        codec(name, List.of(Type.I32), null, f -> {
            Local x = f.param(0);
            f.if_(eqz(x.get()), () -> {
                f.eval(Runtime.buf("bytes", str("null")));
                f.ret();
            });
            switch (k) {
                case STRING:
                    f.eval(Runtime.buf("json_str", isClass(t, PublicKeys.TYPE) ? PublicKeys.toStr(x.get()) : x.get()));
                    break;
                case U128:
                    f.eval(Runtime.buf("json_u128", x.get()));
                    break;
                case GAS:
                    f.eval(Runtime.buf("json_str", Runtime.i64ToStr(load64(x.get(), 0))));
                    break;
                case STRUCT: {
                    TypeElement c = (TypeElement) ((DeclaredType) t).asElement();
                    List<VariableElement> fs = fields(c);
                    for (int i = 0; i < fs.size(); i++) {
                        VariableElement field = fs.get(i);
                        f.eval(Runtime.buf("bytes", str((i == 0 ? "{" : ",") + "\"" + jsonKey(c, field) + "\":")));
                        Type ft = kind(field.asType(), where).type;
                        f.eval(jsonWrite(field.asType(), new Expr.Load(memType(ft), x.get(), offset(field)), where));
                    }
                    f.eval(Runtime.buf("bytes", str(fs.isEmpty() ? "{}" : "}")));
                    break;
                }
                case LIST:
                case ARRAY: {
                    boolean list = k == ValueKind.LIST;
                    TypeMirror e = list ? typeArg(t, 0) : component(t);
                    int w = list ? 4 : width(e);
                    Local i = f.local(Type.I32);
                    Local data = f.local(Type.I32);
                    f.set(data, list ? load32(x.get(), 8) : add(x.get(), i32(8)));
                    f.eval(Runtime.buf("u8", i32('[')));
                    f.block(done -> f.loop(top -> {
                        f.brIf(done, Ir.geU(i.get(), load32(x.get(), 0)));
                        f.if_(i.get(), () -> f.eval(Runtime.buf("u8", i32(','))));
                        Type et = list ? Type.I32 : kind(e, where).type;
                        f.eval(jsonWrite(e, new Expr.Load(memType(et), add(data.get(), Ir.mul(i.get(), i32(w))), 0), where));
                        f.set(i, add(i.get(), i32(1)));
                        f.br(top);
                    }));
                    f.eval(Runtime.buf("u8", i32(']')));
                    break;
                }
                case ENUM:
                    f.eval(Runtime.buf("json_str", enumName(t, x.get())));
                    break;
                case BOX:
                    f.eval(jsonWrite(unboxed(t), new Expr.Load(memType(kind(unboxed(t), where).type), x.get(), 0), where));
                    break;
                case OPTIONAL:
                    f.eval(jsonWrite(typeArg(t, 0), load32(x.get(), 0), where));
                    break;
                default:
                    throw unsupported(where, "a JSON value of type " + t);
            }
        });
        return Ir.call(name, null, v);
    }

    /** The name of an enum constant (ordinal + 1 in {@code v}). */
    private Expr enumName(TypeMirror t, Expr v) {
        String name = "enum_name_" + key(t);
        List<String> names = enumConstants((TypeElement) ((DeclaredType) t).asElement());
        codec(name, List.of(Type.I32), Type.I32, f -> {
            for (int i = 0; i < names.size(); i++) {
                int ordinal = i;
                f.if_(eq(f.param(0).get(), i32(ordinal + 1)), () -> f.ret(str(names.get(ordinal))));
            }
            f.unreachable();
        });
        return Ir.call(name, Type.I32, v);
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
                    f.set(obj, construct(dflt, List.of()));
                    f.eval(Ir.call("state_encode", Type.I32, obj.get()));
                    f.ret(obj.get());
                } else {
                    f.eval(Runtime.panic(str("The contract is not initialized")));
                }
            });
            f.eval(Runtime.rdBegin(Runtime.registerBytes(i64(0))));
            allocInstance(f, obj, contract);
            for (VariableElement field : fields(contract)) {
                Expr v = borshRead(field.asType(), pathOf(field));
                f.store(memType(v.type()), obj.get(), offset(field), v);
            }
            f.eval(Runtime.rdFinish());
            f.ret(obj.get());
        });
        ir.function("state_encode", List.of(Type.I32), Type.I32, f -> {
            f.eval(Runtime.bufBegin());
            for (VariableElement field : fields(contract)) {
                Type t = kind(field.asType(), pathOf(field)).type;
                f.eval(borshWrite(field.asType(), new Expr.Load(memType(t), f.param(0).get(), offset(field)), pathOf(field)));
            }
            f.ret(Runtime.bufEnd());
        });
        ir.function("state_write", List.of(Type.I32), null, f -> {
            Local out = f.local(Type.I32);
            f.set(out, Ir.call("state_encode", Type.I32, f.param(0).get()));
            f.eval(host("storage_write", i64(STATE_KEY.length()), extendU(add(str(STATE_KEY), i32(4))),
                    extendU(load32(out.get(), 0)), extendU(add(out.get(), i32(4))), i64(0)));
        });
    }

    /** Reads a value of type {@code t} from the Borsh cursor. */
    private Expr borshRead(TypeMirror t, TreePath where) {
        switch (t.getKind()) {
            case BOOLEAN:
                return Runtime.rd("u8", Type.I32);
            case BYTE:
                return Runtime.rd("i8", Type.I32);
            case SHORT:
                return Runtime.rd("i16", Type.I32);
            case CHAR:
                return Runtime.rd("u16", Type.I32);
            case INT:
                return Runtime.rd("i32", Type.I32);
            case LONG:
                return Runtime.rd("i64", Type.I64);
            default:
                break;
        }
        ValueKind k = kind(t, where);
        if (isClass(t, PublicKeys.TYPE)) {
            return PublicKeys.borshRead();
        }
        if (k == ValueKind.STRING || k == ValueKind.COLLECTION) {
            return Runtime.rd("str", Type.I32);
        }
        if (k == ValueKind.GAS) {
            return RuntimeExtras.gas("of", Runtime.rd("i64", Type.I64));
        }
        if (k == ValueKind.U128) {
            return isClass(t, U64s.TIMESTAMP) ? U64s.timestampOfNanos(Runtime.rd("i64", Type.I64))
                    : isClass(t, U64s.TYPE) ? U64s.ofBits(Runtime.rd("i64", Type.I64)) : Runtime.rd("u128", Type.I32);
        }
        String name = "borsh_r_" + key(t);
        codec(name, List.of(), Type.I32, f -> {
            switch (k) {
                case STRUCT: {
                    TypeElement c = (TypeElement) ((DeclaredType) t).asElement();
                    List<Expr> values = new ArrayList<>();
                    for (VariableElement field : fields(c)) {
                        Local v = f.local(kind(field.asType(), where).type);
                        f.set(v, borshRead(field.asType(), where));
                        values.add(v.get());
                    }
                    f.ret(build(c, values, where));
                    break;
                }
                case LIST: {
                    Local n = f.local(Type.I32);
                    Local l = f.local(Type.I32);
                    f.set(n, Runtime.rd("i32", Type.I32));
                    f.set(l, Runtime.listNew(i32(4)));
                    f.block(done -> f.loop(top -> {
                        f.brIf(done, eqz(n.get()));
                        f.eval(Runtime.listAdd(l.get(), borshRead(typeArg(t, 0), where)));
                        f.set(n, Ir.sub(n.get(), i32(1)));
                        f.br(top);
                    }));
                    f.ret(l.get());
                    break;
                }
                case ARRAY: {
                    TypeMirror e = component(t);
                    Local a = f.local(Type.I32);
                    Local i = f.local(Type.I32);
                    f.set(a, Runtime.arrayNew(Runtime.rd("i32", Type.I32), width(e)));
                    f.block(done -> f.loop(top -> {
                        f.brIf(done, Ir.geU(i.get(), load32(a.get(), 0)));
                        Expr v = borshRead(e, where);
                        f.store(memType(v.type()), add(add(a.get(), i32(8)), Ir.mul(i.get(), i32(width(e)))), 0, v);
                        f.set(i, add(i.get(), i32(1)));
                        f.br(top);
                    }));
                    f.ret(a.get());
                    break;
                }
                case ENUM: {
                    Local o = f.local(Type.I32);
                    f.set(o, Runtime.rd("ord", Type.I32));
                    int n = enumConstants((TypeElement) ((DeclaredType) t).asElement()).size();
                    f.if_(Ir.geU(o.get(), i32(n)), () -> f.eval(Runtime.panic(str(Runtime.STATE_ERROR))));
                    f.ret(add(o.get(), i32(1)));
                    break;
                }
                case BOX:
                    f.ret(Runtime.box(borshRead(unboxed(t), where)));
                    break;
                case OPTIONAL:
                    optionalBorshRead(f, t, where);
                    break;
                case VECTOR: {
                    Local v = f.local(Type.I32);
                    f.set(v, Runtime.alloc(i32(12)));
                    if (isClass(t, SDK + "TreeMap")) {
                        // (prefix+"v", len, prefix+"n"), as the SDK's TreeMap
                        f.store32(v.get(), 8, Runtime.rd("str", Type.I32));
                        f.store32(v.get(), 0, Runtime.rd("i32", Type.I32));
                        f.store32(v.get(), 4, Runtime.rd("str", Type.I32));
                        f.ret(v.get());
                        break;
                    }
                    f.store32(v.get(), 0, Runtime.rd("i32", Type.I32));
                    f.store32(v.get(), 4, Runtime.rd("str", Type.I32));
                    if (!isClass(t, SDK + "Vector")) {
                        f.store32(v.get(), 8, Runtime.rd("str", Type.I32));
                    }
                    f.ret(v.get());
                    break;
                }
                default:
                    throw unsupported(where, "a state value of type " + t);
            }
        });
        return Ir.call(name, Type.I32, List.of().toArray(Expr[]::new));
    }

    /**
     * Appends {@code v} in Borsh to the output buffer. A null reference panics with the SDK's text
     * ({@code Borsh cannot encode null String; ...}) rather than writing whatever is at address 0.
     */
    private Expr borshWrite(TypeMirror t, Expr v, TreePath where) {
        switch (t.getKind()) {
            case BOOLEAN:
            case BYTE:
                return Runtime.buf("u8", v);
            case SHORT:
            case CHAR:
                return Runtime.buf("u16", v);
            case INT:
                return Runtime.buf("i32", v);
            case LONG:
                return Runtime.buf("i64", v);
            default:
                break;
        }
        ValueKind k = kind(t, where);
        if (k == ValueKind.OPTIONAL) {
            return optionalBorshWrite(t, v, where);
        }
        Expr nonNull = Ir.call("rt_borsh_nonnull", Type.I32, v,
                str("Borsh cannot encode null " + simpleName(t) + "; use Optional for a value that may be absent"));
        switch (k) {
            case STRING:
            case COLLECTION:
                // a PublicKey's bytes are its Borsh form: no length
                return Runtime.buf(isClass(t, PublicKeys.TYPE) ? "bytes" : "borsh_str", nonNull);
            case U128:
                return isClass(t, U64s.TYPE) || isClass(t, U64s.TIMESTAMP) ? Runtime.buf("i64", U64s.bits(nonNull)) : Runtime.buf("u128", nonNull);
            case GAS:
                return Runtime.buf("i64", load64(nonNull, 0));
            default:
                break;
        }
        String name = "borsh_w_" + key(t);
        codec(name, List.of(Type.I32), null, f -> {
            Local x = f.param(0);
            switch (k) {
                case STRUCT:
                    for (VariableElement field : fields((TypeElement) ((DeclaredType) t).asElement())) {
                        Type ft = kind(field.asType(), where).type;
                        f.eval(borshWrite(field.asType(), new Expr.Load(memType(ft), x.get(), offset(field)), where));
                    }
                    break;
                case LIST:
                case ARRAY: {
                    boolean list = k == ValueKind.LIST;
                    TypeMirror e = list ? typeArg(t, 0) : component(t);
                    int w = list ? 4 : width(e);
                    Local i = f.local(Type.I32);
                    Local data = f.local(Type.I32);
                    f.set(data, list ? load32(x.get(), 8) : add(x.get(), i32(8)));
                    f.eval(Runtime.buf("i32", load32(x.get(), 0)));
                    f.block(done -> f.loop(top -> {
                        f.brIf(done, Ir.geU(i.get(), load32(x.get(), 0)));
                        Type et = list ? Type.I32 : kind(e, where).type;
                        f.eval(borshWrite(e, new Expr.Load(memType(et), add(data.get(), Ir.mul(i.get(), i32(w))), 0), where));
                        f.set(i, add(i.get(), i32(1)));
                        f.br(top);
                    }));
                    break;
                }
                case ENUM:
                    f.eval(Runtime.buf("u8", Ir.sub(x.get(), i32(1))));
                    break;
                case BOX:
                    f.eval(borshWrite(unboxed(t), new Expr.Load(memType(kind(unboxed(t), where).type), x.get(), 0), where));
                    break;
                case VECTOR:
                    if (isClass(t, SDK + "TreeMap")) {
                        f.eval(Runtime.buf("borsh_str", load32(x.get(), 8)));
                    }
                    f.eval(Runtime.buf("i32", load32(x.get(), 0)));
                    f.eval(Runtime.buf("borsh_str", load32(x.get(), 4)));
                    if (!isClass(t, SDK + "Vector") && !isClass(t, SDK + "TreeMap")) {
                        f.eval(Runtime.buf("borsh_str", load32(x.get(), 8)));
                    }
                    break;
                default:
                    throw unsupported(where, "a state value of type " + t);
            }
        });
        return Ir.call(name, null, nonNull);
    }

    /** rec_eq_R(a, b): a record's implicit equals, component by component (Objects.equals for references). */
    private String recordEqualsFunction(TypeElement r, TreePath where) {
        String name = "rec_eq_" + key(r.asType());
        codec(name, List.of(Type.I32, Type.I32), Type.I32, f -> {
            Local a = f.param(0);
            Local b = f.param(1);
            f.if_(eq(a.get(), b.get()), () -> f.ret(i32(1)));
            f.if_(eqz(b.get()), () -> f.ret(i32(0)));
            for (VariableElement field : fields(r)) {
                TypeMirror t = field.asType();
                ValueKind k = kind(t, where);
                Expr x = new Expr.Load(memType(k.type), a.get(), offset(field));
                Expr y = new Expr.Load(memType(k.type), b.get(), offset(field));
                Expr differ = t.getKind().isPrimitive() ? ne(x, y) : eqz(valueEquals(t, x, y, where));
                f.if_(differ, () -> f.ret(i32(0)));
            }
            f.ret(i32(1));
        });
        return name;
    }

    /**
     * {@code Objects.equals(a, b)} for two references of type {@code t}: true when both are null or
     * the same object; else by value for strings, U128/U64, boxes, records, Optionals and lists (as
     * their {@code equals}), by identity for other objects (classes without {@code equals}).
     */
    private Expr valueEquals(TypeMirror t, Expr a, Expr b, TreePath where) {
        ValueKind k = kind(t, where);
        if (t.getKind().isPrimitive() || k == ValueKind.ENUM) {
            return eq(a, b);
        }
        String name = "ref_eq_" + key(t);
        codec(name, List.of(Type.I32, Type.I32), Type.I32, f -> {
            Local x = f.param(0);
            Local y = f.param(1);
            f.if_(eq(x.get(), y.get()), () -> f.ret(i32(1)));
            f.if_(or(eqz(x.get()), eqz(y.get())), () -> f.ret(i32(0)));
            switch (k) {
                case STRING:
                    f.ret(Runtime.strEq(x.get(), y.get()));
                    break;
                case U128:
                    f.ret(eqz(Runtime.u128Op("cmp", x.get(), y.get())));
                    break;
                case GAS:
                    f.ret(eq(load64(x.get(), 0), load64(y.get(), 0)));
                    break;
                case BOX: {
                    MemType mt = memType(kind(unboxed(t), where).type);
                    f.ret(eq(new Expr.Load(mt, x.get(), 0), new Expr.Load(mt, y.get(), 0)));
                    break;
                }
                case OPTIONAL:
                    f.ret(Ir.call(optionalEqualsFunction(t, where), Type.I32, x.get(), y.get()));
                    break;
                case LIST:
                    f.ret(Ir.call(listEqualsFunction(t, where), Type.I32, x.get(), y.get()));
                    break;
                case STRUCT:
                    if (((DeclaredType) t).asElement().getKind() == ElementKind.RECORD) {
                        f.ret(Ir.call(recordEqualsFunction((TypeElement) ((DeclaredType) t).asElement(), where), Type.I32, x.get(), y.get()));
                        break;
                    }
                    if (declaresEquals((TypeElement) ((DeclaredType) t).asElement())) {
                        throw unsupported(where, "equals of a " + t + " here (a class with its own equals)");
                    }
                    f.ret(i32(0)); // Object.equals: identity, and they are not the same object
                    break;
                default:
                    throw unsupported(where, "equals of a value of type " + t);
            }
        });
        return Ir.call(name, Type.I32, a, b);
    }

    /** Whether {@code c} or a superclass of the contract's declares {@code equals(Object)}. */
    private boolean declaresEquals(TypeElement c) {
        for (TypeElement k = c; k != null; k = superclass(k)) {
            for (ExecutableElement m : ElementFilter.methodsIn(k.getEnclosedElements())) {
                if (m.getSimpleName().contentEquals("equals") && m.getParameters().size() == 1 && trees.getPath(m) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** list_eq_L(a, b) of two non-null lists: the same size and equal elements pairwise, as {@code AbstractList.equals}. */
    private String listEqualsFunction(TypeMirror listType, TreePath where) {
        TypeMirror e = typeArg(listType, 0);
        String name = "list_eq_" + key(listType);
        codec(name, List.of(Type.I32, Type.I32), Type.I32, f -> {
            Local a = f.param(0);
            Local b = f.param(1);
            Local i = f.local(Type.I32);
            f.if_(ne(load32(a.get(), 0), load32(b.get(), 0)), () -> f.ret(i32(0)));
            f.block(brk -> f.loop(top -> {
                f.brIf(brk, Ir.geU(i.get(), load32(a.get(), 0)));
                Expr x = listElement(a.get(), i.get());
                Expr y = listElement(b.get(), i.get());
                f.if_(eqz(valueEquals(e, x, y, where)), () -> f.ret(i32(0)));
                f.set(i, add(i.get(), i32(1)));
                f.br(top);
            }));
            f.ret(i32(1));
        });
        return name;
    }

    // ---------------------------------------------------------------------------------------------
    // Optional: a pointer to an 8-byte cell holding the value's i32 reference, 0 in the cell when
    // empty (Optional's type argument is always a reference type; primitives are boxed). A null
    // Optional is address 0, so calling a method on it panics as the JVM's NullPointerException.

    /** OPTIONAL for {@code Optional<T>} when T is representable (not a collection or the contract). */
    private ValueKind optionalKindOrNull(TypeMirror t) {
        if (((DeclaredType) t).getTypeArguments().size() != 1) {
            return null;
        }
        ValueKind k = kindOrNull(typeArg(t, 0));
        if (k == null || k == ValueKind.CONTRACT || k == ValueKind.COLLECTION || k == ValueKind.VECTOR) {
            return null;
        }
        return ValueKind.OPTIONAL;
    }

    /** A new empty Optional. */
    private static Expr emptyOptional() {
        return Runtime.box(i32(0));
    }

    /**
     * Where argument {@code key} of the JSON object {@code input} starts, or 0 when the key is
     * absent (an Optional parameter may be left out, as serde reads an Option). The whole input
     * is validated first, as {@code rt_json_arg} does.
     */
    private Expr jsonArgOptional(Expr input, String key) {
        codec("json_arg_opt", List.of(Type.I32, Type.I32), Type.I32, f -> {
            Local in = f.param(0);
            Local p = f.local(Type.I32);
            Local end = f.local(Type.I32);
            f.set(p, add(in.get(), i32(4)));
            f.set(end, add(p.get(), load32(in.get(), 0)));
            f.set(p, Ir.call("rt_json_ws", Type.I32, p.get(), end.get()));
            f.if_(ne(Ir.call("rt_json_byte", Type.I32, p.get(), end.get()), i32('{')), () -> f.eval(Runtime.jsonError()));
            f.if_(ne(Ir.call("rt_json_ws", Type.I32, Ir.call("rt_json_skip", Type.I32, p.get(), end.get()), end.get()), end.get()),
                    () -> f.eval(Runtime.jsonError()));
            f.ret(Runtime.jsonMember(p.get(), f.param(1).get()));
        });
        return Ir.call("json_arg_opt", Type.I32, input, str(key));
    }

    /** The body of json_r_Optional_T: absent (position 0) or null is empty, else the value. */
    private void optionalJsonRead(FunctionBuilder f, TypeMirror t, Local at, TreePath where) {
        f.if_(eqz(at.get()), () -> f.ret(emptyOptional()));
        f.if_(eq(load8u(at.get(), 0), i32('n')), () -> f.ret(emptyOptional()));
        f.ret(Runtime.box(jsonRead(typeArg(t, 0), at.get(), where)));
    }

    /** The body of borsh_r_Optional_T: u8 0 (empty) or 1 and the value. */
    private void optionalBorshRead(FunctionBuilder f, TypeMirror t, TreePath where) {
        Local tag = f.local(Type.I32);
        f.set(tag, Runtime.rd("u8", Type.I32));
        f.if_(eqz(tag.get()), () -> f.ret(emptyOptional()));
        f.if_(ne(tag.get(), i32(1)), () -> f.eval(Runtime.panic(str(Runtime.STATE_ERROR))));
        f.ret(Runtime.box(borshRead(typeArg(t, 0), where)));
    }

    /** opt_eq_T(a, b): Optional.equals of two non-null Optionals of the same type: their values' equals. */
    private String optionalEqualsFunction(TypeMirror t, TreePath where) {
        String name = "opt_eq_" + key(t);
        TypeMirror e = typeArg(t, 0);
        codec(name, List.of(Type.I32, Type.I32), Type.I32,
                f -> f.ret(valueEquals(e, load32(f.param(0).get(), 0), load32(f.param(1).get(), 0), where)));
        return name;
    }

    /** Borsh of an Optional: u8 0 when empty (or null, as the SDK writes it), else 1 and the value. */
    private Expr optionalBorshWrite(TypeMirror t, Expr v, TreePath where) {
        String name = "borsh_w_" + key(t);
        codec(name, List.of(Type.I32), null, f -> {
            Local x = f.param(0);
            f.if_(eqz(x.get()), () -> {
                f.eval(Runtime.buf("u8", i32(0)));
                f.ret();
            });
            f.if_(eqz(load32(x.get(), 0)), () -> {
                f.eval(Runtime.buf("u8", i32(0)));
                f.ret();
            });
            f.eval(Runtime.buf("u8", i32(1)));
            f.eval(borshWrite(typeArg(t, 0), load32(x.get(), 0), where));
        });
        return Ir.call(name, null, v);
    }

    // ---------------------------------------------------------------------------------------------
    // Virtual calls

    /** Dispatch functions already made, by method and the implementations they choose among. */
    private final Map<String, String> dispatchers = new HashMap<>();

    /**
     * A call of instance method {@code method} ({@code args} start with the receiver): direct when
     * every object that can receive it runs the same implementation, else through a dispatch
     * function that picks the implementation by the receiver's class ID.
     */
    private Expr virtualCall(TreePath p, ExecutableElement method, List<Expr> args, Type result) {
        TypeElement owner = (TypeElement) method.getEnclosingElement();
        java.util.LinkedHashMap<TypeElement, ExecutableElement> impls = new java.util.LinkedHashMap<>();
        for (TypeElement c : concreteSubtypes(owner)) {
            ExecutableElement impl = implementation(c, method);
            if (impl == null) {
                throw unsupported(p, "a call of " + method.getSimpleName() + "() that " + c.getSimpleName() + " does not implement");
            }
            impls.put(c, impl);
        }
        java.util.Set<ExecutableElement> distinct = new java.util.LinkedHashSet<>(impls.values());
        if (distinct.size() <= 1) {
            ExecutableElement only = distinct.isEmpty() ? method : distinct.iterator().next();
            if (trees.getPath(only) == null || only.getModifiers().contains(Modifier.ABSTRACT)) {
                if (distinct.isEmpty()) {
                    // No object of the contract can receive this call.
                    List<Stmt> eval = new ArrayList<>();
                    args.forEach(a -> eval.add(new Stmt.Eval(a)));
                    eval.add(new Stmt.Unreachable());
                    return new Expr.Seq(eval, result == null ? null : result == Type.I64 ? i64(0) : i32(0));
                }
                return implicitAccessor(only, args.get(0), p);
            }
            return Ir.call(nameOf(only), result, args.toArray(Expr[]::new));
        }
        StringBuilder key = new StringBuilder(method.toString()).append('@').append(owner.getQualifiedName());
        impls.forEach((c, impl) -> key.append('|').append(classId(c)).append('>').append(impl.getEnclosingElement()).append('.').append(impl));
        String name = dispatchers.get(key.toString());
        if (name == null) {
            name = "virtual_" + method.getSimpleName() + "_" + dispatchers.size();
            dispatchers.put(key.toString(), name);
            List<Type> params = args.stream().map(Expr::type).toList();
            FunctionBuilder f = new FunctionBuilder(name, params, result);
            Local id = f.local(Type.I32);
            f.set(id, load32(f.param(0).get(), 0));
            for (Map.Entry<TypeElement, ExecutableElement> e : impls.entrySet()) {
                ExecutableElement impl = e.getValue();
                List<Expr> forward = new ArrayList<>();
                for (int i = 0; i < params.size(); i++) {
                    forward.add(f.param(i).get());
                }
                Expr call = trees.getPath(impl) == null ? implicitAccessor(impl, f.param(0).get(), p)
                        : Ir.call(nameOf(impl), result, forward.toArray(Expr[]::new));
                f.if_(eq(id.get(), i32(classId(e.getKey()))), () -> {
                    if (result == null) {
                        f.eval(call);
                        f.ret();
                    } else {
                        f.ret(call);
                    }
                });
            }
            f.unreachable();
            ir.add(f.build());
        }
        return Ir.call(name, result, args.toArray(Expr[]::new));
    }

    /** A record's implicit accessor: the load of its component's field. */
    private Expr implicitAccessor(ExecutableElement accessor, Expr obj, TreePath p) {
        TypeElement record = (TypeElement) accessor.getEnclosingElement();
        if (record.getKind() == ElementKind.RECORD && accessor.getParameters().isEmpty()) {
            for (VariableElement field : fields(record)) {
                if (field.getSimpleName().equals(accessor.getSimpleName())) {
                    return new Expr.Load(memType(kind(field.asType(), p).type), obj, offset(field));
                }
            }
        }
        throw unsupported(p, record.getSimpleName() + "." + accessor.getSimpleName() + "()");
    }

    /** What an object of class {@code c} runs for {@code method}: its own or inherited override, or a default method. */
    private ExecutableElement implementation(TypeElement c, ExecutableElement method) {
        javax.lang.model.util.Elements elements = frontend.elements();
        for (TypeElement k = c; k != null; k = superclass(k)) {
            for (ExecutableElement e : ElementFilter.methodsIn(k.getEnclosedElements())) {
                if ((e.equals(method) || elements.overrides(e, method, c)) && !e.getModifiers().contains(Modifier.ABSTRACT)) {
                    return e;
                }
            }
        }
        for (TypeElement i : userTypes()) {
            if (i.getKind() != ElementKind.INTERFACE
                    || !frontend.types().isSubtype(frontend.types().erasure(c.asType()), frontend.types().erasure(i.asType()))) {
                continue;
            }
            for (ExecutableElement e : ElementFilter.methodsIn(i.getEnclosedElements())) {
                if (e.getModifiers().contains(Modifier.DEFAULT) && (e.equals(method) || elements.overrides(e, method, c))) {
                    return e;
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------
    // Static final fields that are not compile-time constants

    /** Getter functions of static final fields, by field. */
    private final Map<VariableElement, String> staticGetters = new HashMap<>();

    /**
     * The value of a {@code static final} field whose initializer is not a compile-time constant
     * ({@code static final U128 PRICE = U128.ofNear(1)}): a global, set by its initializer the first
     * time a call reads it. javac folds constants itself; the JVM runs a class's static
     * initializers once per JVM, a WebAssembly instance lives for one call, so the initializer
     * runs at most once per call (it must not depend on anything but constants to agree).
     */
    private Expr staticField(VariableElement field, TreePath where) {
        String fn = staticGetters.get(field);
        if (fn == null) {
            TreePath fieldPath = trees.getPath(field);
            if (fieldPath == null || !(fieldPath.getLeaf() instanceof VariableTree v) || v.getInitializer() == null) {
                throw unsupported(where, "a static final field without an initializer");
            }
            Type type = kind(field.asType(), where).type;
            fn = "static_" + field.getEnclosingElement().getSimpleName() + "_" + field.getSimpleName() + "_" + staticGetters.size();
            staticGetters.put(field, fn);
            String value = fn + "_value";
            String done = fn + "_done";
            ir.global(new IrGlobal(value, type, 0, false));
            ir.global(new IrGlobal(done, Type.I32, 0, false));
            FunctionBuilder f = new FunctionBuilder(fn, List.of(), type);
            Body init = new Body(f, fieldPath.getCompilationUnit());
            TreePath initPath = new TreePath(fieldPath, v.getInitializer());
            f.if_(eqz(Ir.global(done, Type.I32)), () -> {
                f.setGlobal(done, i32(1));
                f.setGlobal(value, init.exprAs(initPath, field.asType()));
            });
            f.ret(Ir.global(value, type));
            ir.add(f.build());
        }
        return Ir.call(fn, kind(field.asType(), where).type);
    }

    // ---------------------------------------------------------------------------------------------
    // Enums with fields

    /** Functions of the enums whose constants have instances (fields), by enum. */
    private final Map<TypeElement, String> enumInstanceFunctions = new HashMap<>();

    /**
     * Where the fields of {@code obj} are: {@code obj} itself for a class or record; for an enum,
     * whose values are {@code ordinal + 1}, the instance of that constant (see {@link #enumInstance}).
     */
    private Expr fieldBase(VariableElement field, Expr obj) {
        TypeElement owner = (TypeElement) field.getEnclosingElement();
        return owner.getKind() == ElementKind.ENUM ? enumInstance(owner, obj) : obj;
    }

    /**
     * The instance of enum constant {@code value} (ordinal + 1). An enum value stays its ordinal
     * everywhere (in state, JSON, switches and comparisons); the constants' objects, which hold
     * their fields, are built the first time a call needs one: a table of one object per constant,
     * each initialised by the enum's constructor with the constant's arguments, as the JVM's
     * static initialiser does. {@code this} in the constructor and in methods is the value.
     */
    private Expr enumInstance(TypeElement e, Expr value) {
        String fn = enumInstanceFunctions.get(e);
        if (fn == null) {
            fn = "enum_instance_" + e.getSimpleName() + "_" + enumInstanceFunctions.size();
            enumInstanceFunctions.put(e, fn);
            String table = fn + "_table";
            ir.global(new IrGlobal(table, Type.I32, 0, false));
            TreePath enumPath = trees.getPath(e);
            FunctionBuilder f = new FunctionBuilder(fn, List.of(Type.I32), Type.I32);
            Body init = new Body(f, enumPath.getCompilationUnit());
            List<String> constants = enumConstants(e);
            f.if_(eqz(Ir.global(table, Type.I32)), () -> {
                Local t = f.local(Type.I32);
                f.set(t, Runtime.alloc(i32(4 * constants.size())));
                for (int i = 0; i < constants.size(); i++) {
                    f.store32(t.get(), 4 * i, Runtime.alloc(i32(objectSize(e))));
                }
                // The table is in place before any constructor runs, so they may read each other's fields.
                f.setGlobal(table, t.get());
                for (Tree member : ((com.sun.source.tree.ClassTree) enumPath.getLeaf()).getMembers()) {
                    if (!(member instanceof VariableTree v) || !(v.getInitializer() instanceof NewClassTree n)) {
                        continue;
                    }
                    TreePath constantPath = new TreePath(enumPath, member);
                    Element constant = trees.getElement(constantPath);
                    if (constant == null || constant.getKind() != ElementKind.ENUM_CONSTANT) {
                        continue;
                    }
                    TreePath newPath = new TreePath(constantPath, n);
                    ExecutableElement ctor = (ExecutableElement) trees.getElement(newPath);
                    List<Expr> args = new ArrayList<>();
                    args.add(i32(constants.indexOf(constant.getSimpleName().toString()) + 1));
                    for (int i = 0; i < n.getArguments().size(); i++) {
                        args.add(init.exprAs(new TreePath(newPath, n.getArguments().get(i)), ctor.getParameters().get(i).asType()));
                    }
                    f.eval(new Expr.Call(nameOf(ctor), args, Type.I32));
                }
            });
            f.ret(load32(add(Ir.global(table, Type.I32), Ir.mul(Ir.sub(f.param(0).get(), i32(1)), i32(4))), 0));
            ir.add(f.build());
        }
        return new Expr.Call(fn, List.of(value), Type.I32);
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
        TypeElement owner = (TypeElement) m.getEnclosingElement();
        boolean enumCtor = ctor && owner.getKind() == ElementKind.ENUM;
        // Instance methods take the object first. So do constructors: the object to initialise, or
        // 0 to allocate one (new); a subclass's constructor passes its object to super(...), an
        // enum's table the constant's value (see enumInstance), this(...) its own.
        List<Type> params = new ArrayList<>();
        if (!isStatic(m)) {
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
        if (!isStatic(m)) {
            body.self = f.param(next++);
        }
        for (VariableElement p : m.getParameters()) {
            body.locals.put(p, f.param(next++));
        }
        List<? extends StatementTree> statements = tree.getBody().getStatements();
        TreePath bodyPath = new TreePath(path, tree.getBody());
        MethodInvocationTree first = ctor ? constructorCall(statements) : null;
        ExecutableElement firstTarget = null;
        if (ctor && !enumCtor) {
            Local self = body.self;
            f.if_(eqz(self.get()), () -> allocInstance(f, self, owner));
        }
        if (first != null) {
            // this(...) or super(...) of one of the contract's classes: the same object, initialised
            // by that constructor (which, for this(...), also runs the field initialisers).
            TreePath callPath = new TreePath(new TreePath(bodyPath, statements.get(0)), first);
            firstTarget = (ExecutableElement) trees.getElement(callPath);
            if (isUser(firstTarget.getEnclosingElement())) {
                List<Expr> args = new ArrayList<>();
                args.add(body.self.get());
                for (int i = 0; i < first.getArguments().size(); i++) {
                    args.add(body.exprAs(new TreePath(callPath, first.getArguments().get(i)), firstTarget.getParameters().get(i).asType()));
                }
                f.eval(new Expr.Call(nameOf(firstTarget), args, Type.I32));
            }
        }
        boolean delegates = first != null && ((IdentifierTree) first.getMethodSelect()).getName().contentEquals("this");
        if (ctor && !delegates) {
            // After super(...): the field initialisers, then the constructor's statements.
            TreePath ownerPath = trees.getPath(owner);
            for (Tree member : ((com.sun.source.tree.ClassTree) ownerPath.getLeaf()).getMembers()) {
                if (member instanceof VariableTree v && v.getInitializer() != null) {
                    VariableElement field = (VariableElement) trees.getElement(new TreePath(ownerPath, member));
                    if (isField(field)) {
                        TreePath init = new TreePath(new TreePath(ownerPath, member), v.getInitializer());
                        body.storeField(body.self.get(), field, body.exprAs(init, field.asType()));
                    }
                }
            }
        }
        MethodInvocationTree delegation = delegates ? first : null;
        for (int i = first != null ? 1 : 0; i < statements.size(); i++) {
            body.stmt(new TreePath(bodyPath, statements.get(i)));
        }
        if (ctor) {
            if (delegation == null && owner.getKind() == ElementKind.RECORD && !body.fieldAssigned && m.equals(canonical(owner, path))) {
                // A compact (or implicit) canonical constructor assigns the fields from its
                // parameters after its body, as javac's Lower does.
                List<VariableElement> fs = fields(owner);
                for (int i = 0; i < fs.size(); i++) {
                    body.storeField(body.self.get(), fs.get(i), body.locals.get(m.getParameters().get(i)).get());
                }
            }
            f.ret(body.self.get());
        } else if (result != null) {
            // javac proved that a non-void method never falls off its end.
            f.unreachable();
        }
        ir.add(f.build());
    }

    /** The {@code this(...)} or {@code super(...)} call a constructor body starts with, or null. */
    private static MethodInvocationTree constructorCall(List<? extends StatementTree> statements) {
        if (!statements.isEmpty() && statements.get(0) instanceof ExpressionStatementTree e
                && e.getExpression() instanceof MethodInvocationTree m
                && m.getMethodSelect() instanceof IdentifierTree id
                && (id.getName().contentEquals("this") || id.getName().contentEquals("super"))) {
            return m;
        }
        return null;
    }

    /** {@code o = new C}: the object's memory, its fields zero, its class ID in the header. */
    private void allocInstance(FunctionBuilder f, Local o, TypeElement c) {
        f.set(o, Runtime.alloc(i32(objectSize(c))));
        f.store32(o.get(), 0, i32(classId(c)));
    }

    /** Calls {@code ctor} to make a new object ({@code new C(args)}). */
    private Expr construct(ExecutableElement ctor, List<Expr> args) {
        List<Expr> all = new ArrayList<>();
        all.add(i32(0));
        all.addAll(args);
        return new Expr.Call(nameOf(ctor), all, Type.I32);
    }

    /** Lowers the statements and expressions of one function. */
    private final class Body {
        private final FunctionBuilder f;
        private final CompilationUnitTree unit;
        final Map<Element, Local> locals = new HashMap<>();
        Local self;
        TypeMirror returnType;
        /** Whether a constructor's body assigns a field (a record's explicit canonical constructor does). */
        boolean fieldAssigned;
        /** Enclosing switch expressions, innermost last: [end label, result local]. */
        private final List<Object[]> yields = new ArrayList<>();
        /** Enclosing loops, innermost last: [break label, continue label]. */
        private final List<Label[]> loops = new ArrayList<>();
        /** Enclosing labeled loops by their Java label: [break label, continue label]. */
        private final Map<String, Label[]> labeled = new HashMap<>();
        /** The label of the loop being entered, taken by {@link #enter}. */
        private String pendingLabel;

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
                        f.set(l, exprAs(child(p, v.getInitializer()), e.asType()));
                    }
                    return;
                }
                case EXPRESSION_STATEMENT:
                    effect(child(p, ((ExpressionStatementTree) t).getExpression()));
                    return;
                case IF: {
                    IfTree s = (IfTree) t;
                    Expr c = cond(child(p, s.getCondition()));
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
                case ENHANCED_FOR_LOOP:
                    forEach(p, (EnhancedForLoopTree) t);
                    return;
                case SWITCH: {
                    SwitchTree sw = (SwitchTree) t;
                    switchOf(p, child(p, sw.getExpression()), sw.getCases(), null, null);
                    return;
                }
                case YIELD: {
                    Object[] y = yields.get(yields.size() - 1);
                    f.set((Local) y[1], exprAs(child(p, ((YieldTree) t).getValue()), (TypeMirror) y[2]));
                    f.br((Label) y[0]);
                    return;
                }
                case LABELED_STATEMENT: {
                    LabeledStatementTree l = (LabeledStatementTree) t;
                    TreePath inner = child(p, l.getStatement());
                    String name = l.getLabel().toString();
                    switch (l.getStatement().getKind()) {
                        case WHILE_LOOP:
                        case DO_WHILE_LOOP:
                        case FOR_LOOP:
                        case ENHANCED_FOR_LOOP:
                            pendingLabel = name;
                            stmt(inner);
                            return;
                        default:
                            throw unsupported(p, "a label on a statement that is not a loop"); // the checker reports it first
                    }
                }
                case BREAK: {
                    if (((BreakTree) t).getLabel() != null) {
                        f.br(target(p, ((BreakTree) t).getLabel().toString())[0]);
                        return;
                    }
                    if (loops.isEmpty()) {
                        throw unsupported(p, "break outside a loop or switch");
                    }
                    f.br(loops.get(loops.size() - 1)[0]);
                    return;
                }
                case CONTINUE:
                    if (((ContinueTree) t).getLabel() != null) {
                        f.br(target(p, ((ContinueTree) t).getLabel().toString())[1]);
                        return;
                    }
                    if (loops.isEmpty()) {
                        throw unsupported(p, "continue outside a loop");
                    }
                    Label cont = null;
                    for (int i = loops.size() - 1; i >= 0 && cont == null; i--) {
                        cont = loops.get(i)[1];
                    }
                    if (cont == null) {
                        throw unsupported(p, "continue outside a loop");
                    }
                    f.br(cont);
                    return;
                case RETURN: {
                    ReturnTree r = (ReturnTree) t;
                    f.ret(r.getExpression() == null ? null : exprAs(child(p, r.getExpression()), returnType));
                    return;
                }
                case THROW:
                    throwStmt(child(p, ((ThrowTree) t).getExpression()));
                    return;
                default:
                    throw unsupported(p, "the statement " + t.getKind());
            }
        }

        private Label[] target(TreePath p, String label) {
            Label[] to = labeled.get(label);
            if (to == null) {
                throw unsupported(p, "a branch to the label " + label);
            }
            return to;
        }

        /** Enters a loop or switch statement: its break and continue targets, also under its label if it has one. */
        private String enter(Label brk, Label cont) {
            loops.add(new Label[] {brk, cont});
            String label = pendingLabel;
            pendingLabel = null;
            if (label != null) {
                labeled.put(label, new Label[] {brk, cont});
            }
            return label;
        }

        private void leave(String label) {
            loops.remove(loops.size() - 1);
            if (label != null) {
                labeled.remove(label);
            }
        }

        /**
         * block $break { loop $top { br_if $break !cond; block $continue { body } updates; br $top } }.
         * A do-while tests at the end instead.
         */
        private void loop(TreePath p, ExpressionTree cond, Runnable body, List<TreePath> updates, boolean testLast) {
            f.block(brk -> f.loop(top -> {
                if (cond != null && !testLast) {
                    f.brIf(brk, eqz(cond(child(p, cond))));
                }
                f.block(cont -> {
                    String label = enter(brk, cont);
                    body.run();
                    leave(label);
                });
                updates.forEach(this::stmt);
                if (testLast) {
                    f.brIf(top, cond(child(p, cond)));
                } else {
                    f.br(top);
                }
            }));
        }

        /** for (T x : list) and for (T x : array): an index loop; the list or array is read once. */
        private void forEach(TreePath p, EnhancedForLoopTree s) {
            TreePath source = child(p, s.getExpression());
            TypeMirror st = trees.getTypeMirror(source);
            boolean array = st.getKind() == TypeKind.ARRAY;
            if (!array && kindOrNull(st) != ValueKind.LIST) {
                throw unsupported(source, "iterating over " + st);
            }
            TypeMirror et = array ? component(st) : typeArg(st, 0);
            Element var = trees.getElement(child(p, s.getVariable()));
            Local x = f.local(kind(var.asType(), p).type);
            locals.put(var, x);
            Local coll = f.local(Type.I32);
            Local i = f.local(Type.I32);
            f.set(coll, Runtime.nonNull(expr(source), loc(source)));
            f.set(i, i32(0));
            f.block(brk -> f.loop(top -> {
                f.brIf(brk, Ir.geU(i.get(), load32(coll.get(), 0)));
                Expr e = array ? new Expr.Load(memType(kind(et, p).type), add(add(coll.get(), i32(8)), Ir.mul(i.get(), i32(width(et)))), 0)
                        : listElement(coll.get(), i.get());
                f.set(x, convert(e, et, var.asType(), source));
                f.block(cont -> {
                    String label = enter(brk, cont);
                    stmt(child(p, s.getStatement()));
                    leave(label);
                });
                f.set(i, add(i.get(), i32(1)));
                f.br(top);
            }));
        }

        /**
         * A switch on an int, char, String or enum, as nested blocks: the dispatch at the innermost
         * branches to the end of block i, where case i's statements start, so that a {@code case X:}
         * group falls through into the next; a {@code case X ->} rule ends with a branch out. A
         * switch expression ({@code result} not null) leaves its value in {@code result}.
         */
        private void switchOf(TreePath p, TreePath selector, List<? extends CaseTree> cases, Local result, TypeMirror resultType) {
            TypeMirror st = trees.getTypeMirror(selector);
            ValueKind sk = kindOrNull(st);
            boolean strings = sk == ValueKind.STRING;
            if (!st.getKind().isPrimitive() && sk != ValueKind.ENUM && !strings) {
                throw unsupported(selector, "a switch on " + st);
            }
            Local sel = f.local(Type.I32);
            Expr sv = isBox(st) ? unbox(expr(selector), st, selector) : expr(selector);
            f.set(sel, st.getKind().isPrimitive() || isBox(st) ? sv : Runtime.nonNull(sv, loc(selector)));
            Label[] labels = new Label[cases.size()];
            String[] switchLabel = new String[1];
            f.block(end -> {
                if (result != null) {
                    yields.add(new Object[] {end, result, resultType});
                } else {
                    Label cont = null;
                    for (int i = loops.size() - 1; i >= 0 && cont == null; i--) {
                        cont = loops.get(i)[1];
                    }
                    switchLabel[0] = enter(end, cont);
                }
                nestCases(p, cases, cases.size() - 1, labels, end, sel, strings, result, resultType);
                if (result != null) {
                    yields.remove(yields.size() - 1);
                } else {
                    leave(switchLabel[0]);
                }
            });
        }

        private void nestCases(TreePath p, List<? extends CaseTree> cases, int i, Label[] labels, Label end, Local sel, boolean strings,
                Local result, TypeMirror resultType) {
            if (i < 0) {
                int dflt = -1;
                for (int c = 0; c < cases.size(); c++) {
                    CaseTree ct = cases.get(c);
                    if (ct.getExpressions().isEmpty()) {
                        dflt = c;
                    }
                    for (ExpressionTree label : ct.getExpressions()) {
                        Expr v = expr(child(child(p, ct), label));
                        f.brIf(labels[c], strings ? Runtime.strEq(sel.get(), v) : eq(sel.get(), v));
                    }
                }
                if (dflt >= 0) {
                    f.br(labels[dflt]);
                } else if (result != null) {
                    // javac proved the switch exhaustive (every enum constant has a case).
                    f.unreachable();
                } else {
                    f.br(end);
                }
                return;
            }
            f.block(l -> {
                labels[i] = l;
                nestCases(p, cases, i - 1, labels, end, sel, strings, result, resultType);
            });
            CaseTree ct = cases.get(i);
            TreePath cp = child(p, ct);
            if (ct.getCaseKind() == CaseTree.CaseKind.RULE) {
                Tree body = ct.getBody();
                TreePath bp = child(cp, body);
                if (body.getKind() == Tree.Kind.BLOCK) {
                    block(bp);
                } else if (body.getKind() == Tree.Kind.THROW || body.getKind() == Tree.Kind.EXPRESSION_STATEMENT) {
                    stmt(bp);
                } else if (result != null) {
                    f.set(result, exprAs(bp, resultType));
                } else {
                    effect(bp);
                }
                f.br(end);
            } else {
                for (StatementTree st : ct.getStatements()) {
                    stmt(child(cp, st));
                }
            }
        }

        private Expr switchExpr(TreePath p, SwitchExpressionTree sw) {
            TypeMirror type = trees.getTypeMirror(p);
            Local result = f.local(kind(type, p).type);
            List<Stmt> stmts = f.capture(() -> switchOf(p, child(p, sw.getExpression()), sw.getCases(), result, type));
            return new Expr.Seq(stmts, result.get());
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
                    TreePath target = child(p, a.getVariable());
                    assign(target, exprAs(child(p, a.getExpression()), trees.getTypeMirror(target)));
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

        /** The value of {@code p} converted to {@code target}: widening, boxing and unboxing. */
        Expr exprAs(TreePath p, TypeMirror target) {
            return convert(expr(p), trees.getTypeMirror(p), target, p);
        }

        Expr convert(Expr v, TypeMirror from, TypeMirror to, TreePath p) {
            if (from.getKind().isPrimitive() && !to.getKind().isPrimitive() && to.getKind() != TypeKind.ARRAY) {
                return Runtime.box(v);
            }
            if (isBox(from) && to.getKind().isPrimitive()) {
                return coerce(unbox(v, from, p), to);
            }
            return coerce(v, to);
        }

        /** A boolean operand or condition; a {@code Boolean} is unboxed (a null one panics). */
        Expr cond(TreePath p) {
            TypeMirror t = trees.getTypeMirror(p);
            return isBox(t) ? unbox(expr(p), t, p) : expr(p);
        }

        /** The value in a box; a null box panics as the JVM's unboxing does. */
        Expr unbox(Expr v, TypeMirror box, TreePath p) {
            return new Expr.Load(memType(kind(unboxed(box), p).type), Runtime.nonNull(v, loc(p)), 0);
        }

        private void assign(TreePath target, Expr value) {
            Tree t = target.getLeaf();
            Element e = trees.getElement(target);
            value = coerce(value, trees.getTypeMirror(target));
            if (locals.containsKey(e)) {
                f.set(locals.get(e), value);
                return;
            }
            if (isField(e)) {
                VariableElement v = (VariableElement) e;
                Expr obj = t instanceof MemberSelectTree ms ? nonNullAt(child(target, ms.getExpression())) : self.get();
                if (!(t instanceof MemberSelectTree ms) || ms.getExpression().toString().equals("this")) {
                    fieldAssigned = true;
                }
                storeField(obj, v, value);
                return;
            }
            if (t instanceof ArrayAccessTree aa) {
                TreePath arrayPath = child(target, aa.getExpression());
                Local arr = f.local(Type.I32);
                Local idx = f.local(Type.I32);
                Local val = f.local(value.type());
                int w = width(component(trees.getTypeMirror(arrayPath)));
                // Java evaluates the array and the index, then the value, then checks the bounds.
                f.set(arr, expr(arrayPath));
                f.set(idx, expr(child(target, aa.getIndex())));
                f.set(val, value);
                f.store(memType(value.type()), Runtime.arrayAt(arr.get(), idx.get(), w, loc(target)), 0, val.get());
                return;
            }
            throw unsupported(target, "assigning to " + t);
        }

        void storeField(Expr obj, VariableElement field, Expr value) {
            f.store(memType(value.type()), fieldBase(field, obj), offset(field), value);
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
                    return eqz(cond(child(p, ((UnaryTree) t).getExpression())));
                case BITWISE_COMPLEMENT: {
                    Expr v = expr(child(p, ((UnaryTree) t).getExpression()));
                    return Ir.xor(v, v.type() == Type.I32 ? i32(-1) : i64(-1));
                }
                case CONDITIONAL_AND: {
                    BinaryTree b = (BinaryTree) t;
                    return ifElse(cond(child(p, b.getLeftOperand())), cond(child(p, b.getRightOperand())), i32(0));
                }
                case CONDITIONAL_OR: {
                    BinaryTree b = (BinaryTree) t;
                    return ifElse(cond(child(p, b.getLeftOperand())), i32(1), cond(child(p, b.getRightOperand())));
                }
                case CONDITIONAL_EXPRESSION: {
                    ConditionalExpressionTree c = (ConditionalExpressionTree) t;
                    TypeMirror type = trees.getTypeMirror(p);
                    return ifElse(cond(child(p, c.getCondition())), exprAs(child(p, c.getTrueExpression()), type),
                            exprAs(child(p, c.getFalseExpression()), type));
                }
                case NEW_ARRAY:
                    return newArray(p, (NewArrayTree) t, trees.getTypeMirror(p));
                case ARRAY_ACCESS: {
                    ArrayAccessTree aa = (ArrayAccessTree) t;
                    TypeMirror e = component(trees.getTypeMirror(child(p, aa.getExpression())));
                    Expr at = Runtime.arrayAt(expr(child(p, aa.getExpression())), expr(child(p, aa.getIndex())), width(e), loc(p));
                    return new Expr.Load(memType(kind(e, p).type), at, 0);
                }
                case SWITCH_EXPRESSION:
                    return switchExpr(p, (SwitchExpressionTree) t);
                case TYPE_CAST:
                    return cast(p, (TypeCastTree) t);
                case INSTANCE_OF: {
                    InstanceOfTree io = (InstanceOfTree) t;
                    TreePath value = child(p, io.getExpression());
                    TypeElement target = objectType(child(p, io.getType()), trees.getTypeMirror(child(p, io.getType())));
                    objectType(value, trees.getTypeMirror(value));
                    Local v = f.local(Type.I32);
                    List<Stmt> set = List.of(new Stmt.SetLocal(v.index(), expr(value)));
                    return new Expr.Seq(set, Ir.and(ne(v.get(), i32(0)), isInstance(v.get(), target)));
                }
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
                if (isField(v)) {
                    Expr obj = t instanceof MemberSelectTree ms ? nonNullAt(child(p, ms.getExpression())) : self.get();
                    return new Expr.Load(memType(kind(v.asType(), p).type), fieldBase(v, obj), offset(v));
                }
                if (v.getKind() == ElementKind.ENUM_CONSTANT) {
                    return i32(enumConstants((TypeElement) v.getEnclosingElement()).indexOf(v.getSimpleName().toString()) + 1);
                }
                if (v.getSimpleName().contentEquals("length") && t instanceof MemberSelectTree ms
                        && trees.getTypeMirror(child(p, ms.getExpression())).getKind() == TypeKind.ARRAY) {
                    return load32(nonNullAt(child(p, ms.getExpression())), 0);
                }
                if (isClass(v.getEnclosingElement().asType(), SDK + "U128") && v.getModifiers().contains(Modifier.STATIC)) {
                    String n = v.getSimpleName().toString();
                    if (n.equals("MAX")) {
                        byte[] b = new byte[16];
                        java.util.Arrays.fill(b, (byte) 0xFF);
                        return new Expr.Data(b);
                    }
                    if (n.equals("ZERO") || n.equals("ONE") || n.equals("ONE_YOCTO")) {
                        byte[] b = new byte[16];
                        b[0] = (byte) (n.equals("ZERO") ? 0 : 1);
                        return new Expr.Data(b);
                    }
                }
            }
            if (e instanceof VariableElement u && isClass(u.getEnclosingElement().asType(), U64s.TYPE) && u.getModifiers().contains(Modifier.STATIC)
                    && (u.getSimpleName().contentEquals("ZERO") || u.getSimpleName().contentEquals("MAX"))) {
                byte[] b = new byte[16];
                if (u.getSimpleName().contentEquals("MAX")) {
                    java.util.Arrays.fill(b, 0, 8, (byte) 0xFF);
                }
                return new Expr.Data(b);
            }
            if (e instanceof VariableElement g && g.getSimpleName().contentEquals("ZERO") && isClass(g.getEnclosingElement().asType(), SDK + "Gas")) {
                return new Expr.Data(new byte[8]);
            }
            if (e instanceof VariableElement sf && sf.getKind() == ElementKind.FIELD && sf.getModifiers().contains(Modifier.STATIC)
                    && sf.getModifiers().contains(Modifier.FINAL) && isUser(sf.getEnclosingElement())) {
                return staticField(sf, p);
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
            TypeMirror from = trees.getTypeMirror(child(p, c.getExpression()));
            if (!to.getKind().isPrimitive() && !from.getKind().isPrimitive()
                    && !frontend.types().isSubtype(frontend.types().erasure(from), frontend.types().erasure(to))
                    && to.getKind() == TypeKind.DECLARED && isUser(((DeclaredType) to).asElement())) {
                // A downcast to one of the contract's classes: checked, as the JVM's checkcast.
                TypeElement target = objectType(p, to);
                objectType(child(p, c.getExpression()), from);
                Local x = f.local(Type.I32);
                List<Stmt> check = List.of(new Stmt.SetLocal(x.index(), v),
                        new Stmt.If(Ir.and(ne(x.get(), i32(0)), eqz(isInstance(x.get(), target))),
                                List.of(new Stmt.Eval(Runtime.panic(Runtime.concat(str("bad cast at "), loc(p)))), new Stmt.Unreachable()),
                                List.of()));
                return new Expr.Seq(check, x.get());
            }
            if (isBox(from) && to.getKind().isPrimitive()) {
                // (long) aLong: unboxing (a null box panics as the JVM's NullPointerException).
                v = unbox(v, from, child(p, c.getExpression()));
            }
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
            boolean reference = (op == Tree.Kind.EQUAL_TO || op == Tree.Kind.NOT_EQUAL_TO) && !lt.getKind().isPrimitive() && !rt.getKind().isPrimitive();
            if (!reference) {
                a = isBox(lt) ? unbox(a, lt, left) : a;
                b = isBox(rt) ? unbox(b, rt, right) : b;
            }
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
                case CHAR:
                    return Runtime.charToStr(v);
                default: {
                    ValueKind k = kind(t, where);
                    if (isClass(t, PublicKeys.TYPE)) {
                        Local x = f.local(Type.I32);
                        return new Expr.Seq(List.of(new Stmt.SetLocal(x.index(), v)), ifElse(eqz(x.get()), str("null"), PublicKeys.toStr(x.get())));
                    }
                    if (k == ValueKind.STRING) {
                        return v;
                    }
                    if (k == ValueKind.BUILDER || k == ValueKind.GAS) {
                        return builderOrGasText(k, v);
                    }
                    if (k == ValueKind.ENUM || k == ValueKind.BOX) {
                        Local x = f.local(Type.I32);
                        Expr text = k == ValueKind.ENUM ? enumName(t, x.get())
                                : toStr(new Expr.Load(memType(kind(unboxed(t), where).type), x.get(), 0), unboxed(t), where);
                        return new Expr.Seq(List.of(new Stmt.SetLocal(x.index(), v)), ifElse(eqz(x.get()), str("null"), text));
                    }
                    if (k == ValueKind.U128) {
                        Local x = f.local(Type.I32);
                        return new Expr.Seq(List.of(new Stmt.SetLocal(x.index(), v)),
                                ifElse(eqz(x.get()), str("null"), Runtime.u128ToStr(x.get())));
                    }
                    if (k == ValueKind.OPTIONAL) {
                        return optionalToStr(v, t, where);
                    }
                    if (k == ValueKind.STRUCT || k == ValueKind.CONTRACT || k == ValueKind.LIST) {
                        Local x = f.local(Type.I32);
                        return new Expr.Seq(List.of(new Stmt.SetLocal(x.index(), v)),
                                ifElse(eqz(x.get()), str("null"), objectToStr(x.get(), t, where)));
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
                out.add(i < method.getParameters().size()
                        ? convert(a, trees.getTypeMirror(child(p, args.get(i))), method.getParameters().get(i).asType(), child(p, args.get(i))) : a);
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
                if (ownerName.equals("java.lang.Object") || ownerName.equals("java.lang.Record") || ownerName.equals("java.lang.Enum")) {
                    // super(): Object's, Record's and (for our enum values) Enum's constructors do nothing.
                    return new Expr.Seq(List.of(), noValue());
                }
                throw unsupported(p, "calling another constructor");
            }
            if (isUser(owner) && !(owner.getKind() == ElementKind.ENUM && enumBuiltin(name))
                    && !(owner.getKind() == ElementKind.RECORD && name.equals("equals") && method.getParameters().size() == 1)) {
                if (trees.getPath(method) == null && owner.getKind() == ElementKind.RECORD && method.getParameters().isEmpty()) {
                    // An implicit accessor: the component's field.
                    for (VariableElement field : fields(owner)) {
                        if (field.getSimpleName().equals(method.getSimpleName())) {
                            Expr obj = receiverPath == null || receiverPath.getLeaf().toString().equals("this") ? self.get() : receiver(receiverPath);
                            return new Expr.Load(memType(kind(field.asType(), p).type), obj, offset(field));
                        }
                    }
                }
                // super.m() and Interface.super.m(): the named implementation, on this object.
                boolean onSuper = receiverPath != null && (receiverPath.getLeaf().toString().equals("super")
                        || receiverPath.getLeaf() instanceof MemberSelectTree sup && sup.getIdentifier().contentEquals("super"));
                List<Expr> all = new ArrayList<>();
                if (!isStatic(method)) {
                    all.add(receiverPath == null || onSuper || receiverPath.getLeaf().toString().equals("this") ? self.get() : receiver(receiverPath));
                }
                all.addAll(args(p, m.getArguments(), method));
                Type result = irType(method.getReturnType(), p);
                boolean overridable = !method.getModifiers().contains(Modifier.PRIVATE) && !method.getModifiers().contains(Modifier.FINAL)
                        && !owner.getModifiers().contains(Modifier.FINAL) && owner.getKind() != ElementKind.RECORD;
                if (!isStatic(method) && !onSuper && owner.getKind() != ElementKind.ENUM && overridable) {
                    return virtualCall(p, method, all, result);
                }
                if (trees.getPath(method) == null) {
                    throw unsupported(p, owner.getSimpleName() + "." + name + "()");
                }
                return Ir.call(nameOf(method), result, all.toArray(Expr[]::new));
            }
            if (ownerName.equals("java.lang.String") && name.equals("getBytes")) {
                return stringBytes(p, receiverPath, m);
            }
            if (ownerName.equals(SDK + "Json") && name.equals("decode")) {
                return jsonDecode(p, m);
            }
            List<Expr> a = args(p, m.getArguments(), method);
            switch (ownerName) {
                case SDK + "Env":
                    return env(p, name, a);
                case "java.lang.Math":
                    return math(p, name, a);
                case "java.lang.String":
                    if (isStatic(method) && name.equals("valueOf") && method.getParameters().get(0).asType().getKind().isPrimitive()) {
                        return toStr(a.get(0), method.getParameters().get(0).asType(), p);
                    }
                    return string(p, name, receiver(receiverPath), a, m);
                case SDK + "Promise":
                case SDK + "PromiseResult":
                case SDK + "Gas":
                case "java.lang.StringBuilder":
                case "java.lang.AbstractStringBuilder":
                    return promiseOrTextCall(p, ownerName, name, receiverPath, a, m);
                case SDK + "AccountId":
                    if (name.equals("toString")) {
                        return receiver(receiverPath);
                    }
                    if (name.equals("equals")) {
                        return Runtime.strEq(receiver(receiverPath), a.get(0));
                    }
                    if (name.equals("compareTo")) {
                        // The SDK compares the IDs as Strings.
                        return RuntimeExtras.compare(receiver(receiverPath), Runtime.nonNull(a.get(0), loc(p)));
                    }
                    if (name.equals("isSubAccountOf")) {
                        // The SDK: value.endsWith("." + parent.value).
                        Local self = f.local(Type.I32);
                        return new Expr.Seq(List.of(new Stmt.SetLocal(self.index(), receiver(receiverPath))),
                                RuntimeExtras.endsWith(self.get(), Runtime.concat(str("."), Runtime.nonNull(a.get(0), loc(p)))));
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
                case PublicKeys.TYPE:
                    return publicKey(p, name, receiverPath, a, m);
                case PublicKeys.CURVE:
                    // an enum constant as any other (ordinal + 1); keyLength is the SDK's table
                    return name.equals("keyLength") ? ifElse(eq(receiver(receiverPath), i32(2)), i32(64), i32(32))
                            : enumMethod(p, name, receiverPath, a, owner);
                case SDK + "U128":
                    return u128(p, name, receiverPath, a);
                case U64s.TYPE:
                    return u64(p, name, receiverPath, a);
                case U64s.TIMESTAMP:
                    return timestamp(p, name, receiverPath, a);
                case SDK + "LookupMap":
                    return lookupMap(p, name, receiverPath, a, m);
                case SDK + "LookupSet":
                    return lookupSet(p, name, receiverPath, a);
                case SDK + "IterableSet":
                case SDK + "IterableMap":
                    return iterable(p, name, receiverPath, a);
                case SDK + "TreeMap":
                    return treeMap(p, name, receiverPath, a);
                case SDK + "Vector":
                    return vector(p, name, receiverPath, a);
                case SDK + "Events":
                    return event(p, m);
                case "java.util.Optional":
                    return optional(p, name, receiverPath, m);
                case SDK + "Json":
                    return json(p, name, m);
                case "java.util.List":
                case "java.util.ArrayList":
                    return list(p, name, receiverPath, a, m);
                case "java.lang.Integer":
                case "java.lang.Long":
                case "java.lang.Boolean":
                case "java.lang.Short":
                case "java.lang.Byte":
                case "java.lang.Character":
                    return boxMethod(p, name, receiverPath, a, m, method);
                default:
                    if (owner.getKind() == ElementKind.ENUM && isUser(owner)) {
                        return enumMethod(p, name, receiverPath, a, owner);
                    }
                    if (owner.getKind() == ElementKind.RECORD && isUser(owner)) {
                        return recordEquals(p, receiverPath, a.get(0), owner, m);
                    }
                    if (ownerName.equals("java.lang.Enum")) {
                        return enumMethod(p, name, receiverPath, a, (TypeElement) ((DeclaredType) trees.getTypeMirror(receiverPath)).asElement());
                    }
                    break;
            }
            throw unsupported(p, ownerName + "." + name + "()");
        }

        /** {@code s.getBytes(StandardCharsets.UTF_8)}; any other charset (or none) is unsupported. */
        private Expr stringBytes(TreePath p, TreePath receiverPath, MethodInvocationTree m) {
            if (m.getArguments().size() != 1) {
                throw unsupported(p, "String.getBytes() without StandardCharsets.UTF_8");
            }
            Element cs = trees.getElement(child(p, m.getArguments().get(0)));
            if (!(cs instanceof VariableElement v) || !v.getSimpleName().contentEquals("UTF_8")
                    || !isClass(v.getEnclosingElement().asType(), "java.nio.charset.StandardCharsets")) {
                throw unsupported(p, "String.getBytes with a charset other than StandardCharsets.UTF_8");
            }
            return Bytes.strBytes(receiver(receiverPath));
        }

        /** The receiver of an instance method call, checked not to be null as the JVM does. */
        /**
         * The class, record or interface of the contract's sources {@code t} names, for instanceof,
         * casts and virtual calls; other types (enums, which are not objects, the JDK's) are
         * unsupported there.
         */
        private TypeElement objectType(TreePath p, TypeMirror t) {
            if (t.getKind() == TypeKind.DECLARED) {
                Element e = ((DeclaredType) t).asElement();
                if (isUser(e) && e.getKind() != ElementKind.ENUM) {
                    return (TypeElement) e;
                }
            }
            throw unsupported(p, "instanceof or a cast with " + t);
        }

        /** Whether the (non-null) object {@code obj} is an instance of {@code t}: its class ID is one of t's concrete subtypes'. */
        private Expr isInstance(Expr obj, TypeElement t) {
            Local id = f.local(Type.I32);
            Expr test = i32(0);
            for (TypeElement c : concreteSubtypes(t)) {
                test = Ir.or(test, eq(id.get(), i32(classId(c))));
            }
            return new Expr.Seq(List.of(new Stmt.SetLocal(id.index(), load32(obj, 0))), test);
        }

        private Expr receiver(TreePath receiverPath) {
            return Runtime.nonNull(expr(receiverPath), loc(receiverPath));
        }

        private Expr env(TreePath p, String name, List<Expr> a) {
            switch (name) {
                case "log": {
                    Local s = f.local(Type.I32);
                    return new Expr.Seq(List.of(new Stmt.SetLocal(s.index(), Runtime.utf8Out(a.get(0)))),
                            host("log_utf8", extendU(load32(s.get(), 0)), extendU(add(s.get(), i32(4)))));
                }
                case "predecessorAccountId":
                    return register("predecessor_account_id");
                case "currentAccountId":
                    return register("current_account_id");
                case "signerAccountId":
                    return register("signer_account_id");
                case "signerAccountPk":
                    return register("signer_account_pk");
                case "blockHeight":
                    return host("block_index");
                case "blockTimestamp":
                    return host("block_timestamp");
                case "blockTime":
                    return U64s.timestampOfNanos(host("block_timestamp"));
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
                case "promiseResultsCount":
                    return host("promise_results_count");
                case "prepaidGas":
                    return RuntimeExtras.gas("of", host("prepaid_gas"));
                case "usedGas":
                    return RuntimeExtras.gas("of", host("used_gas"));
                case "panic":
                    // Never returns; the value stands for the ContractPanic that `throw` would throw.
                    return new Expr.Seq(List.of(new Stmt.Eval(Runtime.panic(a.get(0))), new Stmt.Unreachable()), i32(0));
                case "require":
                    return new Expr.Seq(List.of(new Stmt.If(eqz(a.get(0)), List.of(new Stmt.Eval(Runtime.panic(a.get(1)))), List.of())),
                            noValue());
                case "valueReturn":
                    if (a.size() == 1 && a.get(0).type() == Type.I32 && trees.getTypeMirror(child(p, ((MethodInvocationTree) p.getLeaf()).getArguments().get(0))).getKind() == TypeKind.ARRAY) {
                        return new Expr.Seq(List.of(new Stmt.Eval(Bytes.valueReturn(a.get(0),
                                loc(child(p, ((MethodInvocationTree) p.getLeaf()).getArguments().get(0)))))), noValue());
                    }
                    throw unsupported(p, "Env.valueReturn of anything but a byte[]");
                case "sha256":
                case "keccak256":
                case "keccak512":
                    return Ir.call("rt_" + name, Type.I32, nonNullArg(p, a, 0));
                case "ed25519Verify":
                    return Ir.call("rt_ed25519_verify", Type.I32, nonNullArg(p, a, 0), nonNullArg(p, a, 1), nonNullArg(p, a, 2));
                case "randomSeed":
                    return new Expr.Seq(List.of(new Stmt.Eval(host("random_seed", i64(0)))), Bytes.unpack(Runtime.registerBytes(i64(0))));
                case "input":
                    return new Expr.Seq(List.of(new Stmt.Eval(host("input", i64(0)))), Bytes.unpack(Runtime.registerBytes(i64(0))));
                case "storageRead":
                case "storageRemove":
                case "storageHasKey":
                    if (bytesArg(p, 0)) {
                        String fn = name.equals("storageRead") ? "rt_storage_read_bytes"
                                : name.equals("storageRemove") ? "rt_storage_remove_bytes" : "rt_storage_has_key_bytes";
                        return Ir.call(fn, Type.I32, nonNullArg(p, a, 0));
                    }
                    throw unsupported(p, "Env." + name + " with a key that is not a byte[]");
                case "storageWrite": {
                    // storageWrite(String key, byte[] value) writes the key's UTF-8 bytes.
                    Expr key = bytesArg(p, 0) ? nonNullArg(p, a, 0) : Bytes.strBytes(nonNullArg(p, a, 0));
                    return Ir.call("rt_storage_write_bytes", Type.I32, key, nonNullArg(p, a, 1));
                }
                default:
                    throw unsupported(p, "Env." + name + "()");
            }
        }

        /** Argument {@code i} of the call at {@code p}; null panics as the JVM's NullPointerException. */
        private Expr nonNullArg(TreePath p, List<Expr> a, int i) {
            return nonNullArg(p, (MethodInvocationTree) p.getLeaf(), a, i);
        }

        private boolean bytesArg(TreePath p, int i) {
            return trees.getTypeMirror(child(p, ((MethodInvocationTree) p.getLeaf()).getArguments().get(i))).getKind() == TypeKind.ARRAY;
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
                    return stringMore(p, name, self, a, m);
            }
        }

        // ---- String methods by UTF-16 index, StringBuilder, and the SDK's promises (RuntimeExtras, Promises)

        private Expr stringMore(TreePath p, String name, Expr self, List<Expr> a, MethodInvocationTree m) {
            switch (name) {
                case "charAt":
                    return RuntimeExtras.charAt(self, a.get(0), loc(p));
                case "substring":
                    return a.size() == 1 ? RuntimeExtras.substringFrom(self, a.get(0), loc(p)) : RuntimeExtras.substring(self, a.get(0), a.get(1), loc(p));
                case "startsWith":
                    if (a.size() == 1) {
                        return RuntimeExtras.startsWith(self, nonNullArg(p, m, a, 0));
                    }
                    break;
                case "endsWith":
                    return RuntimeExtras.endsWith(self, nonNullArg(p, m, a, 0));
                case "compareTo":
                    return RuntimeExtras.compare(self, nonNullArg(p, m, a, 0));
                case "contains":
                    if (isClass(trees.getTypeMirror(child(p, m.getArguments().get(0))), "java.lang.String")) {
                        return Ir.geS(RuntimeExtras.indexOf(self, nonNullArg(p, m, a, 0)), i32(0));
                    }
                    break;
                case "indexOf":
                    if (a.size() == 1 && isClass(trees.getTypeMirror(child(p, m.getArguments().get(0))), "java.lang.String")) {
                        return RuntimeExtras.indexOf(self, nonNullArg(p, m, a, 0));
                    }
                    if (a.size() == 1 && a.get(0).type() == Type.I32) {
                        return RuntimeExtras.indexOfChar(self, a.get(0));
                    }
                    break;
                default:
                    break;
            }
            throw unsupported(p, "String." + name + "()");
        }

        /** Argument {@code i}, checked not to be null (the JDK or SDK method would dereference it). */
        private Expr nonNullArg(TreePath p, MethodInvocationTree m, List<Expr> a, int i) {
            return Runtime.nonNull(a.get(i), loc(child(p, m.getArguments().get(i))));
        }

        private Expr promiseOrTextCall(TreePath p, String owner, String name, TreePath receiverPath, List<Expr> a, MethodInvocationTree m) {
            switch (owner) {
                case SDK + "Promise":
                    return promiseCall(p, name, receiverPath, a, m);
                case SDK + "PromiseResult":
                    switch (name) {
                        case "isSuccessful":
                            return load32(receiver(receiverPath), 0);
                        case "json":
                            return RuntimeExtras.utf8(load32(receiver(receiverPath), 4));
                        case "value":
                            return RuntimeExtras.bytesToArray(load32(receiver(receiverPath), 4));
                        default:
                            throw unsupported(p, "PromiseResult." + name + "()");
                    }
                case SDK + "Gas":
                    switch (name) {
                        case "tgas":
                            return RuntimeExtras.gas("tgas", a.get(0));
                        case "ofGas":
                            return RuntimeExtras.gas("of", a.get(0));
                        case "asGas":
                            return load64(receiver(receiverPath), 0);
                        case "add":
                        case "sub":
                            return RuntimeExtras.gas(name, receiver(receiverPath), nonNullArg(p, m, a, 0));
                        case "compareTo":
                            return RuntimeExtras.gas("cmp", receiver(receiverPath), nonNullArg(p, m, a, 0));
                        case "equals":
                            if (isClass(trees.getTypeMirror(child(p, m.getArguments().get(0))), SDK + "Gas")) {
                                return RuntimeExtras.gas("eq", receiver(receiverPath), a.get(0));
                            }
                            break;
                        case "toString":
                            return Runtime.i64ToStr(load64(receiver(receiverPath), 0));
                        default:
                            break;
                    }
                    throw unsupported(p, "Gas." + name + "()");
                default:
                    return builderCall(p, name, receiverPath, a, m);
            }
        }

        /**
         * The SDK's Promise: building records receiver and actions (values captured now), the host
         * calls happen when it is scheduled (Promises).
         */
        private Expr promiseCall(TreePath p, String name, TreePath receiverPath, List<Expr> a, MethodInvocationTree m) {
            switch (name) {
                case "create":
                    return Promises.create(nonNullArg(p, m, a, 0));
                case "result":
                    return Promises.result(a.get(0));
                case "functionCall":
                case "functionCallWeight": {
                    boolean weight = name.equals("functionCallWeight");
                    return Promises.action(receiver(receiverPath), weight ? Promises.FUNCTION_CALL_WEIGHT : Promises.FUNCTION_CALL,
                            nonNullArg(p, m, a, 0), nonNullArg(p, m, a, 1), nonNullArg(p, m, a, 2), load64(nonNullArg(p, m, a, 3), 0),
                            weight ? a.get(4) : i64(0));
                }
                case "transfer":
                    return Promises.action(receiver(receiverPath), Promises.TRANSFER, i32(0), i32(0), nonNullArg(p, m, a, 0), i64(0), i64(0));
                case "createAccount":
                    return Promises.action(receiver(receiverPath), Promises.CREATE_ACCOUNT, i32(0), i32(0), i32(0), i64(0), i64(0));
                case "deployContract":
                    return Promises.action(receiver(receiverPath), Promises.DEPLOY_CONTRACT, RuntimeExtras.arrayToBytes(nonNullArg(p, m, a, 0)),
                            i32(0), i32(0), i64(0), i64(0));
                case "deleteAccount":
                    return Promises.action(receiver(receiverPath), Promises.DELETE_ACCOUNT, nonNullArg(p, m, a, 0), i32(0), i32(0), i64(0), i64(0));
                case "stake":
                case "addFullAccessKey":
                case "addAccessKey":
                case "deleteKey":
                    return keyAction(p, name, receiverPath, a, m);
                case "then":
                    return Promises.then(receiver(receiverPath), nonNullArg(p, m, a, 0));
                case "and":
                    return Promises.and2(receiver(receiverPath), nonNullArg(p, m, a, 0));
                case "schedule":
                    return Promises.schedule(receiver(receiverPath));
                default:
                    throw unsupported(p, "Promise." + name + "()");
            }
        }

        /**
         * stake, addFullAccessKey, addAccessKey, deleteKey: the receiver and the arguments are
         * evaluated in Java's order first, since the action's slots take them in another.
         */
        private Expr keyAction(TreePath p, String name, TreePath receiverPath, List<Expr> args, MethodInvocationTree m) {
            List<Stmt> first = new ArrayList<>();
            Local promise = f.local(Type.I32);
            first.add(new Stmt.SetLocal(promise.index(), receiver(receiverPath)));
            List<Expr> a = new ArrayList<>();
            for (Expr x : args) {
                Local l = f.local(x.type());
                first.add(new Stmt.SetLocal(l.index(), x));
                a.add(l.get());
            }
            Expr action = switch (name) {
                case "stake" -> Promises.action(promise.get(), Promises.STAKE, nonNullArg(p, m, a, 1), i32(0), nonNullArg(p, m, a, 0),
                        i64(0), i64(0));
                case "addFullAccessKey" -> Promises.action(promise.get(), Promises.ADD_FULL_ACCESS_KEY, nonNullArg(p, m, a, 0), i32(0), i32(0),
                        a.get(1), i64(0));
                // a null allowance is unlimited; the method names travel in the weight slot
                case "addAccessKey" -> Promises.action(promise.get(), Promises.ADD_FUNCTION_CALL_KEY, nonNullArg(p, m, a, 0),
                        nonNullArg(p, m, a, 2), a.get(1), a.get(4), Ir.extendU(nonNullArg(p, m, a, 3)));
                default -> Promises.action(promise.get(), Promises.DELETE_KEY, nonNullArg(p, m, a, 0), i32(0), i32(0), i64(0), i64(0));
            };
            return new Expr.Seq(first, action);
        }

        /** The SDK's PublicKey: a byte string of its Borsh bytes (see PublicKeys). */
        private Expr publicKey(TreePath p, String name, TreePath receiverPath, List<Expr> a, MethodInvocationTree m) {
            switch (name) {
                case "parse":
                    return PublicKeys.parse(nonNullArg(p, m, a, 0));
                case "of": {
                    // the key's length is read before the curve's, as the SDK's check reads them
                    Local curve = f.local(Type.I32);
                    Local key = f.local(Type.I32);
                    return new Expr.Seq(List.of(new Stmt.SetLocal(curve.index(), a.get(0)),
                            new Stmt.SetLocal(key.index(), RuntimeExtras.arrayToBytes(nonNullArg(p, m, List.of(curve.get(), a.get(1)), 1)))),
                            PublicKeys.of(Ir.sub(nonNullArg(p, m, List.of(curve.get(), a.get(1)), 0), i32(1)), key.get()));
                }
                case "curve":
                    return add(load8u(receiver(receiverPath), 4), i32(1));
                case "fromBytes":
                    return PublicKeys.fromBytes(RuntimeExtras.arrayToBytes(nonNullArg(p, m, a, 0)));
                case "toBytes":
                    return RuntimeExtras.bytesToArray(receiver(receiverPath));
                case "key":
                    return RuntimeExtras.bytesToArray(PublicKeys.keyBytes(receiver(receiverPath)));
                case "toString":
                    return PublicKeys.toStr(receiver(receiverPath));
                case "equals":
                    if (!isClass(trees.getTypeMirror(child(p, m.getArguments().get(0))), PublicKeys.TYPE)) {
                        throw unsupported(p, "PublicKey.equals with an argument of another type");
                    }
                    return Runtime.strEq(receiver(receiverPath), a.get(0));
                default:
                    throw unsupported(p, "PublicKey." + name + "()");
            }
        }

        /** StringBuilder: a cell holding the string built so far; append concatenates as + does. */
        private Expr builderCall(TreePath p, String name, TreePath receiverPath, List<Expr> a, MethodInvocationTree m) {
            switch (name) {
                case "append": {
                    TypeMirror at = trees.getTypeMirror(child(p, m.getArguments().get(0)));
                    if (!at.getKind().isPrimitive() && !isClass(at, "java.lang.String")) {
                        break;
                    }
                    Local b = f.local(Type.I32);
                    Expr arg = expr(child(p, m.getArguments().get(0)));
                    Local v = f.local(arg.type());
                    List<Stmt> stmts = new ArrayList<>();
                    // The builder, then the argument, then the append reads the builder's text.
                    stmts.add(new Stmt.SetLocal(b.index(), receiver(receiverPath)));
                    stmts.add(new Stmt.SetLocal(v.index(), arg));
                    // A low surrogate after a high one joins it, as rt_str_concat joins them.
                    stmts.add(new Stmt.Store(MemType.I32, b.get(), 0, Runtime.concat(load32(b.get(), 0), toStr(v.get(), at, p))));
                    return new Expr.Seq(stmts, b.get());
                }
                case "toString":
                    return load32(receiver(receiverPath), 0);
                case "length":
                    return Runtime.strLength(load32(receiver(receiverPath), 0));
                default:
                    break;
            }
            throw unsupported(p, "StringBuilder." + name + "()");
        }

        /** A StringBuilder's or a Gas's text in a concatenation ("null" for null, as Java). */
        private Expr builderOrGasText(ValueKind k, Expr v) {
            Local x = f.local(Type.I32);
            Expr text = k == ValueKind.BUILDER ? load32(x.get(), 0) : Runtime.i64ToStr(load64(x.get(), 0));
            return new Expr.Seq(List.of(new Stmt.SetLocal(x.index(), v)), ifElse(eqz(x.get()), str("null"), text));
        }

        /** {@code new StringBuilder()} and {@code new StringBuilder(String)}. */
        private Expr newBuilder(TreePath p, NewClassTree n) {
            Local b = f.local(Type.I32);
            Expr init = str("");
            if (!n.getArguments().isEmpty()) {
                TreePath arg = child(p, n.getArguments().get(0));
                if (!isClass(trees.getTypeMirror(arg), "java.lang.String")) {
                    throw unsupported(p, "new StringBuilder(" + trees.getTypeMirror(arg) + ")");
                }
                init = Runtime.nonNull(expr(arg), loc(arg));
            }
            return new Expr.Seq(List.of(new Stmt.SetLocal(b.index(), Runtime.alloc(i32(8))), new Stmt.Store(MemType.I32, b.get(), 0, init)), b.get());
        }

        private Expr u128(TreePath p, String name, TreePath receiverPath, List<Expr> a) {
            switch (name) {
                case "parse": {
                    Local text = f.local(Type.I32);
                    return new Expr.Seq(List.of(new Stmt.SetLocal(text.index(), a.get(0))),
                            Runtime.u128Parse(text.get(), Runtime.concat(str("Invalid U128: "), text.get())));
                }
                case "ofNear":
                    if (a.get(0).type() == Type.I64) {
                        byte[] yocto = new byte[16];
                        byte[] be = java.math.BigInteger.TEN.pow(24).toByteArray();
                        for (int i = 0; i < be.length && i < 16; i++) {
                            yocto[i] = be[be.length - 1 - i];
                        }
                        return Runtime.u128Op("mul", Runtime.u128OfI64(a.get(0)), new Expr.Data(yocto));
                    }
                    return RuntimeExtras.ofNear(Runtime.nonNull(a.get(0), loc(p)));
                case "of":
                    return Runtime.u128OfI64(a.get(0));
                case "add":
                case "sub":
                case "mul":
                case "div":
                case "rem":
                    return Runtime.u128Op(name, receiver(receiverPath), Runtime.nonNull(a.get(0), loc(p)));
                case "compareTo":
                    return Runtime.u128Op("cmp", receiver(receiverPath), Runtime.nonNull(a.get(0), loc(p)));
                case "min":
                case "max": {
                    // As the SDK: compareTo(other) <= 0 ? this : other (>= 0 for max).
                    Local x = f.local(Type.I32);
                    Local y = f.local(Type.I32);
                    Expr cmp = Runtime.u128Op("cmp", x.get(), y.get());
                    return new Expr.Seq(List.of(new Stmt.SetLocal(x.index(), receiver(receiverPath)),
                                    new Stmt.SetLocal(y.index(), Runtime.nonNull(a.get(0), loc(p)))),
                            ifElse(name.equals("min") ? Ir.leS(cmp, i32(0)) : Ir.geS(cmp, i32(0)), x.get(), y.get()));
                }
                case "equals": {
                    // As the SDK (and Java): false for null or for another class, so U64.equals(U128)
                    // is false even though both are 16-byte cells here.
                    TreePath argPath = child(p, ((MethodInvocationTree) p.getLeaf()).getArguments().get(0));
                    TypeMirror argType = trees.getTypeMirror(argPath);
                    TypeMirror self = trees.getTypeMirror(receiverPath);
                    Local x = f.local(Type.I32);
                    Local y = f.local(Type.I32);
                    List<Stmt> setup = List.of(new Stmt.SetLocal(x.index(), receiver(receiverPath)),
                            new Stmt.SetLocal(y.index(), a.get(0)));
                    if (argType.getKind() == TypeKind.NULL) {
                        return new Expr.Seq(setup, i32(0));
                    }
                    if (!frontend.types().isSameType(frontend.types().erasure(argType), frontend.types().erasure(self))) {
                        throw unsupported(p, name + "() with an argument of another type than " + self);
                    }
                    return new Expr.Seq(setup, ifElse(eqz(y.get()), i32(0), eqz(Runtime.u128Op("cmp", x.get(), y.get()))));
                }
                case "isZero": {
                    Local v = f.local(Type.I32);
                    return new Expr.Seq(List.of(new Stmt.SetLocal(v.index(), receiver(receiverPath))),
                            eqz(or(load64(v.get(), 0), load64(v.get(), 8))));
                }
                case "toString":
                    return Runtime.u128ToStr(receiver(receiverPath));
                case "toLongExact":
                    return Bytes.u128ToLongExact(receiver(receiverPath));
                case "toLittleEndian":
                    return Bytes.u128ToLittleEndian(receiver(receiverPath));
                case "fromLittleEndian":
                    return Bytes.u128FromLittleEndian(Runtime.nonNull(a.get(0), loc(p)));
                default:
                    throw unsupported(p, "U128." + name + "()");
            }
        }

        /** The SDK's U64 (held as a U128 below 2^64, see U64s). */
        private Expr u64(TreePath p, String name, TreePath receiverPath, List<Expr> a) {
            switch (name) {
                case "parse": {
                    Local text = f.local(Type.I32);
                    return new Expr.Seq(List.of(new Stmt.SetLocal(text.index(), a.get(0))),
                            U64s.parse(text.get(), Runtime.concat(str("Invalid U64: "), text.get())));
                }
                case "of":
                    return Runtime.u128OfI64(a.get(0));
                case "fromBits":
                    return U64s.ofBits(a.get(0));
                case "bits":
                    return U64s.bits(receiver(receiverPath));
                case "toLongExact":
                    return Bytes.u128ToLongExact(receiver(receiverPath));
                case "add":
                case "sub":
                case "mul":
                case "div":
                case "rem":
                    return U64s.op(name, receiver(receiverPath), Runtime.nonNull(a.get(0), loc(p)));
                case "compareTo":
                    return Runtime.u128Op("cmp", receiver(receiverPath), Runtime.nonNull(a.get(0), loc(p)));
                case "equals":
                case "toString":
                    return u128(p, name, receiverPath, a);
                default:
                    throw unsupported(p, "U64." + name + "()");
            }
        }

        /** The SDK's Timestamp: nanoseconds held as a U128 below 2^63 (see U64s), with the SDK's checks and panics. */
        private Expr timestamp(TreePath p, String name, TreePath receiverPath, List<Expr> a) {
            switch (name) {
                case "ofNanos":
                    return U64s.timestampOfNanos(a.get(0));
                case "ofSeconds":
                    return U64s.timestampOfNanos(U64s.secondsToNanos(a.get(0)));
                case "nanos":
                    return U64s.bits(receiver(receiverPath));
                case "seconds":
                    return Ir.divS(U64s.bits(receiver(receiverPath)), i64(1_000_000_000L));
                case "plusNanos":
                    return U64s.timestampPlus(receiver(receiverPath), a.get(0));
                case "plusSeconds":
                    return U64s.timestampPlus(receiver(receiverPath), U64s.secondsToNanos(a.get(0)));
                case "isBefore":
                case "isAfter": {
                    Expr c = Runtime.u128Op("cmp", receiver(receiverPath), Runtime.nonNull(a.get(0), loc(p)));
                    return name.equals("isBefore") ? Ir.ltS(c, i32(0)) : Ir.gtS(c, i32(0));
                }
                case "compareTo":
                    return Runtime.u128Op("cmp", receiver(receiverPath), Runtime.nonNull(a.get(0), loc(p)));
                case "equals":
                case "toString":
                    return u128(p, name, receiverPath, a);
                default:
                    throw unsupported(p, "Timestamp." + name + "()");
            }
        }

        /** LookupMap: entries under prefix + borsh(key), values in Borsh, as near-sdk-rs's LookupMap. */
        private Expr lookupMap(TreePath p, String name, TreePath receiverPath, List<Expr> a, MethodInvocationTree m) {
            DeclaredType mapType = (DeclaredType) trees.getTypeMirror(receiverPath);
            TypeMirror keyType = mapType.getTypeArguments().get(0);
            TypeMirror valueType = mapType.getTypeArguments().get(1);
            ValueKind keyKind = kind(keyType, p);
            ValueKind valueKind = kind(valueType, p);
            // A collection value is stored as its Borsh (prefix, and length where it has one), as
            // near-sdk-rs stores a nested collection: put it back after changing its length.
            if (keyKind == ValueKind.COLLECTION || keyKind == ValueKind.CONTRACT || keyKind == ValueKind.VECTOR
                    || valueKind == ValueKind.CONTRACT) {
                throw unsupported(p, "a LookupMap of these types");
            }
            Local key = f.local(Type.I32);
            List<Stmt> stmts = storageKey(key, expr(receiverPath), a.get(0), keyType, p);
            Expr keyLen = extendU(load32(key.get(), 0));
            Expr keyPtr = extendU(add(key.get(), i32(4)));
            switch (name) {
                case "containsKey":
                    return new Expr.Seq(stmts, ne(host("storage_has_key", keyLen, keyPtr), i64(0)));
                case "get":
                case "remove": {
                    String h = name.equals("get") ? "storage_read" : "storage_remove";
                    return new Expr.Seq(stmts, ifElse(eqz(wrap(host(h, keyLen, keyPtr, i64(0)))), zero(valueKind), readValue(valueType, p)));
                }
                case "getOrDefault": {
                    // The default is evaluated (after the key) whether or not the key has a value.
                    Local dflt = f.local(valueKind.type);
                    stmts.add(new Stmt.SetLocal(dflt.index(), a.get(1)));
                    return new Expr.Seq(stmts, ifElse(eqz(wrap(host("storage_read", keyLen, keyPtr, i64(0)))), dflt.get(), readValue(valueType, p)));
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
                        f.eval(borshWrite(valueType, value.get(), p));
                        f.set(bytes, Runtime.bufEnd());
                        f.set(evicted, host("storage_write", keyLen, keyPtr, extendU(load32(bytes.get(), 0)), extendU(add(bytes.get(), i32(4))), i64(0)));
                    }));
                    if (name.equals("set")) {
                        return new Expr.Seq(stmts, noValue());
                    }
                    // The evicted value is in register 0.
                    return new Expr.Seq(stmts, ifElse(eqz(wrap(evicted.get())), zero(valueKind), readValue(valueType, p)));
                }
                default:
                    throw unsupported(p, "LookupMap." + name + "()");
            }
        }

        /**
         * Sets {@code key} to the storage key {@code prefix + borsh(k)} ({@code [u32 len][bytes]}), as
         * near-sdk-rs's LookupMap and LookupSet lay out their entries; returns a mutable list of the
         * statements, for the caller to add to.
         */
        private List<Stmt> storageKey(Local key, Expr prefix, Expr k, TypeMirror keyType, TreePath p) {
            return new ArrayList<>(f.capture(() -> {
                Local prefixLocal = f.local(Type.I32);
                f.set(prefixLocal, prefix);
                Local keyValue = f.local(k.type());
                f.set(keyValue, k);
                f.eval(Runtime.bufBegin());
                f.eval(Runtime.buf("bytes", prefixLocal.get()));
                f.eval(borshWrite(keyType, keyValue.get(), p));
                f.set(key, Runtime.bufEnd());
            }));
        }

        /** LookupSet: each element as the key prefix + borsh(element) with an empty value, as the SDK. */
        private Expr lookupSet(TreePath p, String name, TreePath receiverPath, List<Expr> a) {
            TypeMirror elemType = typeArg(trees.getTypeMirror(receiverPath), 0);
            ValueKind elemKind = kind(elemType, p);
            if (elemKind == ValueKind.COLLECTION || elemKind == ValueKind.CONTRACT || elemKind == ValueKind.VECTOR) {
                throw unsupported(p, "a LookupSet of these types");
            }
            if (!name.equals("contains") && !name.equals("insert") && !name.equals("remove")) {
                throw unsupported(p, "LookupSet." + name + "()");
            }
            Local key = f.local(Type.I32);
            List<Stmt> stmts = storageKey(key, expr(receiverPath), a.get(0), elemType, p);
            Expr keyLen = extendU(load32(key.get(), 0));
            Expr keyPtr = extendU(add(key.get(), i32(4)));
            switch (name) {
                case "contains":
                    return new Expr.Seq(stmts, ne(host("storage_has_key", keyLen, keyPtr), i64(0)));
                case "insert":
                    return new Expr.Seq(stmts, eqz(wrap(host("storage_write", keyLen, keyPtr, i64(0), keyPtr, i64(0)))));
                default:
                    return new Expr.Seq(stmts, ne(host("storage_remove", keyLen, keyPtr, i64(0)), i64(0)));
            }
        }

        private Expr zero(ValueKind k) {
            return k.type == Type.I64 ? i64(0) : i32(0);
        }

        /** A Borsh value from register 0. */
        private Expr readValue(TypeMirror t, TreePath p) {
            Local v = f.local(kind(t, p).type);
            List<Stmt> stmts = f.capture(() -> {
                f.eval(Runtime.rdBegin(Runtime.registerBytes(i64(0))));
                f.set(v, borshRead(t, p));
                f.eval(Runtime.rdFinish());
            });
            return new Expr.Seq(stmts, v.get());
        }

        private Expr nonNullAt(TreePath p) {
            if (p.getLeaf() instanceof IdentifierTree id && id.getName().contentEquals("this")) {
                return self.get();
            }
            return Runtime.nonNull(expr(p), loc(p));
        }

        /** {@code new T[n]} (zeroed) or {@code new T[] {a, b}} / {@code {a, b}}. */
        private Expr newArray(TreePath p, NewArrayTree n, TypeMirror type) {
            TypeMirror e = component(type);
            Local a = f.local(Type.I32);
            List<Stmt> stmts = f.capture(() -> {
                if (n.getInitializers() == null && n.getDimensions().size() > 1) {
                    // new T[a][b]...: Java evaluates every dimension and checks none is negative
                    // before it allocates anything; then each level holds arrays of the next.
                    List<Local> dims = new ArrayList<>();
                    for (ExpressionTree d : n.getDimensions()) {
                        Local l = f.local(Type.I32);
                        f.set(l, exprAs(child(p, d), frontend.types().getPrimitiveType(TypeKind.INT)));
                        dims.add(l);
                    }
                    for (Local d : dims) {
                        f.if_(Ir.ltS(d.get(), i32(0)), () -> f.eval(Runtime.arrayNew(d.get(), 4)));
                    }
                    f.set(a, multiArray(dims, 0, type));
                    return;
                }
                if (n.getInitializers() == null) {
                    f.set(a, Runtime.arrayNew(expr(child(p, n.getDimensions().get(0))), width(e)));
                    return;
                }
                f.set(a, Runtime.arrayNew(i32(n.getInitializers().size()), width(e)));
                for (int i = 0; i < n.getInitializers().size(); i++) {
                    Expr v = exprAs(child(p, n.getInitializers().get(i)), e);
                    f.store(memType(v.type()), a.get(), 8 + i * width(e), v);
                }
            });
            return new Expr.Seq(stmts, a.get());
        }

        /** A new array of {@code dims[level]} elements of {@code type}'s component, each (below the last dimension) a new array of the next. */
        private Expr multiArray(List<Local> dims, int level, TypeMirror type) {
            TypeMirror e = component(type);
            Local arr = f.local(Type.I32);
            Local i = f.local(Type.I32);
            List<Stmt> stmts = f.capture(() -> {
                f.set(arr, Runtime.arrayNew(dims.get(level).get(), width(e)));
                if (level + 1 < dims.size()) {
                    f.set(i, i32(0));
                    f.block(brk -> f.loop(top -> {
                        f.brIf(brk, Ir.geS(i.get(), dims.get(level).get()));
                        f.store32(add(arr.get(), Ir.mul(i.get(), i32(4))), 8, multiArray(dims, level + 1, e));
                        f.set(i, add(i.get(), i32(1)));
                        f.br(top);
                    }));
                }
            });
            return new Expr.Seq(stmts, arr.get());
        }

        /**
         * A collection made of two others under its String prefix: {@code [len][prefix + first]
         * [prefix + second]}, the length 0.
         */
        private Expr twoPartCollection(TreePath p, NewClassTree n, String what, String first, String second) {
            TreePath arg = child(p, n.getArguments().get(0));
            if (!isClass(trees.getTypeMirror(arg), "java.lang.String")) {
                throw unsupported(p, what + " that is not a String");
            }
            Local v = f.local(Type.I32);
            Local pre = f.local(Type.I32);
            return new Expr.Seq(List.of(new Stmt.SetLocal(pre.index(), Runtime.utf8Out(expr(arg))),
                    new Stmt.SetLocal(v.index(), Runtime.alloc(i32(12))),
                    new Stmt.Store(MemType.I32, v.get(), 4, Runtime.concat(pre.get(), str(first))),
                    new Stmt.Store(MemType.I32, v.get(), 8, Runtime.concat(pre.get(), str(second)))), v.get());
        }

        /** Whether an enum method is the language's rather than the contract's. */
        private boolean enumBuiltin(String name) {
            return name.equals("values") || name.equals("valueOf");
        }

        private Expr enumMethod(TreePath p, String name, TreePath receiverPath, List<Expr> a, TypeElement e) {
            switch (name) {
                case "name":
                case "toString":
                    return enumName(e.asType(), receiver(receiverPath));
                case "ordinal":
                    return Ir.sub(receiver(receiverPath), i32(1));
                case "equals":
                    return eq(receiver(receiverPath), a.get(0));
                case "values": {
                    int count = enumConstants(e).size();
                    Local arr = f.local(Type.I32);
                    List<Stmt> stmts = new ArrayList<>();
                    stmts.add(new Stmt.SetLocal(arr.index(), Runtime.arrayNew(i32(count), 4)));
                    for (int i = 0; i < count; i++) {
                        stmts.add(new Stmt.Store(MemType.I32, arr.get(), 8 + 4 * i, i32(i + 1)));
                    }
                    return new Expr.Seq(stmts, arr.get());
                }
                default:
                    throw unsupported(p, e.getSimpleName() + "." + name + "()");
            }
        }

        /** A record's equals: component by component, as the implicit equals compares them. */
        private Expr recordEquals(TreePath p, TreePath receiverPath, Expr other, TypeElement r, MethodInvocationTree m) {
            TypeMirror argType = trees.getTypeMirror(child(p, m.getArguments().get(0)));
            if (!frontend.types().isSameType(argType, r.asType())) {
                throw unsupported(p, "equals between a record and another type");
            }
            return Ir.call(recordEqualsFunction(r, p), Type.I32, receiver(receiverPath), other);
        }

        private Expr boxMethod(TreePath p, String name, TreePath receiverPath, List<Expr> a, MethodInvocationTree m, ExecutableElement method) {
            switch (name) {
                case "valueOf":
                    if (method.getParameters().get(0).asType().getKind().isPrimitive()) {
                        return Runtime.box(a.get(0));
                    }
                    break;
                case "intValue":
                case "longValue":
                case "booleanValue": {
                    TypeMirror box = trees.getTypeMirror(receiverPath);
                    Expr v = unbox(expr(receiverPath), box, receiverPath);
                    if (name.equals("longValue")) {
                        return promote(v, Type.I64);
                    }
                    return name.equals("intValue") && v.type() == Type.I64 ? wrap(v) : v;
                }
                case "equals": {
                    TypeMirror box = trees.getTypeMirror(receiverPath);
                    TypeMirror argType = trees.getTypeMirror(child(p, m.getArguments().get(0)));
                    if (!frontend.types().isSameType(box, argType)) {
                        break;
                    }
                    Local o = f.local(Type.I32);
                    Expr mine = unbox(expr(receiverPath), box, receiverPath);
                    Type t = mine.type();
                    return new Expr.Seq(List.of(new Stmt.SetLocal(o.index(), a.get(0))),
                            ifElse(eqz(o.get()), i32(0), eq(mine, new Expr.Load(memType(t), o.get(), 0))));
                }
                default:
                    break;
            }
            throw unsupported(p, ((TypeElement) method.getEnclosingElement()).getSimpleName() + "." + name + "()");
        }

        /** java.util.List / ArrayList: elements in i32 slots (references; primitives are boxed). */
        private Expr list(TreePath p, String name, TreePath receiverPath, List<Expr> a, MethodInvocationTree m) {
            switch (name) {
                case "of": {
                    Local l = f.local(Type.I32);
                    List<Stmt> stmts = new ArrayList<>();
                    stmts.add(new Stmt.SetLocal(l.index(), Runtime.listNew(i32(a.size()))));
                    for (int i = 0; i < a.size(); i++) {
                        // List.of rejects nulls with a NullPointerException.
                        stmts.add(new Stmt.Eval(Runtime.listAdd(l.get(), Runtime.nonNull(a.get(i), loc(child(p, m.getArguments().get(i)))))));
                    }
                    stmts.add(new Stmt.Store(MemType.I32, l.get(), 12, i32(1)));
                    return new Expr.Seq(stmts, l.get());
                }
                case "size":
                    return load32(receiver(receiverPath), 0);
                case "isEmpty":
                    return eqz(load32(receiver(receiverPath), 0));
                case "get":
                    return Runtime.listGet(receiver(receiverPath), a.get(0), loc(p));
                case "add":
                    if (a.size() == 1) {
                        return new Expr.Seq(List.of(new Stmt.Eval(Runtime.listAdd(receiver(receiverPath), a.get(0)))), i32(1));
                    }
                    break;
                case "set":
                    return Ir.call("rt_list_set", Type.I32, receiver(receiverPath), a.get(0), a.get(1), loc(p));
                case "contains":
                case "equals": {
                    TypeMirror listType = trees.getTypeMirror(receiverPath);
                    TypeMirror e = typeArg(listType, 0);
                    TreePath argPath = child(p, m.getArguments().get(0));
                    TypeMirror argType = trees.getTypeMirror(argPath);
                    javax.lang.model.util.Types types = frontend.types();
                    if (name.equals("equals")) {
                        if (kindOrNull(argType) != ValueKind.LIST || !types.isSameType(types.erasure(typeArg(argType, 0)), types.erasure(e))) {
                            throw unsupported(argPath, "List.equals with an argument of type " + argType);
                        }
                        Local other = f.local(Type.I32);
                        Local self = f.local(Type.I32);
                        return new Expr.Seq(List.of(new Stmt.SetLocal(self.index(), receiver(receiverPath)), new Stmt.SetLocal(other.index(), a.get(0))),
                                Ir.and(ne(other.get(), i32(0)), Ir.call(listEqualsFunction(listType, p), Type.I32, self.get(), other.get())));
                    }
                    TypeMirror boxedArg = argType.getKind().isPrimitive() ? types.boxedClass((javax.lang.model.type.PrimitiveType) argType).asType() : argType;
                    if (argType.getKind() != TypeKind.NULL && !types.isSameType(types.erasure(boxedArg), types.erasure(e))) {
                        throw unsupported(argPath, "List.contains with an argument of type " + argType + " in a List<" + e + ">");
                    }
                    String fn = "list_contains_" + key(listType);
                    codec(fn, List.of(Type.I32, Type.I32), Type.I32, g -> {
                        Local l = g.param(0);
                        Local i = g.local(Type.I32);
                        g.block(brk -> g.loop(top -> {
                            g.brIf(brk, Ir.geU(i.get(), load32(l.get(), 0)));
                            Expr x = listElement(l.get(), i.get());
                            g.if_(valueEquals(e, g.param(1).get(), x, p), () -> g.ret(i32(1)));
                            g.set(i, add(i.get(), i32(1)));
                            g.br(top);
                        }));
                        g.ret(i32(0));
                    });
                    return Ir.call(fn, Type.I32, receiver(receiverPath), a.get(0));
                }
                default:
                    break;
            }
            throw unsupported(p, "List." + name + "()");
        }

        /**
         * The SDK's Vector: element i under {@code prefix + u32_le(i)}, Borsh; the vector object
         * {@code [len][prefix]} is written back with the state.
         */
        private Expr vector(TreePath p, String name, TreePath receiverPath, List<Expr> a) {
            TypeMirror e = typeArg(trees.getTypeMirror(receiverPath), 0);
            Local v = f.local(Type.I32);
            List<Stmt> stmts = new ArrayList<>(List.of(new Stmt.SetLocal(v.index(), receiver(receiverPath))));
            Expr len = load32(v.get(), 0);
            switch (name) {
                case "size":
                    return new Expr.Seq(stmts, len);
                case "isEmpty":
                    return new Expr.Seq(stmts, eqz(len));
                case "get":
                    return new Expr.Seq(stmts, Ir.call(vectorGet(e, p), Type.I32, v.get(), a.get(0)));
                case "push": {
                    Local x = f.local(Type.I32);
                    stmts.add(new Stmt.SetLocal(x.index(), a.get(0)));
                    stmts.addAll(f.capture(() -> {
                        Local bytes = f.local(Type.I32);
                        Local key = f.local(Type.I32);
                        f.if_(eq(load32(v.get(), 0), i32(Integer.MAX_VALUE)), () -> f.eval(Runtime.panic(str("integer overflow"))));
                        f.set(key, Runtime.vectorKey(load32(v.get(), 4), load32(v.get(), 0)));
                        f.eval(Runtime.bufBegin());
                        f.eval(borshWrite(e, x.get(), p));
                        f.set(bytes, Runtime.bufEnd());
                        f.eval(storageWrite(key.get(), bytes.get()));
                        f.store32(v.get(), 0, add(load32(v.get(), 0), i32(1)));
                    }));
                    return new Expr.Seq(stmts, noValue());
                }
                case "pop":
                case "swapRemove":
                case "clear":
                    return new Expr.Seq(stmts, vectorRemove(name, e, p, v.get(), a));
                case "set": {
                    // The SDK encodes the new element, then reads the old one (index check), then writes.
                    Local i = f.local(Type.I32);
                    Local x = f.local(Type.I32);
                    Local old = f.local(Type.I32);
                    stmts.add(new Stmt.SetLocal(i.index(), a.get(0)));
                    stmts.add(new Stmt.SetLocal(x.index(), a.get(1)));
                    String get = vectorGet(e, p);
                    stmts.addAll(f.capture(() -> {
                        Local bytes = f.local(Type.I32);
                        f.eval(Runtime.bufBegin());
                        f.eval(borshWrite(e, x.get(), p));
                        f.set(bytes, Runtime.bufEnd());
                        f.set(old, Ir.call(get, Type.I32, v.get(), i.get()));
                        f.eval(storageWrite(Runtime.vectorKey(load32(v.get(), 4), i.get()), bytes.get()));
                    }));
                    return new Expr.Seq(stmts, old.get());
                }
                case "toList":
                    return new Expr.Seq(stmts, Ir.call(vectorToList(e, p), Type.I32, v.get(),
                            a.isEmpty() ? i32(0) : a.get(0), a.isEmpty() ? i32(Integer.MAX_VALUE) : a.get(1)));
                default:
                    throw unsupported(p, "Vector." + name + "()");
            }
        }

        /** pop, swapRemove and clear, in the SDK's order of storage operations. */
        private Expr vectorRemove(String op, TypeMirror e, TreePath p, Expr vec, List<Expr> a) {
            String get = vectorGet(e, p);
            String name = "vec_" + op + "_" + key(e);
            codec(name, List.of(Type.I32, Type.I32), op.equals("clear") ? null : Type.I32, g -> {
                Local v = g.param(0);
                Local i = g.param(1);
                Local last = g.local(Type.I32);
                Local out = g.local(Type.I32);
                Local key = g.local(Type.I32);
                Expr len = load32(v.get(), 0);
                Expr prefix = load32(v.get(), 4);
                if (op.equals("clear")) {
                    g.block(done -> g.loop(top -> {
                        g.brIf(done, Ir.geU(i.get(), load32(v.get(), 0)));
                        g.set(key, Runtime.vectorKey(load32(v.get(), 4), i.get()));
                        g.eval(host("storage_remove", extendU(load32(key.get(), 0)), extendU(add(key.get(), i32(4))), i64(0)));
                        g.set(i, add(i.get(), i32(1)));
                        g.br(top);
                    }));
                    g.store32(v.get(), 0, i32(0));
                    return;
                }
                if (op.equals("pop")) {
                    g.if_(eqz(len), () -> g.ret(i32(0)));
                    g.set(i, Ir.sub(len, i32(1)));
                }
                g.set(out, Ir.call(get, Type.I32, v.get(), i.get()));
                g.set(last, Ir.sub(len, i32(1)));
                g.if_(ne(i.get(), last.get()), () -> {
                    // swapRemove: the last element's bytes move into the hole.
                    g.set(key, Runtime.vectorKey(prefix, last.get()));
                    g.if_(eqz(wrap(host("storage_read", extendU(load32(key.get(), 0)), extendU(add(key.get(), i32(4))), i64(0)))),
                            () -> g.eval(Runtime.panic(str("The collection is an inconsistent state. Did previous smart contract execution terminate unexpectedly?"))));
                    g.eval(storageWrite(Runtime.vectorKey(prefix, i.get()), Runtime.registerBytes(i64(0))));
                });
                g.set(key, Runtime.vectorKey(prefix, last.get()));
                g.eval(host("storage_remove", extendU(load32(key.get(), 0)), extendU(add(key.get(), i32(4))), i64(0)));
                g.store32(v.get(), 0, last.get());
                g.ret(out.get());
            });
            Expr index = op.equals("swapRemove") ? a.get(0) : i32(0);
            return Ir.call(name, op.equals("clear") ? null : Type.I32, vec, index);
        }

        private Expr storageWrite(Expr key, Expr bytes) {
            return host("storage_write", extendU(load32(key, 0)), extendU(add(key, i32(4))), extendU(load32(bytes, 0)), extendU(add(bytes, i32(4))), i64(0));
        }

        /**
         * IterableSet and IterableMap, as the SDK's: {@code [len][prefix+"v"][prefix+"m"]}, the
         * first two a Vector of the elements (keys); sha256(prefix+"m"+borsh(x)) holds the
         * element's index as u32 (a map: borsh(value) + u32 index). Removal swaps the last in.
         */
        private Expr iterable(TreePath p, String name, TreePath receiverPath, List<Expr> a) {
            TypeMirror t = trees.getTypeMirror(receiverPath);
            boolean map = isClass(t, SDK + "IterableMap");
            String what = map ? "IterableMap" : "IterableSet";
            TypeMirror e = typeArg(t, 0);
            TypeMirror val = map ? typeArg(t, 1) : null;
            for (TypeMirror x : map ? List.of(e, val) : List.of(e)) {
                ValueKind k = kind(x, p);
                boolean nestedValue = x == val && (k == ValueKind.COLLECTION || k == ValueKind.VECTOR);
                if (!nestedValue && (k == ValueKind.COLLECTION || k == ValueKind.CONTRACT || k == ValueKind.VECTOR)) {
                    throw unsupported(p, "an " + what + " of these types");
                }
            }
            Local v = f.local(Type.I32);
            List<Stmt> stmts = new ArrayList<>(List.of(new Stmt.SetLocal(v.index(), receiver(receiverPath))));
            List<Expr> args = new ArrayList<>(List.of(v.get()));
            for (Expr x : a) {
                Local l = f.local(x.type());
                stmts.add(new Stmt.SetLocal(l.index(), x));
                args.add(l.get());
            }
            Expr len = load32(v.get(), 0);
            String fn;
            switch (name + "/" + a.size()) {
                case "size/0":
                    return new Expr.Seq(stmts, len);
                case "isEmpty/0":
                    return new Expr.Seq(stmts, eqz(len));
                case "toList/0":
                case "keys/0":
                    return new Expr.Seq(stmts, Ir.call(vectorToList(e, p), Type.I32, v.get(), i32(0), i32(Integer.MAX_VALUE)));
                case "toList/2":
                case "keys/2":
                    if (name.equals("toList") == map) {
                        throw unsupported(p, what + "." + name + "()");
                    }
                    return new Expr.Seq(stmts, Ir.call(vectorToList(e, p), Type.I32, v.get(), args.get(1), args.get(2)));
                case "contains/1":
                case "containsKey/1":
                    if (name.equals("contains") == map) {
                        throw unsupported(p, what + "." + name + "()");
                    }
                    return new Expr.Seq(stmts, ne(withKey(e, p, v.get(), args.get(1), k -> host("storage_has_key", keyLen(k), keyPtr(k))), i64(0)));
                default:
                    fn = iterableOp(map, name + "/" + a.size(), e, val, p);
                    if (fn == null) {
                        throw unsupported(p, what + "." + name + "()");
                    }
            }
            return new Expr.Seq(stmts, Ir.call(fn, name.equals("clear") ? null : Type.I32, args.toArray(Expr[]::new)));
        }

        private Expr keyLen(Expr k) {
            return extendU(load32(k, 0));
        }

        private Expr keyPtr(Expr k) {
            return extendU(add(k, i32(4)));
        }

        /** iter_key_T(obj, x): sha256(obj's "m" prefix + borsh(x)) as a byte string. */
        private String iterKey(TypeMirror e, TreePath p) {
            String name = "iter_key_" + key(e);
            codec(name, List.of(Type.I32, Type.I32), Type.I32, g -> {
                Local b = g.local(Type.I32);
                g.eval(Runtime.bufBegin());
                g.eval(Runtime.buf("bytes", load32(g.param(0).get(), 8)));
                g.eval(borshWrite(e, g.param(1).get(), p));
                g.set(b, Runtime.bufEnd());
                g.eval(host("sha256", keyLen(b.get()), keyPtr(b.get()), i64(0)));
                g.ret(Runtime.registerBytes(i64(0)));
            });
            return name;
        }

        private Expr withKey(TypeMirror e, TreePath p, Expr obj, Expr x, java.util.function.Function<Expr, Expr> use) {
            Local k = f.local(Type.I32);
            return new Expr.Seq(List.of(new Stmt.SetLocal(k.index(), Ir.call(iterKey(e, p), Type.I32, obj, x))), use.apply(k.get()));
        }

        /** The IterableSet/IterableMap operation as a generated function (obj, args...), or null. */
        private String iterableOp(boolean map, String op, TypeMirror e, TypeMirror val, TreePath p) {
            String key = iterKey(e, p);
            String get = vectorGet(e, p);
            String name = (map ? "imap_" : "iset_") + op.replace('/', '_') + "_" + key(e) + (map ? "_" + key(val) : "");
            String inconsistent = "The collection is an inconsistent state. Did previous smart contract execution terminate unexpectedly?";
            switch (op) {
                case "insert/1":
                    if (map) {
                        return null;
                    }
                    codec(name, List.of(Type.I32, Type.I32), Type.I32, g -> {
                        Local v = g.param(0);
                        Local x = g.param(1);
                        Local k = g.local(Type.I32);
                        g.set(k, Ir.call(key, Type.I32, v.get(), x.get()));
                        g.if_(ne(host("storage_has_key", keyLen(k.get()), keyPtr(k.get())), i64(0)), () -> g.ret(i32(0)));
                        pushInto(g, v, x, e, p);
                        g.eval(storageWrite(k.get(), u32Of(g, Ir.sub(load32(v.get(), 0), i32(1)))));
                        g.ret(i32(1));
                    });
                    return name;
                case "remove/1":
                    codec(name, List.of(Type.I32, Type.I32), Type.I32, g -> {
                        Local v = g.param(0);
                        Local k = g.local(Type.I32);
                        Local raw = g.local(Type.I32);
                        Local index = g.local(Type.I32);
                        Local last = g.local(Type.I32);
                        Local prev = g.local(Type.I32);
                        Local mk = g.local(Type.I32);
                        g.set(k, Ir.call(key, Type.I32, v.get(), g.param(1).get()));
                        g.if_(eqz(wrap(host("storage_read", keyLen(k.get()), keyPtr(k.get()), i64(0)))), () -> g.ret(i32(0)));
                        g.set(raw, Runtime.registerBytes(i64(0)));
                        if (map) {
                            g.eval(Runtime.rdBegin(raw.get()));
                            g.set(prev, borshRead(val, p));
                        } else {
                            g.set(prev, i32(1));
                        }
                        g.set(index, load32(add(raw.get(), load32(raw.get(), 0)), 0));
                        g.eval(host("storage_remove", keyLen(k.get()), keyPtr(k.get()), i64(0)));
                        g.set(last, Ir.sub(load32(v.get(), 0), i32(1)));
                        g.eval(Ir.call(swapRemove(e, p), Type.I32, v.get(), index.get()));
                        g.if_(ne(index.get(), last.get()), () -> {
                            g.set(mk, Ir.call(key, Type.I32, v.get(), Ir.call(get, Type.I32, v.get(), index.get())));
                            if (map) {
                                g.eval(host("storage_read", keyLen(mk.get()), keyPtr(mk.get()), i64(0)));
                                g.set(raw, Runtime.registerBytes(i64(0)));
                                g.store32(add(raw.get(), load32(raw.get(), 0)), 0, index.get());
                                g.eval(storageWrite(mk.get(), raw.get()));
                            } else {
                                g.eval(storageWrite(mk.get(), u32Of(g, index.get())));
                            }
                        });
                        g.ret(prev.get());
                    });
                    return name;
                case "clear/0":
                    codec(name, List.of(Type.I32), null, g -> {
                        Local v = g.param(0);
                        Local i = g.local(Type.I32);
                        Local k = g.local(Type.I32);
                        g.block(done -> g.loop(top -> {
                            g.brIf(done, Ir.geU(i.get(), load32(v.get(), 0)));
                            g.set(k, Ir.call(key, Type.I32, v.get(), Ir.call(get, Type.I32, v.get(), i.get())));
                            g.eval(host("storage_remove", keyLen(k.get()), keyPtr(k.get()), i64(0)));
                            g.set(i, add(i.get(), i32(1)));
                            g.br(top);
                        }));
                        g.eval(Ir.call(vectorClear(e, p), null, v.get(), i32(0)));
                    });
                    return name;
                default:
                    break;
            }
            if (!map) {
                return null;
            }
            switch (op) {
                case "get/1":
                    codec(name, List.of(Type.I32, Type.I32), Type.I32, g -> {
                        Local k = g.local(Type.I32);
                        g.set(k, Ir.call(key, Type.I32, g.param(0).get(), g.param(1).get()));
                        g.if_(eqz(wrap(host("storage_read", keyLen(k.get()), keyPtr(k.get()), i64(0)))), () -> g.ret(i32(0)));
                        g.eval(Runtime.rdBegin(Runtime.registerBytes(i64(0))));
                        g.ret(borshRead(val, p));
                    });
                    return name;
                case "getOrDefault/2": {
                    String getter = iterableOp(true, "get/1", e, val, p);
                    codec(name, List.of(Type.I32, Type.I32, Type.I32), Type.I32, g -> {
                        Local x = g.local(Type.I32);
                        g.set(x, Ir.call(getter, Type.I32, g.param(0).get(), g.param(1).get()));
                        g.ret(ifElse(x.get(), x.get(), g.param(2).get()));
                    });
                    return name;
                }
                case "values/0": {
                    String getter = iterableOp(true, "get/1", e, val, p);
                    codec(name, List.of(Type.I32), Type.I32, g -> {
                        Local v = g.param(0);
                        Local i = g.local(Type.I32);
                        Local out = g.local(Type.I32);
                        g.set(out, Runtime.listNew(i32(4)));
                        g.block(done -> g.loop(top -> {
                            g.brIf(done, Ir.geU(i.get(), load32(v.get(), 0)));
                            g.eval(Runtime.listAdd(out.get(), Ir.call(getter, Type.I32, v.get(), Ir.call(get, Type.I32, v.get(), i.get()))));
                            g.set(i, add(i.get(), i32(1)));
                            g.br(top);
                        }));
                        g.ret(out.get());
                    });
                    return name;
                }
                case "insert/2":
                    codec(name, List.of(Type.I32, Type.I32, Type.I32), Type.I32, g -> {
                        Local v = g.param(0);
                        Local x = g.param(1);
                        Local enc = g.local(Type.I32);
                        Local k = g.local(Type.I32);
                        Local prev = g.local(Type.I32);
                        Local index = g.local(Type.I32);
                        Local raw = g.local(Type.I32);
                        Local out = g.local(Type.I32);
                        g.eval(Runtime.bufBegin());
                        g.eval(borshWrite(val, g.param(2).get(), p));
                        g.set(enc, Runtime.bufEnd());
                        g.set(k, Ir.call(key, Type.I32, v.get(), x.get()));
                        g.add(new Stmt.If(ne(wrap(host("storage_read", keyLen(k.get()), keyPtr(k.get()), i64(0))), i32(0)), g.capture(() -> {
                            g.set(raw, Runtime.registerBytes(i64(0)));
                            g.eval(Runtime.rdBegin(raw.get()));
                            g.set(prev, borshRead(val, p));
                            g.set(index, load32(add(raw.get(), load32(raw.get(), 0)), 0));
                        }), g.capture(() -> {
                            pushInto(g, v, x, e, p);
                            g.set(index, Ir.sub(load32(v.get(), 0), i32(1)));
                        })));
                        g.eval(Runtime.bufBegin());
                        g.eval(Runtime.buf("bytes", enc.get()));
                        g.eval(Runtime.buf("i32", index.get()));
                        g.set(out, Runtime.bufEnd());
                        g.eval(storageWrite(k.get(), out.get()));
                        g.ret(prev.get());
                    });
                    return name;
                default:
                    return null;
            }
        }

        /**
         * The SDK's TreeMap: {@code [len][prefix+"n"][prefix+"v"]}; the keys sorted in a Vector
         * under prefix+"n", the values as a LookupMap under prefix+"v"; the same binary search and
         * shifting by Vector.set as the SDK, so storage operations come in the same order.
         */
        private Expr treeMap(TreePath p, String name, TreePath receiverPath, List<Expr> a) {
            TypeMirror t = trees.getTypeMirror(receiverPath);
            TypeMirror k = typeArg(t, 0);
            TypeMirror val = typeArg(t, 1);
            ValueKind vk = kind(val, p);
            boolean keyOk = isClass(k, "java.lang.String") || isClass(k, SDK + "AccountId") || isClass(k, SDK + "U128")
                    || isClass(k, U64s.TYPE) || isClass(k, "java.lang.Integer") || isClass(k, "java.lang.Long")
                    || isClass(k, "java.lang.Character") || isClass(k, "java.lang.Short") || isClass(k, "java.lang.Byte")
                    || kindOrNull(k) == ValueKind.ENUM;
            if (!keyOk || vk == ValueKind.CONTRACT) {
                throw unsupported(p, "a TreeMap of these types");
            }
            Local v = f.local(Type.I32);
            List<Stmt> stmts = new ArrayList<>(List.of(new Stmt.SetLocal(v.index(), receiver(receiverPath))));
            List<Expr> args = new ArrayList<>(List.of(v.get()));
            for (Expr x : a) {
                Local l = f.local(x.type());
                stmts.add(new Stmt.SetLocal(l.index(), x));
                args.add(l.get());
            }
            Expr len = load32(v.get(), 0);
            switch (name + "/" + a.size()) {
                case "size/0":
                    return new Expr.Seq(stmts, len);
                case "isEmpty/0":
                    return new Expr.Seq(stmts, eqz(len));
                case "keys/0":
                    return new Expr.Seq(stmts, Ir.call(vectorToList(k, p), Type.I32, v.get(), i32(0), i32(Integer.MAX_VALUE)));
                default:
                    break;
            }
            String fn = treeOp(name + "/" + a.size(), k, val, p);
            if (fn == null) {
                throw unsupported(p, "TreeMap." + name + "()");
            }
            return new Expr.Seq(stmts, Ir.call(fn, Type.I32, args.toArray(Expr[]::new)));
        }

        /** compareTo of two keys of a TreeMap's key type. */
        private Expr keyCompare(TypeMirror k, Expr x, Expr y) {
            if (isClass(k, SDK + "U128") || isClass(k, U64s.TYPE)) {
                return Runtime.u128Op("cmp", x, y);
            }
            if (kindOrNull(k) == ValueKind.ENUM) {
                // Enum values are ordinal + 1: their natural order is the ordinals'.
                return Ir.sub(Ir.gtS(x, y), Ir.ltS(x, y));
            }
            if (isClass(k, "java.lang.Integer") || isClass(k, "java.lang.Character") || isClass(k, "java.lang.Short")
                    || isClass(k, "java.lang.Byte")) {
                return Ir.sub(Ir.gtS(load32(x, 0), load32(y, 0)), Ir.ltS(load32(x, 0), load32(y, 0)));
            }
            if (isClass(k, "java.lang.Long")) {
                Expr a = new Expr.Load(MemType.I64, x, 0);
                Expr b = new Expr.Load(MemType.I64, y, 0);
                return Ir.sub(Ir.gtS(a, b), Ir.ltS(new Expr.Load(MemType.I64, x, 0), new Expr.Load(MemType.I64, y, 0)));
            }
            return RuntimeExtras.compare(x, y);
        }

        private String treeOp(String op, TypeMirror k, TypeMirror val, TreePath p) {
            String get = vectorGet(k, p);
            String base = "tm_" + key(k) + "_" + key(val);
            String search = "tm_search_" + key(k);
            codec(search, List.of(Type.I32, Type.I32), Type.I32, g -> {
                Local v = g.param(0);
                Local lo = g.local(Type.I32);
                Local hi = g.local(Type.I32);
                Local mid = g.local(Type.I32);
                Local c = g.local(Type.I32);
                g.set(hi, Ir.sub(load32(v.get(), 0), i32(1)));
                g.block(done -> g.loop(top -> {
                    g.brIf(done, Ir.gtS(lo.get(), hi.get()));
                    g.set(mid, Ir.shrU(add(lo.get(), hi.get()), i32(1)));
                    g.set(c, keyCompare(k, Ir.call(get, Type.I32, v.get(), mid.get()), g.param(1).get()));
                    g.if_(Ir.ltS(c.get(), i32(0)), () -> {
                        g.set(lo, add(mid.get(), i32(1)));
                        g.br(top);
                    });
                    g.if_(Ir.gtS(c.get(), i32(0)), () -> {
                        g.set(hi, Ir.sub(mid.get(), i32(1)));
                        g.br(top);
                    });
                    g.ret(mid.get());
                }));
                g.ret(Ir.sub(i32(-1), lo.get()));
            });
            String set = "vec_setfn_" + key(k);
            codec(set, List.of(Type.I32, Type.I32, Type.I32), Type.I32, g -> {
                Local bytes = g.local(Type.I32);
                Local old = g.local(Type.I32);
                g.eval(Runtime.bufBegin());
                g.eval(borshWrite(k, g.param(2).get(), p));
                g.set(bytes, Runtime.bufEnd());
                g.set(old, Ir.call(get, Type.I32, g.param(0).get(), g.param(1).get()));
                g.eval(storageWrite(Runtime.vectorKey(load32(g.param(0).get(), 4), g.param(1).get()), bytes.get()));
                g.ret(old.get());
            });
            // The LookupMap key prefix+"v"+borsh(key).
            String vkey = "tm_vkey_" + key(k);
            codec(vkey, List.of(Type.I32, Type.I32), Type.I32, g -> {
                g.eval(Runtime.bufBegin());
                g.eval(Runtime.buf("bytes", load32(g.param(0).get(), 8)));
                g.eval(borshWrite(k, g.param(1).get(), p));
                g.ret(Runtime.bufEnd());
            });
            String name = base + "_" + op.replace('/', '_');
            switch (op) {
                case "get/1":
                case "containsKey/1":
                    codec(name, List.of(Type.I32, Type.I32), Type.I32, g -> {
                        Local key = g.local(Type.I32);
                        g.set(key, Ir.call(vkey, Type.I32, g.param(0).get(), g.param(1).get()));
                        if (op.equals("containsKey/1")) {
                            g.ret(ne(host("storage_has_key", keyLen(key.get()), keyPtr(key.get())), i64(0)));
                            return;
                        }
                        g.if_(eqz(wrap(host("storage_read", keyLen(key.get()), keyPtr(key.get()), i64(0)))), () -> g.ret(i32(0)));
                        g.eval(Runtime.rdBegin(Runtime.registerBytes(i64(0))));
                        g.ret(borshRead(val, p));
                    });
                    return name;
                case "insert/2":
                    codec(name, List.of(Type.I32, Type.I32, Type.I32), Type.I32, g -> {
                        Local v = g.param(0);
                        Local x = g.param(1);
                        Local at = g.local(Type.I32);
                        Local key = g.local(Type.I32);
                        Local bytes = g.local(Type.I32);
                        Local prev = g.local(Type.I32);
                        Local ins = g.local(Type.I32);
                        Local i = g.local(Type.I32);
                        g.set(at, Ir.call(search, Type.I32, v.get(), x.get()));
                        // values.insert: key, then value, then write; the evicted value from register 0
                        g.set(key, Ir.call(vkey, Type.I32, v.get(), x.get()));
                        g.eval(Runtime.bufBegin());
                        g.eval(borshWrite(val, g.param(2).get(), p));
                        g.set(bytes, Runtime.bufEnd());
                        g.if_(ne(wrap(storageWrite(key.get(), bytes.get())), i32(0)), () -> {
                            g.eval(Runtime.rdBegin(Runtime.registerBytes(i64(0))));
                            g.set(prev, borshRead(val, p));
                            g.eval(Runtime.rdFinish());
                        });
                        g.if_(Ir.ltS(at.get(), i32(0)), () -> {
                            g.set(ins, Ir.sub(i32(-1), at.get()));
                            pushInto(g, v, x, k, p);
                            g.set(i, Ir.sub(load32(v.get(), 0), i32(1)));
                            g.block(done -> g.loop(top -> {
                                g.brIf(done, Ir.leS(i.get(), ins.get()));
                                g.eval(Ir.call(set, Type.I32, v.get(), i.get(), Ir.call(get, Type.I32, v.get(), Ir.sub(i.get(), i32(1)))));
                                g.set(i, Ir.sub(i.get(), i32(1)));
                                g.br(top);
                            }));
                            g.eval(Ir.call(set, Type.I32, v.get(), ins.get(), x.get()));
                        });
                        g.ret(prev.get());
                    });
                    return name;
                case "remove/1":
                    codec(name, List.of(Type.I32, Type.I32), Type.I32, g -> {
                        Local v = g.param(0);
                        Local at = g.local(Type.I32);
                        Local i = g.local(Type.I32);
                        Local key = g.local(Type.I32);
                        g.set(at, Ir.call(search, Type.I32, v.get(), g.param(1).get()));
                        g.if_(Ir.ltS(at.get(), i32(0)), () -> g.ret(i32(0)));
                        g.set(i, at.get());
                        g.block(done -> g.loop(top -> {
                            g.brIf(done, Ir.geS(i.get(), Ir.sub(load32(v.get(), 0), i32(1))));
                            g.eval(Ir.call(set, Type.I32, v.get(), i.get(), Ir.call(get, Type.I32, v.get(), add(i.get(), i32(1)))));
                            g.set(i, add(i.get(), i32(1)));
                            g.br(top);
                        }));
                        g.eval(Ir.call(vectorPop(k, p), Type.I32, v.get(), i32(0)));
                        g.set(key, Ir.call(vkey, Type.I32, v.get(), g.param(1).get()));
                        g.if_(eqz(wrap(host("storage_remove", keyLen(key.get()), keyPtr(key.get()), i64(0)))), () -> g.ret(i32(0)));
                        g.eval(Runtime.rdBegin(Runtime.registerBytes(i64(0))));
                        g.ret(borshRead(val, p));
                    });
                    return name;
                case "minKey/0":
                case "maxKey/0":
                    codec(name, List.of(Type.I32), Type.I32, g -> {
                        Local v = g.param(0);
                        g.if_(eqz(load32(v.get(), 0)), () -> g.ret(i32(0)));
                        g.ret(Ir.call(get, Type.I32, v.get(), op.equals("minKey/0") ? i32(0) : Ir.sub(load32(v.get(), 0), i32(1))));
                    });
                    return name;
                case "floorKey/1":
                case "ceilingKey/1":
                    codec(name, List.of(Type.I32, Type.I32), Type.I32, g -> {
                        Local v = g.param(0);
                        Local at = g.local(Type.I32);
                        Local i = g.local(Type.I32);
                        g.set(at, Ir.call(search, Type.I32, v.get(), g.param(1).get()));
                        boolean floor = op.equals("floorKey/1");
                        g.set(i, ifElse(Ir.geS(at.get(), i32(0)), at.get(), Ir.sub(i32(floor ? -2 : -1), at.get())));
                        g.if_(floor ? Ir.ltS(i.get(), i32(0)) : Ir.geS(i.get(), load32(v.get(), 0)), () -> g.ret(i32(0)));
                        g.ret(Ir.call(get, Type.I32, v.get(), i.get()));
                    });
                    return name;
                case "range/2":
                    codec(name, List.of(Type.I32, Type.I32, Type.I32), Type.I32, g -> {
                        Local v = g.param(0);
                        Local at = g.local(Type.I32);
                        Local i = g.local(Type.I32);
                        Local out = g.local(Type.I32);
                        Local x = g.local(Type.I32);
                        g.set(at, Ir.call(search, Type.I32, v.get(), g.param(1).get()));
                        g.set(out, Runtime.listNew(i32(4)));
                        g.set(i, ifElse(Ir.geS(at.get(), i32(0)), at.get(), Ir.sub(i32(-1), at.get())));
                        g.block(done -> g.loop(top -> {
                            g.brIf(done, Ir.geS(i.get(), load32(v.get(), 0)));
                            g.set(x, Ir.call(get, Type.I32, v.get(), i.get()));
                            g.brIf(done, Ir.geS(keyCompare(k, x.get(), g.param(2).get()), i32(0)));
                            g.eval(Runtime.listAdd(out.get(), x.get()));
                            g.set(i, add(i.get(), i32(1)));
                            g.br(top);
                        }));
                        g.ret(out.get());
                    });
                    return name;
                default:
                    return null;
            }
        }

        private String vectorPop(TypeMirror e, TreePath p) {
            vectorRemove("pop", e, p, i32(0), List.of());
            return "vec_pop_" + key(e);
        }

        /** Vector.push of x onto v's element vector (the SDK's overflow check and write). */
        private void pushInto(FunctionBuilder g, Local v, Local x, TypeMirror e, TreePath p) {
            Local bytes = g.local(Type.I32);
            Local vk = g.local(Type.I32);
            g.if_(eq(load32(v.get(), 0), i32(Integer.MAX_VALUE)), () -> g.eval(Runtime.panic(str("integer overflow"))));
            g.set(vk, Runtime.vectorKey(load32(v.get(), 4), load32(v.get(), 0)));
            g.eval(Runtime.bufBegin());
            g.eval(borshWrite(e, x.get(), p));
            g.set(bytes, Runtime.bufEnd());
            g.eval(storageWrite(vk.get(), bytes.get()));
            g.store32(v.get(), 0, add(load32(v.get(), 0), i32(1)));
        }

        /** [u32 4][u32_le i]. */
        private Expr u32Of(FunctionBuilder g, Expr i) {
            Local b = g.local(Type.I32);
            g.set(b, Runtime.alloc(i32(8)));
            g.store32(b.get(), 0, i32(4));
            g.store32(b.get(), 4, i);
            return b.get();
        }

        private String swapRemove(TypeMirror e, TreePath p) {
            vectorRemove("swapRemove", e, p, i32(0), List.of(i32(0)));
            return "vec_swapRemove_" + key(e);
        }

        private String vectorClear(TypeMirror e, TreePath p) {
            vectorRemove("clear", e, p, i32(0), List.of());
            return "vec_clear_" + key(e);
        }

        /** Vector.toList(from, limit): up to limit elements from from, as the SDK's. */
        private String vectorToList(TypeMirror e, TreePath p) {
            String get = vectorGet(e, p);
            String name = "vec_tolist_" + key(e);
            codec(name, List.of(Type.I32, Type.I32, Type.I32), Type.I32, g -> {
                Local v = g.param(0);
                Local from = g.param(1);
                Local limit = g.param(2);
                Local out = g.local(Type.I32);
                Local i = g.local(Type.I32);
                g.set(out, Runtime.listNew(i32(4)));
                g.if_(Ir.or(Ir.ltS(from.get(), i32(0)), Ir.ltS(limit.get(), i32(0))),
                        () -> g.eval(Runtime.panic(str("Index out of bounds"))));
                g.set(i, from.get());
                g.block(done -> g.loop(top -> {
                    g.brIf(done, Ir.geS(i.get(), load32(v.get(), 0)));
                    g.brIf(done, Ir.geS(Ir.sub(i.get(), from.get()), limit.get()));
                    g.eval(Runtime.listAdd(out.get(), Ir.call(get, Type.I32, v.get(), i.get())));
                    g.set(i, add(i.get(), i32(1)));
                    g.br(top);
                }));
                g.ret(out.get());
            });
            return name;
        }

        /** Vector.get(i): "Index out of bounds" outside 0..len-1, as the SDK panics. */
        private String vectorGet(TypeMirror e, TreePath p) {
            String name = "vec_get_" + key(e);
            codec(name, List.of(Type.I32, Type.I32), Type.I32, g -> {
                Local key = g.local(Type.I32);
                Local out = g.local(Type.I32);
                g.if_(Ir.geU(g.param(1).get(), load32(g.param(0).get(), 0)), () -> g.eval(Runtime.panic(str("Index out of bounds"))));
                g.set(key, Runtime.vectorKey(load32(g.param(0).get(), 4), g.param(1).get()));
                g.if_(eqz(wrap(host("storage_read", extendU(load32(key.get(), 0)), extendU(add(key.get(), i32(4))), i64(0)))),
                        () -> g.eval(Runtime.panic(str("The collection is an inconsistent state. Did previous smart contract execution terminate unexpectedly?"))));
                g.eval(Runtime.rdBegin(Runtime.registerBytes(i64(0))));
                g.set(out, borshRead(e, p));
                g.eval(Runtime.rdFinish());
                g.ret(out.get());
            });
            return name;
        }

        /**
         * NEP-297: {@code EVENT_JSON:{"standard":..,"version":..,"event":..,"data":..}}, the data
         * as JSON of its static type, as the SDK's Events.emit writes it.
         */
        private Expr event(TreePath p, MethodInvocationTree m) {
            if (trees.getElement(p).getSimpleName().contentEquals("format")) {
                return eventFormat(p, m);
            }
            List<Local> parts = new ArrayList<>();
            List<Stmt> stmts = new ArrayList<>();
            for (int i = 0; i < m.getArguments().size(); i++) {
                TreePath ap = child(p, m.getArguments().get(i));
                Expr v = expr(ap);
                Local l = f.local(v.type());
                stmts.add(new Stmt.SetLocal(l.index(), v));
                parts.add(l);
            }
            stmts.addAll(f.capture(() -> {
                Local out = f.local(Type.I32);
                String[] keys = {"EVENT_JSON:{\"standard\":", ",\"version\":", ",\"event\":", ",\"data\":"};
                f.eval(Runtime.bufBegin());
                for (int i = 0; i < parts.size(); i++) {
                    f.eval(Runtime.buf("bytes", str(keys[i])));
                    TreePath ap = child(p, m.getArguments().get(i));
                    f.eval(i < 3 ? Runtime.buf("json_str", Runtime.nonNull(parts.get(i).get(), loc(ap)))
                            : jsonWrite(trees.getTypeMirror(ap), parts.get(i).get(), ap));
                }
                f.eval(Runtime.buf("u8", i32('}')));
                f.set(out, Runtime.utf8Out(Runtime.bufEnd()));
                f.eval(host("log_utf8", extendU(load32(out.get(), 0)), extendU(add(out.get(), i32(4)))));
            }));
            return new Expr.Seq(stmts, noValue());
        }

        /**
         * {@code Events.format(standard, version, event, dataJson)}: the NEP-297 log line as a
         * string, {@code dataJson} appended as it is (already JSON), no data key when it is null.
         */
        private Expr eventFormat(TreePath p, MethodInvocationTree m) {
            List<Local> parts = new ArrayList<>();
            List<Stmt> stmts = new ArrayList<>();
            for (int i = 0; i < m.getArguments().size(); i++) {
                Expr v = expr(child(p, m.getArguments().get(i)));
                Local l = f.local(v.type());
                stmts.add(new Stmt.SetLocal(l.index(), v));
                parts.add(l);
            }
            Local out = f.local(Type.I32);
            stmts.addAll(f.capture(() -> {
                String[] keys = {"EVENT_JSON:{\"standard\":", ",\"version\":", ",\"event\":"};
                f.eval(Runtime.bufBegin());
                for (int i = 0; i < 3; i++) {
                    f.eval(Runtime.buf("bytes", str(keys[i])));
                    f.eval(Runtime.buf("json_str", Runtime.nonNull(parts.get(i).get(), loc(child(p, m.getArguments().get(i))))));
                }
                f.if_(parts.get(3).get(), () -> {
                    f.eval(Runtime.buf("bytes", str(",\"data\":")));
                    f.eval(Runtime.buf("bytes", parts.get(3).get()));
                });
                f.eval(Runtime.buf("u8", i32('}')));
                f.set(out, Runtime.bufEnd());
            }));
            return new Expr.Seq(stmts, out.get());
        }

        /** java.util.Optional (see optionalKindOrNull for the representation). */
        private Expr optional(TreePath p, String name, TreePath receiverPath, MethodInvocationTree m) {
            ExecutableElement method = (ExecutableElement) trees.getElement(p);
            List<Expr> a = args(p, m.getArguments(), method);
            switch (name) {
                case "of":
                    if (a.size() == 1) {
                        // Optional.of(null) throws a NullPointerException.
                        return Runtime.box(Runtime.nonNull(a.get(0), loc(child(p, m.getArguments().get(0)))));
                    }
                    break;
                case "ofNullable":
                    return Runtime.box(a.get(0));
                case "empty":
                    return emptyOptional();
                case "isPresent":
                    return ne(load32(receiver(receiverPath), 0), i32(0));
                case "isEmpty":
                    return eqz(load32(receiver(receiverPath), 0));
                case "get":
                case "orElseThrow":
                    if (a.isEmpty()) {
                        Local v = f.local(Type.I32);
                        return new Expr.Seq(List.of(new Stmt.SetLocal(v.index(), load32(receiver(receiverPath), 0)),
                                new Stmt.If(eqz(v.get()), List.of(new Stmt.Eval(Runtime.panic(str("No value present")))), List.of())),
                                v.get());
                    }
                    break;
                case "equals": {
                    TypeMirror self = trees.getTypeMirror(receiverPath);
                    TypeMirror other = trees.getTypeMirror(child(p, m.getArguments().get(0)));
                    Local x = f.local(Type.I32);
                    Local y = f.local(Type.I32);
                    if (!frontend.types().isSameType(self, other)) {
                        javax.lang.model.util.Types types = frontend.types();
                        boolean optional = other.getKind() == TypeKind.DECLARED && isClass(other, "java.util.Optional");
                        TypeMirror mine = types.erasure(typeArg(self, 0));
                        TypeMirror theirs = optional ? types.erasure(typeArg(other, 0)) : null;
                        if (optional && (types.isSubtype(mine, theirs) || types.isSubtype(theirs, mine))) {
                            throw unsupported(p, "Optional.equals with an argument of type " + other);
                        }
                        // Values of unrelated types are never equal: only two empty Optionals are (and
                        // an object that is not an Optional never is).
                        List<Stmt> eval = List.of(new Stmt.SetLocal(x.index(), receiver(receiverPath)), new Stmt.SetLocal(y.index(), a.get(0)));
                        return new Expr.Seq(eval, optional
                                ? Ir.and(ne(y.get(), i32(0)), Ir.and(eqz(load32(x.get(), 0)), eqz(load32(y.get(), 0)))) : i32(0));
                    }
                    return new Expr.Seq(List.of(new Stmt.SetLocal(x.index(), receiver(receiverPath)), new Stmt.SetLocal(y.index(), a.get(0))),
                            ifElse(eqz(y.get()), i32(0), Ir.call(optionalEqualsFunction(self, p), Type.I32, x.get(), y.get())));
                }
                case "orElse": {
                    // Java evaluates the argument whether or not the value is present.
                    Local v = f.local(Type.I32);
                    Local other = f.local(Type.I32);
                    return new Expr.Seq(List.of(new Stmt.SetLocal(v.index(), load32(receiver(receiverPath), 0)),
                            new Stmt.SetLocal(other.index(), a.get(0))), ifElse(v.get(), v.get(), other.get()));
                }
                default:
                    break;
            }
            throw unsupported(p, "Optional." + name + "()");
        }

        /** An Optional in string concatenation: {@code Optional[value]}, {@code Optional.empty} or {@code null}. */
        /**
         * {@code String.valueOf(obj)} of a non-null object: its class's {@code toString()} (the
         * receiver's override), else a record's as Java writes it ({@code Point[x=1, y=2]}), or a
         * list's ({@code [a, b]}), each made by a generated function.
         */
        private Expr objectToStr(Expr obj, TypeMirror t, TreePath where) {
            if (kind(t, where) == ValueKind.LIST) {
                TypeMirror element = typeArg(t, 0);
                String name = "list_to_string_" + key(element);
                codec(name, List.of(Type.I32), Type.I32, g -> {
                    Body b = new Body(g, unit);
                    Local out = g.local(Type.I32);
                    Local i = g.local(Type.I32);
                    Local list = g.param(0);
                    g.set(out, str("["));
                    g.set(i, i32(0));
                    g.block(brk -> g.loop(top -> {
                        g.brIf(brk, Ir.geU(i.get(), load32(list.get(), 0)));
                        g.if_(ne(i.get(), i32(0)), () -> g.set(out, Runtime.concat(out.get(), str(", "))));
                        Expr e = listElement(list.get(), i.get());
                        g.set(out, Runtime.concat(out.get(), b.toStr(e, element, where)));
                        g.set(i, add(i.get(), i32(1)));
                        g.br(top);
                    }));
                    g.ret(Runtime.concat(out.get(), str("]")));
                });
                return Ir.call(name, Type.I32, obj);
            }
            TypeElement c = (TypeElement) ((DeclaredType) t).asElement();
            for (TypeElement k = c; k != null; k = superclass(k)) {
                for (ExecutableElement m : ElementFilter.methodsIn(k.getEnclosedElements())) {
                    if (m.getSimpleName().contentEquals("toString") && m.getParameters().isEmpty() && !isStatic(m)
                            && trees.getPath(m) != null) { // a record's implicit toString() has no tree
                        return virtualCall(where, m, List.of(obj), Type.I32);
                    }
                }
            }
            if (c.getKind() != ElementKind.RECORD) {
                throw unsupported(where, "string conversion of " + t + ", which has no toString()");
            }
            String name = "record_to_string_" + key(t);
            codec(name, List.of(Type.I32), Type.I32, g -> {
                Body b = new Body(g, unit);
                Expr out = str(c.getSimpleName() + "[");
                List<VariableElement> fs = fields(c);
                for (int i = 0; i < fs.size(); i++) {
                    VariableElement field = fs.get(i);
                    Expr value = new Expr.Load(memType(kind(field.asType(), where).type), g.param(0).get(), offset(field));
                    out = Runtime.concat(out, str((i > 0 ? ", " : "") + field.getSimpleName() + "="));
                    out = Runtime.concat(out, b.toStr(value, field.asType(), where));
                }
                g.ret(Runtime.concat(out, str("]")));
            });
            return Ir.call(name, Type.I32, obj);
        }

        private Expr optionalToStr(Expr v, TypeMirror t, TreePath where) {
            Local o = f.local(Type.I32);
            Local x = f.local(Type.I32);
            Expr inner = toStr(x.get(), typeArg(t, 0), where);
            Expr present = Runtime.concat(Runtime.concat(str("Optional["), inner), str("]"));
            return new Expr.Seq(List.of(new Stmt.SetLocal(o.index(), v)), ifElse(eqz(o.get()), str("null"),
                    new Expr.Seq(List.of(new Stmt.SetLocal(x.index(), load32(o.get(), 0))),
                            ifElse(eqz(x.get()), str("Optional.empty"), present))));
        }

        /** {@code Json.encode(value)}: the JSON of the value's static type, as a String. */
        private Expr json(TreePath p, String name, MethodInvocationTree m) {
            if (!name.equals("encode") || m.getArguments().size() != 1) {
                throw unsupported(p, "Json." + name + "()");
            }
            TreePath ap = child(p, m.getArguments().get(0));
            TypeMirror t = trees.getTypeMirror(ap);
            if (t.getKind() == TypeKind.NULL || isClass(t, "java.lang.Object")) {
                throw unsupported(ap, "Json.encode of a value of type " + t);
            }
            Expr v = expr(ap);
            Local value = f.local(v.type());
            Local out = f.local(Type.I32);
            List<Stmt> stmts = new ArrayList<>();
            stmts.add(new Stmt.SetLocal(value.index(), v));
            stmts.addAll(f.capture(() -> {
                f.eval(Runtime.bufBegin());
                f.eval(jsonWrite(t, value.get(), ap));
                f.set(out, Runtime.bufEnd());
            }));
            return new Expr.Seq(stmts, out.get());
        }

        /**
         * {@code Json.decode(text, X.class)}: the text must be one JSON value, read by the same
         * generated code as the exported methods' arguments (json_r_T), as the invocation's type
         * (so {@code int.class} gives an Integer, as on the JVM). Any failure panics
         * {@code Failed to deserialize JSON.}, the SDK's one text for it.
         */
        private Expr jsonDecode(TreePath p, MethodInvocationTree m) {
            TreePath textPath = child(p, m.getArguments().get(0));
            TreePath typePath = child(p, m.getArguments().get(1));
            if (!(m.getArguments().get(1) instanceof MemberSelectTree sel && sel.getIdentifier().contentEquals("class"))) {
                throw unsupported(typePath, "Json.decode with a Class that is not a class literal (X.class)");
            }
            // The subset check has made sure that the class's type travels as JSON.
            TypeMirror t = trees.getTypeMirror(p);
            Expr text = Runtime.nonNull(expr(textPath), loc(textPath));
            Local saved = f.local(Type.I32);
            Local at = f.local(Type.I32);
            Local value = f.local(Type.I32);
            return new Expr.Seq(List.of(new Stmt.SetLocal(saved.index(), Ir.global(Runtime.JSON_MSG, Type.I32)),
                    new Stmt.SetLocal(at.index(), Runtime.jsonDecodeBegin(text, str(Runtime.DECODE_ERROR))),
                    new Stmt.SetLocal(value.index(), jsonRead(t, at.get(), p)),
                    Runtime.jsonDecodeEnd(saved.get())), value.get());
        }

        private Expr newObject(TreePath p, NewClassTree n) {
            TypeMirror t = trees.getTypeMirror(p);
            if (isClass(t, "java.util.ArrayList")) {
                if (!n.getArguments().isEmpty()) {
                    throw unsupported(p, "new ArrayList<>(capacity)");
                }
                return Runtime.listNew(i32(4));
            }
            if (isClass(t, SDK + "Vector")) {
                TreePath arg = child(p, n.getArguments().get(0));
                if (!isClass(trees.getTypeMirror(arg), "java.lang.String")) {
                    throw unsupported(p, "a Vector prefix that is not a String");
                }
                Local v = f.local(Type.I32);
                return new Expr.Seq(List.of(new Stmt.SetLocal(v.index(), Runtime.alloc(i32(8))),
                        new Stmt.Store(MemType.I32, v.get(), 4, Runtime.utf8Out(expr(arg)))), v.get());
            }
            if (isClass(t, SDK + "TreeMap")) {
                // [len][prefix + "n": the sorted keys, a Vector][prefix + "v": the values, as a LookupMap]
                return twoPartCollection(p, n, "a TreeMap prefix", "n", "v");
            }
            if (isClass(t, SDK + "IterableSet") || isClass(t, SDK + "IterableMap")) {
                // [len][prefix + "v": the elements or keys, a Vector][prefix + "m": the index or entries]
                return twoPartCollection(p, n, "an iterable collection's prefix", "v", "m");
            }
            if (isClass(t, SDK + "LookupMap") || isClass(t, SDK + "LookupSet")) {
                TreePath arg = child(p, n.getArguments().get(0));
                if (!isClass(trees.getTypeMirror(arg), "java.lang.String")) {
                    throw unsupported(p, "a " + (isClass(t, SDK + "LookupMap") ? "LookupMap" : "LookupSet") + " prefix that is not a String");
                }
                // A String prefix is stored as its UTF-8 bytes, [u32 len][bytes]: the string itself.
                return Runtime.utf8Out(expr(arg));
            }
            if (isClass(t, "java.lang.StringBuilder")) {
                return newBuilder(p, n);
            }
            if (isClass(t, "java.lang.String") && n.getArguments().size() == 2
                    && trees.getTypeMirror(child(p, n.getArguments().get(0))).getKind() == TypeKind.ARRAY) {
                Element cs = trees.getElement(child(p, n.getArguments().get(1)));
                if (cs instanceof VariableElement v && v.getSimpleName().contentEquals("UTF_8")
                        && isClass(v.getEnclosingElement().asType(), "java.nio.charset.StandardCharsets")) {
                    TreePath bytes = child(p, n.getArguments().get(0));
                    return Bytes.bytesToStr(Runtime.nonNull(expr(bytes), loc(bytes)));
                }
                throw unsupported(p, "new String(bytes, charset) with a charset other than StandardCharsets.UTF_8");
            }
            ExecutableElement ctor = (ExecutableElement) trees.getElement(p);
            if (ctor != null && isUser(ctor.getEnclosingElement())) {
                return construct(ctor, args(p, n.getArguments(), ctor));
            }
            throw unsupported(p, "creating " + t);
        }
    }
}
