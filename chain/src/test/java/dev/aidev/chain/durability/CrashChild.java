package dev.aidev.chain.durability;

import dev.aidev.chain.Chain;
import dev.aidev.chain.ChainConfig;
import dev.aidev.chain.FinalOutcome;
import dev.aidev.chain.primitives.AccessKey;
import dev.aidev.chain.primitives.Action;
import dev.aidev.chain.primitives.CryptoHash;
import dev.aidev.chain.primitives.KeyPair;
import dev.aidev.chain.primitives.SignedTransaction;
import dev.aidev.chain.primitives.Transaction;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * The process {@link CrashTest} kills: opens a persistent chain in {@code args[0]}, creates
 * {@code args[1]} funded accounts, prints {@code ready}, then sends transfers between them from one
 * thread per account, printing {@code tx <hash> ok} only after {@link Chain#execute} returned a
 * final, successful outcome. It runs until it is killed.
 */
public final class CrashChild {
    private CrashChild() {}

    static String account(int i) {
        return "t" + i + ".test.near";
    }

    static KeyPair key(int i) {
        return KeyPair.fromSeed(CryptoHash.of(account(i).getBytes(StandardCharsets.UTF_8)).bytes());
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        Path home = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        Chain chain = Chain.open(ChainConfig.persistent(home));
        for (int i = 0; i < threads; i++) {
            if (chain.account(account(i)).isPresent()) {
                continue;
            }
            SignedTransaction create = sign(chain, "test.near", chain.rootKey(), account(i), List.of(
                    new Action.CreateAccount(), new Action.Transfer(ChainConfig.ONE_NEAR.multiply(BigInteger.valueOf(100))),
                    new Action.AddKey(key(i).publicKey(), AccessKey.fullAccess())));
            chain.execute(create);
        }
        synchronized (out) {
            out.println("ready");
            out.flush();
        }
        for (int t = 0; t < threads; t++) {
            int me = t;
            Thread worker = new Thread(() -> {
                Random rnd = new Random(me);
                long nonce = chain.accessKey(account(me), key(me).publicKey()).orElseThrow().nonce();
                while (true) {
                    int to = rnd.nextInt(threads);
                    BigInteger amount = BigInteger.valueOf(1 + rnd.nextInt(1_000_000)).multiply(BigInteger.TEN.pow(12));
                    nonce++;
                    SignedTransaction stx = new Transaction.V0(account(me), key(me).publicKey(), nonce, account(to),
                            chain.head().hash(), List.of(new Action.Transfer(amount))).sign(key(me));
                    FinalOutcome o = chain.execute(stx);
                    if (o.isFinal() && o.status() != null
                            && !(o.status() instanceof dev.aidev.chain.runtime.ExecutionOutcome.Failure)) {
                        synchronized (out) {
                            out.println("tx " + stx.hash() + " ok");
                            out.flush();
                        }
                    }
                }
            }, "sender-" + t);
            worker.start();
        }
    }

    private static SignedTransaction sign(Chain chain, String signer, KeyPair key, String receiver, List<Action> actions) {
        long nonce = chain.accessKey(signer, key.publicKey()).orElseThrow().nonce() + 1;
        return new Transaction.V0(signer, key.publicKey(), nonce, receiver, chain.head().hash(), actions).sign(key);
    }
}
