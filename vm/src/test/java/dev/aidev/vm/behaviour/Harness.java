package dev.aidev.vm.behaviour;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import dev.aidev.vm.Bytes;
import dev.aidev.vm.Contracts;
import dev.aidev.vm.NearVm;
import dev.aidev.vm.ReturnData;
import dev.aidev.vm.VmContext;
import dev.aidev.vm.VmOutcome;
import dev.aidev.vm.Wat;
import dev.aidev.vm.gas.RuntimeParams;
import dev.aidev.vm.host.VmLogic;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Shared plumbing for the behaviour tests: one VM per engine, WAT imports, canonical outcomes. */
final class Harness {
    static final long TGAS = VmContext.TGAS;
    static final long U64_MAX = -1L;
    static final RuntimeParams PARAMS = RuntimeParams.latest();

    private static final Map<NearVm.Engine, NearVm> VMS = new EnumMap<>(NearVm.Engine.class);
    private static volatile Map<String, FunctionType> hostSignatures;
    private static final ExecutorService WATCHDOG = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "behaviour-watchdog");
        t.setDaemon(true);
        return t;
    });

    private Harness() {}

    static synchronized NearVm vm(NearVm.Engine engine) {
        return VMS.computeIfAbsent(engine, NearVm::create);
    }

    static VmOutcome run(NearVm.Engine engine, String wat, VmContext ctx) {
        return run(engine, Wat.compile(wat), "main", ctx);
    }

    static VmOutcome run(NearVm.Engine engine, String wat) {
        return run(engine, wat, VmContext.builder().build());
    }

    static VmOutcome run(NearVm.Engine engine, byte[] wasm, String method, VmContext ctx) {
        return vm(engine).call(wasm, method, ctx, new Contracts.MapStorage());
    }

    /** Runs a call that must end within {@code seconds}: a hang is a failure, not a stuck build. */
    static VmOutcome runBounded(NearVm.Engine engine, byte[] wasm, String method, VmContext ctx, long seconds)
            throws Exception {
        Future<VmOutcome> f = WATCHDOG.submit(() -> run(engine, wasm, method, ctx));
        try {
            return f.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new AssertionError("The call did not end within " + seconds + " s (" + engine + ")");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw new AssertionError("The call crashed with " + e.getCause(), e.getCause());
        }
    }

    /** NEAR's host functions and their signatures, as the VM offers them. */
    static Map<String, FunctionType> hostSignatures() {
        Map<String, FunctionType> s = hostSignatures;
        if (s == null) {
            Map<String, FunctionType> m = new LinkedHashMap<>();
            for (HostFunction f : new VmLogic(PARAMS, VmContext.builder().build(), k -> null).imports()) {
                m.put(f.name(), f.functionType());
            }
            s = m;
            hostSignatures = s;
        }
        return s;
    }

    /** WAT import declarations for the named host functions, each bound to {@code $name}. */
    static String imports(String... names) {
        StringBuilder b = new StringBuilder();
        for (String n : names) {
            FunctionType t = hostSignatures().get(n);
            if (t == null) {
                throw new IllegalArgumentException("no host function " + n);
            }
            b.append("  (import \"env\" \"").append(n).append("\" (func $").append(n);
            if (!t.params().isEmpty()) {
                b.append(" (param");
                for (ValType v : t.params()) {
                    b.append(' ').append(wat(v));
                }
                b.append(')');
            }
            if (!t.returns().isEmpty()) {
                b.append(" (result ").append(wat(t.returns().get(0))).append(')');
            }
            b.append("))\n");
        }
        return b.toString();
    }

    static String wat(ValType v) {
        if (v.equals(ValType.I32)) {
            return "i32";
        }
        if (v.equals(ValType.I64)) {
            return "i64";
        }
        if (v.equals(ValType.F32)) {
            return "f32";
        }
        if (v.equals(ValType.F64)) {
            return "f64";
        }
        throw new IllegalArgumentException("unexpected host type " + v);
    }

    /** A WAT string literal with every byte escaped. */
    static String str(byte[] data) {
        StringBuilder b = new StringBuilder("\"");
        for (byte x : data) {
            b.append('\\').append(String.format("%02x", x & 0xFF));
        }
        return b.append('"').toString();
    }

    static byte[] u128(BigInteger v) {
        byte[] be = v.toByteArray();
        byte[] le = new byte[16];
        for (int i = 0; i < 16 && i < be.length; i++) {
            le[i] = be[be.length - 1 - i];
        }
        return le;
    }

    static byte[] returned(VmOutcome out) {
        if (out.returnData() instanceof ReturnData.Value v) {
            return v.bytes();
        }
        throw new AssertionError("expected a returned value, got " + describe(out));
    }

    /** The i-th little-endian u64 of what the call returned. */
    static long returnedU64(VmOutcome out, int i) {
        return ByteBuffer.wrap(returned(out)).order(ByteOrder.LITTLE_ENDIAN).getLong(i * 8);
    }

    /** Everything in an outcome as text, byte arrays in hex, so outcomes compare by value. */
    static String describe(Object o) {
        StringBuilder b = new StringBuilder();
        describe(o, b);
        return b.toString();
    }

    private static void describe(Object o, StringBuilder b) {
        if (o == null) {
            b.append("null");
        } else if (o instanceof byte[] a) {
            b.append("0x").append(HexFormat.of().formatHex(a));
        } else if (o instanceof Bytes x) {
            b.append("0x").append(HexFormat.of().formatHex(x.toArray()));
        } else if (o instanceof Record r) {
            b.append(r.getClass().getSimpleName()).append('{');
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                b.append(c.getName()).append('=');
                try {
                    describe(c.getAccessor().invoke(r), b);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                b.append(';');
            }
            b.append('}');
        } else if (o instanceof Map<?, ?> m) {
            b.append('{');
            m.forEach((k, v) -> {
                describe(k, b);
                b.append(':');
                describe(v, b);
                b.append(',');
            });
            b.append('}');
        } else if (o instanceof Collection<?> c) {
            b.append('[');
            for (Object x : c) {
                describe(x, b);
                b.append(',');
            }
            b.append(']');
        } else {
            b.append(o);
        }
    }
}
