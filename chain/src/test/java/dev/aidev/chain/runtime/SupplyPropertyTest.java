package dev.aidev.chain.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.chain.Chain;
import dev.aidev.chain.StateRecord;
import dev.aidev.chain.primitives.AccessKey;
import dev.aidev.chain.primitives.Action;
import dev.aidev.chain.primitives.KeyPair;
import dev.aidev.chain.sandbox.CallResult;
import dev.aidev.chain.sandbox.Sandbox;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property: random (seeded) sequences of transfers, account creations and deletions, key changes
 * and contract calls conserve the supply. After every step the sum of all balances equals the sum
 * before it minus the tokens the step burnt (the drop of the head block's total supply), which is
 * the gas its outcomes burnt, plus, as nearcore does ("If the refund fails tokens are burned",
 * runtime/runtime/src/lib.rs other_burnt_amount), the deposit of a refund that could not be
 * delivered (a deleted account naming itself as beneficiary). No balance is negative, and the whole
 * state reads back.
 */
class SupplyPropertyTest {
    private static final int STEPS = 120;

    /** An account the test can sign for, with every full-access key it holds. */
    private static final class Signer {
        final String id;
        final List<KeyPair> keys = new ArrayList<>();

        Signer(String id, KeyPair key) {
            this.id = id;
            keys.add(key);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 42, 2024})
    void random_operations_conserve_the_supply(long seed) {
        Random rnd = new Random(seed);
        try (Sandbox sandbox = Sandbox.start()) {
            Chain chain = sandbox.chain();
            List<Signer> signers = new ArrayList<>();
            signers.add(new Signer(sandbox.root().id(), sandbox.root().key()));
            Sandbox.Account contract = sandbox.createAccount("probe.test.near", Sandbox.near(50));
            contract.deploy(Probe.wasm()).requireSuccess("deploy");
            signers.add(new Signer(contract.id(), contract.key()));
            BigInteger supply = chain.totalSupply();
            assertThat(supply).isEqualTo(chain.head().totalSupply());
            int created = 0;
            List<String> log = new ArrayList<>();
            for (int step = 0; step < STEPS; step++) {
                Signer s = signers.get(rnd.nextInt(signers.size()));
                Sandbox.Account as = sandbox.account(s.id, s.keys.get(rnd.nextInt(s.keys.size())));
                BigInteger balance = chain.account(s.id).orElseThrow().amount();
                int op = rnd.nextInt(9);
                BigInteger headSupply = chain.head().totalSupply();
                boolean refundMayFail = false;
                String what;
                CallResult r;
                switch (op) {
                    case 0, 1 -> {
                        // a transfer to a known account, sometimes more than the signer has
                        Signer to = signers.get(rnd.nextInt(signers.size()));
                        BigInteger amount = rnd.nextInt(10) == 0 ? balance.add(BigInteger.ONE)
                                : randomPart(rnd, balance);
                        what = "transfer " + amount + " to " + to.id;
                        r = as.transfer(to.id, amount);
                    }
                    case 2 -> {
                        // a transfer to a missing named account fails and its deposit comes back
                        BigInteger amount = randomPart(rnd, balance);
                        what = "transfer to a missing account";
                        r = as.transfer("missing" + rnd.nextInt(1000) + ".test.near", amount);
                    }
                    case 3 -> {
                        String id = "u" + (created++) + ".test.near";
                        KeyPair k = KeyPair.generate(new java.security.SecureRandom());
                        BigInteger amount = Sandbox.near(1 + rnd.nextInt(5));
                        what = "create " + id;
                        r = sandbox.root().sign(id, List.of(new Action.CreateAccount(), new Action.Transfer(amount),
                                new Action.AddKey(k.publicKey(), AccessKey.fullAccess())));
                        if (r.succeeded()) {
                            signers.add(new Signer(id, k));
                        }
                    }
                    case 4 -> {
                        KeyPair k = KeyPair.generate(new java.security.SecureRandom());
                        boolean full = rnd.nextBoolean();
                        AccessKey key = full ? AccessKey.fullAccess() : new AccessKey(0,
                                new AccessKey.FunctionCallPermission(Optional.of(Sandbox.near(1)), contract.id(),
                                        List.of("store")));
                        what = "add key to " + s.id;
                        r = as.sign(s.id, List.of(new Action.AddKey(k.publicKey(), key)));
                        if (r.succeeded() && full) {
                            s.keys.add(k);
                        }
                    }
                    case 5 -> {
                        if (s.keys.size() < 2) {
                            what = "implicit transfer";
                            KeyPair k = KeyPair.generate(new java.security.SecureRandom());
                            String implicit = HexFormat.of().formatHex(k.publicKey().data());
                            r = as.transfer(implicit, randomPart(rnd, balance));
                            if (r.succeeded()) {
                                signers.add(new Signer(implicit, k));
                            }
                        } else {
                            KeyPair gone = s.keys.get(s.keys.size() - 1);
                            what = "delete key of " + s.id;
                            r = sandbox.account(s.id, s.keys.get(0)).sign(s.id, List.of(new Action.DeleteKey(
                                    gone.publicKey())));
                            if (r.succeeded()) {
                                s.keys.remove(gone);
                            }
                        }
                    }
                    case 6, 7 -> {
                        String[] methods = {"store", "fail", "call_store", "call_fail", "call_and", "echo"};
                        String m = methods[rnd.nextInt(methods.length)];
                        BigInteger deposit = rnd.nextBoolean() ? BigInteger.ZERO : randomPart(rnd, balance.divide(
                                BigInteger.TEN));
                        what = "call " + m + " deposit " + deposit;
                        r = as.call(contract.id(), m, contract.id()).gas(100 * Probe.TGAS).deposit(deposit).send();
                    }
                    default -> {
                        // delete a created account (never the root or the contract) to a random beneficiary
                        if (signers.size() > 2 && !s.id.equals(sandbox.root().id()) && !s.id.equals(contract.id())
                                && rnd.nextInt(3) == 0) {
                            Signer to = signers.get(rnd.nextInt(signers.size()));
                            what = "delete " + s.id + " to " + to.id;
                            refundMayFail = to.id.equals(s.id);
                            r = as.sign(s.id, List.of(new Action.DeleteAccount(to.id)));
                            // Deleting to itself burns the balance: the account is gone either way
                            // (a NEAR-implicit one comes back with the refund).
                            if (r.succeeded() && chain.account(s.id).isEmpty()) {
                                signers.remove(s);
                            }
                        } else {
                            what = "transfer to self";
                            r = as.transfer(s.id, randomPart(rnd, balance));
                        }
                    }
                }
                log.add(step + ": " + what + " -> " + r);
                BigInteger now = chain.totalSupply();
                String context = "seed " + seed + ", steps:\n" + String.join("\n", log);
                BigInteger burnt = headSupply.subtract(chain.head().totalSupply());
                assertThat(now).as(context).isEqualTo(supply.subtract(burnt));
                assertThat(chain.head().totalSupply()).as(context).isEqualTo(now);
                if (refundMayFail) {
                    assertThat(burnt).as(context).isGreaterThanOrEqualTo(Probe.tokensBurnt(r));
                } else {
                    assertThat(burnt).as(context).isEqualTo(Probe.tokensBurnt(r));
                }
                checkState(chain, context);
                supply = now;
            }
        }
    }

    private static BigInteger randomPart(Random rnd, BigInteger max) {
        if (max.signum() <= 0) {
            return BigInteger.ONE;
        }
        return max.multiply(BigInteger.valueOf(rnd.nextInt(50))).divide(BigInteger.valueOf(100)).add(BigInteger.ONE);
    }

    /** Every record decodes, balances are not negative, and reading each account again agrees. */
    private static void checkState(Chain chain, String context) {
        for (StateRecord r : chain.dumpState()) {
            if (r instanceof StateRecord.Account a) {
                assertThat(a.amount().signum()).as(context).isGreaterThanOrEqualTo(0);
                assertThat(a.locked().signum()).as(context).isGreaterThanOrEqualTo(0);
                assertThat(a.storageUsage()).as(context).isPositive();
                var again = chain.account(a.accountId()).orElseThrow();
                assertThat(again.amount()).isEqualTo(a.amount());
                assertThat(chain.accessKeys(a.accountId())).isNotNull();
            } else if (r instanceof StateRecord.AccessKeyRecord k) {
                assertThat(chain.account(k.accountId())).as(context + "\nkey of a missing account " + k.accountId())
                        .isPresent();
            }
        }
    }
}
