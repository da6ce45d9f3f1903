package dev.aidev.compiler.check;

import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The JDK API a contract may use: a short allow-list, because every entry is a promise that the
 * back end implements it inside the WebAssembly, with the JVM's exact results (the JVM run and
 * the WASM run of a contract are compared). docs/java-subset.md lists the same entries; a test
 * keeps the two in step.
 *
 * <p>Keys are {@code package.Type.member(erased,parameter,types)}; {@code Type.member(*)} allows
 * every overload of a member that takes no floating point and no varargs. A method that overrides
 * an allowed one (ArrayList.size overriding List.size) is allowed too.
 */
final class JavaApi {
    /** Types a contract may name (in declarations, casts, type arguments, static calls). */
    static final Set<String> TYPES = Set.of(
            "java.lang.Object",
            "java.lang.String",
            "java.lang.StringBuilder",
            "java.lang.Boolean",
            "java.lang.Byte",
            "java.lang.Short",
            "java.lang.Character",
            "java.lang.Integer",
            "java.lang.Long",
            "java.lang.Math",
            "java.lang.Comparable",
            "java.lang.Iterable",
            "java.lang.Override",
            "java.lang.SuppressWarnings",
            "java.lang.Deprecated",
            "java.util.List",
            "java.util.ArrayList",
            "java.util.Iterator",
            "java.util.Optional",
            "java.util.Objects",
            "java.util.Arrays",
            "java.nio.charset.StandardCharsets",
            "java.nio.charset.Charset");

    /** Unchecked exceptions a contract may throw, as {@code throw new X()} or {@code throw new X(message)}. */
    static final Set<String> PANICS = Set.of(
            "java.lang.RuntimeException",
            "java.lang.IllegalStateException",
            "java.lang.IllegalArgumentException",
            "java.lang.UnsupportedOperationException",
            "java.lang.ArithmeticException",
            "java.lang.IndexOutOfBoundsException",
            "java.lang.NullPointerException",
            "java.util.NoSuchElementException");

