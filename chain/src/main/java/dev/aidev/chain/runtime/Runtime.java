package dev.aidev.chain.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aidev.chain.primitives.AccessKey;
import dev.aidev.chain.primitives.Action;
import dev.aidev.chain.primitives.BorshWriter;
import dev.aidev.chain.primitives.CryptoHash;
import dev.aidev.chain.primitives.DelegateAction;
import dev.aidev.chain.primitives.PublicKey;
import dev.aidev.chain.primitives.SignedTransaction;
import dev.aidev.chain.primitives.Transaction;
import dev.aidev.chain.state.Account;
import dev.aidev.chain.state.State;
import dev.aidev.chain.state.StateKeys;
import dev.aidev.vm.Bytes;
import dev.aidev.vm.NearVm;
import dev.aidev.vm.PromiseResult;
import dev.aidev.vm.Receipt;
import dev.aidev.vm.ReturnData;
import dev.aidev.vm.VmContext;
import dev.aidev.vm.VmOutcome;
import dev.aidev.vm.gas.RuntimeParams;
import dev.aidev.vm.host.AccountIds;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * NEAR's runtime on one node: turns signed transactions into receipts (checking signature, nonce,
 * key permissions and balance, and charging the signer) and applies receipts to the state (actions,
 * function calls on the VM, promises, data dependencies, refunds), with nearcore's fees, errors and
 * failure semantics: a failed receipt rolls back its own changes only.
 */
public final class Runtime {
    /** nearcore's ACCESS_KEY_NONCE_RANGE_MULTIPLIER: nonces stay below height * 10^6. */
    public static final long NONCE_RANGE_MULTIPLIER = 1_000_000L;
    /** Accounts using at most this many bytes need no balance for storage (NEP-448). */
    public static final long ZERO_BALANCE_ACCOUNT_STORAGE_LIMIT = 770;

    private final RuntimeParams params;
    private final Fees fees;
    private final NearVm vm;
    private final String registrar;
    private final long transactionValidityPeriod;

    public Runtime(RuntimeParams params, NearVm vm, long transactionValidityPeriod) {
        this.params = params;
        this.fees = new Fees(params);
        this.vm = vm;
        this.registrar = params.text("registrar_account_id");
        this.transactionValidityPeriod = transactionValidityPeriod;
    }

    public RuntimeParams params() {
        return params;
    }

    /** The block being produced, as receipts see it. */
    public record BlockContext(
            long height, long timestampNs, long epochHeight, BigInteger gasPrice, byte[] randomSeed,
            Map<String, BigInteger> validators) {}

    public record TxResult(ExecutionOutcome outcome, ChainReceipt receipt) {}

    /** Outcomes of receipts that ran, and the receipts they created (for the next block). */
    public record ReceiptResult(List<ExecutionOutcome> outcomes, List<ChainReceipt> newReceipts) {}

    // ---------------------------------------------------------------------------------------------
    // Transactions

