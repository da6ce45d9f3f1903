package dev.aidev.vm.behaviour;

import static dev.aidev.vm.behaviour.Harness.TGAS;
import static dev.aidev.vm.behaviour.Harness.describe;
import static dev.aidev.vm.behaviour.Harness.returned;
import static dev.aidev.vm.behaviour.Harness.returnedU64;
import static dev.aidev.vm.behaviour.Harness.run;
import static dev.aidev.vm.behaviour.Harness.str;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.vm.Action;
import dev.aidev.vm.Bytes;
import dev.aidev.vm.NearVm;
import dev.aidev.vm.PromiseResult;
import dev.aidev.vm.Receipt;
import dev.aidev.vm.ReturnData;
import dev.aidev.vm.VmContext;
import dev.aidev.vm.VmError;
import dev.aidev.vm.VmOutcome;
import dev.aidev.vm.gas.ActionCost;
import dev.aidev.vm.gas.Fee;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Promises as NEAR records them: receipts, actions, data dependencies, fees, gas weights, promise
 * results and yield/resume (facts: /tmp/research/r2-host.md §2-3, nearcore logic.rs and
 * receipt_manager.rs).
 */
class PromiseBehaviourTest {
    static final BigInteger INITIAL_BALANCE = new BigInteger("100000000000000000000000000");
    static final byte[] PK = pk();
    static final byte[] CODE = {0, 'a', 's', 'm', 1, 0, 0, 0};

    /**
     * Memory: 0 "bob.test.near" (13), 32 "contract.test.near" (18, the current account), 64 "go",
     * 72 "{}", 80 u128 1000, 96 u128 0, 128 an ed25519 key (33), 200 a tiny wasm (8), 224 "a,b",
     * 240 "carol.test.near" (15), 256 u128 2^127, 512.. scratch.
     */
    static final String DATA = """
              (memory 1)
              (data (i32.const 0) "bob.test.near")
              (data (i32.const 32) "contract.test.near")
              (data (i32.const 64) "go")
              (data (i32.const 72) "{}")
              (data (i32.const 80) "\\e8\\03")
              (data (i32.const 128) %s)
              (data (i32.const 200) %s)
              (data (i32.const 224) "a,b")
              (data (i32.const 240) "carol.test.near")
              (data (i32.const 256) %s)
            """.formatted(str(PK), str(CODE),
                    str(Harness.u128(BigInteger.ONE.shiftLeft(127))));

    private static byte[] pk() {
        byte[] k = new byte[33];
        Arrays.fill(k, 1, 33, (byte) 0x11);
        return k;
    }

    /** A contract whose {@code main} runs {@code body} with locals $p $q $j $t (i64) at hand. */
    static String contract(String body, String... imports) {
        return "(module\n" + Harness.imports(imports) + DATA
                + "  (func (export \"main\") (local $p i64) (local $q i64) (local $j i64) (local $t i64)\n"
                + body + "))";
    }

    private static VmOutcome ok(VmOutcome out) {
        assertThat(out.error()).as(describe(out)).isNull();
        return out;
    }

