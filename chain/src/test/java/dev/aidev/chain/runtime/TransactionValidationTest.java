package dev.aidev.chain.runtime;

import static dev.aidev.chain.runtime.Probe.call;
import static dev.aidev.chain.runtime.Probe.json;
import static dev.aidev.chain.runtime.Probe.rejection;
import static dev.aidev.chain.runtime.Probe.tx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.chain.Chain;
import dev.aidev.chain.ChainConfig;
import dev.aidev.chain.FinalOutcome;
import dev.aidev.chain.primitives.AccessKey;
import dev.aidev.chain.primitives.Action;
import dev.aidev.chain.primitives.CryptoHash;
import dev.aidev.chain.primitives.KeyPair;
import dev.aidev.chain.primitives.SignedTransaction;
import dev.aidev.chain.sandbox.CallResult;
import dev.aidev.chain.sandbox.Sandbox;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Transaction validation as nearcore's verifier does it (runtime/runtime/src/verifier.rs), with the
 * errors in RPC's JSON form (core/primitives/src/errors.rs InvalidTxError), and what the signer is
 * charged (runtime/runtime/src/config.rs tx_cost: gas * gas price + deposits).
 */
class TransactionValidationTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Gas price of the local chain (ChainConfig.inMemory()). */
    private static final BigInteger PRICE = BigInteger.valueOf(100_000_000L);

    // Fees from nearcore core/parameters/res/runtime_configs/parameters.snap (send_not_sir / execution).
    private static final long RECEIPT = 108_059_500_000L;
    private static final long TRANSFER = 115_123_062_500L;
    private static final long CALL_BASE_SEND = 200_000_000_000L;
    private static final long CALL_BASE_EXEC = 780_000_000_000L;
    private static final long CALL_BYTE_SEND_NOT_SIR = 47_683_715L;
    private static final long CALL_BYTE_EXEC = 2_235_934L;

    private Sandbox sandbox;
    private Chain chain;
    private Sandbox.Account alice;
    private Sandbox.Account bob;

    @BeforeEach
    void start() {
        sandbox = Sandbox.start();
        chain = sandbox.chain();
        alice = sandbox.createAccount("alice.test.near", Sandbox.near(1));
        bob = sandbox.createAccount("bob.test.near", Sandbox.near(10));
        bob.deploy(Probe.wasm()).requireSuccess("deploy the probe");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private SignedTransaction transfer(long nonce, BigInteger amount) {
        return tx(alice.id(), alice.key(), nonce, bob.id(), chain.head().hash(), List.of(new Action.Transfer(amount)));
    }

    private long nonceOf(Sandbox.Account a) {
        return chain.accessKey(a.id(), a.key().publicKey()).orElseThrow().nonce();
    }

    @Test
    void a_reused_nonce_is_InvalidNonce_with_both_nonces() {
        long n = nonceOf(alice) + 1;
        assertThat(chain.execute(transfer(n, BigInteger.ONE)).status()).isNotNull();
        assertThat(nonceOf(alice)).isEqualTo(n);
        assertThat(rejection(chain, transfer(n, BigInteger.TWO)))
                .isEqualTo(json("{\"InvalidNonce\":{\"tx_nonce\":" + n + ",\"ak_nonce\":" + n + "}}"));
        assertThat(rejection(chain, transfer(n - 1, BigInteger.TWO)))
                .isEqualTo(json("{\"InvalidNonce\":{\"tx_nonce\":" + (n - 1) + ",\"ak_nonce\":" + n + "}}"));
    }

    @Test
    void a_nonce_at_the_height_bound_is_NonceTooLarge() {
        long upper = (chain.head().height() + 1) * 1_000_000L;
        assertThat(rejection(chain, transfer(upper, BigInteger.ONE)))
                .isEqualTo(json("{\"NonceTooLarge\":{\"tx_nonce\":" + upper + ",\"upper_bound\":" + upper + "}}"));
        // one below the bound is fine
        assertThat(chain.execute(transfer(upper - 1, BigInteger.ONE)).isFinal()).isTrue();
    }

    @Test
    void a_signature_by_another_key_is_InvalidSignature() {
        dev.aidev.chain.primitives.Transaction t = new dev.aidev.chain.primitives.Transaction.V0(alice.id(),
                alice.key().publicKey(), nonceOf(alice) + 1, bob.id(), chain.head().hash(),
                List.of(new Action.Transfer(BigInteger.ONE)));
        SignedTransaction forged = t.sign(bob.key());
        assertThat(rejection(chain, forged)).isEqualTo(json("\"InvalidSignature\""));
    }

    @Test
    void an_unknown_signer_is_SignerDoesNotExist() {
        KeyPair k = KeyPair.generate(RANDOM);
        assertThat(rejection(chain, tx("ghost.test.near", k, 1, bob.id(), chain.head().hash(),
                List.of(new Action.Transfer(BigInteger.ONE)))))
                .isEqualTo(json("{\"SignerDoesNotExist\":{\"signer_id\":\"ghost.test.near\"}}"));
    }

    @Test
    void an_unknown_key_is_AccessKeyNotFound() {
        KeyPair k = KeyPair.generate(RANDOM);
        assertThat(rejection(chain, tx(alice.id(), k, 1, bob.id(), chain.head().hash(),
                List.of(new Action.Transfer(BigInteger.ONE)))))
                .isEqualTo(json("{\"InvalidAccessKeyError\":{\"AccessKeyNotFound\":{\"account_id\":\"alice.test.near\","
                        + "\"public_key\":\"" + k.publicKey() + "\"}}}"));
    }

    @Test
    void spending_more_than_the_balance_is_NotEnoughBalance_with_exact_cost() {
        BigInteger amount = Sandbox.near(2);
        // a transfer to another account: receipt + transfer, sent and executed
        BigInteger gas = BigInteger.valueOf(2 * (RECEIPT + TRANSFER));
        BigInteger cost = gas.multiply(PRICE).add(amount);
        assertThat(rejection(chain, transfer(nonceOf(alice) + 1, amount))).isEqualTo(json(
                "{\"NotEnoughBalance\":{\"signer_id\":\"alice.test.near\",\"balance\":\"1000000000000000000000000\","
                        + "\"cost\":\"" + cost + "\"}}"));
        assertThat(cost).isEqualTo(new BigInteger("2000044636512500000000000"));
    }

    @Test
    void an_unknown_block_hash_is_InvalidChain_and_an_old_one_Expired() {
        CryptoHash random = CryptoHash.of(new byte[] {1, 2, 3});
        assertThat(rejection(chain, tx(alice.id(), alice.key(), nonceOf(alice) + 1, bob.id(), random,
                List.of(new Action.Transfer(BigInteger.ONE))))).isEqualTo(json("\"InvalidChain\""));
        CryptoHash genesis = chain.block(0).orElseThrow().hash();
        chain.fastForward(chain.config().transactionValidityPeriod() + 1);
        assertThat(rejection(chain, tx(alice.id(), alice.key(), nonceOf(alice) + 1, bob.id(), genesis,
                List.of(new Action.Transfer(BigInteger.ONE))))).isEqualTo(json("\"Expired\""));
    }

    private KeyPair addFunctionCallKey(Optional<BigInteger> allowance, List<String> methods) {
        KeyPair k = KeyPair.generate(RANDOM);
        alice.sign(alice.id(), List.of(new Action.AddKey(k.publicKey(), new AccessKey(0,
                new AccessKey.FunctionCallPermission(allowance, bob.id(), methods))))).requireSuccess("add key");
        return k;
    }

    @Test
    void function_call_keys_are_limited_to_their_receiver_methods_and_no_deposit() {
        KeyPair k = addFunctionCallKey(Optional.of(Sandbox.near(1)), List.of("store"));
        Sandbox.Account carol = sandbox.createAccount("carol.test.near", Sandbox.near(1));
        assertThat(rejection(chain, tx(chain, alice.id(), k, carol.id(),
                List.of(call("store", "x", 10 * Probe.TGAS, BigInteger.ZERO)))))
                .isEqualTo(json("{\"InvalidAccessKeyError\":{\"ReceiverMismatch\":{\"tx_receiver\":\"carol.test.near\","
                        + "\"ak_receiver\":\"bob.test.near\"}}}"));
        assertThat(rejection(chain, tx(chain, alice.id(), k, bob.id(),
                List.of(call("echo", "x", 10 * Probe.TGAS, BigInteger.ZERO)))))
                .isEqualTo(json("{\"InvalidAccessKeyError\":{\"MethodNameMismatch\":{\"method_name\":\"echo\"}}}"));
        assertThat(rejection(chain, tx(chain, alice.id(), k, bob.id(), List.of(new Action.Transfer(BigInteger.ONE)))))
                .isEqualTo(json("{\"InvalidAccessKeyError\":\"RequiresFullAccess\"}"));
        assertThat(rejection(chain, tx(chain, alice.id(), k, bob.id(),
                List.of(call("store", "x", 10 * Probe.TGAS, BigInteger.ZERO), call("store", "y", 10 * Probe.TGAS,
                        BigInteger.ZERO))))).isEqualTo(json("{\"InvalidAccessKeyError\":\"RequiresFullAccess\"}"));
        assertThat(rejection(chain, tx(chain, alice.id(), k, bob.id(),
                List.of(call("store", "x", 10 * Probe.TGAS, BigInteger.ONE)))))
                .isEqualTo(json("{\"InvalidAccessKeyError\":\"DepositWithFunctionCall\"}"));
    }

    @Test
    void a_function_call_key_allowance_is_debited_by_the_full_prepaid_cost() {
        KeyPair k = addFunctionCallKey(Optional.of(Sandbox.near(1)), List.of());
        long gas = 10 * Probe.TGAS;
        FinalOutcome out = chain.execute(tx(chain, alice.id(), k, bob.id(), List.of(call("store", "hi", gas,
                BigInteger.ZERO))));
        assertThat(out.status()).isInstanceOf(ExecutionOutcome.SuccessValue.class);
        long bytes = "store".length() + "hi".length();
        long send = RECEIPT + CALL_BASE_SEND + CALL_BYTE_SEND_NOT_SIR * bytes;
        long exec = RECEIPT + CALL_BASE_EXEC + CALL_BYTE_EXEC * bytes;
        BigInteger cost = BigInteger.valueOf(send + exec + gas).multiply(PRICE);
        AccessKey after = chain.accessKey(alice.id(), k.publicKey()).orElseThrow();
        assertThat(((AccessKey.FunctionCallPermission) after.permission()).allowance())
                .contains(Sandbox.near(1).subtract(cost));
    }

    @Test
    void a_cost_above_the_allowance_is_NotEnoughAllowance() {
        KeyPair k = addFunctionCallKey(Optional.of(BigInteger.valueOf(1000)), List.of());
        long gas = 10 * Probe.TGAS;
        long bytes = "store".length() + "hi".length();
        long send = RECEIPT + CALL_BASE_SEND + CALL_BYTE_SEND_NOT_SIR * bytes;
        long exec = RECEIPT + CALL_BASE_EXEC + CALL_BYTE_EXEC * bytes;
        BigInteger cost = BigInteger.valueOf(send + exec + gas).multiply(PRICE);
        assertThat(rejection(chain, tx(chain, alice.id(), k, bob.id(), List.of(call("store", "hi", gas,
                BigInteger.ZERO))))).isEqualTo(json("{\"InvalidAccessKeyError\":{\"NotEnoughAllowance\":{"
                        + "\"account_id\":\"alice.test.near\",\"public_key\":\"" + k.publicKey() + "\","
                        + "\"allowance\":\"1000\",\"cost\":\"" + cost + "\"}}}"));
    }

    @Test
    void a_new_key_starts_at_nonce_height_minus_one_times_a_million() {
        KeyPair k = KeyPair.generate(RANDOM);
        CallResult r = alice.sign(alice.id(), List.of(new Action.AddKey(k.publicKey(), AccessKey.fullAccess())));
        r.requireSuccess("add key");
        long height = r.outcome().receiptsOutcome().get(0).blockHeight();
        assertThat(chain.accessKey(alice.id(), k.publicKey()).orElseThrow().nonce())
                .isEqualTo((height - 1) * 1_000_000L);
        // and the key works
        assertThat(sandbox.account(alice.id(), k).transfer(bob.id(), BigInteger.ONE).succeeded()).isTrue();
    }

    /**
     * With blocks produced by hand, the charge at inclusion is visible before the receipt runs: gas
     * (send + exec fees + prepaid gas) times the gas price plus the deposit. After the receipt runs,
     * the unused gas comes back: the signer's net cost is the deposit plus every token burnt.
     */
    @Test
    void the_signer_is_charged_gas_times_price_plus_deposit_and_refunded_unused_gas() {
        try (Chain manual = Chain.open(ChainConfig.inMemory().withBlockTimeMs(3_600_000))) {
            KeyPair aliceKey = KeyPair.generate(RANDOM);
            runToEnd(manual, tx(manual, "test.near", manual.rootKey(), "alice.test.near", List.of(
                    new Action.CreateAccount(), new Action.Transfer(Sandbox.near(10)),
                    new Action.AddKey(aliceKey.publicKey(), AccessKey.fullAccess()))));
            runToEnd(manual, tx(manual, "test.near", manual.rootKey(), "bob.test.near", List.of(
                    new Action.CreateAccount(), new Action.Transfer(Sandbox.near(10)),
                    new Action.DeployContract(Probe.wasm()))));
            BigInteger before = manual.account("alice.test.near").orElseThrow().amount();
            BigInteger bobBefore = manual.account("bob.test.near").orElseThrow().amount();
            long gas = 10 * Probe.TGAS;
            BigInteger deposit = Sandbox.near(2);
            SignedTransaction stx = tx(manual, "alice.test.near", aliceKey, "bob.test.near",
                    List.of(call("store", "hi", gas, deposit)));
            manual.submit(stx);
            manual.produceBlock();
            long bytes = "store".length() + "hi".length();
            long send = RECEIPT + CALL_BASE_SEND + CALL_BYTE_SEND_NOT_SIR * bytes;
            long exec = RECEIPT + CALL_BASE_EXEC + CALL_BYTE_EXEC * bytes;
            BigInteger charged = BigInteger.valueOf(send + exec + gas).multiply(PRICE).add(deposit);
            assertThat(manual.account("alice.test.near").orElseThrow().amount()).isEqualTo(before.subtract(charged));
            assertThat(manual.outcome(stx.hash()).orElseThrow().outcome().gasBurnt()).isEqualTo(send);

            FinalOutcome out = finish(manual, stx);
            assertThat(out.status()).isInstanceOf(ExecutionOutcome.SuccessValue.class);
            BigInteger burnt = Probe.tokensBurnt(out);
            assertThat(burnt).isLessThan(BigInteger.valueOf(send + exec + gas).multiply(PRICE));
            assertThat(manual.account("alice.test.near").orElseThrow().amount())
                    .isEqualTo(before.subtract(deposit).subtract(Probe.gasCost(out)));
            assertThat(manual.account("bob.test.near").orElseThrow().amount())
                    .isEqualTo(bobBefore.add(deposit).add(Probe.reward(out, "bob.test.near")));
            // the refund is a receipt from "system" to the signer
            assertThat(out.receiptsOutcome()).anySatisfy(o -> {
                assertThat(o.outcome().executorId()).isEqualTo("alice.test.near");
                assertThat(o.outcome().gasBurnt()).isZero();
            });
            assertThat(manual.totalSupply()).isEqualTo(manual.head().totalSupply());
        }
    }

    static FinalOutcome runToEnd(Chain chain, SignedTransaction stx) {
        chain.submit(stx);
        return finish(chain, stx);
    }

    static FinalOutcome finish(Chain chain, SignedTransaction stx) {
        for (int i = 0; i < 20; i++) {
            chain.produceBlock();
            Optional<FinalOutcome> o = chain.finalOutcome(stx.hash());
            if (o.isPresent() && o.get().isFinal()) {
                return o.get();
            }
        }
        throw new AssertionError("transaction " + stx.hash() + " did not finish in 20 blocks");
    }
}