    /**
     * Validates a transaction and charges its signer; the result's receipt carries its actions.
     *
     * @param blockHeightOf the height of a known block hash, or null if unknown
     * @throws InvalidTxException with NEAR's InvalidTxError when the transaction is invalid
     */
    public TxResult applyTransaction(
            State state, SignedTransaction stx, BlockContext block, Function<CryptoHash, Long> blockHeightOf) {
        Transaction tx = stx.transaction();
        if (!(tx instanceof Transaction.V0)) {
            throw Errors.invalidTx(Errors.unit("InvalidTransactionVersion"));
        }
        String signer = tx.signerId();
        String receiver = tx.receiverId();
        if (!AccountIds.isValid(signer)) {
            throw Errors.invalidTx(Errors.variant("InvalidSignerId", "signer_id", signer));
        }
        if (!AccountIds.isValid(receiver)) {
            throw Errors.invalidTx(Errors.variant("InvalidReceiverId", "receiver_id", receiver));
        }
        long size = stx.size();
        long maxSize = params.number("max_transaction_size");
        if (size > maxSize) {
            throw Errors.invalidTx(Errors.variant("TransactionSizeExceeded", "size", size, "limit", maxSize));
        }
        if (!stx.verifySignature()) {
            throw Errors.invalidTx(Errors.unit("InvalidSignature"));
        }
        Long txBlock = blockHeightOf.apply(tx.blockHash());
        if (txBlock == null) {
            throw Errors.invalidTx(Errors.unit("InvalidChain"));
        }
        if (block.height() - txBlock > transactionValidityPeriod) {
            throw Errors.invalidTx(Errors.unit("Expired"));
        }
        validateActions(tx.actions(), receiver, true);

        Account account = state.account(signer);
        if (account == null) {
            throw Errors.invalidTx(Errors.variant("SignerDoesNotExist", "signer_id", signer));
        }
        AccessKey key = state.accessKey(signer, tx.publicKey());
        if (key == null) {
            throw Errors.invalidAccessKey(Errors.variant("AccessKeyNotFound",
                    "account_id", signer, "public_key", tx.publicKey().toString()));
        }
        if (Long.compareUnsigned(tx.nonce(), key.nonce()) <= 0) {
            throw Errors.invalidTx(Errors.variant("InvalidNonce",
                    "tx_nonce", tx.nonce(), "ak_nonce", key.nonce()));
        }
        long upper = block.height() * NONCE_RANGE_MULTIPLIER;
        if (Long.compareUnsigned(tx.nonce(), upper) >= 0) {
            throw Errors.invalidTx(Errors.variant("NonceTooLarge", "tx_nonce", tx.nonce(), "upper_bound", upper));
        }

        boolean sir = signer.equals(receiver);
        long sendFees;
        long execFees;
        long prepaid;
        BigInteger deposit;
        try {
            sendFees = sendFees(tx.actions(), sir, receiver);
            execFees = execFees(tx.actions(), receiver);
            prepaid = prepaidGas(tx.actions());
            deposit = deposits(tx.actions());
            Math.addExact(Math.addExact(sendFees, execFees), prepaid);
        } catch (ArithmeticException e) {
            throw Errors.invalidTx(Errors.unit("CostOverflow"));
        }
        long gasTotal = sendFees + execFees + prepaid;
        BigInteger cost = BigInteger.valueOf(gasTotal).multiply(block.gasPrice()).add(deposit);

        AccessKey updatedKey = new AccessKey(tx.nonce(), key.permission());
        if (key.permission() instanceof AccessKey.FunctionCallPermission p) {
            checkFunctionCallKey(p, tx.actions(), receiver);
            if (p.allowance().isPresent()) {
                BigInteger allowance = p.allowance().get();
                if (allowance.compareTo(cost) < 0) {
                    throw Errors.invalidAccessKey(Errors.variant("NotEnoughAllowance", "account_id", signer,
                            "public_key", tx.publicKey().toString(), "allowance", allowance, "cost", cost));
                }
                updatedKey = new AccessKey(tx.nonce(), new AccessKey.FunctionCallPermission(
                        Optional.of(allowance.subtract(cost)), p.receiverId(), p.methodNames()));
            }
        }
        if (account.amount().compareTo(cost) < 0) {
            throw Errors.invalidTx(Errors.variant("NotEnoughBalance",
                    "signer_id", signer, "balance", account.amount(), "cost", cost));
        }
        Account charged = account.withAmount(account.amount().subtract(cost));
        BigInteger lacking = storageShortfall(charged);
        if (lacking.signum() > 0) {
            throw Errors.invalidTx(Errors.variant("LackBalanceForState", "signer_id", signer, "amount", lacking));
        }
        state.putAccount(signer, charged);
        state.putAccessKey(signer, tx.publicKey(), updatedKey);

        CryptoHash txHash = stx.hash();
        CryptoHash receiptId = derive(txHash, "receipt", 0);
        ChainReceipt receipt = new ChainReceipt(receiptId, signer, receiver, new ChainReceipt.ActionBody(
                signer, tx.publicKey(), block.gasPrice(), List.of(), List.of(), tx.actions(), false));
        ExecutionOutcome outcome = new ExecutionOutcome(txHash, List.of(), List.of(receiptId), sendFees,
                BigInteger.valueOf(sendFees).multiply(block.gasPrice()), signer,
                new ExecutionOutcome.SuccessReceiptId(receiptId), Map.of());
        return new TxResult(outcome, receipt);
    }

    private long sendFees(List<Action> actions, boolean sir, String receiver) {
        return fees.send(actions, sir, receiver);
    }

    /**
     * Everything the signer prepays for execution: the receipt's execution fees and, for a delegate
     * action, the send and execution fees of the receipt it will create (nearcore's delegate cost).
     */
    private long execFees(List<Action> actions, String receiver) {
        long total = fees.exec(actions, receiver);
        for (Action a : actions) {
            if (a instanceof Action.Delegate d) {
                DelegateAction da = d.signedDelegateAction().delegateAction();
                total = Math.addExact(total, Math.addExact(
                        fees.send(da.actions(), da.receiverId().equals(da.senderId()), da.receiverId()),
                        fees.exec(da.actions(), da.receiverId())));
            }
        }
        return total;
    }

    private static long prepaidGas(List<? extends Action> actions) {
        long total = 0;
        for (Action a : actions) {
            if (a instanceof Action.FunctionCall f) {
                total = Math.addExact(total, f.gas());
            } else if (a instanceof Action.Delegate d) {
                total = Math.addExact(total, prepaidGas(d.signedDelegateAction().delegateAction().actions()));
            }
        }
        return total;
    }

    /** Deposits the actions carry; a delegate action's inner deposits are paid by the relayer (nearcore). */
    private static BigInteger deposits(List<? extends Action> actions) {
        BigInteger total = BigInteger.ZERO;
        for (Action a : actions) {
            if (a instanceof Action.FunctionCall f) {
                total = total.add(f.deposit());
            } else if (a instanceof Action.Transfer t) {
                total = total.add(t.deposit());
            } else if (a instanceof Action.Delegate d) {
                total = total.add(deposits(d.signedDelegateAction().delegateAction().actions()));
            }
        }
        return total;
    }

    private static void checkFunctionCallKey(AccessKey.FunctionCallPermission p, List<Action> actions, String receiver) {
        if (actions.size() != 1 || !(actions.get(0) instanceof Action.FunctionCall f)) {
            throw Errors.invalidAccessKey(Errors.unit("RequiresFullAccess"));
        }
        if (f.deposit().signum() > 0) {
            throw Errors.invalidAccessKey(Errors.unit("DepositWithFunctionCall"));
        }
        if (!p.receiverId().equals(receiver)) {
            throw Errors.invalidAccessKey(Errors.variant("ReceiverMismatch",
                    "tx_receiver", receiver, "ak_receiver", p.receiverId()));
        }
        if (!p.methodNames().isEmpty() && !p.methodNames().contains(f.methodName())) {
            throw Errors.invalidAccessKey(Errors.variant("MethodNameMismatch", "method_name", f.methodName()));
        }
    }

