package dev.aidev.chain.durability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.chain.Block;
import dev.aidev.chain.Chain;
import dev.aidev.chain.ChainConfig;
import dev.aidev.chain.FinalOutcome;
import dev.aidev.chain.primitives.Action;
import dev.aidev.chain.primitives.CryptoHash;
import dev.aidev.chain.primitives.KeyPair;
import dev.aidev.chain.primitives.Transaction;
import dev.aidev.chain.runtime.ExecutionOutcome;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3 §2 and §6: after {@code kill -9} at any moment, a restart shows every transaction whose
 * final outcome had been returned, and no partial block. A separate JVM ({@link CrashChild}) loads a
 * persistent chain from several threads and prints each acknowledged transaction; this test kills it
 * with SIGKILL at a random moment, reopens the chain from the same home and checks it.
 */
class CrashTest {
    private static final int THREADS = 4;
    private static final int ROUNDS = 3;

    @Test
    void every_acknowledged_transaction_survives_kill_9_and_the_supply_adds_up(@TempDir Path tmp) throws Exception {
        Random rnd = new Random(7);
        for (int round = 0; round < ROUNDS; round++) {
            Path home = tmp.resolve("chain" + round);
            List<String> acked = runAndKill(home, 300 + rnd.nextInt(1200));
            assertThat(acked).as("round " + round + ": the child acknowledged transactions before the kill")
                    .isNotEmpty();
            try (Chain chain = Chain.open(ChainConfig.persistent(home))) {
                for (String line : acked) {
                    CryptoHash hash = CryptoHash.parse(line.substring(3, line.length() - 3));
                    FinalOutcome o = chain.finalOutcome(hash).orElse(null);
                    assertThat(o).as("round %d: acknowledged %s is present", round, hash).isNotNull();
                    assertThat(o.isFinal()).as("round %d: %s is final", round, hash).isTrue();
                    assertThat(o.status()).isNotNull().isNotInstanceOf(ExecutionOutcome.Failure.class);
                }
                // A transaction whose receipt was still in flight at the kill has its tokens in that
                // receipt: the balances can only fall short of the supply until it runs.
                checkBlocksAndSupply(chain, "round " + round, false);
                // the reopened chain keeps working, pending receipts included
                KeyPair k = CrashChild.key(0);
                long nonce = chain.accessKey(CrashChild.account(0), k.publicKey()).orElseThrow().nonce() + 1;
                FinalOutcome after = chain.execute(new Transaction.V0(CrashChild.account(0), k.publicKey(), nonce,
                        CrashChild.account(1), chain.head().hash(), List.of(new Action.Transfer(BigInteger.TEN)))
                        .sign(k));
                assertThat(after.isFinal()).isTrue();
                assertThat(after.status()).isNotInstanceOf(ExecutionOutcome.Failure.class);
                // the new transfer's blocks ran every receipt left in flight: now it adds up exactly
                checkBlocksAndSupply(chain, "round " + round + " after one more transfer", true);
            }
        }
    }

    /** Starts the child, waits for "ready", lets it run {@code runMs}, kills it, returns its "tx ... ok" lines. */
    private static List<String> runAndKill(Path home, long runMs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), home.toString(), String.valueOf(THREADS));
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        List<String> acked = new CopyOnWriteArrayList<>();
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.equals("ready")) {
                        ready.countDown();
                    } else if (line.startsWith("tx ") && line.endsWith(" ok")) {
                        acked.add(line); // a line cut by the kill lacks " ok" and does not count
                    }
                }
            } catch (IOException e) {
                // the pipe closes when the process dies
            }
        });
        reader.start();
        try {
            assertThat(ready.await(60, TimeUnit.SECONDS)).as("child ready").isTrue();
            Thread.sleep(runMs);
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
        }
        return new ArrayList<>(acked);
    }

    /**
     * The head is reachable from genesis through prevHash links, each block is stored under its
     * height and hash with all its transactions and outcomes, and the supply is the genesis supply
     * minus every token burnt; the balances add up to it once no receipt is in flight.
     */
    private static void checkBlocksAndSupply(Chain chain, String context, boolean nothingInFlight) {
        Block head = chain.head();
        Block b = head;
        BigInteger burnt = BigInteger.ZERO;
        while (true) {
            assertThat(chain.block(b.height()).map(Block::hash)).as(context).contains(b.hash());
            assertThat(chain.heightOf(b.hash())).as(context).isEqualTo(b.height());
            for (CryptoHash tx : b.transactions()) {
                assertThat(chain.transaction(tx)).as(context + ": tx of block " + b.height()).isPresent();
                assertThat(chain.outcome(tx)).as(context + ": tx outcome in block " + b.height()).isPresent();
            }
            for (CryptoHash r : b.receipts()) {
                assertThat(chain.outcome(r)).as(context + ": receipt outcome in block " + b.height()).isPresent();
            }
            burnt = burnt.add(BigInteger.valueOf(b.gasBurnt()).multiply(b.gasPrice()));
            if (b.height() == 0) {
                break;
            }
            Block prev = chain.block(b.prevHash()).orElse(null);
            assertThat(prev).as(context + ": parent of block " + b.height()).isNotNull();
            assertThat(prev.height()).isLessThan(b.height());
            b = prev;
        }
        assertThat(head.totalSupply()).as(context).isEqualTo(b.totalSupply().subtract(burnt));
        if (nothingInFlight) {
            assertThat(chain.totalSupply()).as(context).isEqualTo(head.totalSupply());
        } else {
            assertThat(chain.totalSupply()).as(context).isLessThanOrEqualTo(head.totalSupply());
        }
    }
}