    /** Methods and constructors ({@code <init>}) and non-constant fields a contract may use. */
    static final Set<String> MEMBERS = Set.of(
            "java.lang.Object.<init>()",
            "java.lang.Object.equals(java.lang.Object)",
            // The implicit super() of records and enums.
            "java.lang.Record.<init>()",
            "java.lang.Enum.<init>(java.lang.String,int)",
            // String: Java's UTF-16 semantics for length/charAt/indexes.
            "java.lang.String.length()",
            "java.lang.String.isEmpty()",
            "java.lang.String.charAt(int)",
            "java.lang.String.equals(java.lang.Object)",
            "java.lang.String.compareTo(java.lang.String)",
            "java.lang.String.substring(int)",
            "java.lang.String.substring(int,int)",
            "java.lang.String.indexOf(java.lang.String)",
            "java.lang.String.indexOf(int)",
            "java.lang.String.startsWith(java.lang.String)",
            "java.lang.String.endsWith(java.lang.String)",
            "java.lang.String.contains(java.lang.CharSequence)",
            "java.lang.String.concat(java.lang.String)",
            "java.lang.String.toString()",
            "java.lang.String.getBytes(java.nio.charset.Charset)",
            "java.lang.String.<init>(byte[],java.nio.charset.Charset)",
            "java.lang.String.valueOf(int)",
            "java.lang.String.valueOf(long)",
            "java.lang.String.valueOf(char)",
            "java.lang.String.valueOf(boolean)",
            "java.nio.charset.StandardCharsets.UTF_8",
            "java.lang.StringBuilder.<init>()",
            "java.lang.StringBuilder.<init>(java.lang.String)",
            "java.lang.StringBuilder.append(java.lang.String)",
            "java.lang.StringBuilder.append(char)",
            "java.lang.StringBuilder.append(int)",
            "java.lang.StringBuilder.append(long)",
            "java.lang.StringBuilder.append(boolean)",
            "java.lang.StringBuilder.length()",
            "java.lang.StringBuilder.toString()",
            // Checked arithmetic (plain + - * already panic on overflow in contracts).
            "java.lang.Math.addExact(*)",
            "java.lang.Math.subtractExact(*)",
            "java.lang.Math.multiplyExact(*)",
            "java.lang.Math.negateExact(*)",
            "java.lang.Math.incrementExact(*)",
            "java.lang.Math.decrementExact(*)",
            "java.lang.Math.toIntExact(long)",
            "java.lang.Math.absExact(*)",
            "java.lang.Math.floorDiv(*)",
            "java.lang.Math.floorMod(*)",
            "java.lang.Math.abs(int)",
            "java.lang.Math.abs(long)",
            "java.lang.Math.min(int,int)",
            "java.lang.Math.min(long,long)",
            "java.lang.Math.max(int,int)",
            "java.lang.Math.max(long,long)",
            // Boxes: needed for generics (LookupMap<String, Long>).
            "java.lang.Boolean.valueOf(boolean)",
            "java.lang.Boolean.booleanValue()",
            "java.lang.Boolean.equals(java.lang.Object)",
            "java.lang.Boolean.toString(boolean)",
            "java.lang.Byte.valueOf(byte)",
            "java.lang.Byte.byteValue()",
            "java.lang.Byte.equals(java.lang.Object)",
            "java.lang.Short.valueOf(short)",
            "java.lang.Short.shortValue()",
            "java.lang.Short.equals(java.lang.Object)",
            "java.lang.Character.valueOf(char)",
            "java.lang.Character.charValue()",
            "java.lang.Character.equals(java.lang.Object)",
            "java.lang.Integer.valueOf(int)",
            "java.lang.Integer.intValue()",
            "java.lang.Integer.longValue()",
            "java.lang.Integer.equals(java.lang.Object)",
            "java.lang.Integer.compareTo(java.lang.Integer)",
            "java.lang.Integer.compare(int,int)",
            "java.lang.Integer.parseInt(java.lang.String)",
            "java.lang.Integer.toString(int)",
            "java.lang.Long.valueOf(long)",
            "java.lang.Long.longValue()",
            "java.lang.Long.intValue()",
            "java.lang.Long.equals(java.lang.Object)",
            "java.lang.Long.compareTo(java.lang.Long)",
            "java.lang.Long.compare(long,long)",
            "java.lang.Long.parseLong(java.lang.String)",
            "java.lang.Long.toString(long)",
            // Enums: name and ordinal are what JSON and Borsh use.
            "java.lang.Enum.name()",
            "java.lang.Enum.ordinal()",
            "java.lang.Enum.toString()",
            "java.lang.Enum.equals(java.lang.Object)",
            "java.lang.Enum.compareTo(java.lang.Enum)",
            "java.lang.Comparable.compareTo(java.lang.Object)",
            // In-memory lists (JSON arrays); contract state uses the SDK's collections.
            "java.util.List.of(*)",
            "java.util.List.size()",
            "java.util.List.isEmpty()",
            "java.util.List.get(int)",
            "java.util.List.set(int,java.lang.Object)",
            "java.util.List.add(java.lang.Object)",
            "java.util.List.contains(java.lang.Object)",
            "java.util.List.iterator()",
            "java.util.List.equals(java.lang.Object)",
            "java.util.ArrayList.<init>()",
            "java.util.ArrayList.<init>(int)",
            "java.lang.Iterable.iterator()",
            "java.util.Iterator.hasNext()",
            "java.util.Iterator.next()",
            "java.util.Optional.of(java.lang.Object)",
            "java.util.Optional.ofNullable(java.lang.Object)",
            "java.util.Optional.empty()",
            "java.util.Optional.isPresent()",
            "java.util.Optional.isEmpty()",
            "java.util.Optional.get()",
            "java.util.Optional.orElse(java.lang.Object)",
            "java.util.Optional.orElseThrow()",
            "java.util.Optional.equals(java.lang.Object)",
            "java.util.Objects.equals(java.lang.Object,java.lang.Object)",
            "java.util.Objects.requireNonNull(java.lang.Object,java.lang.String)",
            "java.util.Arrays.equals(byte[],byte[])",
            "java.util.Arrays.copyOf(byte[],int)",
            "java.util.Arrays.copyOfRange(byte[],int,int)");

