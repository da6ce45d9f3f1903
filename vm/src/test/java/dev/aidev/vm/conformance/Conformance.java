package dev.aidev.vm.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.vm.Contracts;
import dev.aidev.vm.NearVm;
import dev.aidev.vm.ReturnData;
import dev.aidev.vm.Storage;
import dev.aidev.vm.VmContext;
import dev.aidev.vm.VmOutcome;
import dev.aidev.vm.Wat;
import dev.aidev.vm.gas.ActionCost;
import dev.aidev.vm.gas.ExtCost;
import dev.aidev.vm.gas.GasCounter;
import dev.aidev.vm.gas.RuntimeParams;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shared support for the host-function conformance tests: inline contracts whose instruction count
 * is known, so a test can state the exact gas profile NEAR would report, computed from the
 * protocol's parameters.
 *
 * <p>A contract is one exported method {@code main} with no locals. Each body line is one
 * instruction; every instruction costs {@code regular_op_cost} and entering {@code main} costs
 * {@code ceil(64 / 8) = 8} more. A line ending in {@code ;; fails} is the instruction that aborts
 * the call: gas is charged for the straight-line run up to and including it, and nothing after.
 */
final class Conformance {
    static final RuntimeParams PARAMS = RuntimeParams.latest();
    static final long U64_MAX = -1L;
    static final String FAILS = ";; fails";

    /** Host import signatures (NEAR-FACTS §1): every parameter and result is i64, abort's are i32. */
    private static final Map<String, String> SIGNATURES = Map.ofEntries(
            Map.entry("read_register", "(param i64 i64)"),
            Map.entry("register_len", "(param i64) (result i64)"),
            Map.entry("write_register", "(param i64 i64 i64)"),
            Map.entry("current_account_id", "(param i64)"),
            Map.entry("signer_account_id", "(param i64)"),
            Map.entry("signer_account_pk", "(param i64)"),
            Map.entry("predecessor_account_id", "(param i64)"),
            Map.entry("input", "(param i64)"),
            Map.entry("block_index", "(result i64)"),
            Map.entry("block_timestamp", "(result i64)"),
            Map.entry("epoch_height", "(result i64)"),
            Map.entry("storage_usage", "(result i64)"),
            Map.entry("account_balance", "(param i64)"),
            Map.entry("account_locked_balance", "(param i64)"),
            Map.entry("attached_deposit", "(param i64)"),
            Map.entry("prepaid_gas", "(result i64)"),
            Map.entry("used_gas", "(result i64)"),
            Map.entry("random_seed", "(param i64)"),
            Map.entry("sha256", "(param i64 i64 i64)"),
            Map.entry("keccak256", "(param i64 i64 i64)"),
            Map.entry("keccak512", "(param i64 i64 i64)"),
            Map.entry("ripemd160", "(param i64 i64 i64)"),
            Map.entry("ecrecover", "(param i64 i64 i64 i64 i64 i64 i64) (result i64)"),
            Map.entry("ed25519_verify", "(param i64 i64 i64 i64 i64 i64) (result i64)"),
            Map.entry("alt_bn128_g1_multiexp", "(param i64 i64 i64)"),
            Map.entry("alt_bn128_g1_sum", "(param i64 i64 i64)"),
            Map.entry("alt_bn128_pairing_check", "(param i64 i64) (result i64)"),
            Map.entry("value_return", "(param i64 i64)"),
            Map.entry("panic", ""),
            Map.entry("panic_utf8", "(param i64 i64)"),
            Map.entry("log_utf8", "(param i64 i64)"),
            Map.entry("log_utf16", "(param i64 i64)"),
            Map.entry("abort", "(param i32 i32 i32 i32)"),
            Map.entry("promise_batch_create", "(param i64 i64) (result i64)"),
            Map.entry("promise_batch_then", "(param i64 i64 i64) (result i64)"),
            Map.entry("promise_and", "(param i64 i64) (result i64)"),
            Map.entry("promise_results_count", "(result i64)"),
            Map.entry("promise_result", "(param i64 i64) (result i64)"),
            Map.entry("promise_return", "(param i64)"),
            Map.entry("promise_batch_action_transfer", "(param i64 i64)"),
            Map.entry("promise_batch_action_function_call", "(param i64 i64 i64 i64 i64 i64 i64)"),
            Map.entry("promise_batch_action_function_call_weight",
                    "(param i64 i64 i64 i64 i64 i64 i64 i64)"),
            Map.entry("promise_batch_action_create_account", "(param i64)"),
            Map.entry("promise_yield_create", "(param i64 i64 i64 i64 i64 i64 i64) (result i64)"),
            Map.entry("storage_write", "(param i64 i64 i64 i64 i64) (result i64)"),
            Map.entry("storage_read", "(param i64 i64 i64) (result i64)"),
            Map.entry("storage_remove", "(param i64 i64 i64) (result i64)"),
            Map.entry("storage_has_key", "(param i64 i64) (result i64)"),
            Map.entry("storage_iter_prefix", "(param i64 i64) (result i64)"),
            Map.entry("storage_iter_range", "(param i64 i64 i64 i64) (result i64)"),
            Map.entry("storage_iter_next", "(param i64 i64 i64) (result i64)"),
            Map.entry("validator_stake", "(param i64 i64 i64)"),
            Map.entry("validator_total_stake", "(param i64)"));

