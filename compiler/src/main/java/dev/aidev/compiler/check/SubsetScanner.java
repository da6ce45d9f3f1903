package dev.aidev.compiler.check;

import static dev.aidev.compiler.check.Messages.unsupported;

import com.sun.source.tree.AssertTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.aidev.compiler.parse.FrontendResult;
import java.util.List;
import javax.lang.model.element.Element;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * The subset check of one compilation unit: every construct outside docs/java-subset.md is
 * reported at its node. Expressions are checked after their parts, and an expression whose parts
 * already had an error is not reported again, so {@code System.out.println(x)} gives one error (at
 * {@code System}), not three.
 */
final class SubsetScanner extends TreePathScanner<Void, Void> {
    private final FrontendResult frontend;
    private final CompilationUnitTree unit;
    private final Trees trees;
    private final Types types;
    private final SourcePositions positions;
    private final JavaApi api;
    private final Findings findings;
    private final String text;

    /** The {@code @View} method of the contract class being scanned, or null. */
    private ExecutableElement viewMethod;

    SubsetScanner(FrontendResult frontend, CompilationUnitTree unit, JavaApi api, Findings findings) {
        this.frontend = frontend;
        this.unit = unit;
        this.trees = frontend.trees();
        this.types = frontend.types();
        this.positions = trees.getSourcePositions();
        this.api = api;
        this.findings = findings;
        this.text = frontend.source(unit).text();
    }

    void scan() {
        scan(new TreePath(unit), null);
    }

    // ---- declarations ----

    @Override
    public Void visitImport(ImportTree tree, Void unused) {
        return null; // a name is checked where it is used, not where it is imported
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
        TypeElement type = (TypeElement) trees.getElement(getCurrentPath());
        if (type == null) {
            return null;
        }
        if (type.getKind() == ElementKind.ANNOTATION_TYPE) {
            report(namePos(tree, tree.getSimpleName().toString(), start(tree)),
                    unsupported("declaring an annotation type", "use the SDK's annotations"));
            return null;
        }
        NestingKind nesting = type.getNestingKind();
        if (nesting == NestingKind.LOCAL) {
            report(namePos(tree, tree.getSimpleName().toString(), start(tree)),
                    unsupported("a local " + kindWord(type), "declare it as a static nested or top-level type"));
        } else if (nesting == NestingKind.MEMBER && type.getKind() == ElementKind.CLASS
                && !type.getModifiers().contains(Modifier.STATIC)) {
            report(namePos(tree, tree.getSimpleName().toString(), start(tree)),
                    unsupported("an inner (non-static) class", "declare the nested class static"));
        }
        Tree extendsClause = tree.getExtendsClause();
        if (extendsClause != null && nesting != NestingKind.ANONYMOUS) {
            Element superType = trees.getElement(new TreePath(getCurrentPath(), extendsClause));
            if (superType instanceof TypeElement && api.isJdk(superType)
                    && !((TypeElement) superType).getQualifiedName().contentEquals("java.lang.Object")) {
                boolean exception = isThrowable(superType.asType());
                report(start(extendsClause), unsupported(
                        "extending " + ((TypeElement) superType).getQualifiedName(),
                        exception ? Messages.PANIC_HINT : "extend your own classes only"));
                scan(tree.getModifiers(), null);
                scan(tree.getTypeParameters(), null);
                scan(tree.getImplementsClause(), null);
                scan(tree.getMembers(), null);
                return null;
            }
        }
        ExecutableElement outerView = viewMethod;
        viewMethod = null;
        super.visitClass(tree, unused);
        viewMethod = outerView;
        return null;
    }

    @Override
    public Void visitBlock(BlockTree tree, Void unused) {
        if (getCurrentPath().getParentPath().getLeaf() instanceof ClassTree) {
            report(start(tree), tree.isStatic()
                    ? unsupported("a static initializer block",
                            "use compile-time constants, or set up state in an @Init method")
                    : unsupported("an instance initializer block",
                            "initialize fields in their declarations or in a constructor"));
        }
        return super.visitBlock(tree, unused);
    }