    /** nearcore's validate_actions: limits on actions, gas, method names, arguments and code. */
    private void validateActions(List<? extends Action> actions, String receiver, boolean topLevel) {
        if (actions.size() > params.maxActionsPerReceipt) {
            throw actionsValidation(Errors.variant("TotalNumberOfActionsExceeded",
                    "total_number_of_actions", (long) actions.size(), "limit", params.maxActionsPerReceipt));
        }
        long gas;
        try {
            gas = prepaidGas(actions);
        } catch (ArithmeticException e) {
            throw actionsValidation(Errors.unit("IntegerOverflow"));
        }
        if (Long.compareUnsigned(gas, params.maxTotalPrepaidGas) > 0) {
            throw actionsValidation(Errors.variant("TotalPrepaidGasExceeded",
                    "total_prepaid_gas", gas, "limit", params.maxTotalPrepaidGas));
        }
        for (int i = 0; i < actions.size(); i++) {
            Action a = actions.get(i);
            if (a instanceof Action.DeleteAccount && i != actions.size() - 1) {
                throw actionsValidation(Errors.unit("DeleteActionMustBeFinal"));
            }
            if (a instanceof Action.FunctionCall f) {
                long nameLen = f.methodName().getBytes(StandardCharsets.UTF_8).length;
                if (f.gas() == 0) {
                    throw actionsValidation(Errors.unit("FunctionCallZeroAttachedGas"));
                }
                if (nameLen > params.maxLengthMethodName) {
                    throw actionsValidation(Errors.variant("FunctionCallMethodNameLengthExceeded",
                            "length", nameLen, "limit", params.maxLengthMethodName));
                }
                if (f.args().length > params.maxArgumentsLength) {
                    throw actionsValidation(Errors.variant("FunctionCallArgumentsLengthExceeded",
                            "length", (long) f.args().length, "limit", params.maxArgumentsLength));
                }
            } else if (a instanceof Action.DeployContract d && d.code().length > params.maxContractSize) {
                throw actionsValidation(Errors.variant("ContractSizeExceeded",
                        "size", (long) d.code().length, "limit", params.maxContractSize));
            } else if (a instanceof Action.AddKey k
                    && k.accessKey().permission() instanceof AccessKey.FunctionCallPermission p) {
                long total = 0;
                for (String m : p.methodNames()) {
                    long len = m.getBytes(StandardCharsets.UTF_8).length;
                    total += len;
                    if (len > params.maxLengthMethodName) {
                        throw actionsValidation(Errors.variant("AddKeyMethodNameLengthExceeded",
                                "length", len, "limit", params.maxLengthMethodName));
                    }
                }
                if (total > params.maxNumberBytesMethodNames) {
                    throw actionsValidation(Errors.variant("AddKeyMethodNamesNumberOfBytesExceeded",
                            "total_number_of_bytes", total, "limit", params.maxNumberBytesMethodNames));
                }
            } else if (a instanceof Action.Delegate d) {
                if (!topLevel) {
                    throw actionsValidation(Errors.unit("DelegateActionMustBeOnlyOne"));
                }
                validateActions(d.signedDelegateAction().delegateAction().actions(),
                        d.signedDelegateAction().delegateAction().receiverId(), false);
            }
        }
    }

    private static InvalidTxException actionsValidation(JsonNode inner) {
        com.fasterxml.jackson.databind.node.ObjectNode o = Errors.JSON.createObjectNode();
        o.set("ActionsValidation", inner);
        return new InvalidTxException(o);
    }

    /** What an account lacks to pay for its storage (zero when it can pay, or when its state is tiny). */
    public BigInteger storageShortfall(Account a) {
        if (a.storageUsage() <= ZERO_BALANCE_ACCOUNT_STORAGE_LIMIT) {
            return BigInteger.ZERO;
        }
        BigInteger required = BigInteger.valueOf(a.storageUsage()).multiply(params.storageAmountPerByte);
        BigInteger available = a.amount().add(a.locked());
        return required.compareTo(available) > 0 ? required.subtract(available) : BigInteger.ZERO;
    }

    // ---------------------------------------------------------------------------------------------
    // Receipts

    /**
     * Applies one receipt. Data receipts are stored for the receipt that waits for them (running it
     * when its last input arrives); action receipts wait for their inputs, then run.
     */
    public ReceiptResult applyReceipt(State state, ChainReceipt r, BlockContext block) {
        if (r.body() instanceof ChainReceipt.DataBody d) {
            return receiveData(state, r.receiverId(), d, block);
        }
        ChainReceipt.ActionBody body = (ChainReceipt.ActionBody) r.body();
        if (!body.inputDataIds().isEmpty() && !inputsReady(state, r.receiverId(), body)) {
            postpone(state, r, block);
            return new ReceiptResult(List.of(), List.of());
        }
        return execute(state, r, block);
    }

    private static String hex(CryptoHash h) {
        return HexFormat.of().formatHex(h.bytes());
    }

    private boolean inputsReady(State state, String receiver, ChainReceipt.ActionBody body) {
        for (CryptoHash id : body.inputDataIds()) {
            if (state.update().get(StateKeys.receivedData(receiver, hex(id))) == null) {
                return false;
            }
        }
        return true;
    }

