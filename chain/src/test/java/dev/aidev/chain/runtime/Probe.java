package dev.aidev.chain.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aidev.chain.Chain;
import dev.aidev.chain.FinalOutcome;
import dev.aidev.chain.primitives.Action;
import dev.aidev.chain.primitives.CryptoHash;
import dev.aidev.chain.primitives.KeyPair;
import dev.aidev.chain.primitives.SignedTransaction;
import dev.aidev.chain.primitives.Transaction;
import dev.aidev.chain.sandbox.CallResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Shared helpers for the runtime tests: the probe contract, raw transactions, outcome sums. */
final class Probe {
    static final ObjectMapper JSON = new ObjectMapper();
    static final long TGAS = 1_000_000_000_000L;

    private Probe() {}

    /** contracts/runtime_probe.wasm, built from runtime_probe.wat with wat2wasm. */
    static byte[] wasm() {
        return resource("/contracts/runtime_probe.wasm");
    }

    static byte[] resource(String path) {
        try (InputStream in = Probe.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + path + ".");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** JSON text normalised (compact), for exact comparisons including field order. */
    static String json(String s) {
        try {
            return JSON.readTree(s).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SignedTransaction tx(String signer, KeyPair key, long nonce, String receiver, CryptoHash blockHash,
            List<Action> actions) {
        return new Transaction.V0(signer, key.publicKey(), nonce, receiver, blockHash, actions).sign(key);
    }

    /** The next nonce of a key, signed against the head. */
    static SignedTransaction tx(Chain chain, String signer, KeyPair key, String receiver, List<Action> actions) {
        long nonce = chain.accessKey(signer, key.publicKey()).orElseThrow().nonce() + 1;
        return tx(signer, key, nonce, receiver, chain.head().hash(), actions);
    }

    /** The InvalidTxError the chain answers with (asserts it rejects, and that nothing was included). */
    static String rejection(Chain chain, SignedTransaction stx) {
        long height = chain.head().height();
        InvalidTxException e = catchThrowableOfType(() -> chain.submit(stx), InvalidTxException.class);
        assertThat(e).as("transaction should be rejected").isNotNull();
        assertThat(chain.transaction(stx.hash())).isEmpty();
        assertThat(chain.head().height()).isEqualTo(height);
        return e.error().toString();
    }

    static Action.FunctionCall call(String method, String args, long gas, BigInteger deposit) {
        return new Action.FunctionCall(method, utf8(args), gas, deposit);
    }

    /** Tokens burnt by the transaction and every receipt it led to. */
    static BigInteger tokensBurnt(FinalOutcome o) {
        BigInteger total = o.transactionOutcome().outcome().tokensBurnt();
        for (Chain.OutcomeInBlock r : o.receiptsOutcome()) {
            total = total.add(r.outcome().tokensBurnt());
        }
        return total;
    }

    /**
     * What {@code account} earned from the gas its code burnt in this transaction: nearcore pays the
     * receiver floor(gas burnt by the VM * 3/10) at the gas price (burnt_gas_reward).
     */
    static BigInteger reward(FinalOutcome o, String account) {
        BigInteger total = BigInteger.ZERO;
        for (Chain.OutcomeInBlock r : o.receiptsOutcome()) {
            if (r.outcome().executorId().equals(account)) {
                total = total.add(receiptReward(r));
            }
        }
        return total;
    }

    /** What the signer paid for gas: tokens burnt plus the rewards contracts earned from it. */
    static BigInteger gasCost(FinalOutcome o) {
        BigInteger total = tokensBurnt(o);
        for (Chain.OutcomeInBlock r : o.receiptsOutcome()) {
            total = total.add(receiptReward(r));
        }
        return total;
    }

    private static BigInteger receiptReward(Chain.OutcomeInBlock r) {
        long vmGas = r.outcome().profile().values().stream().mapToLong(Long::longValue).sum();
        return BigInteger.valueOf(vmGas * 3 / 10).multiply(BigInteger.valueOf(100_000_000L));
    }

    static BigInteger gasCost(CallResult r) {
        return r.outcome() == null ? BigInteger.ZERO : gasCost(r.outcome());
    }

    static BigInteger reward(CallResult r, String account) {
        return r.outcome() == null ? BigInteger.ZERO : reward(r.outcome(), account);
    }

    static BigInteger tokensBurnt(CallResult r) {
        return r.outcome() == null ? BigInteger.ZERO : tokensBurnt(r.outcome());
    }

    static String string(byte[] b) {
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }
}