    @Override
    public Void visitVariable(VariableTree tree, Void unused) {
        Element element = trees.getElement(getCurrentPath());
        if (element != null && element.getKind() == ElementKind.FIELD) {
            VariableElement field = (VariableElement) element;
            ModifiersTree modifiers = tree.getModifiers();
            long name = namePos(tree, tree.getName().toString(), end(tree.getType()));
            if (field.getModifiers().contains(Modifier.STATIC)) {
                if (!field.getModifiers().contains(Modifier.FINAL)) {
                    report(name, unsupported("a static mutable field",
                            "contract state lives in instance fields of the @NearContract class"));
                } else if (field.getConstantValue() == null && !isValueType(field.asType())) {
                    report(name, unsupported("a static final field of type " + field.asType() + " with a computed value",
                            "its object could change between calls on the JVM but not on NEAR; use a compile-time constant,"
                                    + " a value type (U128, U64, AccountId, String, a box, an enum or a record) or a static method"));
                }
            }
            if (field.getModifiers().contains(Modifier.TRANSIENT)) {
                report(keyword(modifiers, "transient"), unsupported("a transient field",
                        "every instance field of the contract is state; compute the value in a method"));
            }
            if (field.getModifiers().contains(Modifier.VOLATILE)) {
                report(keyword(modifiers, "volatile"), unsupported("volatile", Messages.THREAD_HINT));
            }
        }
        return super.visitVariable(tree, unused);
    }

    @Override
    public Void visitMethod(MethodTree tree, Void unused) {
        ExecutableElement method = (ExecutableElement) trees.getElement(getCurrentPath());
        ModifiersTree modifiers = tree.getModifiers();
        if (method != null) {
            if (method.getModifiers().contains(Modifier.SYNCHRONIZED)) {
                report(keyword(modifiers, "synchronized"), unsupported("synchronized", Messages.THREAD_HINT));
            }
            if (method.getModifiers().contains(Modifier.NATIVE)) {
                report(keyword(modifiers, "native"), unsupported("a native method", "reach the host through Env"));
            }
            if (method.isVarArgs() && !isGenerated(tree)) {
                VariableTree last = tree.getParameters().get(tree.getParameters().size() - 1);
                report(start(last.getType()), unsupported("a varargs parameter", "take an array or a List"));
            }
            for (ExpressionTree thrown : tree.getThrows()) {
                TypeMirror type = trees.getTypeMirror(new TreePath(getCurrentPath(), thrown));
                if (type != null && !isUnchecked(type)) {
                    report(start(thrown), unsupported("a checked exception (" + type + ")",
                            "contracts panic with unchecked exceptions: " + Messages.PANIC_HINT.replace(" to panic", "")));
                }
            }
        }
        ExecutableElement outerView = viewMethod;
        viewMethod = method != null && Names.annotation(method, "View") != null
                && Names.annotation(method.getEnclosingElement(), "NearContract") != null ? method : null;
        scan(modifiers, null);
        scan(tree.getTypeParameters(), null);
        scan(tree.getReturnType(), null);
        scan(tree.getReceiverParameter(), null);
        scan(tree.getParameters(), null);
        scan(tree.getDefaultValue(), null);
        scan(tree.getBody(), null);
        viewMethod = outerView;
        return null;
    }

    // ---- statements ----

    @Override
    public Void visitTry(TryTree tree, Void unused) {
        report(start(tree), unsupported(tree.getResources().isEmpty() ? "try/catch/finally" : "try-with-resources",
                "a panic aborts the whole call and cannot be caught; check the condition before acting"));
        scan(tree.getBlock(), null);
        scan(tree.getCatches(), null);
        scan(tree.getFinallyBlock(), null);
        return null;
    }

    @Override
    public Void visitCatch(CatchTree tree, Void unused) {
        scan(tree.getBlock(), null); // the caught type is part of the reported try
        return null;
    }

    @Override
    public Void visitSynchronized(SynchronizedTree tree, Void unused) {
        report(start(tree), unsupported("synchronized", Messages.THREAD_HINT));
        return super.visitSynchronized(tree, unused);
    }