    private void postpone(State state, ChainReceipt r, BlockContext block) {
        ChainReceipt.ActionBody body = (ChainReceipt.ActionBody) r.body();
        state.update().put(StateKeys.postponedReceipt(r.receiverId(), hex(r.receiptId())), ReceiptCodec.encode(r));
        for (CryptoHash id : body.inputDataIds()) {
            String k = StateKeys.receivedData(r.receiverId(), hex(id));
            if (state.update().get(k) == null) {
                state.update().put(StateKeys.pendingDataId(r.receiverId(), hex(id)),
                        r.receiptId().bytes());
            }
        }
        if (body.yielded()) {
            long expires = block.height() + params.yieldTimeoutLengthInBlocks;
            ByteBuffer b = ByteBuffer.allocate(8).putLong(expires);
            state.update().put(StateKeys.yieldedReceipt(r.receiverId(), hex(body.inputDataIds().get(0))), b.array());
        }
    }

    private ReceiptResult receiveData(State state, String receiver, ChainReceipt.DataBody d, BlockContext block) {
        String dataKey = StateKeys.receivedData(receiver, hex(d.dataId()));
        if (state.update().get(dataKey) != null) {
            return new ReceiptResult(List.of(), List.of()); // duplicate data (e.g. a second resume) is ignored
        }
        byte[] stored = new byte[d.data() == null ? 1 : d.data().length + 1];
        stored[0] = (byte) (d.data() == null ? 0 : 1);
        if (d.data() != null) {
            System.arraycopy(d.data(), 0, stored, 1, d.data().length);
        }
        state.update().put(dataKey, stored);
        state.update().remove(StateKeys.yieldedReceipt(receiver, hex(d.dataId())));
        String waitKey = StateKeys.pendingDataId(receiver, hex(d.dataId()));
        byte[] waiting = state.update().get(waitKey);
        if (waiting == null) {
            return new ReceiptResult(List.of(), List.of());
        }
        state.update().remove(waitKey);
        String postponedKey = StateKeys.postponedReceipt(receiver, hex(new CryptoHash(waiting)));
        byte[] encoded = state.update().get(postponedKey);
        if (encoded == null) {
            return new ReceiptResult(List.of(), List.of());
        }
        ChainReceipt r = ReceiptCodec.decode(encoded);
        if (!inputsReady(state, receiver, (ChainReceipt.ActionBody) r.body())) {
            return new ReceiptResult(List.of(), List.of());
        }
        state.update().remove(postponedKey);
        return execute(state, r, block);
    }

    /** Data ids of yields of {@code account} still waiting for their resume. */
    private Set<Bytes> pendingYields(State state, String account) {
        Set<Bytes> out = new HashSet<>();
        String prefix = "y:" + account + ":";
        for (String k : state.update().scan(prefix).keySet()) {
            out.add(Bytes.of(HexFormat.of().parseHex(k.substring(prefix.length()))));
        }
        return out;
    }

    /** Yields that timed out at this height: the data id each is waiting for. */
    public List<ChainReceipt> expiredYields(State state, BlockContext block) {
        List<ChainReceipt> out = new ArrayList<>();
        state.update().scan("y:").forEach((k, v) -> {
            long expires = ByteBuffer.wrap(v).getLong();
            if (block.height() >= expires) {
                String rest = k.substring(2);
                int colon = rest.lastIndexOf(':');
                String account = rest.substring(0, colon);
                CryptoHash dataId = new CryptoHash(HexFormat.of().parseHex(rest.substring(colon + 1)));
                out.add(new ChainReceipt(derive(dataId, "yield-timeout", 0), account, account,
                        new ChainReceipt.DataBody(dataId, null)));
            }
        });
        return out;
    }

    /** Per-receipt accounting while its actions run. */
    private static final class Run {
        long gasBurnt;
        long gasUsed;
        /** Gas the VM burnt running function calls: the contract gets a share of it (burnt_gas_reward). */
        long gasBurntForFunctionCall;
        final List<String> logs = new ArrayList<>();
        final List<ChainReceipt> newReceipts = new ArrayList<>();
        final Map<String, Long> profile = new java.util.LinkedHashMap<>();
        ExecutionOutcome.Status result = new ExecutionOutcome.SuccessValue(new byte[0]);
        JsonNode error;
        String actor;
    }

