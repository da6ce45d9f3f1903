package dev.aidev.vm.host;

import com.dylibso.chicory.runtime.GlobalInstance;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import dev.aidev.vm.Action;
import dev.aidev.vm.Bytes;
import dev.aidev.vm.PromiseResult;
import dev.aidev.vm.Receipt;
import dev.aidev.vm.ReturnData;
import dev.aidev.vm.Storage;
import dev.aidev.vm.VmContext;
import dev.aidev.vm.VmOutcome;
import dev.aidev.vm.crypto.Ed25519;
import dev.aidev.vm.crypto.Hashes;
import dev.aidev.vm.crypto.P256;
import dev.aidev.vm.crypto.Secp256k1;
import dev.aidev.vm.gas.ActionCost;
import dev.aidev.vm.gas.ExtCost;
import dev.aidev.vm.gas.Fee;
import dev.aidev.vm.gas.GasCounter;
import dev.aidev.vm.gas.RuntimeParams;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The state of one function call and NEAR's host functions over it, as nearcore's
 * {@code VMLogic}: registers, context, economics, math, logs, promises and storage.
 *
 * <p>Each host function keeps its NEAR import name and signature, pays its costs before doing the
 * work they pay for (so a failing call still burns them, as on NEAR), and fails with NEAR's
 * {@code HostError}s. Costs and limits come from {@link RuntimeParams}.
 */
public final class VmLogic {
    private static final long U64_MAX = -1L;
    private static final BigInteger U128_LIMIT = BigInteger.ONE.shiftLeft(128);

    private final RuntimeParams params;
    private final VmContext ctx;
    private final Storage storage;
    private final GasCounter gas;

    private final Map<Long, byte[]> registers = new HashMap<>();
    private long registersUsage;
    private final List<String> logs = new ArrayList<>();
    private long totalLogLength;
    private ReturnData returnData = new ReturnData.None();
    private final TreeMap<Bytes, byte[]> changes = new TreeMap<>();
    private long storageUsage;
    private BigInteger balance;

    /** Promises by index: a receipt index, or (joint) the receipts promise_and joined. */
    private final List<int[]> promises = new ArrayList<>();
    private final List<Boolean> jointPromises = new ArrayList<>();
    private final List<ReceiptDraft> receipts = new ArrayList<>();
    private final List<VmOutcome.YieldResume> resumes = new ArrayList<>();
    private final List<long[]> weights = new ArrayList<>();
    private long dataCount;

    private Memory memory;
    private GlobalInstance gasGlobal;
    private long budget;

    private static final class ReceiptDraft {
        final String receiverId;
        final List<Bytes> inputDataIds = new ArrayList<>();
        final List<Receipt.DataReceiver> outputDataReceivers = new ArrayList<>();
        final List<Action> actions = new ArrayList<>();
        final boolean yielded;

        ReceiptDraft(String receiverId, boolean yielded) {
            this.receiverId = receiverId;
            this.yielded = yielded;
        }
    }

    public VmLogic(RuntimeParams params, VmContext ctx, Storage storage) {
        this.params = params;
        this.ctx = ctx;
        this.storage = storage;
        this.gas = new GasCounter(params, ctx.prepaidGas(), ctx.view());
        this.storageUsage = ctx.storageUsage();
        this.balance = ctx.accountBalance().add(ctx.attachedDeposit());
    }

    public GasCounter gas() {
        return gas;
    }

    /** Connects the logic to the instance's memory and gas global, and hands the code its budget. */
    public void attach(Instance instance, int gasGlobalIndex) {
        this.memory = instance.memory();
        this.gasGlobal = instance.global(gasGlobalIndex);
        budget = gas.remainingGas();
        gasGlobal.setValue(budget);
    }

    /** Folds the gas the code burnt since the last sync into the counter (nearcore's call hook). */
    public void syncFromWasm() {
        if (gasGlobal != null) {
            long left = gasGlobal.getValue();
            long used = budget - left;
            budget = left;
            gas.burnWasm(used);
        }
    }

    private void syncToWasm() {
        budget = gas.remainingGas();
        gasGlobal.setValue(budget);
    }

    /** The code ran out of budget for a charge of {@code charge} gas: burn it and fail as NEAR does. */
    public void failWasmCharge(long charge) {
        syncFromWasm();
        gas.burnWasm(charge);
    }

    // ---------------------------------------------------------------------------------------------
    // Outcome