    private static final Pattern CALL = Pattern.compile("call \\$(\\w+)");
    private static final Map<NearVm.Engine, NearVm> VMS = new EnumMap<>(NearVm.Engine.class);

    private Conformance() {}

    static synchronized NearVm vm(NearVm.Engine engine) {
        return VMS.computeIfAbsent(engine, e -> {
            NearVm vm = NearVm.create(e);
            Runtime.getRuntime().addShutdownHook(new Thread(vm::close));
            return vm;
        });
    }

    static long cost(ExtCost c) {
        return PARAMS.cost(c);
    }

    static byte[] hex(String h) {
        return HexFormat.of().parseHex(h);
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    static Contract contract() {
        return new Contract();
    }

    static VmContext.Builder ctx() {
        return VmContext.builder();
    }

    /** A contract with data segments and the body of {@code main}. */
    static final class Contract {
        private final List<String> data = new ArrayList<>();
        private final List<String> body = new ArrayList<>();
        private byte[] wasm;

        Contract data(int offset, byte[] bytes) {
            StringBuilder s = new StringBuilder();
            for (byte b : bytes) {
                s.append(String.format("\\%02x", b & 0xFF));
            }
            data.add("(data (i32.const " + offset + ") \"" + s + "\")");
            return this;
        }

        Contract data(int offset, String utf8) {
            return data(offset, utf8.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        Contract body(String... lines) {
            body.addAll(List.of(lines));
            return this;
        }

        /** Appends {@code call $f} with the given i64 arguments. */
        Contract call(String f, long... args) {
            for (long a : args) {
                body.add("i64.const " + a);
            }
            body.add("call $" + f);
            return this;
        }

        /** Appends {@code value_return} of register {@code reg}. */
        Contract returnRegister(long reg) {
            return call("value_return", U64_MAX, reg);
        }

        /** Instructions charged: every line up to the failing one, plus 8 for entering main. */
        long ops() {
            long n = 8;
            for (String l : body) {
                String op = l.strip();
                if (!(op.equals("end") || op.equals("else") || op.startsWith("block"))) {
                    n++;
                }
                if (op.endsWith(FAILS)) {
                    break;
                }
            }
            return n;
        }

        byte[] wasm() {
            if (wasm == null) {
                StringBuilder w = new StringBuilder("(module\n");
                java.util.Set<String> imported = new java.util.TreeSet<>();
                for (String l : body) {
                    Matcher m = CALL.matcher(l);
                    while (m.find()) {
                        imported.add(m.group(1));
                    }
                }
                for (String f : imported) {
                    String sig = SIGNATURES.get(f);
                    if (sig == null) {
                        throw new IllegalArgumentException("no signature for " + f);
                    }
                    w.append("  (import \"env\" \"").append(f).append("\" (func $").append(f).append(' ')
                            .append(sig).append("))\n");
                }
                w.append("  (memory 1)\n");
                for (String d : data) {
                    w.append("  ").append(d).append('\n');
                }
                w.append("  (func (export \"main\")\n");
                for (String l : body) {
                    w.append("    ").append(l).append('\n');
                }
                w.append("  ))\n");
                wasm = Wat.compile(w.toString());
            }
            return wasm;
        }

        VmOutcome run(NearVm.Engine engine) {
            return run(engine, ctx().build(), new Contracts.MapStorage());
        }

        VmOutcome run(NearVm.Engine engine, VmContext ctx) {
            return run(engine, ctx, new Contracts.MapStorage());
        }

        VmOutcome run(NearVm.Engine engine, VmContext ctx, Storage storage) {
            return vm(engine).call(wasm(), "main", ctx, storage);
        }
    }

    /** The host and action gas a test expects, per NEAR profile name. */
    static final class Gas {
        private final Map<String, Long> profile = new TreeMap<>();

        Gas base(ExtCost c) {
            return times(c, 1);
        }

        Gas times(ExtCost c, long n) {
            return add(c.profileName(), Math.multiplyExact(cost(c), n));
        }

        /** read_memory_base + n * read_memory_byte. */
        Gas readMemory(long n) {
            return base(ExtCost.read_memory_base).times(ExtCost.read_memory_byte, n);
        }

        Gas writeMemory(long n) {
            return base(ExtCost.write_memory_base).times(ExtCost.write_memory_byte, n);
        }

        Gas readRegister(long n) {
            return base(ExtCost.read_register_base).times(ExtCost.read_register_byte, n);
        }

        Gas writeRegister(long n) {
            return base(ExtCost.write_register_base).times(ExtCost.write_register_byte, n);
        }

        /** value_return of a register holding n bytes, with no one waiting for the result. */
        Gas returnRegister(long n) {
            return base(ExtCost.base).readRegister(n);
        }

        Gas action(ActionCost a, long gas) {
            return add(a.profileName(), gas);
        }

        Gas add(String name, long gas) {
            if (gas != 0) {
                profile.merge(name, gas, Math::addExact);
            }
            return this;
        }

        Map<String, Long> profile() {
            return profile;
        }
    }

    /**
     * Asserts the outcome's profile is exactly: contract loading, the contract's instructions and
     * {@code host}; and that the burnt gas is the profile's sum.
     */
    static void assertGas(VmOutcome out, Contract c, Gas host) {
        Gas expected = new Gas();
        host.profile().forEach(expected::add);
        expected.base(ExtCost.contract_loading_base);
        expected.times(ExtCost.contract_loading_bytes, c.wasm().length);
        expected.add(GasCounter.WASM_INSTRUCTION, c.ops() * PARAMS.regularOpCost);
        assertThat(out.profile()).containsExactlyInAnyOrderEntriesOf(expected.profile());
        long sum = expected.profile().values().stream().mapToLong(Long::longValue).sum();
        assertThat(out.burntGas()).isEqualTo(sum);
    }

    static byte[] returned(VmOutcome out) {
        assertThat(out.error()).as("error").isNull();
        assertThat(out.returnData()).isInstanceOf(ReturnData.Value.class);
        return ((ReturnData.Value) out.returnData()).bytes();
    }

    static void assertHostError(VmOutcome out, String kind, String message) {
        assertThat(out.error()).as("error").isNotNull();
        assertThat(out.error().category()).isEqualTo("HostError");
        assertThat(out.error().kind()).isEqualTo(kind);
        assertThat(out.error().message()).isEqualTo(message);
    }

    /** u128 little-endian, as NEAR writes balances. */
    static byte[] u128(java.math.BigInteger v) {
        byte[] be = v.toByteArray();
        byte[] le = new byte[16];
        for (int i = 0; i < 16 && i < be.length; i++) {
            le[i] = be[be.length - 1 - i];
        }
        return le;
    }

    static byte[] u64(long v) {
        return java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(v).array();
    }
}