    private ReceiptResult execute(State state, ChainReceipt r, BlockContext block) {
        ChainReceipt.ActionBody body = (ChainReceipt.ActionBody) r.body();
        String receiver = r.receiverId();
        Run run = new Run();
        run.actor = r.predecessorId();
        boolean refund = r.isRefund();
        List<PromiseResult> results = new ArrayList<>();
        for (CryptoHash id : body.inputDataIds()) {
            String k = StateKeys.receivedData(receiver, hex(id));
            byte[] stored = state.update().get(k);
            results.add(stored[0] == 0
                    ? new PromiseResult.Failed()
                    : new PromiseResult.Successful(java.util.Arrays.copyOfRange(stored, 1, stored.length)));
            state.update().remove(k);
        }
        long execFees = refund ? 0 : execFeesOfReceipt(body.actions(), receiver);
        run.gasBurnt = execFees;
        run.gasUsed = execFees;

        state.update().checkpoint();
        for (int i = 0; i < body.actions().size() && run.error == null; i++) {
            Action a = body.actions().get(i);
            boolean last = i == body.actions().size() - 1;
            JsonNode kind = applyAction(state, r, body, a, i, last, results, block, run);
            if (kind != null) {
                run.error = Errors.actionError(i, kind);
            }
        }
        if (run.error == null) {
            Account acc = state.account(receiver);
            if (acc != null) {
                BigInteger lacking = storageShortfall(acc);
                if (lacking.signum() > 0) {
                    run.error = Errors.actionError(null,
                            Errors.variant("LackBalanceForState", "account_id", receiver, "amount", lacking));
                }
            }
        }
        List<ChainReceipt> out = new ArrayList<>();
        if (run.error == null) {
            state.update().releaseCheckpoint();
            out.addAll(run.newReceipts);
        } else {
            state.update().rollbackToCheckpoint();
            run.gasUsed = run.gasBurnt;
            run.result = new ExecutionOutcome.Failure(run.error);
        }
        // The result goes to whoever waits for it (unless it was handed on to a new receipt).
        if (!(run.result instanceof ExecutionOutcome.SuccessReceiptId)) {
            byte[] value = run.result instanceof ExecutionOutcome.SuccessValue v ? v.value() : null;
            int n = 0;
            for (ChainReceipt.DataReceiver dr : body.outputDataReceivers()) {
                out.add(new ChainReceipt(derive(r.receiptId(), "data", n++), receiver, dr.receiverId(),
                        new ChainReceipt.DataBody(dr.dataId(), value)));
            }
        }
        if (!refund) {
            BigInteger depositRefund = run.error == null ? BigInteger.ZERO : deposits(body.actions());
            if (depositRefund.signum() > 0 && !r.predecessorId().equals(ChainReceipt.SYSTEM)) {
                out.add(refundReceipt(derive(r.receiptId(), "deposit-refund", 0), r.predecessorId(), depositRefund));
            }
            long prepaid = execFees(body.actions(), receiver) + prepaidGas(body.actions());
            long gasRefund = prepaid - run.gasUsed;
            BigInteger tokens = BigInteger.valueOf(Math.max(0, gasRefund)).multiply(body.gasPrice());
            if (tokens.signum() > 0 && !body.signerId().equals(ChainReceipt.SYSTEM)) {
                out.add(refundReceipt(derive(r.receiptId(), "gas-refund", 0), body.signerId(), tokens));
            }
        }
        List<CryptoHash> ids = new ArrayList<>();
        for (ChainReceipt c : out) {
            if (!(c.body() instanceof ChainReceipt.DataBody)) {
                ids.add(c.receiptId());
            }
        }
        BigInteger tokensBurnt = BigInteger.valueOf(run.gasBurnt).multiply(body.gasPrice());
        BigInteger reward = receiverReward(run.gasBurntForFunctionCall, body.gasPrice());
        if (reward.signum() > 0) {
            // The contract earns a share of the gas its code burnt (nearcore's receiver reward),
            // whether the call succeeded or not; if the account is gone, nothing is paid out.
            Account acc = state.account(receiver);
            if (acc != null) {
                state.putAccount(receiver, acc.withAmount(acc.amount().add(reward)));
                tokensBurnt = tokensBurnt.subtract(reward);
            }
        }
        if (refund && run.error != null) {
            // A refund that cannot be delivered (its account is gone) is burnt, as in nearcore.
            tokensBurnt = tokensBurnt.add(deposits(body.actions()));
        }
        ExecutionOutcome outcome = new ExecutionOutcome(r.receiptId(), run.logs, ids, run.gasBurnt,
                tokensBurnt, receiver, run.result, run.profile);
        return new ReceiptResult(List.of(outcome), out);
    }

    /** The execution fees a receipt burns itself (a delegate's inner receipt pays its own later). */
    private long execFeesOfReceipt(List<Action> actions, String receiver) {
        return fees.exec(actions, receiver);
    }

    private static ChainReceipt refundReceipt(CryptoHash id, String to, BigInteger amount) {
        return new ChainReceipt(id, ChainReceipt.SYSTEM, to, new ChainReceipt.ActionBody(
                ChainReceipt.SYSTEM, PublicKey.ed25519(new byte[32]), BigInteger.ZERO, List.of(), List.of(),
                List.of(new Action.Transfer(amount)), false));
    }

    /** A fresh, deterministic id: sha256 of a parent id, a label and an index. */
    static CryptoHash derive(CryptoHash parent, String label, int index) {
        BorshWriter w = new BorshWriter().fixed(parent.bytes()).string(label).u32(index);
        return CryptoHash.of(w.toByteArray());
    }

