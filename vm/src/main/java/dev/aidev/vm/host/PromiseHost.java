package dev.aidev.vm.host;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.wasm.types.ValType;
import dev.aidev.vm.Action;
import dev.aidev.vm.Bytes;
import dev.aidev.vm.PromiseResult;
import dev.aidev.vm.gas.ActionCost;
import dev.aidev.vm.gas.ExtCost;
import dev.aidev.vm.gas.Fee;
import dev.aidev.vm.gas.GasCounter;
import dev.aidev.vm.gas.RuntimeParams;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * NEAR's promise host functions: creating receipts, attaching actions, joining and chaining
 * promises, callbacks' access to promise results, and yield/resume. Each pays the send part of an
 * action's fee now and reserves its execution part (nearcore's {@code pay_action_accumulated}).
 */
final class PromiseHost {
    private final VmLogic vm;
    private final GasCounter gas;
    private final RuntimeParams params;

    PromiseHost(VmLogic vm) {
        this.vm = vm;
        this.gas = vm.gas();
        this.params = vm.params();
    }

    void register(List<HostFunction> f) {
        vm.r(f, "promise_create", 8, a -> {
            long idx = batchCreate(a[0], a[1]);
            functionCall(idx, a[2], a[3], a[4], a[5], a[6], a[7], 0);
            return idx;
        });
        vm.r(f, "promise_then", 9, a -> {
            long idx = batchThen(a[0], a[1], a[2]);
            functionCall(idx, a[3], a[4], a[5], a[6], a[7], a[8], 0);
            return idx;
        });
        vm.r(f, "promise_and", 2, a -> promiseAnd(a[0], a[1]));
        vm.r(f, "promise_batch_create", 2, a -> batchCreate(a[0], a[1]));
        vm.r(f, "promise_batch_then", 3, a -> batchThen(a[0], a[1], a[2]));
        vm.v(f, "promise_batch_action_create_account", 1, a -> {
            begin("promise_batch_action_create_account");
            int r = receiptOf(a[0]);
            payActionBase(ActionCost.create_account, sir(r));
            vm.appendAction(r, new Action.CreateAccount());
            return 0;
        });
        vm.v(f, "promise_batch_action_deploy_contract", 3, a -> {
            deploy("promise_batch_action_deploy_contract", a, ActionCost.deploy_contract_base,
                    ActionCost.deploy_contract_byte, code -> new Action.DeployContract(code));
            return 0;
        });
        vm.v(f, "promise_batch_action_deploy_global_contract", 3, a -> {
            deploy("promise_batch_action_deploy_global_contract", a, ActionCost.deploy_global_contract_base,
                    ActionCost.deploy_global_contract_byte, code -> new Action.DeployGlobalContract(code, false));
            return 0;
        });
        vm.v(f, "promise_batch_action_deploy_global_contract_by_account_id", 3, a -> {
            deploy("promise_batch_action_deploy_global_contract_by_account_id", a,
                    ActionCost.deploy_global_contract_base, ActionCost.deploy_global_contract_byte,
                    code -> new Action.DeployGlobalContract(code, true));
            return 0;
        });
        vm.v(f, "promise_batch_action_use_global_contract", 3, a -> {
            begin("promise_batch_action_use_global_contract");
            byte[] hash = vm.memOrRegister(a[2], a[1]);
            if (hash.length != 32) {
                throw HostErrors.contractCodeHashMalformed();
            }
            int r = receiptOf(a[0]);
            payActionBase(ActionCost.use_global_contract_base, sir(r));
            payActionPerByte(ActionCost.use_global_contract_byte, hash.length, sir(r));
            vm.appendAction(r, new Action.UseGlobalContract(hash, null));
            return 0;
        });
        vm.v(f, "promise_batch_action_use_global_contract_by_account_id", 3, a -> {
            begin("promise_batch_action_use_global_contract_by_account_id");
            String account = vm.readAccountId(a[1], a[2]);
            int r = receiptOf(a[0]);
            payActionBase(ActionCost.use_global_contract_base, sir(r));
            payActionPerByte(ActionCost.use_global_contract_byte,
                    account.getBytes(StandardCharsets.UTF_8).length, sir(r));
            vm.appendAction(r, new Action.UseGlobalContract(null, account));
            return 0;
        });
        vm.v(f, "promise_batch_action_function_call", 7, a -> {
            functionCall(a[0], a[1], a[2], a[3], a[4], a[5], a[6], 0);
            return 0;
        });
        vm.v(f, "promise_batch_action_function_call_weight", 8, a -> {
            functionCall(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
            return 0;
        });
        vm.v(f, "promise_batch_action_transfer", 2, a -> {
            transfer(a[0], a[1]);
            return 0;
        });
        vm.v(f, "promise_batch_action_stake", 4, a -> {
            begin("promise_batch_action_stake");
            BigInteger amount = vm.readU128(a[1]);
            byte[] pk = vm.memOrRegister(a[3], a[2]);
            int r = receiptOf(a[0]);
            payActionBase(ActionCost.stake, sir(r));
            vm.appendAction(r, new Action.Stake(amount, publicKey(pk)));
            return 0;
        });
        vm.v(f, "promise_batch_action_add_key_with_full_access", 4, a -> {
            begin("promise_batch_action_add_key_with_full_access");
            byte[] pk = vm.memOrRegister(a[2], a[1]);
            int r = receiptOf(a[0]);
            payActionBase(ActionCost.add_full_access_key, sir(r));
            vm.appendAction(r, new Action.AddKey(publicKey(pk), a[3], new Action.FullAccess()));
            return 0;
        });
        vm.v(f, "promise_batch_action_add_key_with_function_call", 9, a -> {
            addFunctionCallKey(a);
            return 0;
        });
        vm.v(f, "promise_batch_action_delete_key", 3, a -> {
            begin("promise_batch_action_delete_key");
            byte[] pk = vm.memOrRegister(a[2], a[1]);
            int r = receiptOf(a[0]);
            payActionBase(ActionCost.delete_key, sir(r));
            vm.appendAction(r, new Action.DeleteKey(publicKey(pk)));
            return 0;
        });
        vm.v(f, "promise_batch_action_delete_account", 3, a -> {
            begin("promise_batch_action_delete_account");
            String beneficiary = vm.readAccountId(a[1], a[2]);
            int r = receiptOf(a[0]);
            payActionBase(ActionCost.delete_account, sir(r));
            vm.appendAction(r, new Action.DeleteAccount(beneficiary));
            return 0;
        });
        vm.r(f, "promise_yield_create", 7, a -> yieldCreate(a[0], a[1], a[2], a[3], a[4], a[5], a[6]));
        f.add(vm.host("promise_yield_resume", List.of(ValType.I64, ValType.I64, ValType.I64, ValType.I64),
                List.of(ValType.I32), a -> yieldResume(a[0], a[1], a[2], a[3])));
        vm.r(f, "promise_results_count", 0, a -> {
            begin("promise_results_count");
            return vm.ctx().promiseResults().size();
        });
        vm.r(f, "promise_result", 2, a -> {
            begin("promise_result");
            PromiseResult result = vm.promiseResult(a[0]);
            if (result instanceof PromiseResult.Successful ok) {
                vm.setRegister(a[1], ok.value());
                return 1;
            }
            return result instanceof PromiseResult.Failed ? 2 : 0;
        });
        vm.v(f, "promise_return", 1, a -> {
            gas.payBase(ExtCost.base);
            gas.payBase(ExtCost.promise_return);
            vm.notInView("promise_return");
            int[] receipts = vm.promise(a[0]);
            if (vm.isJoint(a[0])) {
                throw HostErrors.cannotReturnJointPromise();
            }
            vm.setReturnReceipt(receipts[0]);
            return 0;
        });
    }

    /** Pays base and refuses in views, the opening of every promise function. */
    private void begin(String method) {
        gas.payBase(ExtCost.base);
        vm.notInView(method);
    }

    private boolean sir(int receipt) {
        return vm.receiptReceiver(receipt).equals(vm.ctx().currentAccountId());
    }

    /** The receipt of a non-joint promise (nearcore's promise_idx_to_receipt_idx_with_sir). */
    private int receiptOf(long promiseIdx) {
        int[] receipts = vm.promise(promiseIdx);
        if (vm.isJoint(promiseIdx)) {
            throw HostErrors.cannotAppendActionToJointPromise();
        }
        return receipts[0];
    }

    private void payActionBase(ActionCost action, boolean sir) {
        Fee fee = params.fee(action);
        long burn = fee.send(sir);
        gas.payAction(action, burn, add(burn, fee.execution()));
    }

    private void payActionPerByte(ActionCost action, long bytes, boolean sir) {
        Fee fee = params.fee(action);
        long burn = mul(fee.send(sir), bytes);
        gas.payAction(action, burn, add(burn, mul(fee.execution(), bytes)));
    }

    private static long add(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw HostErrors.integerOverflow();
        }
    }

