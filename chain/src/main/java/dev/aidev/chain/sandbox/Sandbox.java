package dev.aidev.chain.sandbox;

import dev.aidev.chain.Block;
import dev.aidev.chain.Chain;
import dev.aidev.chain.ChainConfig;
import dev.aidev.chain.FinalOutcome;
import dev.aidev.chain.StateRecord;
import dev.aidev.chain.primitives.AccessKey;
import dev.aidev.chain.primitives.Action;
import dev.aidev.chain.primitives.KeyPair;
import dev.aidev.chain.primitives.SignedTransaction;
import dev.aidev.chain.primitives.Transaction;
import dev.aidev.chain.runtime.InvalidTxException;
import dev.aidev.vm.VmOutcome;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;

/**
 * A local chain for tests, in the spirit of near-workspaces: start one in-process and in memory,
 * create accounts, deploy, call, view, fast-forward and patch state, and read logs, events and gas
 * from the results.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start()) {
 *     Sandbox.Account alice = sandbox.createAccount("alice.test.near", Sandbox.near(10));
 *     Sandbox.Account book = sandbox.createAccount("book.test.near", Sandbox.near(10));
 *     book.deploy(wasm);
 *     CallResult r = alice.call(book, "add_message", "{\"text\":\"hi\"}").deposit(Sandbox.near("0.1")).send();
 *     assert r.succeeded() && r.logs().contains("hi");
 *     ViewResult v = sandbox.view(book.id(), "get_messages", "{}");
 * }
 * }</pre>
 */
public final class Sandbox implements AutoCloseable {
    public static final long TGAS = 1_000_000_000_000L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Chain chain;
    private final Account root;

    private Sandbox(Chain chain) {
        this.chain = chain;
        this.root = new Account(this, chain.config().rootAccount(), chain.rootKey());
    }

    /** A fresh in-memory chain. */
    public static Sandbox start() {
        return new Sandbox(Chain.open(ChainConfig.inMemory()));
    }

    /** A sandbox over an existing chain (e.g. one served over RPC). */
    public static Sandbox of(Chain chain) {
        return new Sandbox(chain);
    }

    public Chain chain() {
        return chain;
    }

    /** The root account ({@code test.near}), which funds the others. */
    public Account root() {
        return root;
    }

    /** An amount of NEAR in yoctoNEAR: {@code near(5)}, {@code near("0.1")}. */
    public static BigInteger near(long n) {
        return ChainConfig.ONE_NEAR.multiply(BigInteger.valueOf(n));
    }

    public static BigInteger near(String decimal) {
        return new java.math.BigDecimal(decimal).movePointRight(24).toBigIntegerExact();
    }

    /**
     * Creates an account with a new full-access key, funded by its parent: the root for
     * {@code *.test.near}, otherwise the account it is a sub-account of (which must be known here).
     */
    public Account createAccount(String id, BigInteger balance) {
        return createAccount(root, id, balance);
    }

    public Account createAccount(Account parent, String id, BigInteger balance) {
        KeyPair key = KeyPair.generate(RANDOM);
        CallResult r = parent.sign(id, List.of(new Action.CreateAccount(), new Action.Transfer(balance),
                new Action.AddKey(key.publicKey(), AccessKey.fullAccess())));
        r.requireSuccess("create account " + id);
        return new Account(this, id, key);
    }

    /** An account whose key this sandbox holds (to sign for an account created elsewhere). */
    public Account account(String id, KeyPair key) {
        return new Account(this, id, key);
    }

    public ViewResult view(String accountId, String method, String argsJson) {
        return view(accountId, method, argsJson.getBytes(StandardCharsets.UTF_8));
    }

    public ViewResult view(String accountId, String method, byte[] args) {
        VmOutcome out = chain.callView(accountId, method, args);
        return new ViewResult(out);
    }

    /** The account's balance in yoctoNEAR. */
    public BigInteger balance(String accountId) {
        return chain.account(accountId).map(dev.aidev.chain.state.Account::amount)
                .orElseThrow(() -> new Chain.UnknownAccountException(accountId));
    }

    public Block fastForward(long blocks) {
        return chain.fastForward(blocks);
    }

    public void patchState(List<StateRecord> records) {
        chain.patchState(records);
    }

    @Override
    public void close() {
        chain.close();
    }

    /** An account this sandbox can sign for. */
    public static final class Account {
        private final Sandbox sandbox;
        private final String id;
        private final KeyPair key;

        Account(Sandbox sandbox, String id, KeyPair key) {
            this.sandbox = sandbox;
            this.id = id;
            this.key = key;
        }

        public String id() {
            return id;
        }

        public KeyPair key() {
            return key;
        }

        public BigInteger balance() {
            return sandbox.balance(id);
        }

        /** Deploys a contract to this account. */
        public CallResult deploy(byte[] wasm) {
            return sign(id, List.of(new Action.DeployContract(wasm)));
        }

        /** Deploys and calls an init method in one transaction, as near-workspaces does. */
        public CallResult deploy(byte[] wasm, String initMethod, String argsJson) {
            return sign(id, List.of(new Action.DeployContract(wasm), new Action.FunctionCall(initMethod,
                    argsJson.getBytes(StandardCharsets.UTF_8), 100 * TGAS, BigInteger.ZERO)));
        }

        public CallBuilder call(Account contract, String method, String argsJson) {
            return call(contract.id(), method, argsJson);
        }

        public CallBuilder call(String contractId, String method, String argsJson) {
            return new CallBuilder(this, contractId, method, argsJson.getBytes(StandardCharsets.UTF_8));
        }

        public CallResult transfer(String receiverId, BigInteger amount) {
            return sign(receiverId, List.of(new Action.Transfer(amount)));
        }

        /** Signs and runs a transaction of these actions to {@code receiverId}, to its end. */
        public CallResult sign(String receiverId, List<Action> actions) {
            Chain chain = sandbox.chain;
            AccessKey ak = chain.accessKey(id, key.publicKey())
                    .orElseThrow(() -> new IllegalStateException("No access key " + key.publicKey() + " on " + id + "."));
            Transaction tx = new Transaction.V0(id, key.publicKey(), ak.nonce() + 1, receiverId,
                    chain.head().hash(), actions);
            SignedTransaction stx = tx.sign(key);
            try {
                FinalOutcome out = chain.execute(stx);
                return new CallResult(out, null);
            } catch (InvalidTxException e) {
                return new CallResult(null, e);
            }
        }

        @Override
        public String toString() {
            return id;
        }
    }

    /** A function call being set up: gas and deposit, then {@link #send()}. */
    public static final class CallBuilder {
        private final Account signer;
        private final String receiver;
        private final String method;
        private final byte[] args;
        private long gas = 30 * TGAS;
        private BigInteger deposit = BigInteger.ZERO;

        CallBuilder(Account signer, String receiver, String method, byte[] args) {
            this.signer = signer;
            this.receiver = receiver;
            this.method = method;
            this.args = args;
        }

        public CallBuilder gas(long g) {
            gas = g;
            return this;
        }

        public CallBuilder deposit(BigInteger d) {
            deposit = d;
            return this;
        }

        public CallResult send() {
            return signer.sign(receiver, List.of(new Action.FunctionCall(method, args, gas, deposit)));
        }
    }
}
