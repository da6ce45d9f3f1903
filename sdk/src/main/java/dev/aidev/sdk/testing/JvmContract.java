package dev.aidev.sdk.testing;

import dev.aidev.sdk.Borsh;
import dev.aidev.sdk.Call;
import dev.aidev.sdk.ContractPanic;
import dev.aidev.sdk.Env;
import dev.aidev.sdk.Init;
import dev.aidev.sdk.Json;
import dev.aidev.sdk.Name;
import dev.aidev.sdk.Private;
import dev.aidev.sdk.Promise;
import dev.aidev.sdk.View;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a contract class on the JVM exactly as the contract model in docs/compiler-design.md
 * says, against a {@link MockBlockchain}: the JVM side of the compiler's differential tests.
 *
 * <pre>{@code
 * JvmContract<Counter> counter = JvmContract.of(Counter.class);
 * counter.init("create", "{\"start\":1}");
 * CallOutcome out = counter.call("increment", "{\"by\":2}");
 * assertThat(out.result()).isEqualTo("3");
 * }</pre>
 *
 * <p>Each call, in near-sdk-rs's order: the {@link Private} check ({@code Method <m> is private}),
 * the deposit check for non-payable {@link Call}/{@link Init} methods
 * ({@code Method <m> doesn't accept deposit}), the JSON arguments by snake_case parameter name
 * ({@code Failed to deserialize input from JSON.}), then the state: {@link Init} panics with
 * {@code The contract has already been initialized} when {@code STATE} exists; others load it, or
 * start from a public no-argument constructor, or panic with {@code The contract is not
 * initialized}. {@link Call} and {@link Init} write the state back. A failed call's storage
 * changes and promises are discarded. The contract class must be compiled with {@code -parameters}.
 */
public final class JvmContract<T> {
    /** The storage key of the contract state. */
    public static final byte[] STATE_KEY = "STATE".getBytes(StandardCharsets.UTF_8);

    private enum Kind { INIT, CALL, VIEW }

    private static final class Export {
        final String name;
        final Kind kind;
        final Executable executable;
        final boolean payable;
        final boolean isPrivate;
        final String[] argumentNames;
        final Type[] argumentTypes;

        Export(String name, Kind kind, Executable executable, boolean payable) {
            this.name = name;
            this.kind = kind;
            this.executable = executable;
            this.payable = payable;
            this.isPrivate = executable.isAnnotationPresent(Private.class);
            Parameter[] parameters = executable.getParameters();
            this.argumentNames = new String[parameters.length];
            this.argumentTypes = executable.getGenericParameterTypes();
            for (int i = 0; i < parameters.length; i++) {
                Name override = parameters[i].getAnnotation(Name.class);
                if (override == null && !parameters[i].isNamePresent()) {
                    throw new IllegalStateException("Parameter names of " + executable
                            + " are not in the class file: compile the contract with -parameters");
                }
                argumentNames[i] = override != null ? override.value() : Json.snakeCase(parameters[i].getName());
            }
        }
    }

    private final Class<T> type;
    private final MockBlockchain chain;
    private final Map<String, Export> exports = new LinkedHashMap<>();
    private final Constructor<T> defaultConstructor;

    private JvmContract(Class<T> type, MockBlockchain chain) {
        this.type = type;
        this.chain = chain;
        for (Method m : type.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic()) {
                continue;
            }
            if (m.isAnnotationPresent(Init.class)) {
                if (!Modifier.isStatic(m.getModifiers()) || m.getReturnType() != type) {
                    throw new IllegalStateException("@Init method " + m.getName() + " must be static and return "
                            + type.getSimpleName());
                }
                add(new Export(exportName(m.getName(), m.getAnnotation(Name.class)), Kind.INIT, m,
                        m.getAnnotation(Init.class).payable()));
            } else if (m.isAnnotationPresent(Call.class)) {
                add(new Export(exportName(m.getName(), m.getAnnotation(Name.class)), Kind.CALL, m,
                        m.getAnnotation(Call.class).payable()));
            } else if (m.isAnnotationPresent(View.class)) {
                add(new Export(exportName(m.getName(), m.getAnnotation(Name.class)), Kind.VIEW, m, true));
            }
        }
        Constructor<T> noArgs = null;
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            @SuppressWarnings("unchecked")
            Constructor<T> typed = (Constructor<T>) c;
            if (c.isAnnotationPresent(Init.class)) {
                Name name = c.getAnnotation(Name.class);
                add(new Export(name != null ? name.value() : "new", Kind.INIT, c, c.getAnnotation(Init.class).payable()));
            }
            if (Modifier.isPublic(c.getModifiers()) && c.getParameterCount() == 0) {
                noArgs = typed;
            }
        }
        this.defaultConstructor = noArgs;
        for (Export e : exports.values()) {
            e.executable.setAccessible(true);
        }
    }

    /** The contract {@code type} on a fresh {@link MockBlockchain}. */
    public static <T> JvmContract<T> of(Class<T> type) {
        return of(type, new MockBlockchain());
    }

    /** The contract {@code type} on {@code chain}. */
    public static <T> JvmContract<T> of(Class<T> type, MockBlockchain chain) {
        return new JvmContract<>(type, chain);
    }

    public MockBlockchain chain() {
        return chain;
    }

    /** The export names (snake_case or {@link Name}), in declaration order. */
    public java.util.Set<String> methods() {
        return java.util.Collections.unmodifiableSet(exports.keySet());
    }

    /** Calls an {@link Init} method. */
    public CallOutcome init(String method, String argsJson) {
        Export e = export(method);
        if (e.kind != Kind.INIT) {
            throw new IllegalArgumentException(method + " is not an @Init method");
        }
        return run(e, argsJson, false);
    }

    /** Calls any exported method in a transaction (a function-call action). */
    public CallOutcome call(String method, String argsJson) {
        return run(export(method), argsJson, false);
    }

    /** Calls an exported method as a view call (RPC {@code call_function}): no state changes allowed. */
    public CallOutcome view(String method, String argsJson) {
        return run(export(method), argsJson, true);
    }

    /** The current state decoded as the contract class, or null when there is none. */
    public T state() {
        byte[] raw = chain.storageGet(STATE_KEY);
        return raw == null ? null : Borsh.decode(raw, type);
    }

    private void add(Export e) {
        if (exports.put(e.name, e) != null) {
            throw new IllegalStateException("Two exported methods are named " + e.name);
        }
    }

    private static String exportName(String javaName, Name override) {
        return override != null ? override.value() : Json.snakeCase(javaName);
    }

    private Export export(String method) {
        Export e = exports.get(method);
        if (e == null) {
            throw new IllegalArgumentException("No exported method " + method + " in " + type.getSimpleName()
                    + " (exports: " + exports.keySet() + ")");
        }
        return e;
    }

    private CallOutcome run(Export e, String argsJson, boolean view) {
        byte[] input = argsJson == null ? new byte[0] : argsJson.getBytes(StandardCharsets.UTF_8);
        chain.beginCall(input, view);
        TreeMap<byte[], byte[]> before = chain.snapshot();
        String panic = null;
        try {
            execute(e, argsJson == null ? "" : argsJson);
        } catch (ContractPanic p) {
            panic = MockBlockchain.asUtf8(p.getMessage());
        } catch (RuntimeException r) {
            panic = MockBlockchain.asUtf8(panicMessage(r));
        } finally {
            Env.setHost(null);
        }
        if (panic != null) {
            chain.revert(before);
        }
        byte[] result = chain.returnValue();
        return new CallOutcome(result == null ? null : new String(result, StandardCharsets.UTF_8), chain.logs(), panic,
                chain.storageBase64(), chain.promises(), chain.returnedPromise());
    }

    private void execute(Export e, String argsJson) {
        if (e.isPrivate && !Env.predecessorAccountId().equals(Env.currentAccountId())) {
            throw Env.panic("Method " + e.name + " is private");
        }
        if (e.kind != Kind.VIEW && !e.payable && !Env.attachedDeposit().isZero()) {
            throw Env.panic("Method " + e.name + " doesn't accept deposit");
        }
        Object[] args = e.argumentNames.length == 0 ? new Object[0]
                : Json.decodeArguments(argsJson, e.argumentNames, e.argumentTypes);
        Object result;
        Type resultType;
        if (e.kind == Kind.INIT) {
            if (Env.storageHasKey(STATE_KEY)) {
                throw Env.panic("The contract has already been initialized");
            }
            Object contract = invoke(e, null, args);
            if (contract == null) {
                throw new IllegalStateException("@Init method " + e.name + " returned null");
            }
            Promise.scheduleAll();
            Env.storageWrite(STATE_KEY, Borsh.encode(type, contract));
            return;
        }
        T contract = loadState();
        result = invoke(e, contract, args);
        resultType = ((Method) e.executable).getGenericReturnType();
        Promise.scheduleAll();
        if (e.kind == Kind.CALL) {
            Env.storageWrite(STATE_KEY, Borsh.encode(type, contract));
        }
        if (result instanceof Promise) {
            Env.host().promiseReturn(((Promise) result).schedule());
        } else if (resultType != void.class) {
            Env.valueReturn(Json.encode(resultType, result).getBytes(StandardCharsets.UTF_8));
        }
    }

    private T loadState() {
        byte[] raw = Env.storageRead(STATE_KEY);
        if (raw != null) {
            try {
                return Borsh.decode(raw, type);
            } catch (ContractPanic p) {
                throw Env.panic("Cannot deserialize the contract state.");
            }
        }
        if (defaultConstructor == null) {
            throw Env.panic("The contract is not initialized");
        }
        T fresh;
        try {
            fresh = defaultConstructor.newInstance();
        } catch (InvocationTargetException ex) {
            throw rethrow(ex);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("Cannot construct " + type.getName(), ex);
        }
        // Round trip through Borsh so storage collections learn their declared element types.
        return Borsh.decode(Borsh.encode(type, fresh), type);
    }

    private Object invoke(Export e, Object target, Object[] args) {
        try {
            if (e.executable instanceof Constructor) {
                return ((Constructor<?>) e.executable).newInstance(args);
            }
            return ((Method) e.executable).invoke(target, args);
        } catch (InvocationTargetException ex) {
            throw rethrow(ex);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("Cannot call " + e.executable, ex);
        }
    }

    private static RuntimeException rethrow(InvocationTargetException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof RuntimeException) {
            return (RuntimeException) cause;
        }
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        return new IllegalStateException(cause);
    }

    /**
     * The panic message for a Java exception thrown by contract code: the fixed texts the compiled
     * contract uses (without the source location it appends), else the exception's message.
     */
    static String panicMessage(RuntimeException r) {
        if (r instanceof ArithmeticException) {
            return "/ by zero".equals(r.getMessage()) ? "division by zero" : "integer overflow";
        }
        if (r instanceof IndexOutOfBoundsException) {
            return "index out of bounds";
        }
        if (r instanceof NullPointerException) {
            return "null dereference";
        }
        if (r instanceof ClassCastException) {
            return "bad cast";
        }
        return r.getMessage() != null ? r.getMessage() : r.getClass().getSimpleName();
    }
}