    /** The outcome of a call that ran to completion. */
    public VmOutcome successOutcome() {
        if (!ctx.view()) {
            distributeUnusedGas();
        }
        List<Receipt> out = new ArrayList<>();
        for (int i = 0; i < receipts.size(); i++) {
            ReceiptDraft d = receipts.get(i);
            out.add(new Receipt(i, d.receiverId, d.inputDataIds, d.outputDataReceivers, d.actions, d.yielded));
        }
        return new VmOutcome(returnData, logs, gas.burntGas(), gas.usedGas(), gas.profile(), balance,
                storageUsage, changes, out, resumes, null);
    }

    /** The outcome of a failed call: logs and gas stay, changes go. */
    public VmOutcome failureOutcome(dev.aidev.vm.VmError error) {
        return new VmOutcome(new ReturnData.None(), logs, gas.burntGas(), gas.usedGas(), gas.profile(),
                ctx.accountBalance(), ctx.storageUsage(), new TreeMap<>(), List.of(), List.of(), error);
    }

    /** nearcore's nop outcome, for calls that never ran: no gas, no logs, the error alone. */
    public VmOutcome nopOutcome(dev.aidev.vm.VmError error) {
        return new VmOutcome(new ReturnData.None(), List.of(), 0, 0, Map.of(), ctx.accountBalance(),
                ctx.storageUsage(), new TreeMap<>(), List.of(), List.of(), error);
    }

    /**
     * Hands the gas no one used to the function calls that asked for a share of it, by weight; the
     * last weighted call gets the rounding remainder (nearcore's gas-weight distribution).
     */
    private void distributeUnusedGas() {
        long unused = gas.prepaidGas() - gas.usedGas();
        if (weights.isEmpty() || unused <= 0) {
            return;
        }
        BigInteger total = BigInteger.ZERO;
        for (long[] w : weights) {
            total = total.add(BigInteger.valueOf(w[2]));
        }
        long assigned = 0;
        for (int i = 0; i < weights.size(); i++) {
            long[] w = weights.get(i);
            long share = i == weights.size() - 1
                    ? unused - assigned
                    : BigInteger.valueOf(unused).multiply(BigInteger.valueOf(w[2])).divide(total).longValueExact();
            assigned += share;
            ReceiptDraft d = receipts.get((int) w[0]);
            Action.FunctionCall fc = (Action.FunctionCall) d.actions.get((int) w[1]);
            d.actions.set((int) w[1], new Action.FunctionCall(
                    fc.methodName(), fc.args(), fc.gas() + share, fc.deposit(), fc.gasWeight()));
        }
        gas.addPromisesGas(unused);
    }

    // ---------------------------------------------------------------------------------------------
    // The import table

    @FunctionalInterface
    interface Body {
        long apply(long[] a);
    }

