import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.sdk.U128;
import dev.aidev.sdk.testing.CallOutcome;
import dev.aidev.sdk.testing.JvmContract;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Counter on the JVM (JvmContract + MockBlockchain); scenarios/ runs the same calls on the chain. */
class CounterTest {
    private JvmContract<Counter> counter;

    @BeforeEach
    void deploy() {
        counter = JvmContract.of(Counter.class);
        counter.chain().currentAccountId("counter.near").caller("alice.near");
    }

    private CallOutcome init(long start) {
        CallOutcome out = counter.init("create", "{\"start\":" + start + "}");
        assertThat(out.panic()).isNull();
        return out;
    }

    /** The state as near-sdk-rs lays it out: Borsh of the fields under STATE, here one i64. */
    private long storedValue() {
        byte[] state = counter.chain().storageGet(JvmContract.STATE_KEY);
        assertThat(state).hasSize(8);
        return ByteBuffer.wrap(state).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }

    @Test
    void create_starts_at_the_given_value_and_stores_it_under_STATE() {
        init(40);
        assertThat(storedValue()).isEqualTo(40);
        assertThat(counter.view("get", "{}").result()).isEqualTo("40");
    }

    @Test
    void increment_returns_the_new_value_and_logs_it_with_the_caller() {
        init(40);
        counter.chain().caller("bob.near");
        CallOutcome out = counter.call("increment", "{\"by\":2}");
        assertThat(out.panic()).isNull();
        assertThat(out.result()).isEqualTo("42");
        assertThat(out.logs()).containsExactly("counter is 42 after bob.near");
        assertThat(storedValue()).isEqualTo(42);
    }

    @Test
    void increment_by_a_negative_amount_counts_down() {
        init(5);
        assertThat(counter.call("increment", "{\"by\":-7}").result()).isEqualTo("-2");
    }

    @Test
    void decrement_subtracts_one_and_returns_nothing() {
        init(1);
        CallOutcome out = counter.call("decrement", "{}");
        assertThat(out.panic()).isNull();
        assertThat(out.result()).isNull();
        assertThat(out.logs()).isEmpty();
        assertThat(counter.view("get", "").result()).isEqualTo("0");
    }

    @Test
    void increment_past_the_largest_long_panics_and_leaves_the_state_as_it_was() {
        init(Long.MAX_VALUE - 1);
        CallOutcome out = counter.call("increment", "{\"by\":2}");
        assertThat(out.panic()).isEqualTo("integer overflow");
        assertThat(out.result()).isNull();
        assertThat(storedValue()).isEqualTo(Long.MAX_VALUE - 1);
    }

    @Test
    void decrement_below_the_smallest_long_panics() {
        init(Long.MIN_VALUE);
        assertThat(counter.call("decrement", "{}").panic()).isEqualTo("integer overflow");
        assertThat(storedValue()).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void a_second_create_panics_as_near_sdk_rs_does() {
        init(1);
        assertThat(counter.init("create", "{\"start\":9}").panic()).isEqualTo("The contract has already been initialized");
        assertThat(storedValue()).isEqualTo(1);
    }

    @Test
    void calls_before_create_panic_because_there_is_no_default_state() {
        assertThat(counter.view("get", "{}").panic()).isEqualTo("The contract is not initialized");
        assertThat(counter.call("increment", "{\"by\":1}").panic()).isEqualTo("The contract is not initialized");
        assertThat(counter.chain().storageGet(JvmContract.STATE_KEY)).isNull();
    }

    @Test
    void increment_does_not_accept_a_deposit() {
        init(1);
        counter.chain().attachedDeposit(U128.ONE_YOCTO);
        assertThat(counter.call("increment", "{\"by\":1}").panic()).isEqualTo("Method increment doesn't accept deposit");
        assertThat(storedValue()).isEqualTo(1);
    }

    @Test
    void missing_or_malformed_arguments_panic_with_near_sdk_rs_text() {
        init(1);
        assertThat(counter.call("increment", "{}").panic()).isEqualTo("Failed to deserialize input from JSON.");
        assertThat(counter.call("increment", "{\"by\":\"two\"}").panic()).isEqualTo("Failed to deserialize input from JSON.");
        assertThat(counter.init("create", "not json").panic()).isEqualTo("Failed to deserialize input from JSON.");
    }

    @Test
    void increment_as_a_view_call_fails_because_it_reads_the_predecessor() {
        init(1);
        assertThat(counter.view("increment", "{\"by\":1}").panic())
                .isEqualTo("predecessor_account_id is not allowed in view calls");
        assertThat(storedValue()).isEqualTo(1);
    }

    @Test
    void exports_are_the_snake_case_method_names() {
        assertThat(counter.methods()).containsExactlyInAnyOrder("create", "increment", "decrement", "get");
    }
}