    private static long mul(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            throw HostErrors.integerOverflow();
        }
    }

    /** Pays for a new action receipt and the data receipts it waits for. */
    private void payForNewReceipt(boolean sir, List<Boolean> dependencySir) {
        Fee receipt = params.fee(ActionCost.new_action_receipt);
        Fee data = params.fee(ActionCost.new_data_receipt_base);
        long burn = receipt.send(sir);
        for (boolean depSir : dependencySir) {
            burn = add(burn, add(data.send(depSir), data.execution()));
        }
        gas.payAction(ActionCost.new_action_receipt, burn, add(burn, receipt.execution()));
    }

    private long batchCreate(long accLen, long accPtr) {
        begin("promise_batch_create");
        String account = vm.readAccountId(accLen, accPtr);
        payForNewReceipt(account.equals(vm.ctx().currentAccountId()), List.of());
        int r = vm.newReceipt(account, false);
        return vm.pushPromise(new int[] {r}, false);
    }

    private long batchThen(long promiseIdx, long accLen, long accPtr) {
        begin("promise_batch_then");
        String account = vm.readAccountId(accLen, accPtr);
        int[] deps = vm.promise(promiseIdx);
        List<Boolean> depSir = new ArrayList<>();
        for (int d : deps) {
            depSir.add(vm.receiptReceiver(d).equals(account));
        }
        payForNewReceipt(account.equals(vm.ctx().currentAccountId()), depSir);
        int r = vm.newReceipt(account, false);
        for (int d : deps) {
            vm.addDependency(d, r, vm.newDataId());
        }
        return vm.pushPromise(new int[] {r}, false);
    }

    private long promiseAnd(long idxPtr, long count) {
        begin("promise_and");
        gas.payBase(ExtCost.promise_and_base);
        long bytes;
        try {
            bytes = Math.multiplyExact(count, 8L);
            if (count < 0) {
                throw new ArithmeticException();
            }
        } catch (ArithmeticException e) {
            throw HostErrors.integerOverflow();
        }
        gas.payPer(ExtCost.promise_and_per_promise, bytes);
        byte[] raw = vm.memRead(idxPtr, bytes);
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        List<Integer> receipts = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            for (int r : vm.promise(b.getLong())) {
                receipts.add(r);
            }
            if (receipts.size() > params.maxNumberInputDataDependencies) {
                throw HostErrors.numberInputDataDependenciesExceeded(
                        receipts.size(), params.maxNumberInputDataDependencies);
            }
        }
        return vm.pushPromise(receipts.stream().mapToInt(Integer::intValue).toArray(), true);
    }

    private void functionCall(long idx, long mLen, long mPtr, long aLen, long aPtr, long amountPtr, long callGas,
            long weight) {
        begin("promise_batch_action_function_call");
        BigInteger amount = vm.readU128(amountPtr);
        byte[] method = vm.memOrRegister(mPtr, mLen);
        if (method.length == 0) {
            throw HostErrors.emptyMethodName();
        }
        byte[] args = vm.memOrRegister(aPtr, aLen);
        int r = receiptOf(idx);
        boolean sir = sir(r);
        payActionBase(ActionCost.function_call_base, sir);
        payActionPerByte(ActionCost.function_call_byte, (long) method.length + args.length, sir);
        gas.prepay(callGas);
        vm.deductBalance(amount);
        int at = vm.appendAction(r, new Action.FunctionCall(methodName(method), args, callGas, amount, weight));
        if (weight != 0) {
            vm.addWeight(r, at, weight);
        }
    }

    private void transfer(long idx, long amountPtr) {
        begin("promise_batch_action_transfer");
        BigInteger amount = vm.readU128(amountPtr);
        int r = receiptOf(idx);
        boolean sir = sir(r);
        String receiver = vm.receiptReceiver(r);
        // A transfer to an implicit account may create it, so it also pays for that.
        List<ActionCost> parts = new ArrayList<>(List.of(ActionCost.transfer));
        if (AccountIds.isNearImplicit(receiver)) {
            parts.add(ActionCost.create_account);
            parts.add(ActionCost.add_full_access_key);
        } else if (AccountIds.isEthImplicit(receiver)) {
            parts.add(ActionCost.create_account);
        }
        long burn = 0;
        long exec = 0;
        for (ActionCost c : parts) {
            burn = add(burn, params.fee(c).send(sir));
            exec = add(exec, params.fee(c).execution());
        }
        gas.payAction(ActionCost.transfer, burn, add(burn, exec));
        vm.deductBalance(amount);
        vm.appendAction(r, new Action.Transfer(amount));
    }

    @FunctionalInterface
    private interface CodeAction {
        Action of(byte[] code);
    }

    private void deploy(String method, long[] a, ActionCost base, ActionCost perByte, CodeAction action) {
        begin(method);
        byte[] code = vm.memOrRegister(a[2], a[1]);
        if (code.length > params.maxContractSize) {
            throw HostErrors.contractSizeExceeded(code.length, params.maxContractSize);
        }
        int r = receiptOf(a[0]);
        payActionBase(base, sir(r));
        payActionPerByte(perByte, code.length, sir(r));
        vm.appendAction(r, action.of(code));
    }

    private void addFunctionCallKey(long[] a) {
        begin("promise_batch_action_add_key_with_function_call");
        byte[] pk = vm.memOrRegister(a[2], a[1]);
        BigInteger allowance = vm.readU128(a[4]);
        String receiver = vm.readAccountId(a[5], a[6]);
        byte[] names = vm.memOrRegister(a[8], a[7]);
        List<byte[]> split = splitMethodNames(names);
        int r = receiptOf(a[0]);
        long bytes = 0;
        for (byte[] n : split) {
            bytes += n.length + 1L;
        }
        payActionBase(ActionCost.add_function_call_key_base, sir(r));
        payActionPerByte(ActionCost.add_function_call_key_byte, bytes, sir(r));
        byte[] key = publicKey(pk);
        List<String> methodNames = new ArrayList<>();
        for (byte[] n : split) {
            methodNames.add(methodName(n));
        }
        vm.appendAction(r, new Action.AddKey(key, a[3], new Action.FunctionCallPermission(
                allowance.signum() == 0 ? null : allowance, receiver, methodNames)));
    }

    /** Comma-separated names; an empty list is allowed, an empty name is not. */
    private static List<byte[]> splitMethodNames(byte[] names) {
        List<byte[]> out = new ArrayList<>();
        if (names.length == 0) {
            return out;
        }
        int start = 0;
        for (int i = 0; i <= names.length; i++) {
            if (i == names.length || names[i] == ',') {
                if (i == start) {
                    throw HostErrors.emptyMethodName();
                }
                out.add(java.util.Arrays.copyOfRange(names, start, i));
                start = i + 1;
            }
        }
        return out;
    }

    private static String methodName(byte[] raw) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw HostErrors.invalidMethodName();
        }
    }

    /** A Borsh public key: type 0 and 32 bytes (ed25519) or type 1 and 64 bytes (secp256k1). */
    private static byte[] publicKey(byte[] raw) {
        boolean ok = raw.length > 0
                && ((raw[0] == 0 && raw.length == 33) || (raw[0] == 1 && raw.length == 65));
        if (!ok) {
            throw HostErrors.invalidPublicKey();
        }
        return raw;
    }

    private long yieldCreate(long mLen, long mPtr, long aLen, long aPtr, long callGas, long weight, long reg) {
        begin("promise_yield_create");
        gas.payBase(ExtCost.yield_create_base);
        byte[] method = vm.memOrRegister(mPtr, mLen);
        if (method.length == 0) {
            throw HostErrors.emptyMethodName();
        }
        byte[] args = vm.memOrRegister(aPtr, aLen);
        long bytes = (long) method.length + args.length;
        gas.payPer(ExtCost.yield_create_byte, bytes);
        gas.prepay(callGas);
        payForNewReceipt(true, List.of(true));
        String self = vm.ctx().currentAccountId();
        int r = vm.newReceipt(self, true);
        Bytes dataId = vm.newDataId();
        vm.addInputData(r, dataId);
        long idx = vm.pushPromise(new int[] {r}, false);
        payActionBase(ActionCost.function_call_base, true);
        payActionPerByte(ActionCost.function_call_byte, bytes, true);
        int at = vm.appendAction(r, new Action.FunctionCall(methodName(method), args, callGas, BigInteger.ZERO, weight));
        if (weight != 0) {
            vm.addWeight(r, at, weight);
        }
        vm.setRegister(reg, dataId.toArray());
        return idx;
    }

    private long yieldResume(long idLen, long idPtr, long payloadLen, long payloadPtr) {
        begin("promise_yield_resume");
        gas.payBase(ExtCost.yield_resume_base);
        gas.payPer(ExtCost.yield_resume_byte, payloadLen);
        byte[] dataId = vm.memOrRegister(idPtr, idLen);
        byte[] payload = vm.memOrRegister(payloadPtr, payloadLen);
        if (payload.length > params.maxYieldPayloadSize) {
            throw HostErrors.yieldPayloadLength(payload.length, params.maxYieldPayloadSize);
        }
        if (dataId.length != 32) {
            throw HostErrors.dataIdMalformed();
        }
        Bytes id = Bytes.of(dataId);
        if (!vm.yieldPending(id)) {
            return 0;
        }
        vm.resume(id, payload);
        return 1;
    }
}