    /** NEAR's host functions as Chicory imports bound to this call. */
    public List<HostFunction> imports() {
        List<HostFunction> f = new ArrayList<>();
        // Registers
        v(f, "read_register", 2, a -> { readRegister(a[0], a[1]); return 0; });
        r(f, "register_len", 1, a -> registerLen(a[0]));
        v(f, "write_register", 3, a -> { writeRegister(a[0], a[1], a[2]); return 0; });
        // Context
        v(f, "current_account_id", 1, a -> { contextString("current_account_id", ctx.currentAccountId(), a[0], false); return 0; });
        v(f, "signer_account_id", 1, a -> { contextString("signer_account_id", ctx.signerAccountId(), a[0], true); return 0; });
        v(f, "signer_account_pk", 1, a -> { contextBytes("signer_account_pk", ctx.signerAccountPk(), a[0], true); return 0; });
        v(f, "predecessor_account_id", 1, a -> { contextString("predecessor_account_id", ctx.predecessorAccountId(), a[0], true); return 0; });
        v(f, "input", 1, a -> { input(a[0]); return 0; });
        r(f, "block_index", 0, a -> { gas.payBase(ExtCost.base); return ctx.blockHeight(); });
        r(f, "block_timestamp", 0, a -> { gas.payBase(ExtCost.base); return ctx.blockTimestamp(); });
        r(f, "epoch_height", 0, a -> { gas.payBase(ExtCost.base); return ctx.epochHeight(); });
        r(f, "storage_usage", 0, a -> { gas.payBase(ExtCost.base); return storageUsage; });
        // Economics
        v(f, "account_balance", 1, a -> { gas.payBase(ExtCost.base); writeU128(a[0], balance); return 0; });
        v(f, "account_locked_balance", 1, a -> { gas.payBase(ExtCost.base); writeU128(a[0], ctx.accountLockedBalance()); return 0; });
        v(f, "attached_deposit", 1, a -> { gas.payBase(ExtCost.base); writeU128(a[0], ctx.attachedDeposit()); return 0; });
        r(f, "prepaid_gas", 0, a -> { gas.payBase(ExtCost.base); notInView("prepaid_gas"); return ctx.prepaidGas(); });
        r(f, "used_gas", 0, a -> { gas.payBase(ExtCost.base); notInView("used_gas"); return gas.usedGas(); });
        // Math
        v(f, "random_seed", 1, a -> { gas.payBase(ExtCost.base); setRegister(a[0], ctx.randomSeed()); return 0; });
        v(f, "sha256", 3, a -> { hash(ExtCost.sha256_base, ExtCost.sha256_byte, a, Hashes::sha256); return 0; });
        v(f, "keccak256", 3, a -> { hash(ExtCost.keccak256_base, ExtCost.keccak256_byte, a, Hashes::keccak256); return 0; });
        v(f, "keccak512", 3, a -> { hash(ExtCost.keccak512_base, ExtCost.keccak512_byte, a, Hashes::keccak512); return 0; });
        v(f, "ripemd160", 3, a -> { ripemd160(a[0], a[1], a[2]); return 0; });
        r(f, "ecrecover", 7, a -> ecrecover(a[0], a[1], a[2], a[3], a[4], a[5], a[6]));
        r(f, "ed25519_verify", 6, a -> ed25519Verify(a[0], a[1], a[2], a[3], a[4], a[5]));
        r(f, "p256_verify", 6, a -> p256Verify(a[0], a[1], a[2], a[3], a[4], a[5]));
        MathHost math = new MathHost(this);
        math.register(f);
        // Miscellaneous
        v(f, "value_return", 2, a -> { valueReturn(a[0], a[1]); return 0; });
        v(f, "panic", 0, a -> { gas.payBase(ExtCost.base); throw HostErrors.guestPanic("explicit guest panic"); });
        v(f, "panic_utf8", 2, a -> { gas.payBase(ExtCost.base); throw HostErrors.guestPanic(utf8String(a[0], a[1])); });
        v(f, "log_utf8", 2, a -> { logUtf8(a[0], a[1]); return 0; });
        v(f, "log_utf16", 2, a -> { logUtf16(a[0], a[1]); return 0; });
        f.add(host("abort", List.of(ValType.I32, ValType.I32, ValType.I32, ValType.I32), List.of(),
                a -> { abort(a[0] & 0xFFFF_FFFFL, a[1] & 0xFFFF_FFFFL, a[2] & 0xFFFF_FFFFL, a[3] & 0xFFFF_FFFFL); return 0; }));
        // Promises
        new PromiseHost(this).register(f);
        // The legacy metering import: burns opcodes * regular_op_cost (nearcore's pay_wasm_gas).
        f.add(host("gas", List.of(ValType.I32), List.of(), a -> {
            gas.burnWasm(Math.multiplyExact(a[0] & 0xFFFF_FFFFL, params.regularOpCost));
            return 0;
        }));
        // Storage
        r(f, "storage_write", 5, a -> storageWrite(a[0], a[1], a[2], a[3], a[4]));
        r(f, "storage_read", 3, a -> storageRead(a[0], a[1], a[2]));
        r(f, "storage_remove", 3, a -> storageRemove(a[0], a[1], a[2]));
        r(f, "storage_has_key", 2, a -> storageHasKey(a[0], a[1]));
        r(f, "storage_iter_prefix", 2, a -> { throw HostErrors.deprecated("storage_iter_prefix"); });
        r(f, "storage_iter_range", 4, a -> { throw HostErrors.deprecated("storage_iter_range"); });
        r(f, "storage_iter_next", 3, a -> { throw HostErrors.deprecated("storage_iter_next"); });
        // Validators
        v(f, "validator_stake", 3, a -> { validatorStake(a[0], a[1], a[2]); return 0; });
        v(f, "validator_total_stake", 1, a -> { validatorTotalStake(a[0]); return 0; });
        return f;
    }

    void r(List<HostFunction> f, String name, int arity, Body body) {
        f.add(host(name, i64s(arity), List.of(ValType.I64), body));
    }

    void v(List<HostFunction> f, String name, int arity, Body body) {
        f.add(host(name, i64s(arity), List.of(), body));
    }