    @Override
    public Void visitAssert(AssertTree tree, Void unused) {
        report(start(tree), unsupported("assert", "check with if and " + Messages.PANIC_HINT.replace(" to panic", "")));
        return super.visitAssert(tree, unused);
    }

    @Override
    public Void visitLabeledStatement(LabeledStatementTree tree, Void unused) {
        switch (tree.getStatement().getKind()) {
            case FOR_LOOP:
            case ENHANCED_FOR_LOOP:
            case WHILE_LOOP:
            case DO_WHILE_LOOP:
                break;
            default:
                report(start(tree), unsupported("a label on a statement that is not a loop",
                        "label the loop, or use a boolean flag"));
        }
        return super.visitLabeledStatement(tree, unused);
    }

    @Override
    public Void visitThrow(ThrowTree tree, Void unused) {
        ExpressionTree thrown = tree.getExpression();
        if (thrown instanceof MethodInvocationTree) {
            Element method = trees.getElement(new TreePath(getCurrentPath(), thrown));
            if (method != null && method.getSimpleName().contentEquals("panic")
                    && ((TypeElement) method.getEnclosingElement()).getQualifiedName().contentEquals(Names.SDK + "Env")) {
                return super.visitThrow(tree, unused); // throw Env.panic(message)
            }
        }
        if (!(thrown instanceof NewClassTree) || ((NewClassTree) thrown).getClassBody() != null) {
            report(start(thrown), unsupported("throwing an existing exception value",
                    "write throw new IllegalStateException(message) or throw Env.panic(message) where the call must fail"));
            return super.visitThrow(tree, unused);
        }
        NewClassTree creation = (NewClassTree) thrown;
        TreePath creationPath = new TreePath(getCurrentPath(), creation);
        Element constructor = trees.getElement(creationPath);
        if (constructor == null) {
            return null;
        }
        TypeElement type = (TypeElement) constructor.getEnclosingElement();
        if (type.getQualifiedName().contentEquals(Names.SDK + "ContractPanic")) {
            return super.visitThrow(tree, unused);
        }
        if (!api.isPanic(type)) {
            report(start(creation.getIdentifier()), unsupported("throwing " + type.getQualifiedName(),
                    "throw new IllegalStateException(message), or another unchecked java.lang exception, to panic"));
        } else {
            List<? extends VariableElement> parameters = ((ExecutableElement) constructor).getParameters();
            boolean messageOnly = parameters.isEmpty() || (parameters.size() == 1
                    && isString(parameters.get(0).asType()));
            if (!messageOnly) {
                report(start(creation.getIdentifier()), unsupported("an exception with a cause",
                        "pass only the message: the panic message is all a contract reports"));
            }
        }
        scan(creation.getArguments(), null);
        return null;
    }

