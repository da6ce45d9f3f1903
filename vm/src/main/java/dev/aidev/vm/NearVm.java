package dev.aidev.vm;

import com.dylibso.chicory.compiler.InterpreterFallback;
import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.InterpreterMachine;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
import dev.aidev.vm.crypto.Hashes;
import dev.aidev.vm.gas.ExtCost;
import dev.aidev.vm.gas.GasCounter;
import dev.aidev.vm.gas.RuntimeParams;
import dev.aidev.vm.host.HostErrorException;
import dev.aidev.vm.host.VmLogic;
import dev.aidev.vm.prepare.PrepareException;
import dev.aidev.vm.prepare.Preparer;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one NEAR function call on Chicory, as nearcore's VM runner does: prepare (or take from the
 * cache), charge contract loading, link the host functions, resolve the method, run with gas and
 * stack metering, and report a {@link VmOutcome} with NEAR's results, gas and errors.
 *
 * <pre>{@code
 * NearVm vm = NearVm.create();
 * VmOutcome out = vm.call(wasm, "get_greeting", VmContext.builder().view(true).build(), key -> null);
 * }</pre>
 *
 * <p>Prepared and compiled modules are cached by the SHA-256 of their code, so a second call to the
 * same contract neither parses nor compiles. Instances are fresh per call.
 */
public final class NearVm implements AutoCloseable {
    /** How contract code is executed. Both give identical outcomes, gas included. */
    public enum Engine {
        /** Chicory's compiler to JVM bytecode: the fast path. */
        AOT,
        /** Chicory's interpreter. */
        INTERPRETER
    }

    /** Thread stacks big enough that NEAR's own stack limit, not the JVM's, ends deep recursion. */
    private static final long THREAD_STACK_BYTES = 256L * 1024 * 1024;

    private final Engine engine;
    private final RuntimeParams params;
    private final Map<String, Compiled> cache = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong compilations = new java.util.concurrent.atomic.AtomicLong();
    private final ExecutorService executor;

    /** A contract after preparation: its module and machine factory, or why it failed to prepare. */
    private record Compiled(
            Preparer.Prepared prepared,
            WasmModule module,
            Function<Instance, Machine> machine,
            VmError.CompilationError error,
            String linkError) {}

