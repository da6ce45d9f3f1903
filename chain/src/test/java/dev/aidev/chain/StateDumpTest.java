package dev.aidev.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aidev.chain.rpc.StateRecordsJson;
import dev.aidev.chain.sandbox.Sandbox;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateDumpTest {
    @Test
    void a_state_dump_loads_into_a_fresh_chain_as_the_same_state() throws Exception {
        String json;
        byte[] rootKeyAccount;
        try (Sandbox sandbox = Sandbox.start()) {
            Sandbox.Account book = sandbox.createAccount("book.test.near", Sandbox.near(10));
            book.deploy(ChainSmokeTest.statusMessage()).requireSuccess("deploy");
            sandbox.root().call(book, "set_status", "{\"text\":\"fixture\"}").send().requireSuccess("call");
            json = new ObjectMapper().writeValueAsString(StateRecordsJson.toJson(sandbox.chain().dumpState()));
            rootKeyAccount = sandbox.chain().account("book.test.near").orElseThrow().encode();
        }
        List<StateRecord> records = StateRecordsJson.fromJson(new ObjectMapper().readTree(json));
        assertThat(records).hasSizeGreaterThan(4);
        try (Sandbox fresh = Sandbox.start()) {
            fresh.patchState(records.stream().filter(r -> r.accountId().equals("book.test.near")).toList());
            assertThat(fresh.chain().account("book.test.near").orElseThrow().encode()).isEqualTo(rootKeyAccount);
            assertThat(fresh.view("book.test.near", "get_status", "{}").json().get("text").asText()).isEqualTo("fixture");
        }
    }

    @Test
    void bad_records_name_the_record_and_the_problem() {
        assertThatThrownBy(() -> StateRecordsJson.fromJson(new ObjectMapper().readTree(
                "{\"records\": [{\"Account\": {\"account_id\": \"a.near\", \"account\": {\"amount\": \"x\"}}}]}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("$.records[0]: ");
        assertThatThrownBy(() -> StateRecordsJson.fromJson(new ObjectMapper().readTree("{\"nope\": 1}")))
                .hasMessageContaining("$.records");
    }
}