    // ---- expressions ----

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
        report(start(tree), unsupported("a lambda expression", Messages.LAMBDA_HINT));
        return null;
    }

    @Override
    public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
        report(start(tree), unsupported("a method reference", Messages.LAMBDA_HINT));
        return null;
    }

    @Override
    public Void visitInstanceOf(InstanceOfTree tree, Void unused) {
        if (tree.getPattern() != null) {
            report(start(tree.getPattern()), unsupported("an instanceof pattern",
                    "test with instanceof, then cast: if (x instanceof Foo) { Foo foo = (Foo) x; }"));
            scan(tree.getExpression(), null);
            return null;
        }
        return super.visitInstanceOf(tree, unused);
    }

    @Override
    public Void visitPrimitiveType(PrimitiveTypeTree tree, Void unused) {
        if (tree.getPrimitiveTypeKind() == TypeKind.FLOAT || tree.getPrimitiveTypeKind() == TypeKind.DOUBLE) {
            report(start(tree), floating(tree.getPrimitiveTypeKind()));
        }
        return null;
    }

    @Override
    public Void visitLiteral(LiteralTree tree, Void unused) {
        if (tree.getKind() == Tree.Kind.FLOAT_LITERAL) {
            report(start(tree), floating(TypeKind.FLOAT));
        } else if (tree.getKind() == Tree.Kind.DOUBLE_LITERAL) {
            report(start(tree), floating(TypeKind.DOUBLE));
        }
        return null;
    }

    @Override
    public Void visitIdentifier(IdentifierTree tree, Void unused) {
        Element element = trees.getElement(getCurrentPath());
        if (element instanceof TypeElement) {
            checkTypeUse(start(tree), (TypeElement) element);
        } else if (element != null && isField(element)) {
            checkMember(start(tree), element);
        }
        return null;
    }

    /** Whether the class literal is the type argument of {@code Json.decode(text, X.class)}. */
    private boolean isJsonDecodeType(MemberSelectTree literal) {
        if (!(getCurrentPath().getParentPath().getLeaf() instanceof MethodInvocationTree call)
                || call.getArguments().size() != 2 || call.getArguments().get(1) != literal) {
            return false;
        }
        Element method = trees.getElement(getCurrentPath().getParentPath());
        return method != null && method.getSimpleName().contentEquals("decode")
                && ((TypeElement) method.getEnclosingElement()).getQualifiedName().contentEquals(Names.SDK + "Json");
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
        int before = findings.count();
        super.visitMemberSelect(tree, unused);
        if (findings.count() > before) {
            return null;
        }
        long name = end(tree) - tree.getIdentifier().length();
        if (tree.getIdentifier().contentEquals("class")) {
            if (!isJsonDecodeType(tree)) {
                report(start(tree), unsupported("a class literal", Messages.REFLECTION_HINT));
                return null;
            }
            // Json.decode(text, X.class): X must travel as JSON, as an exported method's parameter.
            TypeMirror decoded = ((DeclaredType) trees.getTypeMirror(getCurrentPath())).getTypeArguments().get(0);
            String problem = ContractRules.jsonProblem(types, decoded);
            if (problem != null) {
                report(start(tree), unsupported("Json.decode as " + problem, "decode primitives, String, U64, U128, "
                        + "AccountId, Gas, Timestamp, PublicKey, records, enums or arrays; a class literal has no type "
                        + "arguments, so for a List<T> decode a T[] or a record with a List<T> component"));
            }
            return null;
        }
        Element element = trees.getElement(getCurrentPath());
        if (element instanceof TypeElement) {
            checkTypeUse(name, (TypeElement) element);
        } else if (element != null && isField(element)) {
            checkMember(name, element);
        }
        return null;
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        int before = findings.count();
        super.visitMethodInvocation(tree, unused);
        if (findings.count() > before) {
            return null;
        }
        Element element = trees.getElement(getCurrentPath());
        if (!(element instanceof ExecutableElement)) {
            return null;
        }
        ExecutableElement method = (ExecutableElement) element;
        if (isGenerated(tree)) {
            return null; // javac's implicit super() of a default constructor
        }
        long name = methodNamePos(tree.getMethodSelect());
        if (api.isJdk(method) && !api.isAllowedMember(method)) {
            checkMember(name, method);
        }
        return null;
    }

    @Override
    public Void visitNewClass(NewClassTree tree, Void unused) {
        if (tree.getClassBody() != null) {
            boolean enumConstant = getCurrentPath().getParentPath().getLeaf() instanceof VariableTree
                    && trees.getElement(getCurrentPath().getParentPath()) != null
                    && trees.getElement(getCurrentPath().getParentPath()).getKind() == ElementKind.ENUM_CONSTANT;
            report(start(tree), enumConstant
                    ? unsupported("an enum constant with a body", "put the behaviour in a method that switches on the constant")
                    : unsupported("an anonymous class", "declare a static nested class and create it with new"));
            scan(tree.getArguments(), null);
            return null;
        }
        int before = findings.count();
        super.visitNewClass(tree, unused);
        if (findings.count() > before) {
            return null;
        }
        Element constructor = trees.getElement(getCurrentPath());
        if (constructor != null && api.isJdk(constructor) && !api.isAllowedMember(constructor)) {
            checkMember(start(tree.getIdentifier()), constructor);
        }
        return null;
    }

    @Override
    public Void visitBinary(BinaryTree tree, Void unused) {
        int before = findings.count();
        super.visitBinary(tree, unused);
        if (findings.count() > before) {
            return null;
        }
        TypeMirror left = typeOf(tree.getLeftOperand());
        TypeMirror right = typeOf(tree.getRightOperand());
        if (tree.getKind() == Tree.Kind.EQUAL_TO || tree.getKind() == Tree.Kind.NOT_EQUAL_TO) {
            long operator = operatorPos(tree, tree.getKind() == Tree.Kind.EQUAL_TO ? "==" : "!=");
            if (isString(left) && isString(right)) {
                report(operator, unsupported("comparing strings with " + (tree.getKind() == Tree.Kind.EQUAL_TO ? "==" : "!="),
                        "use equals(...)"));
            } else if (isBox(left) && isBox(right)) {
                report(operator, unsupported("comparing boxed numbers with " + (tree.getKind() == Tree.Kind.EQUAL_TO ? "==" : "!="),
                        "use equals(...), or compare primitive values"));
            }
        } else if (tree.getKind() == Tree.Kind.PLUS && isString(typeOf(tree))) {
            checkConcatenated(tree.getLeftOperand(), left);
            checkConcatenated(tree.getRightOperand(), right);
        }
        return null;
    }

    @Override
    public Void visitCompoundAssignment(CompoundAssignmentTree tree, Void unused) {
        int before = findings.count();
        super.visitCompoundAssignment(tree, unused);
        if (findings.count() > before) {
            return null;
        }
        checkViewWrite(tree.getVariable(), tree);
        if (tree.getKind() == Tree.Kind.PLUS_ASSIGNMENT && isString(typeOf(tree.getVariable()))) {
            checkConcatenated(tree.getExpression(), typeOf(tree.getExpression()));
        }
        return null;
    }

    @Override
    public Void visitAssignment(AssignmentTree tree, Void unused) {
        checkViewWrite(tree.getVariable(), tree);
        return super.visitAssignment(tree, unused);
    }

    @Override
    public Void visitUnary(UnaryTree tree, Void unused) {
        switch (tree.getKind()) {
            case PREFIX_INCREMENT:
            case PREFIX_DECREMENT:
            case POSTFIX_INCREMENT:
            case POSTFIX_DECREMENT:
                checkViewWrite(tree.getExpression(), tree);
                break;
            default:
                break;
        }
        return super.visitUnary(tree, unused);
    }

    // ---- the checks ----

    private void checkTypeUse(long position, TypeElement type) {
        if (!api.isJdk(type) || api.isAllowedType(type)) {
            return;
        }
        String name = type.getQualifiedName().toString();
        if (api.isPanic(type) || isThrowable(type.asType())) {
            report(position, unsupported("using " + name + " outside throw new",
                    "write throw new IllegalStateException(message) where the call must fail"));
        } else {
            report(position, unsupported(name, JavaApi.typeGuidance(name)));
        }
    }

    private void checkMember(long position, Element member) {
        if (!api.isJdk(member) || api.isAllowedMember(member)) {
            return;
        }
        TypeElement owner = (TypeElement) member.getEnclosingElement();
        if (!api.isAllowedType(owner) && !api.isPanic(owner)) {
            String name = owner.getQualifiedName().toString();
            report(position, unsupported(name, JavaApi.typeGuidance(name)));
            return;
        }
        String what;
        if (member.getKind() == ElementKind.CONSTRUCTOR) {
            what = "new " + owner.getSimpleName() + "(" + parameterTypes((ExecutableElement) member) + ")";
        } else if (member instanceof ExecutableElement) {
            what = owner.getSimpleName() + "." + member.getSimpleName() + "(" + parameterTypes((ExecutableElement) member) + ")";
        } else {
            what = owner.getSimpleName() + "." + member.getSimpleName();
        }
        report(position, unsupported(what, JavaApi.memberGuidance(member)));
    }

    /** An operand of string concatenation must have a toString() that is the same on the JVM and in WASM. */
    private void checkConcatenated(ExpressionTree operand, TypeMirror type) {
        if (type == null || type.getKind().isPrimitive() || type.getKind() == TypeKind.NULL
                || isString(type) || isBox(type)) {
            return;
        }
        if (operand instanceof BinaryTree && operand.getKind() == Tree.Kind.PLUS && isString(type)) {
            return;
        }
        if (type.getKind() == TypeKind.DECLARED) {
            TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
            if (element.getKind() == ElementKind.ENUM || declaresToString(element)) {
                return;
            }
            if (isListOfText(type)) {
                return;
            }
            if (element.getKind() == ElementKind.CLASS && !api.isJdk(element)) {
                report(start(operand), unsupported("concatenating a " + element.getSimpleName()
                                + ", which has no toString(),",
                        "override toString() in " + element.getSimpleName() + ", or concatenate its fields"));
                return;
            }
        }
        report(start(operand), unsupported("concatenating a value of type " + ContractRules.simple(types.erasure(type)),
                "concatenate a String, a primitive, or an object of a class or record with toString()"));
    }

    /**
     * A {@code List} whose elements have a text the same on the JVM and in WASM ({@code [a, b]}):
     * strings, boxes, enums, lists of those, and types that declare {@code toString()}.
     */
    private boolean isListOfText(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        String name = element.getQualifiedName().toString();
        if (!name.equals("java.util.List") && !name.equals("java.util.ArrayList")) {
            return false;
        }
        List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
        if (args.size() != 1) {
            return false;
        }
        TypeMirror e = args.get(0);
        if (isString(e) || isBox(e) || isListOfText(e)) {
            return true;
        }
        if (e.getKind() != TypeKind.DECLARED) {
            return false;
        }
        TypeElement ee = (TypeElement) ((DeclaredType) e).asElement();
        return ee.getKind() == ElementKind.ENUM || (declaresToString(ee) && ee.getKind() != ElementKind.INTERFACE);
    }

    /** A @View method must not assign the contract's fields (report at the assignment). */
    private void checkViewWrite(ExpressionTree target, Tree assignment) {
        if (viewMethod == null) {
            return;
        }
        ExpressionTree base = target;
        while (base.getKind() == Tree.Kind.ARRAY_ACCESS) {
            base = ((com.sun.source.tree.ArrayAccessTree) base).getExpression();
        }
        while (base.getKind() == Tree.Kind.PARENTHESIZED) {
            base = ((com.sun.source.tree.ParenthesizedTree) base).getExpression();
        }
        Element element = trees.getElement(new TreePath(getCurrentPath(), base));
        if (element == null || element.getKind() != ElementKind.FIELD
                || element.getModifiers().contains(Modifier.STATIC)
                || !element.getEnclosingElement().equals(viewMethod.getEnclosingElement())) {
            return;
        }
        boolean onThis = base.getKind() == Tree.Kind.IDENTIFIER
                || (base instanceof MemberSelectTree
                        && ((MemberSelectTree) base).getExpression().toString().equals("this"));
        if (onThis) {
            report(start(assignment), unsupported("assigning a contract field in a @View method",
                    "views are read-only; make the method @Call"));
        }
    }

    // ---- helpers ----

    /**
     * Whether a value of type {@code t} cannot change once made, so that a {@code static final}
     * field of it (initialised once per JVM, once per call on NEAR) reads the same everywhere:
     * primitives, boxes, {@code String}, the SDK's value types, {@code Optional}, enums, records.
     */
    private static boolean isValueType(TypeMirror t) {
        if (t.getKind().isPrimitive()) {
            return true;
        }
        if (t.getKind() != TypeKind.DECLARED) {
            return false;
        }
        TypeElement e = (TypeElement) ((DeclaredType) t).asElement();
        String name = e.getQualifiedName().toString();
        return e.getKind() == ElementKind.ENUM || e.getKind() == ElementKind.RECORD
                || Set.of("java.lang.String", "java.lang.Boolean", "java.lang.Byte", "java.lang.Short", "java.lang.Character",
                        "java.lang.Integer", "java.lang.Long", "java.util.Optional", "dev.aidev.sdk.U128", "dev.aidev.sdk.U64",
                        "dev.aidev.sdk.AccountId", "dev.aidev.sdk.Gas", "dev.aidev.sdk.Timestamp", "dev.aidev.sdk.PublicKey").contains(name);
    }

    private static String kindWord(TypeElement type) {
        switch (type.getKind()) {
            case RECORD:
                return "record";
            case ENUM:
                return "enum";
            case INTERFACE:
                return "interface";
            default:
                return "class";
        }
    }

    private String floating(TypeKind kind) {
        return unsupported("floating point (" + (kind == TypeKind.FLOAT ? "float" : "double") + ")", Messages.FLOAT_HINT);
    }

    private boolean declaresToString(TypeElement type) {
        if (type.getKind() == ElementKind.RECORD) {
            return true;
        }
        for (ExecutableElement method : ElementFilter.methodsIn(frontend.elements().getAllMembers(type))) {
            if (method.getSimpleName().contentEquals("toString") && method.getParameters().isEmpty()) {
                return !((TypeElement) method.getEnclosingElement()).getQualifiedName().contentEquals("java.lang.Object");
            }
        }
        return false;
    }

    private static boolean isField(Element element) {
        return element.getKind() == ElementKind.FIELD || element.getKind() == ElementKind.ENUM_CONSTANT;
    }

    private boolean isThrowable(TypeMirror type) {
        TypeElement throwable = frontend.elements().getTypeElement("java.lang.Throwable");
        return throwable != null && types.isSubtype(types.erasure(type), throwable.asType());
    }

    private boolean isUnchecked(TypeMirror type) {
        TypeElement runtime = frontend.elements().getTypeElement("java.lang.RuntimeException");
        TypeElement error = frontend.elements().getTypeElement("java.lang.Error");
        return types.isSubtype(type, runtime.asType()) || types.isSubtype(type, error.asType());
    }

    private static boolean isString(TypeMirror type) {
        return type != null && type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals("java.lang.String");
    }

    private boolean isBox(TypeMirror type) {
        if (type == null || type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        try {
            types.unboxedType(type);
            return true;
        } catch (IllegalArgumentException notABox) {
            return false;
        }
    }

    private String parameterTypes(ExecutableElement method) {
        StringBuilder out = new StringBuilder();
        for (VariableElement parameter : method.getParameters()) {
            out.append(out.length() == 0 ? "" : ", ").append(ContractRules.simple(types.erasure(parameter.asType())));
        }
        return out.toString();
    }

    private TypeMirror typeOf(Tree tree) {
        return trees.getTypeMirror(new TreePath(getCurrentPath(), tree));
    }

    private boolean isGenerated(Tree tree) {
        return positions.getEndPosition(unit, tree) < 0;
    }

    private long start(Tree tree) {
        return positions.getStartPosition(unit, tree);
    }

    private long end(Tree tree) {
        return positions.getEndPosition(unit, tree);
    }

    private long methodNamePos(ExpressionTree select) {
        if (select instanceof MemberSelectTree) {
            return end(select) - ((MemberSelectTree) select).getIdentifier().length();
        }
        return start(select);
    }

    /** Where an operator sits between two operands (javac's place for binary errors). */
    private long operatorPos(BinaryTree tree, String operator) {
        long from = end(tree.getLeftOperand());
        long to = start(tree.getRightOperand());
        int at = from < 0 || to < from ? -1 : text.substring((int) from, (int) to).indexOf(operator);
        return at < 0 ? start(tree) : from + at;
    }

    /** Where a declaration's name is written, searching from {@code from}; the tree start if not found. */
    private long namePos(Tree tree, String name, long from) {
        long found = Positions.word(text, from < 0 ? start(tree) : from, end(tree), name);
        return found < 0 ? start(tree) : found;
    }

    /** Where a modifier keyword is written; the modifiers' start if not found. */
    private long keyword(ModifiersTree modifiers, String word) {
        long found = Positions.word(text, start(modifiers), end(modifiers), word);
        return found < 0 ? start(modifiers) : found;
    }

    private void report(long position, String message) {
        findings.add(unit, position, frontend.errorAt(unit, position, message));
    }
}
