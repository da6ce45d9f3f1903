package dev.aidev.chain.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.chain.Chain;
import dev.aidev.chain.FinalOutcome;
import dev.aidev.chain.primitives.Action;
import dev.aidev.chain.runtime.ExecutionOutcome.SuccessValue;
import dev.aidev.chain.sandbox.CallResult;
import dev.aidev.chain.sandbox.Sandbox;
import dev.aidev.vm.gas.ActionCost;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Receipts and promises across blocks with the probe contract (contracts/runtime_probe.wat): then
 * and callbacks reading promise_result, failures rolling back only their own receipt, deposit
 * refunds, promise_and, promise_return and gas weights (nearcore runtime/runtime/src/lib.rs,
 * receipt_manager.rs).
 */
class ReceiptsTest {
    private Sandbox sandbox;
    private Chain chain;
    private Sandbox.Account alice;
    private Sandbox.Account caller;
    private Sandbox.Account callee;

    @BeforeEach
    void start() {
        sandbox = Sandbox.start();
        chain = sandbox.chain();
        alice = sandbox.createAccount("alice.test.near", Sandbox.near(50));
        caller = sandbox.createAccount("caller.test.near", Sandbox.near(10));
        callee = sandbox.createAccount("callee.test.near", Sandbox.near(10));
        caller.deploy(Probe.wasm()).requireSuccess("deploy caller");
        callee.deploy(Probe.wasm()).requireSuccess("deploy callee");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private CallResult callCaller(String method, BigInteger deposit) {
        return alice.call(caller, method, callee.id()).gas(150 * Probe.TGAS).deposit(deposit).send();
    }

    private byte[] data(String account, String key) {
        for (var e : chain.viewState(account, Probe.utf8(key))) {
            if (new String(e.getKey()).equals(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    private Chain.OutcomeInBlock outcomeOf(FinalOutcome o, String executor, int nth) {
        List<Chain.OutcomeInBlock> matching = new ArrayList<>();
        for (Chain.OutcomeInBlock r : o.receiptsOutcome()) {
            if (r.outcome().executorId().equals(executor) && r.outcome().gasBurnt() > 0) {
                matching.add(r);
            }
        }
        return matching.get(nth);
    }

    @Test
    void a_call_then_callback_runs_over_several_blocks_and_the_callback_reads_the_value() {
        BigInteger supply = chain.totalSupply();
        CallResult r = callCaller("call_store", BigInteger.ZERO);
        assertThat(r.succeeded()).as(r.toString()).isTrue();
        assertThat(Probe.string(r.value())).isEqualTo("done");
        assertThat(r.logs()).containsExactly("ok:hello");
        assertThat(Probe.string(data(callee.id(), "k"))).isEqualTo("hello");
        assertThat(Probe.string(data(caller.id(), "cb"))).isEqualTo("x");
        // transaction -> caller -> callee -> callback: each a later block
        long tx = r.outcome().transactionOutcome().blockHeight();
        long first = outcomeOf(r.outcome(), caller.id(), 0).blockHeight();
        long work = outcomeOf(r.outcome(), callee.id(), 0).blockHeight();
        long callback = outcomeOf(r.outcome(), caller.id(), 1).blockHeight();
        assertThat(tx).isLessThan(first);
        assertThat(first).isLessThan(work);
        assertThat(work).isLessThan(callback);
        assertThat(chain.totalSupply()).isEqualTo(supply.subtract(Probe.tokensBurnt(r)));
        assertThat(chain.head().totalSupply()).isEqualTo(chain.totalSupply());
    }

    @Test
    void a_failed_callee_rolls_back_only_its_own_state_refunds_the_deposit_and_the_callback_still_runs() {
        BigInteger calleeBefore = callee.balance();
        BigInteger callerBefore = caller.balance();
        BigInteger aliceBefore = alice.balance();
        BigInteger deposit = Sandbox.near(3);
        CallResult r = callCaller("call_fail", deposit);
        // the callback handled the failure, so the transaction succeeds
        assertThat(r.succeeded()).as(r.toString()).isTrue();
        assertThat(Probe.string(r.value())).isEqualTo("done");
        assertThat(r.logs()).containsExactly("failed");
        Chain.OutcomeInBlock failed = outcomeOf(r.outcome(), callee.id(), 0);
        assertThat(failed.outcome().status()).isInstanceOf(ExecutionOutcome.Failure.class);
        assertThat(failed.outcome().status().toString()).contains("Smart contract panicked: boom");
        // the callee's write is gone; the caller's own write and the callback's stay
        assertThat(data(callee.id(), "f")).isNull();
        assertThat(Probe.string(data(caller.id(), "before"))).isEqualTo("x");
        assertThat(Probe.string(data(caller.id(), "cb"))).isEqualTo("x");
        // the deposit the caller forwarded came back to it (its predecessor), not to the callee
        // each contract keeps its share of the gas its code burnt (even the failed callee)
        assertThat(callee.balance()).isEqualTo(calleeBefore.add(Probe.reward(r, callee.id())));
        assertThat(caller.balance()).isEqualTo(callerBefore.add(deposit).add(Probe.reward(r, caller.id())));
        assertThat(alice.balance()).isEqualTo(aliceBefore.subtract(deposit).subtract(Probe.gasCost(r)));
    }

    @Test
    void a_failed_direct_call_refunds_the_deposit_to_the_signer() {
        BigInteger aliceBefore = alice.balance();
        BigInteger calleeBefore = callee.balance();
        CallResult r = alice.call(callee, "fail", "").deposit(Sandbox.near(5)).send();
        assertThat(r.succeeded()).isFalse();
        assertThat(r.error().toString()).isEqualTo(Probe.json("{\"ActionError\":{\"index\":0,\"kind\":{"
                + "\"FunctionCallError\":{\"ExecutionError\":\"Smart contract panicked: boom\"}}}}"));
        assertThat(callee.balance()).isEqualTo(calleeBefore.add(Probe.reward(r, callee.id())));
        assertThat(alice.balance()).isEqualTo(aliceBefore.subtract(Probe.gasCost(r)));
    }

    @Test
    void promise_and_gives_the_callback_both_results_in_order() {
        CallResult r = callCaller("call_and", BigInteger.ZERO);
        assertThat(r.succeeded()).as(r.toString()).isTrue();
        assertThat(r.logs()).containsExactly("ok:hello", "failed");
        assertThat(Probe.string(data(callee.id(), "k"))).isEqualTo("hello");
        assertThat(data(callee.id(), "f")).isNull();
    }

    @Test
    void promise_return_makes_the_transaction_result_the_callees_value() {
        CallResult r = callCaller("call_return", BigInteger.ZERO);
        assertThat(r.succeeded()).as(r.toString()).isTrue();
        assertThat(Probe.string(r.value())).isEqualTo("42");
        // the caller's own outcome hands on to the callee's receipt
        assertThat(outcomeOf(r.outcome(), caller.id(), 0).outcome().status())
                .isInstanceOf(ExecutionOutcome.SuccessReceiptId.class);
    }

    /**
     * nearcore distribute_gas: the unused gas of the call goes to the weighted function calls in
     * proportion to their weights, the remainder to the last one; the caller then uses all its gas.
     */
    @Test
    void unused_gas_is_split_by_weight_between_the_calls_it_creates() {
        long prepaid = 150 * Probe.TGAS;
        BigInteger aliceBefore = alice.balance();
        CallResult r = alice.call(caller, "call_weights", callee.id()).gas(prepaid).send();
        assertThat(r.succeeded()).as(r.toString()).isTrue();
        Chain.OutcomeInBlock first = outcomeOf(r.outcome(), caller.id(), 0);
        List<Long> gas = new ArrayList<>();
        for (var id : first.outcome().receiptIds()) {
            ChainReceipt c = chain.receipt(id).orElseThrow();
            if (c.receiverId().equals(callee.id())) {
                Action.FunctionCall f = (Action.FunctionCall) ((ChainReceipt.ActionBody) c.body()).actions().get(0);
                gas.add(f.gas());
            }
        }
        assertThat(gas).hasSize(2);
        long total = gas.get(0) + gas.get(1);
        assertThat(gas.get(0)).isEqualTo(total / 4);
        assertThat(gas.get(1)).isEqualTo(total - total / 4);
        // everything the caller did not burn itself or reserve for the two receipts' execution went to them
        var params = chain.params();
        long bytes = "echo".length() + 1;
        long execOfEach = params.fee(ActionCost.new_action_receipt).execution()
                + params.fee(ActionCost.function_call_base).execution()
                + params.fee(ActionCost.function_call_byte).execution() * bytes;
        long burntInVm = first.outcome().gasBurnt() - (params.fee(ActionCost.new_action_receipt).execution()
                + params.fee(ActionCost.function_call_base).execution()
                + params.fee(ActionCost.function_call_byte).execution() * ("call_weights".length()
                        + callee.id().length()));
        assertThat(total).isEqualTo(prepaid - burntInVm - 2 * execOfEach);
        // the two calls ran and the signer got back what they did not use
        assertThat(r.outcome().receiptsOutcome()).filteredOn(o -> o.outcome().executorId().equals(callee.id()))
                .hasSize(2).allSatisfy(o -> assertThat(o.outcome().status()).isInstanceOf(SuccessValue.class));
        assertThat(alice.balance()).isEqualTo(aliceBefore.subtract(Probe.gasCost(r)));
    }
}