    /**
     * Runs one action; returns the ActionErrorKind when it fails (the receipt then rolls back).
     */
    private JsonNode applyAction(State state, ChainReceipt r, ChainReceipt.ActionBody body, Action a, int index,
            boolean last, List<PromiseResult> results, BlockContext block, Run run) {
        String id = r.receiverId();
        Account account = state.account(id);
        if (account == null && !(a instanceof Action.CreateAccount)
                && !(a instanceof Action.Transfer && isImplicit(id))) {
            return Errors.variant("AccountDoesNotExist", "account_id", id);
        }
        if ((a instanceof Action.DeployContract || a instanceof Action.Stake || a instanceof Action.AddKey
                || a instanceof Action.DeleteKey || a instanceof Action.DeleteAccount
                || a instanceof Action.DeployGlobalContract || a instanceof Action.UseGlobalContract)
                && !run.actor.equals(id)) {
            return Errors.variant("ActorNoPermission", "account_id", id, "actor_id", run.actor);
        }
        if (a instanceof Action.CreateAccount) {
            return createAccount(state, id, r.predecessorId(), account, run);
        } else if (a instanceof Action.DeployContract d) {
            long oldBytes = contractBytes(state, id);
            state.putCode(id, d.code());
            state.putAccount(id, account.withCodeHash(CryptoHash.of(d.code()).bytes())
                    .withStorageUsage(account.storageUsage() - oldBytes + d.code().length));
            return null;
        } else if (a instanceof Action.FunctionCall f) {
            return functionCall(state, r, body, f, index, last, results, block, account, run);
        } else if (a instanceof Action.Transfer t) {
            if (account == null) {
                account = createImplicitAccount(state, id, block);
            }
            state.putAccount(id, account.withAmount(account.amount().add(t.deposit())));
            return null;
        } else if (a instanceof Action.Stake s) {
            return stake(state, id, account, s);
        } else if (a instanceof Action.AddKey k) {
            if (state.accessKey(id, k.publicKey()) != null) {
                return Errors.variant("AddKeyAlreadyExists", "account_id", id, "public_key", k.publicKey().toString());
            }
            AccessKey key = new AccessKey((block.height() - 1) * NONCE_RANGE_MULTIPLIER, k.accessKey().permission());
            state.putAccessKey(id, k.publicKey(), key);
            state.putAccount(id, account.withStorageUsage(account.storageUsage()
                    + State.keyStorageBytes(k.publicKey(), key, params.storageNumExtraBytesRecord)));
            return null;
        } else if (a instanceof Action.DeleteKey k) {
            AccessKey key = state.accessKey(id, k.publicKey());
            if (key == null) {
                return Errors.variant("DeleteKeyDoesNotExist", "account_id", id, "public_key", k.publicKey().toString());
            }
            state.removeAccessKey(id, k.publicKey());
            state.putAccount(id, account.withStorageUsage(account.storageUsage()
                    - State.keyStorageBytes(k.publicKey(), key, params.storageNumExtraBytesRecord)));
            return null;
        } else if (a instanceof Action.DeleteAccount d) {
            if (account.locked().signum() > 0) {
                return Errors.variant("DeleteAccountStaking", "account_id", id);
            }
            if (account.amount().signum() > 0) {
                // The balance goes to the beneficiary as a balance refund, which burns no gas (nearcore).
                run.newReceipts.add(refundReceipt(derive(r.receiptId(), "delete-account", index),
                        d.beneficiaryId(), account.amount()));
            }
            state.deleteAccount(id);
            return null;
        } else if (a instanceof Action.Delegate d) {
            return delegate(state, r, body, d, index, block, run);
        } else if (a instanceof Action.DeployGlobalContract g) {
            return deployGlobalContract(state, id, account, g);
        } else if (a instanceof Action.UseGlobalContract u) {
            return useGlobalContract(state, id, account, u);
        }
        return Errors.variant("UnsupportedAction", "action", a.getClass().getSimpleName());
    }

    private static boolean isImplicit(String id) {
        return AccountIds.isNearImplicit(id) || AccountIds.isEthImplicit(id);
    }

    private JsonNode createAccount(State state, String id, String predecessor, Account existing, Run run) {
        if (existing != null) {
            return Errors.variant("AccountAlreadyExists", "account_id", id);
        }
        boolean topLevel = !id.contains(".");
        long minTopLevel = params.number("min_allowed_top_level_account_length");
        if (topLevel && id.length() < minTopLevel && !predecessor.equals(registrar)) {
            return Errors.variant("CreateAccountOnlyByRegistrar", "account_id", id,
                    "registrar_account_id", registrar, "predecessor_id", predecessor);
        }
        // Only an account's direct sub-accounts: "x.alice" by alice, not "y.x.alice" (near-account-id).
        String parentSuffix = "." + predecessor;
        boolean directSubAccount = id.endsWith(parentSuffix)
                && !id.substring(0, id.length() - parentSuffix.length()).isEmpty()
                && !id.substring(0, id.length() - parentSuffix.length()).contains(".");
        if (!topLevel && !directSubAccount) {
            return Errors.variant("CreateAccountNotAllowed", "account_id", id, "predecessor_id", predecessor);
        }
        state.putAccount(id, new Account(BigInteger.ZERO, BigInteger.ZERO, Account.NO_CODE,
                params.storageNumBytesAccount));
        run.actor = id;
        return null;
    }

    /** A transfer to a NEAR-implicit account creates it with the key its name spells (nearcore). */
    private Account createImplicitAccount(State state, String id, BlockContext block) {
        long usage = params.storageNumBytesAccount;
        if (AccountIds.isNearImplicit(id)) {
            PublicKey pk = PublicKey.ed25519(HexFormat.of().parseHex(id));
            AccessKey key = new AccessKey((block.height() - 1) * NONCE_RANGE_MULTIPLIER, new AccessKey.FullAccess());
            state.putAccessKey(id, pk, key);
            usage += State.keyStorageBytes(pk, key, params.storageNumExtraBytesRecord);
        }
        Account a = new Account(BigInteger.ZERO, BigInteger.ZERO, Account.NO_CODE, usage);
        state.putAccount(id, a);
        return a;
    }

    /**
     * NEP-591: stores code once for any account to use. The deployer pays for its storage with
     * burnt tokens (global_contract_storage_amount_per_byte per byte), not with staked balance.
     */
    private JsonNode deployGlobalContract(State state, String id, Account account, Action.DeployGlobalContract g) {
        BigInteger cost = globalStorageCost(g.code().length);
        if (account.amount().compareTo(cost) < 0) {
            return Errors.variant("LackBalanceForState", "account_id", id, "amount", cost.subtract(account.amount()));
        }
        String key = g.deployMode() == Action.GlobalContractDeployMode.ACCOUNT_ID
                ? StateKeys.globalCodeByAccount(id)
                : StateKeys.globalCodeByHash(CryptoHash.of(g.code()).bytes());
        state.putGlobalCode(key, g.code());
        state.putAccount(id, account.withAmount(account.amount().subtract(cost)));
        return null;
    }

