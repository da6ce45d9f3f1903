package dev.aidev.compiler.check;

import static dev.aidev.compiler.check.Messages.unsupported;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.aidev.compiler.Diagnostic;
import dev.aidev.compiler.parse.FrontendResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * The contract-level rules: exactly one {@code @NearContract} class; its exported methods public,
 * with JSON parameters and results; {@code @Init}, {@code @Private} where they make sense; unique
 * export names; state fields that Borsh can store.
 */
final class ContractRules {
    private static final List<String> EXPORTS = List.of("Init", "Call", "View");

    /** SDK value types with a JSON form (decimal strings for U64/U128, as near-sdk-rs). */
    private static final Set<String> SDK_JSON = Set.of(
            "U128", "U64", "AccountId", "Gas", "PublicKey", "Timestamp");

    private static final String JSON_HINT =
            "use primitives, String, U64, U128, AccountId, Gas, Timestamp, PublicKey, records, enums, List, Optional or arrays";

    private final FrontendResult frontend;
    private final Trees trees;
    private final Types types;
    private final SourcePositions positions;
    private final Findings findings;
    /** Every class, record, enum and interface of the sources, for the subclass rule of state types. */
    private final List<TypeElement> userTypes = new ArrayList<>();

    ContractRules(FrontendResult frontend, Findings findings) {
        this.frontend = frontend;
        this.trees = frontend.trees();
        this.types = frontend.types();
        this.positions = trees.getSourcePositions();
        this.findings = findings;
    }

    /** The program's contract and exports, or null if a rule was broken. */
    CheckedProgram check() {
        int before = findings.count();
        List<TreePath> contracts = new ArrayList<>();
        List<TreePath> annotatedMethods = new ArrayList<>();
        for (CompilationUnitTree unit : frontend.units()) {
            new TreePathScanner<Void, Void>() {
                @Override
                public Void visitClass(ClassTree tree, Void unused) {
                    Element type = trees.getElement(getCurrentPath());
                    if (type instanceof TypeElement t) {
                        userTypes.add(t);
                    }
                    if (type != null && Names.annotation(type, "NearContract") != null) {
                        contracts.add(getCurrentPath());
                    }
                    return super.visitClass(tree, unused);
                }

                @Override
                public Void visitMethod(MethodTree tree, Void unused) {
                    Element method = trees.getElement(getCurrentPath());
                    if (method != null && (EXPORTS.stream().anyMatch(a -> Names.annotation(method, a) != null)
                            || Names.annotation(method, "Private") != null)) {
                        annotatedMethods.add(getCurrentPath());
                    }
                    return super.visitMethod(tree, unused);
                }
            }.scan(new TreePath(unit), null);
        }
        if (contracts.isEmpty()) {
            findings.add(Diagnostic.error("no @NearContract class found; annotate the contract class with @NearContract"));
            return null;
        }
        TreePath contractPath = contracts.get(0);
        TypeElement contract = (TypeElement) trees.getElement(contractPath);
        for (TreePath other : contracts.subList(1, contracts.size())) {
            report(other, className(other), "only one @NearContract class is allowed per project; "
                    + contract.getSimpleName() + " in "
                    + frontend.source(contractPath.getCompilationUnit()).displayName() + " is the contract");
        }
        checkContractClass(contractPath, contract);
        List<ExportedMethod> exports = new ArrayList<>();
        Map<String, ExecutableElement> names = new LinkedHashMap<>();
        for (TreePath path : annotatedMethods) {
            ExportedMethod export = checkMethod(path, contract);
            if (export == null) {
                continue;
            }
            ExecutableElement previous = names.putIfAbsent(export.exportName(), export.method());
            if (previous != null) {
                report(path, methodName(path), "export name " + export.exportName() + " is already used by "
                        + previous.getSimpleName() + "; rename the method or give it another @Name");
            } else {
                exports.add(export);
            }
        }
        List<VariableElement> state = new ArrayList<>();
        for (Tree member : ((ClassTree) contractPath.getLeaf()).getMembers()) {
            if (!(member instanceof VariableTree)) {
                continue;
            }
            TreePath fieldPath = new TreePath(contractPath, member);
            VariableElement field = (VariableElement) trees.getElement(fieldPath);
            if (field == null || field.getModifiers().contains(Modifier.STATIC)) {
                continue;
            }
            state.add(field);
            String problem = storageProblem(field.asType(), new HashSet<>());
            if (problem != null) {
                report(fieldPath, start(fieldPath.getCompilationUnit(), ((VariableTree) member).getType()),
                        unsupported("a state field of type " + problem,
                                "contract state holds primitives, String, SDK types and collections, enums, "
                                        + "and records or classes of those"));
            }
        }
        if (findings.count() > before) {
            return null;
        }
        return new CheckedProgram(frontend, contract, contractPath, state, exports);
    }

