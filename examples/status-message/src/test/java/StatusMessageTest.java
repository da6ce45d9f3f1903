import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.sdk.U128;
import dev.aidev.sdk.testing.CallOutcome;
import dev.aidev.sdk.testing.JvmContract;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** StatusMessage on the JVM (JvmContract + MockBlockchain); scenarios/ runs the same calls on the chain. */
class StatusMessageTest {
    private JvmContract<StatusMessage> contract;

    @BeforeEach
    void deploy() {
        contract = JvmContract.of(StatusMessage.class);
        contract.chain().currentAccountId("status.near").caller("alice.near");
    }

    private void setStatusAs(String account, String message) {
        contract.chain().caller(account);
        CallOutcome out = contract.call("set_status", "{\"message\":\"" + message + "\"}");
        assertThat(out.panic()).isNull();
    }

    private String statusOf(String account) {
        CallOutcome out = contract.view("get_status", "{\"account_id\":\"" + account + "\"}");
        assertThat(out.panic()).isNull();
        return out.result();
    }

    @Test
    void an_account_without_a_status_gets_null() {
        assertThat(statusOf("alice.near")).isEqualTo("null");
    }

    @Test
    void set_status_stores_the_message_of_the_predecessor_and_logs_it() {
        contract.chain().signerAccountId("alice.near").predecessor("relay.near");
        CallOutcome out = contract.call("set_status", "{\"message\":\"hello\"}");
        assertThat(out.panic()).isNull();
        assertThat(out.result()).isNull();
        assertThat(out.logs()).containsExactly("relay.near set_status with message hello");
        assertThat(statusOf("relay.near")).isEqualTo("\"hello\"");
        assertThat(statusOf("alice.near")).isEqualTo("null");
    }

    @Test
    void each_account_has_its_own_status_and_a_new_one_replaces_the_old() {
        setStatusAs("alice.near", "hello");
        setStatusAs("bob.near", "héllo, wörld ✓");
        setStatusAs("alice.near", "bye");
        assertThat(statusOf("alice.near")).isEqualTo("\"bye\"");
        assertThat(statusOf("bob.near")).isEqualTo("\"héllo, wörld ✓\"");
    }

    @Test
    void get_status_logs_which_account_was_asked_for() {
        CallOutcome out = contract.view("get_status", "{\"account_id\":\"carol.near\"}");
        assertThat(out.logs()).containsExactly("get_status for account_id carol.near");
    }

    @Test
    void statuses_live_under_the_prefix_r_and_the_borsh_account_id() {
        setStatusAs("bob.near", "hi");
        byte[] key = concat(new byte[] {'r'}, borshString("bob.near"));
        assertThat(contract.chain().storageGet(key)).isEqualTo(borshString("hi"));
    }

    @Test
    void the_contract_needs_no_init_and_its_state_is_only_the_map_prefix() {
        setStatusAs("alice.near", "hi");
        assertThat(contract.chain().storageGet(JvmContract.STATE_KEY)).isEqualTo(borshString("r"));
    }

    @Test
    void set_status_does_not_accept_a_deposit() {
        contract.chain().attachedDeposit(U128.ofNear(1));
        assertThat(contract.call("set_status", "{\"message\":\"paid\"}").panic())
                .isEqualTo("Method set_status doesn't accept deposit");
        contract.chain().attachedDeposit(U128.ZERO);
        assertThat(statusOf("alice.near")).isEqualTo("null");
    }

    @Test
    void wrong_arguments_panic_with_near_sdk_rs_text() {
        assertThat(contract.call("set_status", "{\"text\":\"hi\"}").panic()).isEqualTo("Failed to deserialize input from JSON.");
        assertThat(contract.view("get_status", "{\"account_id\":\"Not An Account\"}").panic())
                .isEqualTo("Failed to deserialize input from JSON.");
    }

    @Test
    void set_status_as_a_view_call_fails_and_writes_nothing() {
        assertThat(contract.view("set_status", "{\"message\":\"sneaky\"}").panic())
                .isEqualTo("predecessor_account_id is not allowed in view calls");
        assertThat(statusOf("alice.near")).isEqualTo("null");
    }

    /** Borsh of a string: u32 little-endian byte length, then UTF-8. */
    private static byte[] borshString(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(4 + utf8.length).order(ByteOrder.LITTLE_ENDIAN).putInt(utf8.length).put(utf8).array();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