    private BigInteger globalStorageCost(long bytes) {
        // "0.0001 N" in the parameters: yoctoNEAR per byte.
        String text = params.text("global_contract_storage_amount_per_byte").replace(" N", "").trim();
        BigInteger perByte = new java.math.BigDecimal(text).movePointRight(24).toBigIntegerExact();
        return perByte.multiply(BigInteger.valueOf(bytes));
    }

    /** NEP-591: the account runs a global contract; it stores only the identifier. */
    private JsonNode useGlobalContract(State state, String id, Account account, Action.UseGlobalContract u) {
        String key;
        long identifierBytes;
        if (u.contractIdentifier() instanceof Action.ByAccountId a) {
            key = StateKeys.globalCodeByAccount(a.accountId());
            identifierBytes = a.accountId().getBytes(StandardCharsets.UTF_8).length;
        } else {
            key = StateKeys.globalCodeByHash(((Action.ByCodeHash) u.contractIdentifier()).codeHash().bytes());
            identifierBytes = 32;
        }
        byte[] code = state.globalCode(key);
        if (code == null) {
            return Errors.variant("GlobalContractDoesNotExist", "identifier", key.substring(4));
        }
        long usage = account.storageUsage() - contractBytes(state, id) + identifierBytes;
        state.useGlobalCode(id, key);
        state.putAccount(id, account.withCodeHash(CryptoHash.of(code).bytes()).withStorageUsage(usage));
        return null;
    }

    /** nearcore's gas_burnt_to_reward: floor(gas * burnt_gas_reward) at the receipt's gas price. */
    private BigInteger receiverReward(long gasBurntForFunctionCall, BigInteger gasPrice) {
        String[] ratio = params.text("burnt_gas_reward").split("/");
        long numerator = Long.parseLong(ratio[0].trim());
        long denominator = Long.parseLong(ratio[1].trim());
        BigInteger gas = BigInteger.valueOf(gasBurntForFunctionCall).multiply(BigInteger.valueOf(numerator))
                .divide(BigInteger.valueOf(denominator));
        return gas.multiply(gasPrice);
    }

    /** Storage bytes the account's contract takes: its own code, or a global contract's identifier. */
    private static long contractBytes(State state, String id) {
        byte[] own = state.update().get(StateKeys.code(id));
        if (own != null) {
            return own.length;
        }
        byte[] ref = state.update().get(StateKeys.globalContractUse(id));
        if (ref == null) {
            return 0;
        }
        String key = new String(ref, StandardCharsets.UTF_8);
        return key.startsWith("g:h:") ? 32 : key.length() - 4;
    }

    private JsonNode stake(State state, String id, Account account, Action.Stake s) {
        BigInteger available = account.amount().add(account.locked());
        if (s.stake().compareTo(available) > 0) {
            return Errors.variant("TriesToStake", "account_id", id, "stake", s.stake(),
                    "locked", account.locked(), "balance", account.amount());
        }
        if (s.stake().signum() == 0 && account.locked().signum() == 0) {
            return Errors.variant("TriesToUnstake", "account_id", id);
        }
        state.putAccount(id, account.withAmount(available.subtract(s.stake())).withLocked(s.stake()));
        return null;
    }