    /** Guidance for whole families of JDK types, by qualified-name prefix (first match wins). */
    private static final List<Map.Entry<String, String>> TYPE_GUIDANCE = List.of(
            Map.entry("java.lang.Float", Messages.FLOAT_HINT),
            Map.entry("java.lang.Double", Messages.FLOAT_HINT),
            Map.entry("java.math.BigDecimal", Messages.FLOAT_HINT),
            Map.entry("java.math.BigInteger", "use U128 or U64 from the SDK for large integers"),
            Map.entry("java.lang.Thread", Messages.THREAD_HINT),
            Map.entry("java.lang.Runnable", Messages.THREAD_HINT),
            Map.entry("java.util.concurrent.", Messages.THREAD_HINT),
            Map.entry("java.lang.Class", Messages.REFLECTION_HINT),
            Map.entry("java.lang.reflect.", Messages.REFLECTION_HINT),
            Map.entry("java.lang.invoke.", Messages.REFLECTION_HINT),
            Map.entry("java.lang.System", "log with Env.log(message) and read the block context through Env"),
            Map.entry("java.util.function.", Messages.LAMBDA_HINT),
            Map.entry("java.util.stream.", "use a for loop"),
            Map.entry("java.util.Random", "derive randomness from Env.randomSeed()"),
            Map.entry("java.time.", "read the block time with Env.blockTimestamp() (nanoseconds) or Env.blockTime()"),
            Map.entry("java.io.", "contracts cannot do I/O; use Env.log and the SDK's storage collections"),
            Map.entry("java.nio.file.", "contracts cannot do I/O; use Env.log and the SDK's storage collections"),
            Map.entry("java.net.", "contracts cannot do I/O; call other contracts with the SDK's Promise API"),
            Map.entry("java.util.Map", Messages.COLLECTION_HINT),
            Map.entry("java.util.HashMap", Messages.COLLECTION_HINT),
            Map.entry("java.util.TreeMap", Messages.COLLECTION_HINT),
            Map.entry("java.util.LinkedHashMap", Messages.COLLECTION_HINT),
            Map.entry("java.util.Set", Messages.COLLECTION_HINT),
            Map.entry("java.util.HashSet", Messages.COLLECTION_HINT),
            Map.entry("java.util.TreeSet", Messages.COLLECTION_HINT),
            Map.entry("java.util.LinkedHashSet", Messages.COLLECTION_HINT),
            Map.entry("java.util.Collection", "use java.util.List, or the SDK's storage collections for state"));

    /** Guidance for single JDK members, by {@code Type.member} (simple type name). */
    private static final Map<String, String> MEMBER_GUIDANCE = Map.ofEntries(
            Map.entry("Object.hashCode", Messages.HASH_HINT),
            Map.entry("Enum.hashCode", Messages.HASH_HINT),
            Map.entry("Object.toString", "override toString() in the class, or build the text with string concatenation"),
            Map.entry("Object.getClass", Messages.REFLECTION_HINT),
            Map.entry("Object.wait", Messages.THREAD_HINT),
            Map.entry("Object.notify", Messages.THREAD_HINT),
            Map.entry("Object.notifyAll", Messages.THREAD_HINT),
            Map.entry("Object.clone", "copy the array or object explicitly, for example in a loop"),
            Map.entry("String.format", "use string concatenation"),
            Map.entry("String.join", "use a StringBuilder in a loop"),
            Map.entry("String.toLowerCase", "its result depends on the JVM's locale; map ASCII characters in a loop"),
            Map.entry("String.toUpperCase", "its result depends on the JVM's locale; map ASCII characters in a loop"),
            Map.entry("String.split", "scan the string with indexOf and substring"),
            Map.entry("Math.random", "derive randomness from Env.randomSeed()"),
            Map.entry("List.forEach", Messages.LAMBDA_HINT),
            Map.entry("Collection.stream", "use a for loop"),
            Map.entry("Iterable.forEach", Messages.LAMBDA_HINT),
            Map.entry("List.remove", "build a new list without the element"));

    private final Elements elements;
    private final Types types;