    private static void assertHostError(VmOutcome out, String kind, String message) {
        assertThat(out.error()).as(describe(out)).isInstanceOf(VmError.HostError.class);
        assertThat(out.error().kind()).isEqualTo(kind);
        assertThat(out.error().message()).isEqualTo(message);
        assertThat(out.receipts()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------
    // Receipts and actions

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_batch_records_every_action_with_its_fields_on_one_receipt(NearVm.Engine engine) {
        String wat = contract("""
                (local.set $p (call $promise_batch_create (i64.const 13) (i64.const 0)))
                (call $promise_batch_action_create_account (local.get $p))
                (call $promise_batch_action_deploy_contract (local.get $p) (i64.const 8) (i64.const 200))
                (call $promise_batch_action_function_call (local.get $p) (i64.const 2) (i64.const 64)
                  (i64.const 2) (i64.const 72) (i64.const 80) (i64.const 5000000000000))
                (call $promise_batch_action_function_call_weight (local.get $p) (i64.const 2) (i64.const 64)
                  (i64.const 2) (i64.const 72) (i64.const 96) (i64.const 1000000) (i64.const 7))
                (call $promise_batch_action_transfer (local.get $p) (i64.const 80))
                (call $promise_batch_action_stake (local.get $p) (i64.const 80) (i64.const 33) (i64.const 128))
                (call $promise_batch_action_add_key_with_full_access (local.get $p) (i64.const 33) (i64.const 128)
                  (i64.const 42))
                (call $promise_batch_action_add_key_with_function_call (local.get $p) (i64.const 33) (i64.const 128)
                  (i64.const 43) (i64.const 80) (i64.const 18) (i64.const 32) (i64.const 3) (i64.const 224))
                (call $promise_batch_action_add_key_with_function_call (local.get $p) (i64.const 33) (i64.const 128)
                  (i64.const 44) (i64.const 96) (i64.const 13) (i64.const 0) (i64.const 0) (i64.const 0))
                (call $promise_batch_action_delete_key (local.get $p) (i64.const 33) (i64.const 128))
                (call $promise_batch_action_delete_account (local.get $p) (i64.const 15) (i64.const 240))
                """, "promise_batch_create", "promise_batch_action_create_account",
                "promise_batch_action_deploy_contract", "promise_batch_action_function_call",
                "promise_batch_action_function_call_weight", "promise_batch_action_transfer",
                "promise_batch_action_stake", "promise_batch_action_add_key_with_full_access",
                "promise_batch_action_add_key_with_function_call", "promise_batch_action_delete_key",
                "promise_batch_action_delete_account");
        VmOutcome out = ok(run(engine, wat));

        assertThat(out.receipts()).hasSize(1);
        Receipt r = out.receipts().get(0);
        assertThat(r.index()).isZero();
        assertThat(r.receiverId()).isEqualTo("bob.test.near");
        assertThat(r.inputDataIds()).isEmpty();
        assertThat(r.outputDataReceivers()).isEmpty();
        assertThat(r.yielded()).isFalse();
        List<Action> a = r.actions();
        assertThat(a).hasSize(11);
        assertThat(a.get(0)).isEqualTo(new Action.CreateAccount());
        assertThat(((Action.DeployContract) a.get(1)).code()).isEqualTo(CODE);
        Action.FunctionCall fc = (Action.FunctionCall) a.get(2);
        assertThat(fc.methodName()).isEqualTo("go");
        assertThat(fc.args()).isEqualTo("{}".getBytes(StandardCharsets.UTF_8));
        assertThat(fc.gas()).isEqualTo(5 * TGAS);
        assertThat(fc.deposit()).isEqualTo(BigInteger.valueOf(1000));
        assertThat(fc.gasWeight()).isZero();
        Action.FunctionCall weighted = (Action.FunctionCall) a.get(3);
        assertThat(weighted.deposit()).isZero();
        assertThat(weighted.gasWeight()).isEqualTo(7);
        // The only weighted call gets all the unused gas on top of its static 1e6.
        assertThat(weighted.gas()).isGreaterThan(1_000_000L);
        assertThat(((Action.Transfer) a.get(4)).deposit()).isEqualTo(BigInteger.valueOf(1000));
        Action.Stake stake = (Action.Stake) a.get(5);
        assertThat(stake.stake()).isEqualTo(BigInteger.valueOf(1000));
        assertThat(stake.publicKey()).isEqualTo(PK);
        Action.AddKey full = (Action.AddKey) a.get(6);
        assertThat(full.publicKey()).isEqualTo(PK);
        assertThat(full.nonce()).isEqualTo(42);
        assertThat(full.permission()).isEqualTo(new Action.FullAccess());
        Action.AddKey limited = (Action.AddKey) a.get(7);
        assertThat(limited.nonce()).isEqualTo(43);
        assertThat(limited.permission()).isEqualTo(new Action.FunctionCallPermission(
                BigInteger.valueOf(1000), "contract.test.near", List.of("a", "b")));
        Action.AddKey unlimited = (Action.AddKey) a.get(8);
        assertThat(unlimited.permission()).as("allowance 0 means unlimited (None)")
                .isEqualTo(new Action.FunctionCallPermission(null, "bob.test.near", List.of()));
        assertThat(((Action.DeleteKey) a.get(9)).publicKey()).isEqualTo(PK);
        assertThat(a.get(10)).isEqualTo(new Action.DeleteAccount("carol.test.near"));

        // The function call's deposit and the transfer leave the balance; a stake does not.
        assertThat(out.balance()).isEqualTo(INITIAL_BALANCE.subtract(BigInteger.valueOf(2000)));
        // With a weighted call, all unused gas goes to promises.
        assertThat(out.usedGas()).isEqualTo(300 * TGAS);
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void promise_then_makes_the_callback_wait_for_the_data_of_the_first_receipt(NearVm.Engine engine) {
        String wat = contract("""
                (local.set $p (call $promise_create (i64.const 13) (i64.const 0) (i64.const 2) (i64.const 64)
                  (i64.const 2) (i64.const 72) (i64.const 96) (i64.const 5000000000000)))
                (local.set $t (call $promise_then (local.get $p) (i64.const 18) (i64.const 32) (i64.const 2)
                  (i64.const 64) (i64.const 0) (i64.const 0) (i64.const 96) (i64.const 3000000000000)))
                (call $promise_return (local.get $t))
                """, "promise_create", "promise_then", "promise_return");
        VmOutcome out = ok(run(engine, wat));

        assertThat(out.receipts()).hasSize(2);
        Receipt first = out.receipts().get(0);
        Receipt callback = out.receipts().get(1);
        assertThat(first.receiverId()).isEqualTo("bob.test.near");
        assertThat(callback.receiverId()).isEqualTo("contract.test.near");
        assertThat(first.inputDataIds()).isEmpty();
        assertThat(callback.inputDataIds()).hasSize(1);
        Bytes id = callback.inputDataIds().get(0);
        assertThat(id.length()).isEqualTo(32);
        assertThat(first.outputDataReceivers())
                .containsExactly(new Receipt.DataReceiver(id, "contract.test.near"));
        assertThat(callback.outputDataReceivers()).isEmpty();
        assertThat(((Action.FunctionCall) first.actions().get(0)).gas()).isEqualTo(5 * TGAS);
        assertThat(((Action.FunctionCall) callback.actions().get(0)).gas()).isEqualTo(3 * TGAS);
        assertThat(((Action.FunctionCall) callback.actions().get(0)).args()).isEmpty();
        assertThat(out.returnData()).isEqualTo(new ReturnData.ReceiptIndex(1));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_then_on_a_joint_promise_depends_on_every_joined_receipt(NearVm.Engine engine) {
        String wat = contract("""
                (local.set $p (call $promise_batch_create (i64.const 13) (i64.const 0)))
                (local.set $q (call $promise_batch_create (i64.const 15) (i64.const 240)))
                (i64.store (i32.const 512) (local.get $p))
                (i64.store (i32.const 520) (local.get $q))
                (local.set $j (call $promise_and (i64.const 512) (i64.const 2)))
                (local.set $t (call $promise_batch_then (local.get $j) (i64.const 18) (i64.const 32)))
                (call $promise_batch_action_function_call (local.get $t) (i64.const 2) (i64.const 64)
                  (i64.const 0) (i64.const 0) (i64.const 96) (i64.const 1000000000000))
                (call $promise_return (local.get $t))
                (i64.store (i32.const 512) (local.get $j))
                (i64.store (i32.const 520) (local.get $t))
                (call $value_return (i64.const 16) (i64.const 512))
                """, "promise_batch_create", "promise_and", "promise_batch_then",
                "promise_batch_action_function_call", "promise_return", "value_return");
        VmOutcome out = ok(run(engine, wat));

        // promise_and creates no receipt, but takes a promise index.
        assertThat(returnedU64(out, 0)).isEqualTo(2);
        assertThat(returnedU64(out, 1)).isEqualTo(3);
        // value_return after promise_return: the last one wins.
        assertThat(out.returnData()).isInstanceOf(ReturnData.Value.class);
        assertThat(out.receipts()).extracting(Receipt::receiverId)
                .containsExactly("bob.test.near", "carol.test.near", "contract.test.near");
        Receipt callback = out.receipts().get(2);
        assertThat(callback.inputDataIds()).hasSize(2).doesNotHaveDuplicates();
        assertThat(out.receipts().get(0).outputDataReceivers())
                .containsExactly(new Receipt.DataReceiver(callback.inputDataIds().get(0), "contract.test.near"));
        assertThat(out.receipts().get(1).outputDataReceivers())
                .containsExactly(new Receipt.DataReceiver(callback.inputDataIds().get(1), "contract.test.near"));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void promise_return_sets_the_receipt_index_as_the_result(NearVm.Engine engine) {
        String wat = contract("""
                (drop (call $promise_batch_create (i64.const 13) (i64.const 0)))
                (local.set $p (call $promise_batch_create (i64.const 15) (i64.const 240)))
                (call $promise_return (local.get $p))
                """, "promise_batch_create", "promise_return");
        VmOutcome out = ok(run(engine, wat));
        assertThat(out.returnData()).isEqualTo(new ReturnData.ReceiptIndex(1));
        assertThat(out.receipts()).hasSize(2);
        assertThat(out.receipts().get(1).actions()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------
    // Errors

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void an_action_on_an_unknown_promise_fails_with_invalid_promise_index(NearVm.Engine engine) {
        String wat = contract("""
                (drop (call $promise_batch_create (i64.const 13) (i64.const 0)))
                (call $promise_batch_action_create_account (i64.const 5))
                """, "promise_batch_create", "promise_batch_action_create_account");
        assertHostError(run(engine, wat), "InvalidPromiseIndex", "5 does not correspond to existing promises");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_then_on_an_unknown_promise_fails_with_invalid_promise_index(NearVm.Engine engine) {
        String wat = contract("""
                (drop (call $promise_batch_then (i64.const 0) (i64.const 13) (i64.const 0)))
                """, "promise_batch_then");
        assertHostError(run(engine, wat), "InvalidPromiseIndex", "0 does not correspond to existing promises");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void an_action_on_a_joint_promise_fails(NearVm.Engine engine) {
        String wat = contract("""
                (i64.store (i32.const 512) (call $promise_batch_create (i64.const 13) (i64.const 0)))
                (i64.store (i32.const 520) (call $promise_batch_create (i64.const 15) (i64.const 240)))
                (local.set $j (call $promise_and (i64.const 512) (i64.const 2)))
                (call $promise_batch_action_transfer (local.get $j) (i64.const 80))
                """, "promise_batch_create", "promise_and", "promise_batch_action_transfer");
        assertHostError(run(engine, wat), "CannotAppendActionToJointPromise",
                "Actions can only be appended to non-joint promise.");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void returning_a_joint_promise_fails(NearVm.Engine engine) {
        String wat = contract("""
                (i64.store (i32.const 512) (call $promise_batch_create (i64.const 13) (i64.const 0)))
                (i64.store (i32.const 520) (call $promise_batch_create (i64.const 15) (i64.const 240)))
                (call $promise_return (call $promise_and (i64.const 512) (i64.const 2)))
                """, "promise_batch_create", "promise_and", "promise_return");
        assertHostError(run(engine, wat), "CannotReturnJointPromise",
                "Returning joint promise is currently prohibited.");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void promise_and_with_an_unknown_index_fails_with_invalid_promise_index(NearVm.Engine engine) {
        String wat = contract("""
                (i64.store (i32.const 512) (call $promise_batch_create (i64.const 13) (i64.const 0)))
                (i64.store (i32.const 520) (i64.const 9))
                (drop (call $promise_and (i64.const 512) (i64.const 2)))
                """, "promise_batch_create", "promise_and");
        assertHostError(run(engine, wat), "InvalidPromiseIndex", "9 does not correspond to existing promises");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_transfer_beyond_the_balance_fails_with_balance_exceeded(NearVm.Engine engine) {
        String wat = contract("""
                (local.set $p (call $promise_batch_create (i64.const 13) (i64.const 0)))
                (call $promise_batch_action_transfer (local.get $p) (i64.const 256))
                """, "promise_batch_create", "promise_batch_action_transfer");
        VmOutcome out = run(engine, wat);
        assertHostError(out, "BalanceExceeded", "Exceeded the account balance.");
        assertThat(out.balance()).isEqualTo(INITIAL_BALANCE);
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_transfer_may_spend_the_attached_deposit_too(NearVm.Engine engine) {
        // 1000 yocto of balance and 500 attached: 1000 can be sent, 1001 could not.
        String wat = contract("""
                (local.set $p (call $promise_batch_create (i64.const 13) (i64.const 0)))
                (call $promise_batch_action_transfer (local.get $p) (i64.const 80))
                """, "promise_batch_create", "promise_batch_action_transfer");
        VmContext ctx = VmContext.builder().accountBalance(BigInteger.valueOf(600))
                .attachedDeposit(BigInteger.valueOf(500)).build();
        VmOutcome out = ok(run(engine, wat, ctx));
        assertThat(out.balance()).isEqualTo(BigInteger.valueOf(100));
        VmOutcome poor = run(engine, wat, ctx.toBuilder().accountBalance(BigInteger.valueOf(499)).build());
        assertHostError(poor, "BalanceExceeded", "Exceeded the account balance.");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_function_call_with_an_empty_method_name_fails(NearVm.Engine engine) {
        String wat = contract("""
                (local.set $p (call $promise_batch_create (i64.const 13) (i64.const 0)))
                (call $promise_batch_action_function_call (local.get $p) (i64.const 0) (i64.const 64)
                  (i64.const 0) (i64.const 0) (i64.const 96) (i64.const 0))
                """, "promise_batch_create", "promise_batch_action_function_call");
        assertHostError(run(engine, wat), "EmptyMethodName", "Tried to call an empty method name.");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_batch_to_an_invalid_account_id_fails(NearVm.Engine engine) {
        // "go" has two characters: valid. "{}" is not an account id.
        String wat = contract("""
                (drop (call $promise_batch_create (i64.const 2) (i64.const 72)))
                """, "promise_batch_create");
        assertHostError(run(engine, wat), "InvalidAccountId", "VM Logic returned an invalid account id");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void adding_a_malformed_public_key_fails(NearVm.Engine engine) {
        String wat = contract("""
                (local.set $p (call $promise_batch_create (i64.const 13) (i64.const 0)))
                (call $promise_batch_action_add_key_with_full_access (local.get $p) (i64.const 32) (i64.const 128)
                  (i64.const 0))
                """, "promise_batch_create", "promise_batch_action_add_key_with_full_access");
        assertHostError(run(engine, wat), "InvalidPublicKey", "VM Logic provided an invalid public key");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void more_than_1024_promises_in_one_call_are_too_many(NearVm.Engine engine) {
        String loop = """
                (loop $l
                  (drop (call $promise_batch_create (i64.const 13) (i64.const 0)))
                  (local.set $t (i64.add (local.get $t) (i64.const 1)))
                  (br_if $l (i64.lt_u (local.get $t) (i64.const %d))))
                """;
        assertThat(ok(run(engine, contract(loop.formatted(1024), "promise_batch_create"))).receipts()).hasSize(1024);
        assertHostError(run(engine, contract(loop.formatted(1025), "promise_batch_create")),
                "NumberPromisesExceeded", "The number of promises within a FunctionCall 1025 exceeds the limit 1024");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void joining_more_than_128_receipts_is_too_many_dependencies(NearVm.Engine engine) {
        // Memory at 512 is zero: promise 0 repeated, which counts once per occurrence.
        String wat = """
                (drop (call $promise_batch_create (i64.const 13) (i64.const 0)))
                (drop (call $promise_and (i64.const 512) (i64.const %d)))
                """;
        ok(run(engine, contract(wat.formatted(128), "promise_batch_create", "promise_and")));
        assertHostError(run(engine, contract(wat.formatted(129), "promise_batch_create", "promise_and")),
                "NumberInputDataDependenciesExceeded", "The number of input data dependencies 129 exceeds the limit 128");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void promise_and_charges_its_per_promise_cost_per_byte_of_indexes(NearVm.Engine engine) {
        String wat = contract("""
                (drop (call $promise_batch_create (i64.const 13) (i64.const 0)))
                (drop (call $promise_and (i64.const 512) (i64.const 3)))
                """, "promise_batch_create", "promise_and");
        VmOutcome out = ok(run(engine, wat));
        assertThat(out.profile().get("PROMISE_AND_BASE"))
                .isEqualTo(Harness.PARAMS.cost(dev.aidev.vm.gas.ExtCost.promise_and_base));
        assertThat(out.profile().get("PROMISE_AND_PER_PROMISE"))
                .isEqualTo(24 * Harness.PARAMS.cost(dev.aidev.vm.gas.ExtCost.promise_and_per_promise));
        assertThat(out.receipts()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_yield_payload_over_1024_bytes_is_refused_before_the_data_id_is_checked(NearVm.Engine engine) {
        String wat = contract("""
                (drop (call $promise_yield_resume (i64.const 31) (i64.const 0) (i64.const 1025) (i64.const 0)))
                """, "promise_yield_resume");
        assertHostError(run(engine, wat), "YieldPayloadLength",
                "Yield resume payload is 1025 bytes which exceeds the 1024 byte limit");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void deploying_code_over_the_contract_size_limit_fails_before_the_promise_is_looked_up(NearVm.Engine engine) {
        String wat = contract("""
                (call $promise_batch_action_deploy_contract (i64.const 99) (i64.const 4194305) (i64.const 0))
                """, "promise_batch_action_deploy_contract");
        assertHostError(run(engine, wat), "ContractSizeExceeded",
                "The size of a contract code in DeployContract action 4194305 exceeds the limit 4194304");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void promise_arguments_may_come_from_registers(NearVm.Engine engine) {
        String wat = contract("""
                (call $write_register (i64.const 5) (i64.const 13) (i64.const 0))
                (call $write_register (i64.const 6) (i64.const 2) (i64.const 64))
                (local.set $p (call $promise_batch_create (i64.const -1) (i64.const 5)))
                (call $promise_batch_action_function_call (local.get $p) (i64.const -1) (i64.const 6)
                  (i64.const -1) (i64.const 5) (i64.const 96) (i64.const 0))
                """, "write_register", "promise_batch_create", "promise_batch_action_function_call");
        VmOutcome out = ok(run(engine, wat));
        Receipt r = out.receipts().get(0);
        assertThat(r.receiverId()).isEqualTo("bob.test.near");
        Action.FunctionCall fc = (Action.FunctionCall) r.actions().get(0);
        assertThat(fc.methodName()).isEqualTo("go");
        assertThat(fc.args()).asString().isEqualTo("bob.test.near");
    }

    // ---------------------------------------------------------------------------------------------
    // Fees and gas

    static Stream<Arguments> receivers() {
        List<Arguments> l = new ArrayList<>();
        for (NearVm.Engine e : NearVm.Engine.values()) {
            l.add(Arguments.of(e, true));
            l.add(Arguments.of(e, false));
        }
        return l.stream();
    }

    @ParameterizedTest(name = "{0}, sender is receiver: {1}")
    @MethodSource("receivers")
    void a_function_call_promise_burns_the_send_fees_and_reserves_execution_fees_and_attached_gas(
            NearVm.Engine engine, boolean sir) {
        String account = sir ? "(i64.const 18) (i64.const 32)" : "(i64.const 13) (i64.const 0)";
        String wat = contract("""
                (local.set $p (call $promise_batch_create %s))
                (call $promise_batch_action_function_call (local.get $p) (i64.const 2) (i64.const 64)
                  (i64.const 2) (i64.const 72) (i64.const 96) (i64.const 5000000000000))
                """.formatted(account), "promise_batch_create", "promise_batch_action_function_call");
        VmOutcome out = ok(run(engine, wat));

        Fee receipt = Harness.PARAMS.fee(ActionCost.new_action_receipt);
        Fee call = Harness.PARAMS.fee(ActionCost.function_call_base);
        Fee perByte = Harness.PARAMS.fee(ActionCost.function_call_byte);
        assertThat(out.profile().get("NEW_ACTION_RECEIPT")).isEqualTo(receipt.send(sir));
        assertThat(out.profile().get("FUNCTION_CALL_BASE")).isEqualTo(call.send(sir));
        assertThat(out.profile().get("FUNCTION_CALL_BYTE")).isEqualTo(4 * perByte.send(sir));
        long reserved = receipt.execution() + call.execution() + 4 * perByte.execution() + 5 * TGAS;
        assertThat(out.usedGas() - out.burntGas()).isEqualTo(reserved);
        assertThat(out.profile().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(out.burntGas());
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_then_burns_the_data_receipt_fees_at_once(NearVm.Engine engine) {
        // Both receipts go to bob: the data receipt is sender-is-receiver, the action receipts are not.
        String wat = contract("""
                (local.set $p (call $promise_batch_create (i64.const 13) (i64.const 0)))
                (drop (call $promise_batch_then (local.get $p) (i64.const 13) (i64.const 0)))
                """, "promise_batch_create", "promise_batch_then");
        VmOutcome out = ok(run(engine, wat));
        Fee receipt = Harness.PARAMS.fee(ActionCost.new_action_receipt);
        Fee data = Harness.PARAMS.fee(ActionCost.new_data_receipt_base);
        assertThat(out.profile().get("NEW_ACTION_RECEIPT"))
                .isEqualTo(2 * receipt.sendNotSir() + data.sendSir() + data.execution());
        assertThat(out.usedGas() - out.burntGas()).isEqualTo(2 * receipt.execution());
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void unused_gas_is_shared_by_weight_and_the_last_weighted_call_takes_the_remainder(NearVm.Engine engine) {
        // nearcore's receipt_manager test: static gas (1e6,w3) (3e6,w2) (0,w1) (1e9,w0) (0,w4).
        long[] statics = {1_000_000, 3_000_000, 0, 1_000_000_000, 0};
        long[] weights = {3, 2, 1, 0, 4};
        StringBuilder body = new StringBuilder(
                "(local.set $p (call $promise_batch_create (i64.const 13) (i64.const 0)))\n");
        for (int i = 0; i < statics.length; i++) {
            body.append("(call $promise_batch_action_function_call_weight (local.get $p) (i64.const 2) (i64.const 64)"
                    + " (i64.const 0) (i64.const 0) (i64.const 96) (i64.const " + statics[i] + ") (i64.const "
                    + weights[i] + "))\n");
        }
        String wat = contract(body.toString(), "promise_batch_create", "promise_batch_action_function_call_weight");
        VmContext ctx = VmContext.builder().prepaidGas(100 * TGAS).build();
        VmOutcome out = ok(run(engine, wat, ctx));

        List<Action> actions = out.receipts().get(0).actions();
        long[] shares = new long[5];
        long unused = 0;
        for (int i = 0; i < 5; i++) {
            shares[i] = ((Action.FunctionCall) actions.get(i)).gas() - statics[i];
            unused += shares[i];
        }
        assertThat(unused).isPositive();
        assertThat(shares[3]).as("weight 0 gets nothing").isZero();
        BigInteger total = BigInteger.valueOf(10);
        long assigned = 0;
        for (int i : new int[] {0, 1, 2}) {
            long expected = BigInteger.valueOf(unused).multiply(BigInteger.valueOf(weights[i])).divide(total)
                    .longValueExact();
            assertThat(shares[i]).as("share of call " + i).isEqualTo(expected);
            assigned += expected;
        }
        assertThat(shares[4]).as("the last weighted call takes the rest").isEqualTo(unused - assigned);
        assertThat(out.usedGas()).isEqualTo(100 * TGAS);
        assertThat(out.burntGas()).isLessThan(out.usedGas());
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void without_weights_unused_gas_stays_unused(NearVm.Engine engine) {
        String wat = contract("""
                (local.set $p (call $promise_batch_create (i64.const 13) (i64.const 0)))
                (call $promise_batch_action_function_call_weight (local.get $p) (i64.const 2) (i64.const 64)
                  (i64.const 0) (i64.const 0) (i64.const 96) (i64.const 1000) (i64.const 0))
                """, "promise_batch_create", "promise_batch_action_function_call_weight");
        VmOutcome out = ok(run(engine, wat));
        assertThat(((Action.FunctionCall) out.receipts().get(0).actions().get(0)).gas()).isEqualTo(1000);
        assertThat(out.usedGas()).isLessThan(300 * TGAS);
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void attaching_more_gas_than_prepaid_fails_with_gas_exceeded(NearVm.Engine engine) {
        String wat = contract("""
                (local.set $p (call $promise_batch_create (i64.const 13) (i64.const 0)))
                (call $promise_batch_action_function_call (local.get $p) (i64.const 2) (i64.const 64)
                  (i64.const 0) (i64.const 0) (i64.const 96) (i64.const 10000000000000))
                """, "promise_batch_create", "promise_batch_action_function_call");
        VmOutcome out = run(engine, wat, VmContext.builder().prepaidGas(10 * TGAS).build());
        assertHostError(out, "GasExceeded", "Exceeded the prepaid gas.");
        // nearcore's process_gas_limit: used gas is capped at the prepaid gas.
        assertThat(out.usedGas()).isEqualTo(10 * TGAS);
        assertThat(out.burntGas()).isLessThan(10 * TGAS);
    }

    // ---------------------------------------------------------------------------------------------
    // Promise results

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_callback_reads_successful_failed_and_not_ready_results(NearVm.Engine engine) {
        String wat = contract("""
                (i64.store (i32.const 512) (call $promise_results_count))
                (i64.store (i32.const 520) (call $promise_result (i64.const 0) (i64.const 1)))
                (i64.store (i32.const 528) (call $promise_result (i64.const 1) (i64.const 2)))
                (i64.store (i32.const 536) (call $promise_result (i64.const 2) (i64.const 3)))
                (i64.store (i32.const 544) (call $register_len (i64.const 1)))
                (i64.store (i32.const 552) (call $register_len (i64.const 2)))
                (i64.store (i32.const 560) (call $register_len (i64.const 3)))
                (call $read_register (i64.const 1) (i64.const 568))
                (call $value_return (i64.const 59) (i64.const 512))
                """, "promise_results_count", "promise_result", "register_len", "read_register", "value_return");
        VmContext ctx = VmContext.builder().promiseResults(List.of(
                new PromiseResult.Successful("abc".getBytes(StandardCharsets.UTF_8)),
                new PromiseResult.Failed(),
                new PromiseResult.NotReady())).build();
        VmOutcome out = ok(run(engine, wat, ctx));
        assertThat(returnedU64(out, 0)).isEqualTo(3);
        assertThat(returnedU64(out, 1)).as("Successful").isEqualTo(1);
        assertThat(returnedU64(out, 2)).as("Failed").isEqualTo(2);
        assertThat(returnedU64(out, 3)).as("NotReady").isEqualTo(0);
        assertThat(returnedU64(out, 4)).isEqualTo(3);
        assertThat(returnedU64(out, 5)).as("a failed result leaves the register unset").isEqualTo(-1L);
        assertThat(returnedU64(out, 6)).isEqualTo(-1L);
        assertThat(Arrays.copyOfRange(returned(out), 56, 59)).asString().isEqualTo("abc");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_promise_result_past_the_end_fails(NearVm.Engine engine) {
        String wat = contract("""
                (drop (call $promise_result (i64.const 1) (i64.const 0)))
                """, "promise_result");
        VmContext ctx = VmContext.builder().promiseResults(List.of(new PromiseResult.Failed())).build();
        assertHostError(run(engine, wat, ctx), "InvalidPromiseResultIndex", "Accessed invalid promise result index: 1");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_call_that_is_no_callback_has_no_promise_results(NearVm.Engine engine) {
        String wat = contract("""
                (i64.store (i32.const 512) (call $promise_results_count))
                (call $value_return (i64.const 8) (i64.const 512))
                """, "promise_results_count", "value_return");
        assertThat(returnedU64(ok(run(engine, wat)), 0)).isZero();
    }

    // ---------------------------------------------------------------------------------------------
    // Yield and resume

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void yield_create_writes_a_data_id_and_records_a_yielded_receipt_that_resume_can_wake(NearVm.Engine engine) {
        String wat = contract("""
                (local.set $p (call $promise_yield_create (i64.const 2) (i64.const 64) (i64.const 2) (i64.const 72)
                  (i64.const 5000000000000) (i64.const 0) (i64.const 0)))
                (i64.store (i32.const 512) (local.get $p))
                (i64.store (i32.const 520) (call $register_len (i64.const 0)))
                (i64.store (i32.const 528)
                  (i64.extend_i32_u (call $promise_yield_resume (i64.const -1) (i64.const 0) (i64.const 3) (i64.const 224))))
                (call $read_register (i64.const 0) (i64.const 536))
                (call $value_return (i64.const 56) (i64.const 512))
                """, "promise_yield_create", "promise_yield_resume", "register_len", "read_register", "value_return");
        VmOutcome out = ok(run(engine, wat));
        assertThat(returnedU64(out, 0)).as("promise index").isZero();
        assertThat(returnedU64(out, 1)).as("data id length").isEqualTo(32);
        assertThat(returnedU64(out, 2)).as("resume of a yield made in this call").isEqualTo(1);
        Bytes id = Bytes.of(Arrays.copyOfRange(returned(out), 24, 56));

        assertThat(out.receipts()).hasSize(1);
        Receipt r = out.receipts().get(0);
        assertThat(r.yielded()).isTrue();
        assertThat(r.receiverId()).isEqualTo("contract.test.near");
        assertThat(r.inputDataIds()).containsExactly(id);
        Action.FunctionCall fc = (Action.FunctionCall) r.actions().get(0);
        assertThat(fc.methodName()).isEqualTo("go");
        assertThat(fc.gas()).isEqualTo(5 * TGAS);
        assertThat(fc.deposit()).isZero();
        assertThat(out.yieldResumes()).hasSize(1);
        assertThat(out.yieldResumes().get(0).dataId()).isEqualTo(id);
        assertThat(out.yieldResumes().get(0).payload()).asString().isEqualTo("a,b");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void resuming_a_pending_yield_returns_one_and_an_unknown_one_zero(NearVm.Engine engine) {
        byte[] pending = new byte[32];
        Arrays.fill(pending, (byte) 7);
        byte[] unknown = new byte[32];
        Arrays.fill(unknown, (byte) 8);
        String wat = "(module\n" + Harness.imports("promise_yield_resume", "value_return") + """
                  (memory 1)
                  (data (i32.const 0) %s)
                  (data (i32.const 32) %s)
                  (data (i32.const 64) "payload")
                  (func (export "main")
                    (i64.store (i32.const 512) (i64.extend_i32_u
                      (call $promise_yield_resume (i64.const 32) (i64.const 0) (i64.const 7) (i64.const 64))))
                    (i64.store (i32.const 520) (i64.extend_i32_u
                      (call $promise_yield_resume (i64.const 32) (i64.const 32) (i64.const 0) (i64.const 0))))
                    (call $value_return (i64.const 16) (i64.const 512))))
                """.formatted(str(pending), str(unknown));
        VmContext ctx = VmContext.builder().pendingYields(Set.of(Bytes.of(pending))).build();
        VmOutcome out = ok(run(engine, wat, ctx));
        assertThat(returnedU64(out, 0)).isEqualTo(1);
        assertThat(returnedU64(out, 1)).isEqualTo(0);
        assertThat(out.yieldResumes()).hasSize(1);
        assertThat(out.yieldResumes().get(0).dataId()).isEqualTo(Bytes.of(pending));
        assertThat(out.yieldResumes().get(0).payload()).asString().isEqualTo("payload");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void resuming_with_a_data_id_of_the_wrong_length_fails(NearVm.Engine engine) {
        String wat = contract("""
                (drop (call $promise_yield_resume (i64.const 31) (i64.const 0) (i64.const 0) (i64.const 0)))
                """, "promise_yield_resume");
        assertHostError(run(engine, wat), "DataIdMalformed", "yield resumption token is malformed");
    }

    // ---------------------------------------------------------------------------------------------
    // Views

    static Stream<Arguments> promiseFunctions() {
        List<Arguments> l = new ArrayList<>();
        for (String name : Harness.hostSignatures().keySet()) {
            if (name.startsWith("promise_")) {
                for (NearVm.Engine e : NearVm.Engine.values()) {
                    l.add(Arguments.of(name, e));
                }
            }
        }
        return l.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("promiseFunctions")
    void every_promise_function_is_prohibited_in_views(String name, NearVm.Engine engine) {
        var type = Harness.hostSignatures().get(name);
        StringBuilder call = new StringBuilder("(call $" + name);
        for (int i = 0; i < type.params().size(); i++) {
            call.append(" (").append(Harness.wat(type.params().get(i))).append(".const 0)");
        }
        call.append(')');
        if (!type.returns().isEmpty()) {
            call.insert(0, "(drop ").append(')');
        }
        String wat = "(module\n" + Harness.imports(name) + "  (memory 1)\n  (func (export \"main\") " + call + "))";
        VmOutcome out = run(engine, wat, VmContext.builder().view(true).build());
        String reported = switch (name) {
            case "promise_create" -> "promise_batch_create";
            case "promise_then" -> "promise_batch_then";
            case "promise_batch_action_function_call_weight" -> "promise_batch_action_function_call";
            default -> name;
        };
        assertHostError(out, "ProhibitedInView", reported + " is not allowed in view calls");
    }
}