    private JsonNode functionCall(State state, ChainReceipt r, ChainReceipt.ActionBody body, Action.FunctionCall f,
            int index, boolean last, List<PromiseResult> results, BlockContext block, Account account, Run run) {
        String id = r.receiverId();
        byte[] code = state.code(id);
        if (code == null) {
            return Errors.codeDoesNotExist(id);
        }
        CryptoHash actionHash = derive(r.receiptId(), "action", index);
        List<Receipt.DataReceiver> receivers = new ArrayList<>();
        if (last) {
            for (ChainReceipt.DataReceiver dr : body.outputDataReceivers()) {
                receivers.add(new Receipt.DataReceiver(Bytes.of(dr.dataId().bytes()), dr.receiverId()));
            }
        }
        VmContext ctx = VmContext.builder()
                .currentAccountId(id)
                .signerAccountId(body.signerId())
                .signerAccountPk(body.signerPublicKey().toBorsh())
                .predecessorAccountId(r.predecessorId())
                .input(f.args())
                .blockHeight(block.height())
                .blockTimestamp(block.timestampNs())
                .epochHeight(block.epochHeight())
                .accountBalance(account.amount())
                .accountLockedBalance(account.locked())
                .storageUsage(account.storageUsage())
                .attachedDeposit(f.deposit())
                .prepaidGas(f.gas())
                .randomSeed(CryptoHash.of(concat(block.randomSeed(), actionHash.bytes())).bytes())
                .promiseResults(results)
                .outputDataReceivers(receivers)
                .validators(block.validators())
                .actionHash(actionHash.bytes())
                .pendingYields(pendingYields(state, id))
                .build();
        VmOutcome out = vm.call(code, f.methodName(), ctx, key -> state.data(id, key.toArray()));
        run.logs.addAll(out.logs());
        run.gasBurnt = Math.addExact(run.gasBurnt, out.burntGas());
        run.gasBurntForFunctionCall = Math.addExact(run.gasBurntForFunctionCall, out.burntGas());
        run.gasUsed = Math.addExact(run.gasUsed, out.usedGas());
        out.profile().forEach((k, v) -> run.profile.merge(k, v, Long::sum));
        if (!out.succeeded()) {
            return Errors.functionCallError(out.error());
        }
        out.storageChanges().forEach((k, v) -> {
            if (v == null) {
                state.removeData(id, k.toArray());
            } else {
                state.putData(id, k.toArray(), v);
            }
        });
        state.putAccount(id, account.withAmount(out.balance()).withStorageUsage(out.storageUsage()));
        List<CryptoHash> ids = new ArrayList<>();
        for (Receipt vr : out.receipts()) {
            ids.add(derive(actionHash, "promise", vr.index()));
        }
        List<ChainReceipt> created = new ArrayList<>();
        for (Receipt vr : out.receipts()) {
            List<ChainReceipt.DataReceiver> outs = new ArrayList<>();
            for (Receipt.DataReceiver dr : vr.outputDataReceivers()) {
                outs.add(new ChainReceipt.DataReceiver(new CryptoHash(dr.dataId().toArray()), dr.receiverId()));
            }
            if (out.returnData() instanceof ReturnData.ReceiptIndex ri && ri.index() == vr.index()) {
                outs.addAll(body.outputDataReceivers().isEmpty() || !last ? List.of() : body.outputDataReceivers());
            }
            List<CryptoHash> inputs = new ArrayList<>();
            for (Bytes b : vr.inputDataIds()) {
                inputs.add(new CryptoHash(b.toArray()));
            }
            List<Action> actions = new ArrayList<>();
            for (dev.aidev.vm.Action va : vr.actions()) {
                actions.add(ActionConversion.fromVm(va));
            }
            created.add(new ChainReceipt(ids.get(vr.index()), id, vr.receiverId(), new ChainReceipt.ActionBody(
                    body.signerId(), body.signerPublicKey(), body.gasPrice(), outs, inputs, actions, vr.yielded())));
        }
        run.newReceipts.addAll(created);
        for (VmOutcome.YieldResume y : out.yieldResumes()) {
            CryptoHash dataId = new CryptoHash(y.dataId().toArray());
            run.newReceipts.add(new ChainReceipt(derive(dataId, "resume", 0), id, id,
                    new ChainReceipt.DataBody(dataId, y.payload())));
        }
        if (last) {
            if (out.returnData() instanceof ReturnData.Value v) {
                run.result = new ExecutionOutcome.SuccessValue(v.bytes());
            } else if (out.returnData() instanceof ReturnData.ReceiptIndex ri) {
                run.result = new ExecutionOutcome.SuccessReceiptId(ids.get(ri.index()));
            } else {
                run.result = new ExecutionOutcome.SuccessValue(new byte[0]);
            }
        }
        return null;
    }

    private JsonNode delegate(State state, ChainReceipt r, ChainReceipt.ActionBody body, Action.Delegate d, int index,
            BlockContext block, Run run) {
        DelegateAction da = d.signedDelegateAction().delegateAction();
        if (!d.signedDelegateAction().verify()) {
            return Errors.unit("DelegateActionInvalidSignature");
        }
        if (!da.senderId().equals(r.receiverId())) {
            return Errors.variant("DelegateActionSenderDoesNotMatchTxReceiver",
                    "sender_id", da.senderId(), "receiver_id", r.receiverId());
        }
        if (block.height() > da.maxBlockHeight()) {
            return Errors.unit("DelegateActionExpired");
        }
        AccessKey key = state.accessKey(da.senderId(), da.publicKey());
        if (key == null) {
            return Errors.variant("DelegateActionAccessKeyError", "AccessKeyNotFound",
                    Errors.variant("AccessKeyNotFound", "account_id", da.senderId(),
                            "public_key", da.publicKey().toString()).get("AccessKeyNotFound"));
        }
        if (Long.compareUnsigned(da.nonce(), key.nonce()) <= 0) {
            return Errors.variant("DelegateActionInvalidNonce", "delegate_nonce", da.nonce(), "ak_nonce", key.nonce());
        }
        long upper = block.height() * NONCE_RANGE_MULTIPLIER;
        if (Long.compareUnsigned(da.nonce(), upper) >= 0) {
            return Errors.variant("DelegateActionNonceTooLarge", "delegate_nonce", da.nonce(), "upper_bound", upper);
        }
        if (key.permission() instanceof AccessKey.FunctionCallPermission p) {
            List<Action> inner = new ArrayList<>(da.actions());
            try {
                checkFunctionCallKey(p, inner, da.receiverId());
            } catch (InvalidTxException e) {
                return Errors.JSON.createObjectNode().set("DelegateActionAccessKeyError",
                        e.error().get("InvalidAccessKeyError"));
            }
        }
        state.putAccessKey(da.senderId(), da.publicKey(), new AccessKey(da.nonce(), key.permission()));
        // The relayer prepaid the inner receipt's fees and gas: they are used here (sent on).
        boolean sir = da.receiverId().equals(da.senderId());
        long innerSend = fees.send(da.actions(), sir, da.receiverId());
        long innerExec = fees.exec(da.actions(), da.receiverId());
        long innerGas = prepaidGas(da.actions());
        run.gasBurnt = Math.addExact(run.gasBurnt, innerSend);
        run.gasUsed = Math.addExact(run.gasUsed, innerSend + innerExec + innerGas);
        run.newReceipts.add(new ChainReceipt(derive(r.receiptId(), "delegate", index), da.senderId(),
                da.receiverId(), new ChainReceipt.ActionBody(body.signerId(), body.signerPublicKey(), body.gasPrice(),
                        List.of(), List.of(), new ArrayList<>(da.actions()), false)));
        return null;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
