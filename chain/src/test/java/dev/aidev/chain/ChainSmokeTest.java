package dev.aidev.chain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.chain.sandbox.CallResult;
import dev.aidev.chain.sandbox.Sandbox;
import dev.aidev.chain.sandbox.ViewResult;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ChainSmokeTest {
    static byte[] statusMessage() throws IOException {
        return Files.readAllBytes(Path.of("..", "examples", "status_message.wasm"));
    }

    @Test
    void accounts_deploy_call_view_and_transfer() throws IOException {
        try (Sandbox sandbox = Sandbox.start()) {
            BigInteger supply = sandbox.chain().totalSupply();
            Sandbox.Account alice = sandbox.createAccount("alice.test.near", Sandbox.near(10));
            Sandbox.Account book = sandbox.createAccount("book.test.near", Sandbox.near(10));
            assertThat(alice.balance()).isEqualTo(Sandbox.near(10));
            CallResult deployed = book.deploy(statusMessage());
            assertThat(deployed.succeeded()).as(deployed.toString()).isTrue();
            CallResult call = alice.call(book, "set_status", "{\"text\":\"hi\"}").deposit(Sandbox.near("0.1")).send();
            assertThat(call.succeeded()).as(call.toString()).isTrue();
            assertThat(call.logs()).containsExactly("{\"text\":\"hi\"}");
            ViewResult v = sandbox.view(book.id(), "get_status", "{}");
            assertThat(v.json().get("text").asText()).isEqualTo("hi");
            CallResult transfer = alice.transfer(book.id(), Sandbox.near(1));
            assertThat(transfer.succeeded()).isTrue();
            assertThat(book.balance()).isGreaterThan(Sandbox.near(11));
            CallResult missing = alice.call(book, "nope", "{}").send();
            assertThat(missing.succeeded()).isFalse();
            assertThat(missing.errorText()).contains("MethodNotFound");
            // Supply is conserved apart from burnt gas.
            BigInteger burnt = supply.subtract(sandbox.chain().totalSupply());
            assertThat(burnt).isPositive();
            assertThat(sandbox.chain().head().totalSupply()).isEqualTo(sandbox.chain().totalSupply());
        }
    }
}