    private void checkContractClass(TreePath path, TypeElement contract) {
        if (contract.getKind() != ElementKind.CLASS) {
            report(path, className(path), unsupported("@NearContract on " + article(contract.getKind()),
                    "make the contract a class"));
        } else if (contract.getNestingKind() != NestingKind.TOP_LEVEL) {
            report(path, className(path), unsupported("a nested @NearContract class",
                    "declare the contract as a top-level class"));
        } else if (contract.getModifiers().contains(Modifier.ABSTRACT)) {
            report(path, className(path), unsupported("an abstract @NearContract class",
                    "make the contract class concrete"));
        } else if (!contract.getTypeParameters().isEmpty()) {
            report(path, className(path), unsupported("a generic @NearContract class",
                    "give the contract concrete field types"));
        }
    }

    private ExportedMethod checkMethod(TreePath path, TypeElement contract) {
        ExecutableElement method = (ExecutableElement) trees.getElement(path);
        List<String> kinds = new ArrayList<>();
        for (String kind : EXPORTS) {
            if (Names.annotation(method, kind) != null) {
                kinds.add(kind);
            }
        }
        boolean isPrivate = Names.annotation(method, "Private") != null;
        long name = methodName(path);
        if (Names.annotation(method.getEnclosingElement(), "NearContract") != null
                && !method.getEnclosingElement().equals(contract)) {
            return null; // a second contract class is reported once, at its name
        }
        if (!method.getEnclosingElement().equals(contract)) {
            String what = kinds.isEmpty() ? "@Private" : "@" + kinds.get(0);
            report(path, name, unsupported(what + " outside the @NearContract class",
                    "move the method into " + contract.getSimpleName()));
            return null;
        }
        if (kinds.size() > 1) {
            report(path, name, unsupported("a method that is both @" + kinds.get(0) + " and @" + kinds.get(1),
                    "choose one"));
            return null;
        }
        if (kinds.isEmpty() || kinds.get(0).equals("View")) {
            if (isPrivate) {
                report(path, annotationPos(path, "Private"), unsupported(
                        "@Private on a method that is not @Call or @Init",
                        "@Private restricts who may call an exported state-changing method (a callback)"));
            }
            if (kinds.isEmpty()) {
                return null;
            }
        }
        String kind = kinds.get(0);
        ExportedMethod.Kind exportKind = ExportedMethod.Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
        int before = findings.count();
        if (!method.getModifiers().contains(Modifier.PUBLIC)) {
            report(path, name, "@" + kind + " method " + displayName(method) + " must be public; add the public modifier");
        }
        if (exportKind == ExportedMethod.Kind.INIT) {
            if (method.getKind() == ElementKind.METHOD) {
                if (!method.getModifiers().contains(Modifier.STATIC)) {
                    report(path, name, unsupported("an instance @Init method", "make it static and return "
                            + contract.getSimpleName() + ", or annotate a constructor with @Init"));
                } else if (!types.isSameType(types.erasure(method.getReturnType()), types.erasure(contract.asType()))) {
                    report(path, start(path.getCompilationUnit(), ((MethodTree) path.getLeaf()).getReturnType()),
                            "@Init method " + method.getSimpleName() + " must return " + contract.getSimpleName()
                                    + ", the new contract state");
                }
            }
        } else if (method.getModifiers().contains(Modifier.STATIC)) {
            report(path, name, unsupported("a static @" + kind + " method", "make it an instance method"));
        }
        if (!method.getTypeParameters().isEmpty()) {
            report(path, name, unsupported("a generic exported method", "use concrete parameter types"));
        }
        MethodTree tree = (MethodTree) path.getLeaf();
        List<String> jsonNames = new ArrayList<>();
        for (int i = 0; i < method.getParameters().size(); i++) {
            VariableElement parameter = method.getParameters().get(i);
            jsonNames.add(Names.externalName(parameter));
            String problem = jsonProblem(types, parameter.asType());
            if (problem != null) {
                report(path, start(path.getCompilationUnit(), tree.getParameters().get(i).getType()),
                        "a parameter of type " + problem + " is not supported in exported methods; " + JSON_HINT);
            }
        }
        if (method.getKind() == ElementKind.METHOD && method.getReturnType().getKind() != TypeKind.VOID
                && exportKind != ExportedMethod.Kind.INIT) {
            boolean promise = exportKind == ExportedMethod.Kind.CALL && isSdk(method.getReturnType(), "Promise");
            String problem = promise ? null : jsonProblem(types, method.getReturnType());
            if (problem != null) {
                report(path, start(path.getCompilationUnit(), tree.getReturnType()),
                        "a result of type " + problem + " is not supported in exported methods; " + JSON_HINT
                                + (exportKind == ExportedMethod.Kind.CALL ? ", or a Promise" : ""));
            }
        }
        if (findings.count() > before) {
            return null;
        }
        AnnotationMirror annotation = Names.annotation(method, kind);
        boolean payable = exportKind != ExportedMethod.Kind.VIEW && Names.booleanAttribute(annotation, "payable");
        String exportName = Names.nameAnnotation(method);
        if (exportName == null) {
            exportName = method.getKind() == ElementKind.CONSTRUCTOR ? "new" : Names.snakeCase(method.getSimpleName().toString());
        }
        return new ExportedMethod(method, path, exportKind, exportName, payable, isPrivate, jsonNames);
    }

