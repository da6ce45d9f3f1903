package dev.aidev.compiler.diff;

import dev.aidev.compiler.CompileResult;
import dev.aidev.compiler.ContractCompiler;
import dev.aidev.compiler.emit.Chain;
import dev.aidev.compiler.lower.WasmBackend;
import dev.aidev.compiler.parse.Frontend;
import dev.aidev.sdk.U128;
import dev.aidev.sdk.testing.CallOutcome;
import dev.aidev.sdk.testing.JvmContract;
import dev.aidev.sdk.testing.MockBlockchain;
import dev.aidev.vm.NearVm;
import dev.aidev.vm.ReturnData;
import dev.aidev.vm.VmOutcome;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The compiler's differential test: one contract source compiled twice, by our compiler to
 * WebAssembly and by javac to JVM classes, and the same calls run through {@link JvmContract} on a
 * {@link MockBlockchain} and through our NEAR VM with each engine, storage carried from call to
 * call. Every call must give the same {@link Outcome}: result JSON, logs, panic message and
 * storage (same keys, same bytes).
 *
 * <p>Panic messages: a compiled contract's built-in checks (overflow, division by zero, bounds,
 * null, casts) end with {@code " at File.java:L:C"}, which the JVM cannot give; {@link #panicOf}
 * strips that suffix from the VM's message, and the JVM runner maps the Java exception to the same
 * fixed text. A panic the contract raises itself ({@code throw new IllegalStateException(msg)})
 * carries no location and must match exactly.
 *
 * <pre>{@code
 * Differential d = Differential.compile("Counter", source);
 * d.run(List.of(Step.call("create", "{\"start\":1}"), Step.view("get", "")));
 * }</pre>
 */
public final class Differential {
    private static final Pattern LOCATION = Pattern.compile(" at [A-Za-z0-9_$]+\\.java:\\d+:\\d+$");
    private static final String PANICKED = "Smart contract panicked: ";

    private final String className;
    private final byte[] wasm;
    private final Class<?> jvmClass;

    private Differential(String className, byte[] wasm, Class<?> jvmClass) {
        this.className = className;
        this.wasm = wasm;
        this.jvmClass = jvmClass;
    }

    /** Compiles {@code source} (a top-level class {@code className} in the default package) both ways. */
    public static Differential compile(String className, String source) {
        try {
            Path dir = Files.createTempDirectory("aidev-diff");
            Path file = dir.resolve(className + ".java");
            Files.writeString(file, source);
            return compileFiles(className, dir, List.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compiles every {@code .java} file of {@code sourceDir} (an example's {@code src/main/java},
     * default package) both ways; {@code className} is the contract class.
     */
    public static Differential compileDirectory(String className, Path sourceDir) {
        try {
            Path dir = Files.createTempDirectory("aidev-diff");
            List<Path> files = new ArrayList<>();
            try (var listing = Files.list(sourceDir)) {
                for (Path p : listing.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    Path copy = dir.resolve(p.getFileName().toString());
                    Files.copy(p, copy);
                    files.add(copy);
                }
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("No .java files in " + sourceDir.toAbsolutePath());
            }
            return compileFiles(className, dir, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An example contract: the sources of {@code ../examples/<example>/src/main/java} (cwd is the compiler module). */
    public static Differential example(String example, String className) {
        return compileDirectory(className, Path.of("..", "examples", example, "src", "main", "java"));
    }

    private static Differential compileFiles(String className, Path dir, List<Path> files) {
        try {
            CompileResult r = ContractCompiler.compile(files,
                    ContractCompiler.Options.builder().displayRoot(dir).backend(new WasmBackend()).build());
            if (r.hasErrors() || r.wasm().isEmpty()) {
                throw new AssertionError("Our compiler rejected " + className + ":\n" + r.render());
            }
            Path classes = Files.createDirectories(dir.resolve("classes"));
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            String cp = Frontend.sdkClassPath().stream().map(Path::toString)
                    .collect(Collectors.joining(java.io.File.pathSeparator));
            StringWriter errors = new StringWriter();
            boolean ok = javac.getTask(errors, null, null,
                    List.of("-parameters", "--release", "17", "-classpath", cp, "-d", classes.toString()), null,
                    javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjectsFromPaths(files))
                    .call();
            if (!ok) {
                throw new AssertionError("javac rejected " + className + ":\n" + errors);
            }
            // A fresh loader per contract; the SDK (and so Env's host) comes from the parent.
            URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, Differential.class.getClassLoader());
            return new Differential(className, r.wasm().get(), loader.loadClass(className));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("javac did not produce " + className, e);
        }
    }

    public byte[] wasm() {
        return wasm;
    }

    /** A fresh deployment on each side: the JVM and one VM per engine. */
    public Session session() {
        return new Session();
    }

    /** Runs {@code steps} on fresh deployments and fails at the first call whose outcomes differ. */
    public List<Outcome> run(List<Step> steps) {
        Session s = session();
        List<Outcome> out = new ArrayList<>();
        for (Step step : steps) {
            out.add(s.step(step));
        }
        return out;
    }

    /** The contract deployed on the JVM and on the VM (both engines), called in lock step. */
    public final class Session {
        private final JvmContract<?> jvm;
        private final MockBlockchain chain = new MockBlockchain().currentAccountId(Step.CONTRACT);
        private final List<Chain> vms = new ArrayList<>();
        private final List<String> history = new ArrayList<>();

        private Session() {
            jvm = JvmContract.of(jvmClass, chain);
            for (NearVm.Engine e : NearVm.Engine.values()) {
                vms.add(new Chain(wasm, e));
            }
        }

        /** Runs one call everywhere; throws an AssertionError naming the call and the history if they differ. */
        public Outcome step(Step step) {
            history.add(step.toString());
            Outcome expected = onJvm(step);
            for (int i = 0; i < vms.size(); i++) {
                Outcome actual = onVm(vms.get(i), step);
                if (!expected.equals(actual)) {
                    throw new AssertionError(className + ": " + NearVm.Engine.values()[i] + " differs from the JVM at call "
                            + history.size() + " (" + step + ")\n  jvm:  " + expected + "\n  wasm: " + actual
                            + "\n  calls so far:\n    " + String.join("\n    ", history));
                }
            }
            return expected;
        }

        private Outcome onJvm(Step step) {
            chain.caller(step.predecessor()).attachedDeposit(U128.parse(step.deposit().toString()));
            chain.promiseResults(step.promiseResults().stream()
                    .map(r -> r.equals(Step.FAILED) ? dev.aidev.sdk.PromiseResult.failed() : dev.aidev.sdk.PromiseResult.successful(Step.bytesOf(r)))
                    .toArray(dev.aidev.sdk.PromiseResult[]::new));
            CallOutcome o = step.view() ? jvm.view(step.method(), step.args()) : jvm.call(step.method(), step.args());
            return new Outcome(o.result(), o.logs(), o.panic(), o.storage(), Receipts.ofJvm(o.promises()),
                    Receipts.jvmReceipt(o.promises(), o.returnedPromise()));
        }

        private Outcome onVm(Chain vm, Step step) {
            VmOutcome o = vm.call(step.method(), step.args(), b -> b.predecessorAccountId(step.predecessor())
                    .signerAccountId(step.predecessor()).currentAccountId(Step.CONTRACT)
                    .attachedDeposit(step.deposit()).view(step.view())
                    .promiseResults(step.promiseResults().stream()
                            .map(r -> r.equals(Step.FAILED) ? (dev.aidev.vm.PromiseResult) new dev.aidev.vm.PromiseResult.Failed()
                                    : new dev.aidev.vm.PromiseResult.Successful(Step.bytesOf(r)))
                            .toList()));
            String result = o.succeeded() && o.returnData() instanceof ReturnData.Value v
                    ? new String(v.bytes(), StandardCharsets.UTF_8) : null;
            String panic = o.succeeded() ? null : panicOf(o.error().message());
            SortedMap<String, String> storage = new TreeMap<>();
            Base64.Encoder b64 = Base64.getEncoder();
            vm.storage().forEach((k, v) -> storage.put(b64.encodeToString(k.toArray()), b64.encodeToString(v)));
            Integer returned = o.succeeded() && o.returnData() instanceof ReturnData.ReceiptIndex ri ? ri.index() : null;
            return new Outcome(result, o.logs(), panic, storage, Receipts.ofVm(o.receipts()), returned);
        }
    }

    /**
     * The comparable panic text of a VM failure: {@code Smart contract panicked: msg at F.java:L:C}
     * becomes {@code msg}; any other failure keeps its whole message.
     */
    static String panicOf(String vmMessage) {
        if (!vmMessage.startsWith(PANICKED)) {
            return vmMessage;
        }
        Matcher m = LOCATION.matcher(vmMessage);
        return m.find() ? vmMessage.substring(PANICKED.length(), m.start()) : vmMessage.substring(PANICKED.length());
    }
}
