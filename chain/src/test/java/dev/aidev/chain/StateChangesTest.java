package dev.aidev.chain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.chain.sandbox.CallResult;
import dev.aidev.chain.sandbox.Sandbox;
import dev.aidev.chain.state.Account;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateChangesTest {
    @Test
    void each_block_records_its_state_changes_with_their_cause() throws Exception {
        try (Sandbox sandbox = Sandbox.start()) {
            Sandbox.Account alice = sandbox.createAccount("alice.test.near", Sandbox.near(10));
            Sandbox.Account book = sandbox.createAccount("book.test.near", Sandbox.near(10));
            book.deploy(ChainSmokeTest.statusMessage()).requireSuccess("deploy");
            CallResult call = alice.call(book, "set_status", "{\"text\":\"hi\"}").send();
            call.requireSuccess("call");
            Chain.OutcomeInBlock receipt = call.outcome().receiptsOutcome().get(0);
            List<StateChange> changes = sandbox.chain().changes(receipt.blockHeight());
            StateChange data = changes.stream()
                    .filter(c -> c.kind().equals("data") && c.accountId().equals("book.test.near"))
                    .findFirst().orElseThrow();
            assertThat(new String(data.key(), StandardCharsets.UTF_8)).isEqualTo("status");
            assertThat(new String(data.value(), StandardCharsets.UTF_8)).isEqualTo("{\"text\":\"hi\"}");
            assertThat(data.causeIsTransaction()).isFalse();
            assertThat(data.cause()).isEqualTo(receipt.outcome().id());

            // The signer was charged by the transaction itself, in the transaction's block.
            Chain.OutcomeInBlock tx = call.outcome().transactionOutcome();
            StateChange charged = sandbox.chain().changes(tx.blockHeight()).stream()
                    .filter(c -> c.kind().equals("account") && c.accountId().equals("alice.test.near")
                            && c.causeIsTransaction())
                    .findFirst().orElseThrow();
            assertThat(charged.cause()).isEqualTo(tx.outcome().id());
            assertThat(Account.decode(charged.value()).amount()).isLessThan(Sandbox.near(10));
        }
    }
}