    private NearVm(Engine engine, RuntimeParams params) {
        this.engine = engine;
        this.params = params;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(null, r, "aidev-vm-" + n.incrementAndGet(), THREAD_STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }

    /** A VM with the AOT engine and the newest protocol's parameters. */
    public static NearVm create() {
        return new NearVm(Engine.AOT, RuntimeParams.latest());
    }

    public static NearVm create(Engine engine) {
        return new NearVm(engine, RuntimeParams.latest());
    }

    public static NearVm create(Engine engine, RuntimeParams params) {
        return new NearVm(engine, params);
    }

    public Engine engine() {
        return engine;
    }

    public RuntimeParams params() {
        return params;
    }

    /** Runs {@code method} of the contract {@code code}. Never throws for anything the contract does. */
    public VmOutcome call(byte[] code, String method, VmContext ctx, Storage storage) {
        Future<VmOutcome> f = executor.submit(() -> run(code, method, ctx, storage));
        try {
            return f.get();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new VmInternalError("Interrupted while running " + method + ".", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new VmInternalError("The VM failed running " + method + ": " + c, c);
        }
    }

    /** Whether a contract with this code is prepared and compiled already. */
    public boolean isCached(byte[] code) {
        return cache.containsKey(HexFormat.of().formatHex(Hashes.sha256(code)));
    }

    private VmOutcome run(byte[] code, String method, VmContext ctx, Storage storage) {
        VmLogic logic = new VmLogic(params, ctx, storage);
        if (method.isEmpty()) {
            return nop(logic, new VmError.MethodResolveError("MethodEmptyName"));
        }
        Compiled compiled = cache.computeIfAbsent(HexFormat.of().formatHex(Hashes.sha256(code)), k -> compile(code));
        if (compiled.error() != null) {
            return nop(logic, compiled.error());
        }
        GasCounter gas = logic.gas();
        try {
            gas.payPer(ExtCost.contract_loading_bytes, code.length);
            gas.payBase(ExtCost.contract_loading_base);
        } catch (GasCounter.GasException e) {
            // nearcore reports any failure to pay for loading as GasExceeded.
            return logic.failureOutcome(new VmError.HostError("GasExceeded", "Exceeded the prepaid gas."));
        }
        if (compiled.linkError() != null) {
            return logic.failureOutcome(new VmError.LinkError(compiled.linkError()));
        }
        Export export = findExport(compiled.module(), method);
        if (export == null || export.exportType() != ExternalType.FUNCTION) {
            return nop(logic, new VmError.MethodResolveError("MethodNotFound"));
        }
        FunctionType type = functionType(compiled.module(), export.index());
        if (!type.params().isEmpty() || !type.returns().isEmpty()) {
            return nop(logic, new VmError.MethodResolveError("MethodInvalidSignature"));
        }
        return execute(compiled, method, logic);
    }

    /** nearcore's nop outcome: nothing burnt or used, the error alone. */
    private static VmOutcome nop(VmLogic logic, VmError error) {
        return logic.nopOutcome(error);
    }

    private VmOutcome execute(Compiled compiled, String method, VmLogic logic) {
        Preparer.Prepared p = compiled.prepared();
        Instance instance;
        try {
            List<HostFunction> hosts = logic.imports();
            Map<String, HostFunction> byName = new HashMap<>();
            for (HostFunction h : hosts) {
                byName.put(h.name(), h);
            }
            ImportValues.Builder imports = ImportValues.builder();
            for (Import imp : compiled.module().importSection().stream().toList()) {
                imports.addFunction(byName.get(imp.name()));
            }
            instance = Instance.builder(compiled.module())
                    .withImportValues(imports.build())
                    .withMemoryFactory(LazyMemory::new)
                    .withMachineFactory(compiled.machine())
                    .withStart(false)
                    .build();
        } catch (ChicoryException e) {
            // Instantiation itself trapped, e.g. a data segment outside memory.
            return logic.failureOutcome(trap(e));
        }
        logic.attach(instance, p.gasGlobal());
        try {
            if (p.startFunction() >= 0) {
                instance.getMachine().call(p.startFunction(), new long[0]);
            }
            ExportFunction fn = instance.export(method);
            fn.apply();
            logic.syncFromWasm();
            return logic.successOutcome();
        } catch (HostErrorException e) {
            return logic.failureOutcome(e.error());
        } catch (GasCounter.GasException e) {
            return logic.failureOutcome(hostError(e));
        } catch (ChicoryException e) {
            return logic.failureOutcome(fault(instance, p, logic, e));
        } catch (StackOverflowError e) {
            return logic.failureOutcome(new VmError.WasmTrap("StackOverflow", "WebAssembly trap: Stack overflow."));
        }
    }

    /** Turns a trap into NEAR's error, first asking the metering globals whether it was theirs. */
    private VmError fault(Instance instance, Preparer.Prepared p, VmLogic logic, ChicoryException e) {
        if (e instanceof ChicoryInterruptedException) {
            throw new VmInternalError("The call was interrupted.", e);
        }
        int fault = (int) instance.global(p.faultGlobal()).getValue();
        try {
            if (fault == 1) {
                logic.failWasmCharge(instance.global(p.pendingGlobal()).getValue());
                throw new VmInternalError("A failed gas charge did not exhaust the gas.", e);
            }
            logic.syncFromWasm();
        } catch (GasCounter.GasException g) {
            return hostError(g);
        }
        if (fault == 2) {
            // nearcore's finite_wasm_stack_exhausted reports MemoryAccessViolation, not a trap.
            return new VmError.HostError("MemoryAccessViolation", "Accessed memory outside the bounds.");
        }
        if (e.getCause() instanceof HostErrorException h) {
            return h.error();
        }
        return trap(e);
    }

    private static VmError hostError(GasCounter.GasException e) {
        return switch (e.reason()) {
            case GAS_EXCEEDED -> new VmError.HostError("GasExceeded", "Exceeded the prepaid gas.");
            case GAS_LIMIT_EXCEEDED -> new VmError.HostError(
                    "GasLimitExceeded", "Exceeded the maximum amount of gas allowed to burn per contract.");
            case INTEGER_OVERFLOW -> new VmError.HostError("IntegerOverflow", "Integer overflow.");
        };
    }

    /** Chicory's trap messages mapped to NEAR's WasmTrap kinds (as nearcore maps Wasmtime's). */
    static VmError trap(ChicoryException e) {
        String m = String.valueOf(e.getMessage());
        String kind;
        String text;
        if (m.contains("unreachable")) {
            kind = "Unreachable";
            text = "An `unreachable` opcode was executed.";
        } else if (m.contains("out of bounds memory") || m.contains("out of bounds table")) {
            kind = "MemoryOutOfBounds";
            text = "Memory out of bounds trap.";
        } else if (m.contains("divide by zero") || m.contains("integer overflow") || m.contains("invalid conversion")) {
            kind = "IllegalArithmetic";
            text = "An arithmetic exception, e.g. divided by zero.";
        } else if (m.contains("indirect call type mismatch")) {
            kind = "IncorrectCallIndirectSignature";
            text = "Call indirect incorrect signature trap.";
        } else if (m.contains("undefined element")) {
            kind = "MemoryOutOfBounds";
            text = "Memory out of bounds trap.";
        } else if (m.contains("uninitialized element")) {
            kind = "IndirectCallToNull";
            text = "Indirect call to null.";
        } else if (m.contains("call stack exhausted")) {
            kind = "StackOverflow";
            text = "Stack overflow.";
        } else {
            kind = "GenericTrap";
            text = "Generic trap.";
        }
        return new VmError.WasmTrap(kind, "WebAssembly trap: " + text);
    }

    private static Export findExport(WasmModule module, String name) {
        for (int i = 0; i < module.exportSection().exportCount(); i++) {
            Export e = module.exportSection().getExport(i);
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static FunctionType functionType(WasmModule module, int funcIndex) {
        int imported = module.importSection().count(ExternalType.FUNCTION);
        int typeIdx = funcIndex < imported
                ? ((FunctionImport) module.importSection().stream()
                        .filter(i -> i.importType() == ExternalType.FUNCTION).toList().get(funcIndex)).typeIndex()
                : module.functionSection().getFunctionType(funcIndex - imported);
        return module.typeSection().getType(typeIdx);
    }

    /** How many contracts this VM has prepared and compiled (each code hash once). */
    public long compilations() {
        return compilations.get();
    }

    private Compiled compile(byte[] code) {
        compilations.incrementAndGet();
        Preparer.Prepared prepared;
        try {
            prepared = Preparer.prepare(code, params);
        } catch (PrepareException e) {
            return new Compiled(null, null, null,
                    new VmError.CompilationError(e.kind(), "PrepareError: " + e.getMessage()), null);
        }
        WasmModule module;
        try {
            module = Parser.parse(prepared.wasm());
        } catch (ChicoryException | IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
            return new Compiled(null, null, null, new VmError.CompilationError(
                    "Deserialization", "PrepareError: Error happened while deserializing the module."), null);
        }
        String link = linkError(module);
        Function<Instance, Machine> machine = engine == Engine.AOT
                ? MachineFactoryCompiler.builder(module)
                        .withInterpreterFallback(InterpreterFallback.SILENT)
                        .compile()
                : InterpreterMachine::new;
        return new Compiled(prepared, module, machine, null, link);
    }

    /** Checks every import against NEAR's host functions: names and exact signatures. */
    private String linkError(WasmModule module) {
        Map<String, FunctionType> host = HostSignatures.of(params);
        for (Import imp : module.importSection().stream().toList()) {
            if (!(imp instanceof FunctionImport fi)) {
                return "unknown or invalid import";
            }
            FunctionType want = host.get(imp.name());
            if (want == null || !want.equals(module.typeSection().getType(fi.typeIndex()))) {
                return "unknown or invalid import";
            }
        }
        return null;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** Every host function's signature, computed once from a throwaway logic instance. */
    private static final class HostSignatures {
        private static volatile Map<String, FunctionType> signatures;

        static Map<String, FunctionType> of(RuntimeParams params) {
            Map<String, FunctionType> s = signatures;
            if (s == null) {
                Map<String, FunctionType> m = new HashMap<>();
                for (ImportFunction f : new VmLogic(params, VmContext.builder().build(), k -> null).imports()) {
                    m.put(f.name(), f.functionType());
                }
                s = Map.copyOf(m);
                signatures = s;
            }
            return s;
        }
    }
}
