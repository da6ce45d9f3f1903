package dev.aidev.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.sdk.AccountId;
import dev.aidev.sdk.Env;
import dev.aidev.sdk.Gas;
import dev.aidev.sdk.Promise;
import dev.aidev.sdk.U128;
import dev.aidev.sdk.examples.Counter;
import dev.aidev.sdk.examples.StatusMessage;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class JvmContractTest {
    private static final String STATE = Base64.getEncoder().encodeToString("STATE".getBytes());

    @Test
    void exports_are_snake_case() {
        assertThat(JvmContract.of(Counter.class).methods())
                .contains("create", "increment", "donate", "reset", "fail", "get", "as_u128");
        assertThat(JvmContract.of(StatusMessage.class).methods()).contains("set_status", "get_status");
    }

    @Test
    void a_call_before_init_panics_not_initialized() {
        CallOutcome out = JvmContract.of(Counter.class).call("increment", "{\"by\":1}");
        assertThat(out.panic()).isEqualTo("The contract is not initialized");
        assertThat(out.storage()).isEmpty();
    }

    @Test
    void init_writes_state_and_a_second_init_panics() {
        JvmContract<Counter> counter = JvmContract.of(Counter.class);
        CallOutcome first = counter.init("create", "{\"start\":5}");
        assertThat(first.succeeded()).isTrue();
        assertThat(first.result()).isNull();
        assertThat(first.storage()).containsEntry(STATE, Base64.getEncoder().encodeToString(
                HexFormat.of().parseHex("0500000000000000")));
        assertThat(counter.init("create", "{\"start\":1}").panic()).isEqualTo("The contract has already been initialized");
    }

    @Test
    void state_persists_across_calls_and_results_are_json() {
        JvmContract<Counter> counter = JvmContract.of(Counter.class);
        counter.init("create", "{\"start\":1}");
        CallOutcome out = counter.call("increment", "{\"by\":2}");
        assertThat(out.result()).isEqualTo("3");
        assertThat(out.logs()).containsExactly("value 3");
        assertThat(counter.call("increment", "{\"by\": 4, \"unused\": true}").result()).isEqualTo("7");
        assertThat(counter.view("get", "").result()).isEqualTo("7");
        assertThat(counter.view("as_u128", null).result()).isEqualTo("\"7\"");
    }

    @Test
    void bad_json_arguments_panic_with_near_sdk_text() {
        JvmContract<Counter> counter = JvmContract.of(Counter.class);
        counter.init("create", "{\"start\":1}");
        for (String bad : new String[] {"", "{}", "{\"by\":\"2\"}", "{\"by\":1.5}", "[1]", "{\"by\":1"}) {
            assertThat(counter.call("increment", bad).panic()).as(bad).isEqualTo("Failed to deserialize input from JSON.");
        }
    }

    @Test
    void non_payable_methods_reject_a_deposit() {
        JvmContract<Counter> counter = JvmContract.of(Counter.class);
        counter.init("create", "{\"start\":1}");
        counter.chain().attachedDeposit(U128.ONE);
        assertThat(counter.call("increment", "{\"by\":1}").panic()).isEqualTo("Method increment doesn't accept deposit");
        assertThat(counter.call("donate", "").result()).isEqualTo("\"1\"");
        assertThat(counter.call("get", "").succeeded()).isTrue();
    }

    @Test
    void private_methods_accept_only_the_contract_itself() {
        JvmContract<Counter> counter = JvmContract.of(Counter.class);
        counter.init("create", "{\"start\":9}");
        assertThat(counter.call("reset", "").panic()).isEqualTo("Method reset is private");
        counter.chain().predecessor("contract.near");
        assertThat(counter.call("reset", "").succeeded()).isTrue();
        assertThat(counter.state()).extracting(c -> c.get()).isEqualTo(0L);
    }

    @Test
    void a_panic_discards_state_changes_but_keeps_the_message() {
        JvmContract<Counter> counter = JvmContract.of(Counter.class);
        counter.init("create", "{\"start\":2}");
        CallOutcome out = counter.call("fail", "{\"why\":\"nope\"}");
        assertThat(out.panic()).isEqualTo("nope");
        assertThat(counter.view("get", "").result()).isEqualTo("2");
        assertThat(counter.call("increment", "{\"by\":" + Long.MAX_VALUE + "}").panic()).isEqualTo("integer overflow");
    }

    @Test
    void a_call_method_fails_in_a_view_call_at_its_first_prohibited_host_function() {
        JvmContract<Counter> counter = JvmContract.of(Counter.class);
        counter.init("create", "{\"start\":2}");
        // attached_deposit is allowed in views (nearcore); writing the state back is not
        assertThat(counter.view("increment", "{\"by\":1}").panic()).isEqualTo("storage_write is not allowed in view calls");
        assertThat(counter.view("donate", "").panic()).isEqualTo("storage_write is not allowed in view calls");
        assertThat(counter.view("get", "").result()).isEqualTo("2");
    }

    @Test
    void status_message_starts_from_the_default_constructor() {
        JvmContract<StatusMessage> status = JvmContract.of(StatusMessage.class);
        status.chain().caller("bob.near");
        CallOutcome set = status.call("set_status", "{\"message\":\"hi\"}");
        assertThat(set.logs()).containsExactly("bob.near set_status with message hi");
        assertThat(set.result()).isNull();
        String entryKey = Base64.getEncoder().encodeToString(HexFormat.of().parseHex("72" + "08000000" + "626f622e6e656172"));
        assertThat(set.storage()).containsEntry(entryKey, Base64.getEncoder().encodeToString(HexFormat.of().parseHex("020000006869")));
        assertThat(set.storage()).containsEntry(STATE, Base64.getEncoder().encodeToString(HexFormat.of().parseHex("0100000072")));
        assertThat(status.view("get_status", "{\"account_id\":\"bob.near\"}").result()).isEqualTo("\"hi\"");
        assertThat(status.view("get_status", "{\"account_id\":\"carol.near\"}").result()).isEqualTo("null");
        assertThat(status.view("get_status", "{\"account_id\":\"Carol\"}").panic()).isEqualTo("Failed to deserialize input from JSON.");
    }

    @Test
    void promises_are_recorded_in_scheduling_order() {
        MockBlockchain chain = new MockBlockchain().install();
        try {
            Promise.create(AccountId.of("token.near"))
                    .functionCall("ft_transfer", "{}", U128.ONE, Gas.tgas(10))
                    .then(Promise.create(Env.currentAccountId()).functionCall("on_done", "{}", U128.ZERO, Gas.tgas(5)));
            Promise.create(AccountId.of("bob.near")).transfer(U128.of(3));
            Promise.scheduleAll();
            assertThat(chain.promises()).containsExactly(
                    new PromiseRecord(0, "token.near", List.of(), List.of("FunctionCall(ft_transfer, {}, 1, 10000000000000)")),
                    new PromiseRecord(1, "contract.near", List.of(0L), List.of("FunctionCall(on_done, {}, 0, 5000000000000)")),
                    new PromiseRecord(2, "bob.near", List.of(), List.of("Transfer(3)")));
        } finally {
            Env.setHost(null);
        }
    }

    @Test
    void hashes_match_known_vectors() {
        MockBlockchain chain = new MockBlockchain();
        assertThat(HexFormat.of().formatHex(chain.keccak256(new byte[0])))
                .isEqualTo("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
        assertThat(HexFormat.of().formatHex(chain.keccak512(new byte[0]))).startsWith("0eab42de4c3ceb9235fc91acffe746b2");
        assertThat(HexFormat.of().formatHex(chain.sha256("abc".getBytes())))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
