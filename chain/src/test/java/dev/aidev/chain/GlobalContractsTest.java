package dev.aidev.chain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.chain.primitives.Action;
import dev.aidev.chain.primitives.CryptoHash;
import dev.aidev.chain.sandbox.CallResult;
import dev.aidev.chain.sandbox.Sandbox;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlobalContractsTest {
    @Test
    void a_global_contract_deployed_once_runs_on_accounts_that_use_it() throws Exception {
        byte[] wasm = ChainSmokeTest.statusMessage();
        try (Sandbox sandbox = Sandbox.start()) {
            Sandbox.Account publisher = sandbox.createAccount("publisher.test.near", Sandbox.near(100));
            Sandbox.Account user = sandbox.createAccount("user.test.near", Sandbox.near(10));
            Sandbox.Account other = sandbox.createAccount("other.test.near", Sandbox.near(10));
            BigInteger before = publisher.balance();
            publisher.sign(publisher.id(), List.of(new Action.DeployGlobalContract(wasm,
                    Action.GlobalContractDeployMode.CODE_HASH))).requireSuccess("deploy global by hash");
            // storage is paid by burning 0.0001 NEAR per byte
            BigInteger storage = Sandbox.near("0.0001").multiply(BigInteger.valueOf(wasm.length));
            assertThat(before.subtract(publisher.balance())).isGreaterThan(storage);

            long usageBefore = sandbox.chain().account(user.id()).orElseThrow().storageUsage();
            user.sign(user.id(), List.of(new Action.UseGlobalContract(
                    new Action.ByCodeHash(CryptoHash.of(wasm))))).requireSuccess("use by hash");
            assertThat(sandbox.chain().account(user.id()).orElseThrow().storageUsage()).isEqualTo(usageBefore + 32);
            assertThat(sandbox.chain().account(user.id()).orElseThrow().codeHash()).isEqualTo(CryptoHash.of(wasm).bytes());
            CallResult call = other.call(user, "set_status", "{\"g\":1}").send();
            assertThat(call.succeeded()).as(call.toString()).isTrue();
            assertThat(sandbox.view(user.id(), "get_status", "{}").json().get("g").asInt()).isEqualTo(1);

            publisher.sign(publisher.id(), List.of(new Action.DeployGlobalContract(wasm,
                    Action.GlobalContractDeployMode.ACCOUNT_ID))).requireSuccess("deploy global by account");
            other.sign(other.id(), List.of(new Action.UseGlobalContract(new Action.ByAccountId(publisher.id()))))
                    .requireSuccess("use by account");
            assertThat(user.call(other, "set_status", "{\"g\":2}").send().succeeded()).isTrue();

            CallResult missing = user.sign(user.id(), List.of(new Action.UseGlobalContract(
                    new Action.ByCodeHash(CryptoHash.of(new byte[] {1})))));
            assertThat(missing.succeeded()).isFalse();
            assertThat(missing.errorText()).contains("GlobalContractDoesNotExist");
        }
    }
}