    private static List<ValType> i64s(int n) {
        List<ValType> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(ValType.I64);
        }
        return l;
    }

    HostFunction host(String name, List<ValType> params, List<ValType> results, Body body) {
        boolean returns = !results.isEmpty();
        return new HostFunction("env", name, FunctionType.of(params, results), (Instance inst, long... args) -> {
            syncFromWasm();
            long v;
            try {
                v = body.apply(args);
            } catch (GasCounter.GasException e) {
                throw toHostError(e);
            }
            syncToWasm();
            return returns ? new long[] {v} : null;
        });
    }

    static HostErrorException toHostError(GasCounter.GasException e) {
        return switch (e.reason()) {
            case GAS_EXCEEDED -> HostErrors.gasExceeded();
            case GAS_LIMIT_EXCEEDED -> HostErrors.gasLimitExceeded();
            case INTEGER_OVERFLOW -> HostErrors.integerOverflow();
        };
    }

    // ---------------------------------------------------------------------------------------------
    // Memory and registers

    RuntimeParams params() {
        return params;
    }

    VmContext ctx() {
        return ctx;
    }

    void notInView(String method) {
        if (ctx.view()) {
            throw HostErrors.prohibitedInView(method);
        }
    }

    private void checkBounds(long ptr, long len) {
        long size = (long) memory.pages() * Memory.PAGE_SIZE;
        if (ptr < 0 || len < 0 || ptr > size || len > size - ptr) {
            throw HostErrors.memoryAccessViolation();
        }
    }

    /** Reads guest memory: read_memory_base + len * read_memory_byte, then the bounds check. */
    byte[] memRead(long ptr, long len) {
        gas.payBase(ExtCost.read_memory_base);
        gas.payPer(ExtCost.read_memory_byte, len);
        checkBounds(ptr, len);
        return memory.readBytes((int) ptr, (int) len);
    }

    /** Writes guest memory: write_memory_base + len * write_memory_byte, then the bounds check. */
    void memWrite(long ptr, byte[] data) {
        gas.payBase(ExtCost.write_memory_base);
        gas.payPer(ExtCost.write_memory_byte, data.length);
        checkBounds(ptr, data.length);
        memory.write((int) ptr, data);
    }

    BigInteger readU128(long ptr) {
        byte[] le = memRead(ptr, 16);
        byte[] be = new byte[17];
        for (int i = 0; i < 16; i++) {
            be[16 - i] = le[i];
        }
        return new BigInteger(be);
    }

    void writeU128(long ptr, BigInteger value) {
        byte[] be = value.toByteArray();
        byte[] le = new byte[16];
        for (int i = 0; i < 16 && i < be.length; i++) {
            le[i] = be[be.length - 1 - i];
        }
        memWrite(ptr, le);
    }

    /** nearcore's get_memory_or_register: len u64::MAX means "the register numbered ptr". */
    byte[] memOrRegister(long ptr, long len) {
        return len == U64_MAX ? getRegister(ptr) : memRead(ptr, len);
    }

    byte[] getRegister(long id) {
        byte[] data = registers.get(id);
        if (data == null) {
            throw HostErrors.invalidRegisterId(id);
        }
        gas.payBase(ExtCost.read_register_base);
        gas.payPer(ExtCost.read_register_byte, data.length);
        return data;
    }

    void setRegister(long id, byte[] data) {
        gas.payBase(ExtCost.write_register_base);
        gas.payPer(ExtCost.write_register_byte, data.length);
        checkSetRegister(id, data.length);
        putRegister(id, data);
    }

    private void checkSetRegister(long id, long length) {
        if (length > params.maxRegisterSize) {
            throw HostErrors.memoryAccessViolation();
        }
        // nearcore counts registers before looking whether this one exists: at the limit even an
        // overwrite fails. Kept for compatibility.
        if (registers.size() >= params.maxNumberRegisters) {
            throw HostErrors.memoryAccessViolation();
        }
        if (registersUsageAfter(id, length) > params.registersMemoryLimit) {
            throw HostErrors.memoryAccessViolation();
        }
    }

    private long registersUsageAfter(long id, long length) {
        byte[] old = registers.get(id);
        return registersUsage - (old == null ? 0 : old.length + 8L) + length + 8L;
    }

    private void putRegister(long id, byte[] data) {
        registersUsage = registersUsageAfter(id, data.length);
        registers.put(id, data);
    }

    private void readRegister(long id, long ptr) {
        gas.payBase(ExtCost.base);
        byte[] data = getRegister(id);
        memWrite(ptr, data);
    }

    private long registerLen(long id) {
        gas.payBase(ExtCost.base);
        byte[] data = registers.get(id);
        return data == null ? U64_MAX : data.length;
    }

    private void writeRegister(long id, long len, long ptr) {
        gas.payBase(ExtCost.base);
        setRegister(id, memRead(ptr, len));
    }

    /**
     * The call's arguments. Since deterministic_account_ids, nearcore shares the input with the
     * register and charges only write_register_base, not per byte.
     */
    private void input(long reg) {
        gas.payBase(ExtCost.base);
        if (params.deterministicAccountIds) {
            gas.payBase(ExtCost.write_register_base);
            checkSetRegister(reg, ctx.input().length);
            putRegister(reg, ctx.input());
        } else {
            setRegister(reg, ctx.input());
        }
    }

    private void contextString(String method, String value, long reg, boolean forbiddenInView) {
        contextBytes(method, value.getBytes(StandardCharsets.UTF_8), reg, forbiddenInView);
    }

    private void contextBytes(String method, byte[] value, long reg, boolean forbiddenInView) {
        gas.payBase(ExtCost.base);
        if (forbiddenInView) {
            notInView(method);
        }
        setRegister(reg, value);
    }

    // ---------------------------------------------------------------------------------------------
    // Math

    @FunctionalInterface
    private interface Hash {
        byte[] apply(byte[] in);
    }

    private void hash(ExtCost base, ExtCost perByte, long[] a, Hash h) {
        gas.payBase(base);
        byte[] in = memOrRegister(a[1], a[0]);
        gas.payPer(perByte, in.length);
        setRegister(a[2], h.apply(in));
    }

    private void ripemd160(long len, long ptr, long reg) {
        gas.payBase(ExtCost.ripemd160_base);
        byte[] in = memOrRegister(ptr, len);
        // RIPEMD-160 hashes in 64-byte blocks after 9 bytes of padding.
        long blocks = (in.length + 8L) / 64 + 1;
        gas.payPer(ExtCost.ripemd160_block, blocks);
        setRegister(reg, Hashes.ripemd160(in));
    }

    private long ecrecover(long hashLen, long hashPtr, long sigLen, long sigPtr, long v, long flag, long reg) {
        gas.payBase(ExtCost.ecrecover_base);
        byte[] sig = memOrRegister(sigPtr, sigLen);
        if (sig.length != 64) {
            throw HostErrors.ecrecoverError(
                    "The length of the signature: " + sig.length + ", exceeds the limit of 64 bytes");
        }
        if (Long.compareUnsigned(v, 4) >= 0) {
            throw HostErrors.ecrecoverError(
                    "V recovery byte 0 through 3 are valid but was provided " + Long.toUnsignedString(v));
        }
        byte[] hash = memOrRegister(hashPtr, hashLen);
        if (hash.length != 32) {
            throw HostErrors.ecrecoverError(
                    "The length of the hash: " + hash.length + ", exceeds the limit of 32 bytes");
        }
        if (flag != 0 && flag != 1) {
            throw HostErrors.ecrecoverError(
                    "Malleability flag needs to be 0 or 1, but is instead " + Long.toUnsignedString(flag));
        }
        byte[] key = Secp256k1.ecrecover(hash, sig, (int) v, flag != 0);
        if (key == null) {
            return 0;
        }
        setRegister(reg, key);
        return 1;
    }

    private long ed25519Verify(long sigLen, long sigPtr, long msgLen, long msgPtr, long pkLen, long pkPtr) {
        gas.payBase(ExtCost.ed25519_verify_base);
        byte[] sig = memOrRegister(sigPtr, sigLen);
        if (sig.length != 64) {
            throw HostErrors.ed25519VerifyInvalidInput("invalid signature length");
        }
        if ((sig[63] & 0xE0) != 0) {
            return 0;
        }
        byte[] msg = memOrRegister(msgPtr, msgLen);
        gas.payPer(ExtCost.ed25519_verify_byte, msg.length);
        byte[] pk = memOrRegister(pkPtr, pkLen);
        if (pk.length != 32) {
            throw HostErrors.ed25519VerifyInvalidInput("invalid public key length");
        }
        return Ed25519.verify(sig, msg, pk) ? 1 : 0;
    }

    private long p256Verify(long sigLen, long sigPtr, long msgLen, long msgPtr, long pkLen, long pkPtr) {
        gas.payBase(ExtCost.p256_verify_base);
        byte[] sig = memOrRegister(sigPtr, sigLen);
        if (sig.length != 64) {
            throw new HostErrorException("P256VerifyInvalidInput", "P256 signature verification error: invalid signature length");
        }
        byte[] msg = memOrRegister(msgPtr, msgLen);
        gas.payPer(ExtCost.p256_verify_byte, msg.length);
        byte[] pk = memOrRegister(pkPtr, pkLen);
        if (pk.length != 33) {
            throw new HostErrorException("P256VerifyInvalidInput", "P256 signature verification error: invalid public key length");
        }
        return P256.verifyPrehash(sig, msg, pk) ? 1 : 0;
    }

    // ---------------------------------------------------------------------------------------------
    // Miscellaneous

    private void valueReturn(long len, long ptr) {
        gas.payBase(ExtCost.base);
        byte[] value = memOrRegister(ptr, len);
        if (value.length > params.maxLengthReturnedData) {
            throw HostErrors.returnedValueLengthExceeded(value.length, params.maxLengthReturnedData);
        }
        long burn = 0;
        Fee byteFee = params.fee(ActionCost.new_data_receipt_byte);
        try {
            for (Receipt.DataReceiver r : ctx.outputDataReceivers()) {
                boolean sir = r.receiverId().equals(ctx.currentAccountId());
                long perByte = Math.addExact(byteFee.send(sir), byteFee.execution());
                burn = Math.addExact(burn, Math.multiplyExact(perByte, (long) value.length));
            }
        } catch (ArithmeticException e) {
            throw HostErrors.integerOverflow();
        }
        gas.payAction(ActionCost.new_data_receipt_byte, burn, burn);
        returnData = new ReturnData.Value(value);
    }

    void setReturnReceipt(int receiptIndex) {
        returnData = new ReturnData.ReceiptIndex(receiptIndex);
    }

    private long remainingLogBudget() {
        return Math.max(0, params.maxTotalLogLength - totalLogLength);
    }

    /** nearcore's get_utf8_string: len u64::MAX reads a nul-terminated string, byte by byte. */
    String utf8String(long len, long ptr) {
        gas.payBase(ExtCost.utf8_decoding_base);
        long max = remainingLogBudget();
        byte[] buf;
        if (len != U64_MAX) {
            if (Long.compareUnsigned(len, max) > 0) {
                throw HostErrors.totalLogLengthExceeded(saturatingAdd(totalLogLength, len), params.maxTotalLogLength);
            }
            buf = memRead(ptr, len);
        } else {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (long i = 0; ; i++) {
                if (i > max) {
                    break;
                }
                long at = ptr + i;
                if (at < 0) {
                    throw HostErrors.memoryAccessViolation();
                }
                byte b = memRead(at, 1)[0];
                if (b == 0) {
                    break;
                }
                if (i == max) {
                    throw HostErrors.totalLogLengthExceeded(
                            saturatingAdd(totalLogLength, max + 1), params.maxTotalLogLength);
                }
                out.write(b);
            }
            buf = out.toByteArray();
        }
        gas.payPer(ExtCost.utf8_decoding_byte, buf.length);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(buf))
                    .toString();
        } catch (CharacterCodingException e) {
            throw HostErrors.badUtf8();
        }
    }

    /** nearcore's get_utf16_string: UTF-16LE; len u64::MAX reads up to a 0x0000 code unit. */
    private String utf16String(long len, long ptr) {
        gas.payBase(ExtCost.utf16_decoding_base);
        long max = remainingLogBudget();
        byte[] buf;
        if (len == U64_MAX) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (long at = ptr; ; at += 2) {
                if (at < 0) {
                    throw HostErrors.memoryAccessViolation();
                }
                byte[] w = memRead(at, 2);
                if (w[0] == 0 && w[1] == 0) {
                    break;
                }
                out.write(w, 0, 2);
                if (out.size() + 2L > max) {
                    throw HostErrors.totalLogLengthExceeded(
                            saturatingAdd(totalLogLength, out.size() + 2L), params.maxTotalLogLength);
                }
            }
            buf = out.toByteArray();
        } else {
            buf = memRead(ptr, len);
        }
        if (buf.length % 2 != 0) {
            throw HostErrors.badUtf16();
        }
        if (buf.length > max) {
            throw HostErrors.totalLogLengthExceeded(saturatingAdd(totalLogLength, buf.length), params.maxTotalLogLength);
        }
        gas.payPer(ExtCost.utf16_decoding_byte, buf.length);
        try {
            CharBuffer chars = StandardCharsets.UTF_16LE.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(buf));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw HostErrors.badUtf16();
        }
    }

    private static long saturatingAdd(long a, long b) {
        long r = a + b;
        return (b < 0 || r < a) ? U64_MAX : r;
    }

    private void checkLogCount() {
        if (logs.size() >= params.maxNumberLogs) {
            throw HostErrors.numberOfLogsExceeded(params.maxNumberLogs);
        }
    }

    private void pushLog(String message) {
        long len = message.getBytes(StandardCharsets.UTF_8).length;
        long total = totalLogLength + len;
        if (total > params.maxTotalLogLength) {
            throw HostErrors.totalLogLengthExceeded(total, params.maxTotalLogLength);
        }
        totalLogLength = total;
        logs.add(message);
    }

    private void logUtf8(long len, long ptr) {
        gas.payBase(ExtCost.base);
        checkLogCount();
        String msg = utf8String(len, ptr);
        gas.payBase(ExtCost.log_base);
        gas.payPer(ExtCost.log_byte, msg.getBytes(StandardCharsets.UTF_8).length);
        pushLog(msg);
    }

    private void logUtf16(long len, long ptr) {
        gas.payBase(ExtCost.base);
        checkLogCount();
        String msg = utf16String(len, ptr);
        gas.payBase(ExtCost.log_base);
        gas.payPer(ExtCost.log_byte, msg.getBytes(StandardCharsets.UTF_8).length);
        pushLog(msg);
    }

    /** AssemblyScript's abort: strings are UTF-16 with their byte length in the 4 bytes before. */
    private void abort(long msgPtr, long filenamePtr, long line, long col) {
        gas.payBase(ExtCost.base);
        if (msgPtr < 4 || filenamePtr < 4) {
            throw HostErrors.badUtf16();
        }
        checkLogCount();
        long msgLen = readU32(msgPtr - 4);
        String msg = utf16String(msgLen, msgPtr);
        long fileLen = readU32(filenamePtr - 4);
        String file = utf16String(fileLen, filenamePtr);
        String message = msg + ", filename: \"" + file + "\" line: " + line + " col: " + col;
        gas.payBase(ExtCost.log_base);
        gas.payPer(ExtCost.log_byte, message.getBytes(StandardCharsets.UTF_8).length);
        pushLog("ABORT: " + message);
        throw HostErrors.guestPanic(message);
    }

    private long readU32(long ptr) {
        byte[] b = memRead(ptr, 4);
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFF_FFFFL;
    }

    // ---------------------------------------------------------------------------------------------
    // Storage

    private byte[] lookup(Bytes key) {
        if (changes.containsKey(key)) {
            return changes.get(key);
        }
        return storage.read(key);
    }

    private byte[] storageKey(long len, long ptr) {
        byte[] key = memOrRegister(ptr, len);
        if (key.length > params.maxLengthStorageKey) {
            throw HostErrors.keyLengthExceeded(key.length, params.maxLengthStorageKey);
        }
        return key;
    }

    private long storageWrite(long keyLen, long keyPtr, long valueLen, long valuePtr, long reg) {
        gas.payBase(ExtCost.base);
        notInView("storage_write");
        gas.payBase(ExtCost.storage_write_base);
        byte[] key = storageKey(keyLen, keyPtr);
        byte[] value = memOrRegister(valuePtr, valueLen);
        if (value.length > params.maxLengthStorageValue) {
            throw HostErrors.valueLengthExceeded(value.length, params.maxLengthStorageValue);
        }
        gas.payPer(ExtCost.storage_write_key_byte, key.length);
        gas.payPer(ExtCost.storage_write_value_byte, value.length);
        Bytes k = Bytes.of(key);
        byte[] old = lookup(k);
        if (old != null) {
            gas.payPer(ExtCost.storage_write_evicted_byte, old.length);
        }
        changes.put(k, value);
        if (old != null) {
            storageUsage = storageUsage - old.length + value.length;
            setRegister(reg, old);
            return 1;
        }
        storageUsage += key.length + value.length + params.storageNumExtraBytesRecord;
        return 0;
    }

    private long storageRead(long keyLen, long keyPtr, long reg) {
        gas.payBase(ExtCost.base);
        gas.payBase(ExtCost.storage_read_base);
        byte[] key = storageKey(keyLen, keyPtr);
        gas.payPer(ExtCost.storage_read_key_byte, key.length);
        byte[] value = lookup(Bytes.of(key));
        if (value == null) {
            return 0;
        }
        gas.payPer(ExtCost.storage_read_value_byte, value.length);
        setRegister(reg, value);
        return 1;
    }

    private long storageRemove(long keyLen, long keyPtr, long reg) {
        gas.payBase(ExtCost.base);
        notInView("storage_remove");
        gas.payBase(ExtCost.storage_remove_base);
        byte[] key = storageKey(keyLen, keyPtr);
        gas.payPer(ExtCost.storage_remove_key_byte, key.length);
        Bytes k = Bytes.of(key);
        byte[] old = lookup(k);
        if (old == null) {
            return 0;
        }
        gas.payPer(ExtCost.storage_remove_ret_value_byte, old.length);
        changes.put(k, null);
        storageUsage -= key.length + old.length + params.storageNumExtraBytesRecord;
        setRegister(reg, old);
        return 1;
    }

    private long storageHasKey(long keyLen, long keyPtr) {
        gas.payBase(ExtCost.base);
        gas.payBase(ExtCost.storage_has_key_base);
        byte[] key = storageKey(keyLen, keyPtr);
        gas.payPer(ExtCost.storage_has_key_byte, key.length);
        return lookup(Bytes.of(key)) != null ? 1 : 0;
    }

    // ---------------------------------------------------------------------------------------------
    // Validators

    /** nearcore's read_and_parse_account_id: bytes, then UTF-8 decoding costs, then validation. */
    String readAccountId(long len, long ptr) {
        byte[] raw = memOrRegister(ptr, len);
        gas.payBase(ExtCost.utf8_decoding_base);
        gas.payPer(ExtCost.utf8_decoding_byte, raw.length);
        String id;
        try {
            id = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw HostErrors.badUtf8();
        }
        if (!AccountIds.isValid(id)) {
            throw HostErrors.invalidAccountId();
        }
        return id;
    }

    private void validatorStake(long len, long ptr, long stakePtr) {
        gas.payBase(ExtCost.base);
        String account = readAccountId(len, ptr);
        gas.payBase(ExtCost.validator_stake_base);
        writeU128(stakePtr, ctx.validators().getOrDefault(account, BigInteger.ZERO));
    }

    private void validatorTotalStake(long stakePtr) {
        gas.payBase(ExtCost.base);
        gas.payBase(ExtCost.validator_total_stake_base);
        BigInteger total = BigInteger.ZERO;
        for (BigInteger s : ctx.validators().values()) {
            total = total.add(s);
        }
        writeU128(stakePtr, total);
    }

    // ---------------------------------------------------------------------------------------------
    // Promises: state shared with PromiseHost

    BigInteger balance() {
        return balance;
    }

    void deductBalance(BigInteger amount) {
        if (balance.compareTo(amount) < 0) {
            throw HostErrors.balanceExceeded();
        }
        balance = balance.subtract(amount);
    }

    static boolean fitsU128(BigInteger v) {
        return v.signum() >= 0 && v.compareTo(U128_LIMIT) < 0;
    }

    /** Creates an action receipt and returns its index. */
    int newReceipt(String receiverId, boolean yielded) {
        receipts.add(new ReceiptDraft(receiverId, yielded));
        return receipts.size() - 1;
    }

    String receiptReceiver(int receipt) {
        return receipts.get(receipt).receiverId;
    }

    /** Appends an action; returns its index within the receipt. */
    int appendAction(int receipt, Action action) {
        List<Action> actions = receipts.get(receipt).actions;
        actions.add(action);
        return actions.size() - 1;
    }

    void addWeight(int receipt, int actionIndex, long weight) {
        weights.add(new long[] {receipt, actionIndex, weight});
    }

    /**
     * A fresh data id: sha256 of the action hash, the block height and a counter. (nearcore derives
     * data ids from the action hash, block hashes and a counter; the VM has no block hash, so the
     * chain makes action hashes unique per receipt.)
     */
    Bytes newDataId() {
        ByteBuffer b = ByteBuffer.allocate(48).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ctx.actionHash());
        b.putLong(ctx.blockHeight());
        b.putLong(dataCount++);
        return Bytes.of(Hashes.sha256(b.array()));
    }

    void addDependency(int fromReceipt, int toReceipt, Bytes dataId) {
        receipts.get(fromReceipt).outputDataReceivers.add(
                new Receipt.DataReceiver(dataId, receipts.get(toReceipt).receiverId));
        receipts.get(toReceipt).inputDataIds.add(dataId);
    }

    void addInputData(int receipt, Bytes dataId) {
        receipts.get(receipt).inputDataIds.add(dataId);
    }

    /** Registers a promise (a receipt, or several joined); returns its index. */
    long pushPromise(int[] receiptIndexes, boolean joint) {
        promises.add(receiptIndexes);
        jointPromises.add(joint);
        if (promises.size() > params.maxPromisesPerFunctionCallAction) {
            throw HostErrors.numberPromisesExceeded(promises.size(), params.maxPromisesPerFunctionCallAction);
        }
        return promises.size() - 1;
    }

    int[] promise(long idx) {
        if (idx < 0 || idx >= promises.size()) {
            throw HostErrors.invalidPromiseIndex(idx);
        }
        return promises.get((int) idx);
    }

    boolean isJoint(long idx) {
        return jointPromises.get((int) idx);
    }

    boolean yieldPending(Bytes dataId) {
        if (ctx.pendingYields().contains(dataId)) {
            return true;
        }
        for (ReceiptDraft d : receipts) {
            if (d.yielded && d.inputDataIds.contains(dataId)) {
                return true;
            }
        }
        return false;
    }

    void resume(Bytes dataId, byte[] payload) {
        resumes.add(new VmOutcome.YieldResume(dataId, payload));
    }

    PromiseResult promiseResult(long idx) {
        List<PromiseResult> results = ctx.promiseResults();
        if (idx < 0 || idx >= results.size()) {
            throw HostErrors.invalidPromiseResultIndex(idx);
        }
        return results.get((int) idx);
    }

    static byte[] copy(byte[] b) {
        return Arrays.copyOf(b, b.length);
    }
}