    /**
     * Null if values of the type travel as JSON (exported methods' parameters and results,
     * {@code Json.decode}'s class); else the offending type, with where it sits.
     */
    static String jsonProblem(Types types, TypeMirror type) {
        return jsonProblem(types, type, new HashSet<>());
    }

    private static String jsonProblem(Types types, TypeMirror type, Set<Element> seen) {
        switch (type.getKind()) {
            case BOOLEAN:
            case BYTE:
            case SHORT:
            case INT:
            case LONG:
            case CHAR:
            case FLOAT: // reported as floating point by the subset check
            case DOUBLE:
                return null;
            case ARRAY:
                return nested(type, jsonProblem(types, ((ArrayType) type).getComponentType(), seen));
            case DECLARED:
                break;
            default:
                return type.toString();
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        String name = element.getQualifiedName().toString();
        if (name.equals("java.lang.String") || isBox(types, type) || outsideSubset(element)) {
            return null;
        }
        if (name.equals("java.util.List") || name.equals("java.util.Optional")) {
            List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
            return arguments.size() != 1 ? simple(type) : nested(type, jsonProblem(types, arguments.get(0), seen));
        }
        if (name.startsWith(Names.SDK) && SDK_JSON.contains(element.getSimpleName().toString())) {
            return null;
        }
        if (element.getKind() == ElementKind.ENUM) {
            return null;
        }
        if (element.getKind() == ElementKind.RECORD) {
            if (!seen.add(element)) {
                return null;
            }
            for (VariableElement component : ElementFilter.fieldsIn(element.getEnclosedElements())) {
                if (component.getModifiers().contains(Modifier.STATIC)) {
                    continue;
                }
                String problem = jsonProblem(types, component.asType(), seen);
                if (problem != null) {
                    return simple(type) + " (its component " + component.getSimpleName() + " has type " + problem + ")";
                }
            }
            return null;
        }
        return simple(type);
    }

    /** Null if the type can be Borsh-encoded in the contract state; else the offending type. */
    private String storageProblem(TypeMirror type, Set<Element> seen) {
        if (type.getKind().isPrimitive()) {
            return null;
        }
        if (type.getKind() == TypeKind.ARRAY) {
            return nested(type, storageProblem(((ArrayType) type).getComponentType(), seen));
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return type.toString();
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        String name = element.getQualifiedName().toString();
        if (name.equals("java.lang.String") || isBox(types, type) || element.getKind() == ElementKind.ENUM
                || outsideSubset(element)) {
            return null;
        }
        if (name.equals("java.util.List") || name.equals("java.util.Optional")) {
            List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
            return arguments.size() != 1 ? simple(type) : nested(type, storageProblem(arguments.get(0), seen));
        }
        if (name.startsWith(Names.SDK)) {
            boolean value = !name.equals(Names.SDK + "Env") && !name.equals(Names.SDK + "Promise");
            if (!value) {
                return simple(type);
            }
            // A collection's keys and elements are stored too.
            for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
                String problem = nested(type, storageProblem(argument, seen));
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (name.startsWith("java.") || element.getKind() == ElementKind.INTERFACE
                || element.getModifiers().contains(Modifier.ABSTRACT)) {
            return simple(type);
        }
        if (!seen.add(element)) {
            return null;
        }
        for (TypeElement sub : userTypes) {
            if (!sub.equals(element) && types.isSubtype(types.erasure(sub.asType()), types.erasure(type))) {
                // The state keeps the declared type's fields (on the JVM as in WASM): a subclass's
                // own fields would be dropped without a word.
                return simple(type) + " (which " + sub.getSimpleName() + " extends; a subclass's own fields would not be stored)";
            }
        }
        for (TypeElement c = element; c != null; c = userSuperclass(c)) {
            for (VariableElement field : ElementFilter.fieldsIn(c.getEnclosedElements())) {
                if (field.getModifiers().contains(Modifier.STATIC)) {
                    continue;
                }
                String problem = storageProblem(field.asType(), seen);
                if (problem != null) {
                    return simple(type) + " (its field " + field.getSimpleName() + " has type " + problem + ")";
                }
            }
        }
        return null;
    }

    /** The superclass of {@code c} when it is one of the sources' classes, else null. */
    private TypeElement userSuperclass(TypeElement c) {
        TypeMirror s = c.getSuperclass();
        if (s.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement e = (TypeElement) ((DeclaredType) s).asElement();
        return userTypes.contains(e) ? e : null;
    }

    /** A JDK type outside the allow-list: the subset check reports it where it is named. */
    private static boolean outsideSubset(TypeElement element) {
        String name = element.getQualifiedName().toString();
        return (name.startsWith("java.") || name.startsWith("javax.")) && !JavaApi.TYPES.contains(name);
    }

    private static String nested(TypeMirror outer, String problem) {
        return problem == null ? null : problem.contains(" (") ? problem : simple(outer);
    }

    private boolean isSdk(TypeMirror type, String simpleName) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(Names.SDK + simpleName);
    }

    private static boolean isBox(Types types, TypeMirror type) {
        try {
            types.unboxedType(type);
            return true;
        } catch (IllegalArgumentException notABox) {
            return false;
        }
    }

    /** A type as the contract author wrote it: simple names, with type arguments. */
    static String simple(TypeMirror type) {
        return type.toString().replaceAll("\\b[a-z][a-z0-9_]*\\.", "")
                .replaceAll("\\b(?:[A-Z][A-Za-z0-9_]*\\.)+(?=[A-Z])", "");
    }

    private static String article(ElementKind kind) {
        switch (kind) {
            case RECORD:
                return "a record";
            case ENUM:
                return "an enum";
            case INTERFACE:
                return "an interface";
            default:
                return "a " + kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static String displayName(ExecutableElement method) {
        return method.getKind() == ElementKind.CONSTRUCTOR
                ? method.getEnclosingElement().getSimpleName().toString()
                : method.getSimpleName().toString();
    }

    private long start(CompilationUnitTree unit, Tree tree) {
        return positions.getStartPosition(unit, tree);
    }

    private long className(TreePath path) {
        ClassTree tree = (ClassTree) path.getLeaf();
        CompilationUnitTree unit = path.getCompilationUnit();
        long from = positions.getEndPosition(unit, tree.getModifiers());
        long found = Positions.word(frontend.source(unit).text(), from, positions.getEndPosition(unit, tree),
                tree.getSimpleName().toString());
        return found < 0 ? start(unit, tree) : found;
    }

    private long methodName(TreePath path) {
        MethodTree tree = (MethodTree) path.getLeaf();
        CompilationUnitTree unit = path.getCompilationUnit();
        Tree after = tree.getReturnType() != null ? tree.getReturnType() : tree.getModifiers();
        long from = positions.getEndPosition(unit, after);
        String name = tree.getName().contentEquals("<init>")
                ? trees.getElement(path).getEnclosingElement().getSimpleName().toString()
                : tree.getName().toString();
        long found = Positions.word(frontend.source(unit).text(), from, positions.getEndPosition(unit, tree), name);
        return found < 0 ? start(unit, tree) : found;
    }

    private long annotationPos(TreePath path, String simpleName) {
        MethodTree tree = (MethodTree) path.getLeaf();
        for (AnnotationTree annotation : tree.getModifiers().getAnnotations()) {
            Element type = trees.getElement(new TreePath(new TreePath(path, tree.getModifiers()), annotation.getAnnotationType()));
            if (type != null && type.toString().equals(Names.SDK + simpleName)) {
                return start(path.getCompilationUnit(), annotation);
            }
        }
        return start(path.getCompilationUnit(), tree);
    }

    private void report(TreePath path, long position, String message) {
        CompilationUnitTree unit = path.getCompilationUnit();
        findings.add(unit, position, frontend.errorAt(unit, position, message));
    }
}