    JavaApi(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** Whether an element belongs to the JDK (whose use is allow-listed), not to the SDK or the contract. */
    boolean isJdk(Element element) {
        TypeElement top = topLevel(element);
        if (top == null) {
            return false;
        }
        String name = top.getQualifiedName().toString();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("sun.") || name.startsWith("com.sun.");
    }

    boolean isAllowedType(TypeElement type) {
        return TYPES.contains(type.getQualifiedName().toString());
    }

    boolean isPanic(TypeElement type) {
        return PANICS.contains(type.getQualifiedName().toString());
    }

    /** Whether a JDK method, constructor or field is allowed. Compile-time constants always are. */
    boolean isAllowedMember(Element member) {
        if (member instanceof VariableElement) {
            return ((VariableElement) member).getConstantValue() != null || MEMBERS.contains(key(member));
        }
        if (!(member instanceof ExecutableElement)) {
            return false;
        }
        ExecutableElement method = (ExecutableElement) member;
        if (allowedByKey(method)) {
            return true;
        }
        // StringBuilder inherits length() from the JDK's package-private AbstractStringBuilder.
        String k = key(method);
        if (k.startsWith("java.lang.AbstractStringBuilder.")
                && MEMBERS.contains("java.lang.StringBuilder." + k.substring("java.lang.AbstractStringBuilder.".length()))) {
            return true;
        }
        if (method.getKind() != ElementKind.METHOD) {
            return false;
        }
        TypeElement owner = (TypeElement) method.getEnclosingElement();
        for (TypeElement superType : superTypes(owner)) {
            for (ExecutableElement candidate : ElementFilter.methodsIn(superType.getEnclosedElements())) {
                if (candidate.getSimpleName().equals(method.getSimpleName())
                        && elements.overrides(method, candidate, owner)
                        && allowedByKey(candidate)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean allowedByKey(ExecutableElement method) {
        if (MEMBERS.contains(key(method))) {
            return true;
        }
        String any = ((TypeElement) method.getEnclosingElement()).getQualifiedName() + "."
                + method.getSimpleName() + "(*)";
        return MEMBERS.contains(any) && !method.isVarArgs()
                && method.getParameters().stream().noneMatch(p -> isFloating(p.asType()));
    }

    /** What to do instead of a JDK type. */
    static String typeGuidance(String qualifiedName) {
        for (Map.Entry<String, String> entry : TYPE_GUIDANCE) {
            String prefix = entry.getKey();
            if (qualifiedName.equals(prefix) || (prefix.endsWith(".") && qualifiedName.startsWith(prefix))) {
                return entry.getValue();
            }
        }
        return Messages.JDK_HINT;
    }

    /** What to do instead of a JDK member. */
    static String memberGuidance(Element member) {
        String owner = member.getEnclosingElement().getSimpleName().toString();
        String hint = MEMBER_GUIDANCE.get(owner + "." + member.getSimpleName());
        if (hint != null) {
            return hint;
        }
        if (member.getSimpleName().contentEquals("hashCode")) {
            return Messages.HASH_HINT;
        }
        return Messages.JDK_HINT;
    }

    String key(Element member) {
        TypeElement owner = (TypeElement) member.getEnclosingElement();
        StringBuilder key = new StringBuilder(owner.getQualifiedName()).append('.').append(member.getSimpleName());
        if (member instanceof ExecutableElement) {
            key.append('(');
            List<? extends VariableElement> parameters = ((ExecutableElement) member).getParameters();
            for (int i = 0; i < parameters.size(); i++) {
                key.append(i == 0 ? "" : ",").append(types.erasure(parameters.get(i).asType()));
            }
            key.append(')');
        }
        return key.toString();
    }

    private List<TypeElement> superTypes(TypeElement type) {
        List<TypeElement> result = new java.util.ArrayList<>();
        java.util.ArrayDeque<TypeMirror> work = new java.util.ArrayDeque<>(types.directSupertypes(type.asType()));
        while (!work.isEmpty()) {
            TypeMirror next = work.pop();
            if (next.getKind() == TypeKind.DECLARED) {
                TypeElement element = (TypeElement) ((DeclaredType) next).asElement();
                if (!result.contains(element)) {
                    result.add(element);
                    work.addAll(types.directSupertypes(next));
                }
            }
        }
        return result;
    }

    static boolean isFloating(TypeMirror type) {
        return type.getKind() == TypeKind.FLOAT || type.getKind() == TypeKind.DOUBLE;
    }

    static TypeElement topLevel(Element element) {
        Element current = element;
        TypeElement top = null;
        while (current != null && !(current instanceof PackageElement)) {
            if (current instanceof TypeElement) {
                top = (TypeElement) current;
            }
            current = current.getEnclosingElement();
        }
        return top;
    }
}
