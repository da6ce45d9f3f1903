package dev.aidev.compiler.emit;

import dev.aidev.vm.Bytes;
import dev.aidev.vm.NearVm;
import dev.aidev.vm.ReturnData;
import dev.aidev.vm.VmContext;
import dev.aidev.vm.VmOutcome;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A contract account for tests: runs calls of one WASM on our NEAR VM with the chosen engine and
 * carries storage between successful calls, as the chain would.
 */
public final class Chain {
    private static final Map<NearVm.Engine, NearVm> VMS = new java.util.EnumMap<>(NearVm.Engine.class);

    private final NearVm vm;
    private final byte[] wasm;
    private final TreeMap<Bytes, byte[]> storage = new TreeMap<>();

    public Chain(byte[] wasm, NearVm.Engine engine) {
        synchronized (VMS) {
            this.vm = VMS.computeIfAbsent(engine, NearVm::create);
        }
        this.wasm = wasm;
    }

    public VmOutcome call(String method, String jsonArgs) {
        return call(method, jsonArgs, b -> b);
    }

    public VmOutcome call(String method, String jsonArgs, UnaryOperator<VmContext.Builder> ctx) {
        VmContext.Builder b = VmContext.builder().input(jsonArgs.getBytes(StandardCharsets.UTF_8));
        VmOutcome out = vm.call(wasm, method, ctx.apply(b).build(), key -> storage.get(key));
        if (out.succeeded()) {
            out.storageChanges().forEach((k, v) -> {
                if (v == null) {
                    storage.remove(k);
                } else {
                    storage.put(k, v);
                }
            });
        }
        return out;
    }

    public VmOutcome deposit(String method, String jsonArgs, BigInteger yocto) {
        return call(method, jsonArgs, b -> b.attachedDeposit(yocto));
    }

    public byte[] state(String key) {
        return storage.get(Bytes.of(key.getBytes(StandardCharsets.UTF_8)));
    }

    public Map<Bytes, byte[]> storage() {
        return storage;
    }

    /** The returned value as UTF-8, or null when the call returned nothing. */
    public static String result(VmOutcome out) {
        if (!out.succeeded()) {
            throw new AssertionError("Call failed: " + out.error());
        }
        return out.returnData() instanceof ReturnData.Value v ? new String(v.bytes(), StandardCharsets.UTF_8) : null;
    }

    /** The failure's display message, e.g. "Smart contract panicked: x". */
    public static String failure(VmOutcome out) {
        if (out.succeeded()) {
            throw new AssertionError("Call succeeded, returning " + result(out));
        }
        return out.error().message();
    }
}
