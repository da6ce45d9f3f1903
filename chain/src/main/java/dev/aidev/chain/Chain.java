package dev.aidev.chain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aidev.chain.primitives.AccessKey;
import dev.aidev.chain.primitives.BorshWriter;
import dev.aidev.chain.primitives.CryptoHash;
import dev.aidev.chain.primitives.KeyPair;
import dev.aidev.chain.primitives.PublicKey;
import dev.aidev.chain.primitives.SignedTransaction;
import dev.aidev.chain.runtime.ChainReceipt;
import dev.aidev.chain.runtime.ExecutionOutcome;
import dev.aidev.chain.runtime.InvalidTxException;
import dev.aidev.chain.runtime.ReceiptCodec;
import dev.aidev.chain.runtime.Runtime;
import dev.aidev.chain.state.Account;
import dev.aidev.chain.state.ChainStore;
import dev.aidev.chain.state.State;
import dev.aidev.chain.state.StateKeys;
import dev.aidev.chain.state.StateUpdate;
import dev.aidev.vm.NearVm;
import dev.aidev.vm.VmContext;
import dev.aidev.vm.VmOutcome;
import dev.aidev.vm.gas.RuntimeParams;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.mvstore.MVMap;

/**
 * A single-node NEAR-compatible chain: accounts, keys, transactions, receipts across blocks, and
 * state that survives restarts. Transactions are validated when they arrive; blocks are produced as
 * soon as a transaction arrives (or at a fixed interval), and each block commits atomically.
 *
 * <pre>{@code
 * try (Chain chain = Chain.open(ChainConfig.inMemory())) {
 *     FinalOutcome out = chain.execute(tx);   // runs the transaction and all its receipts
 * }
 * }</pre>
 */
public final class Chain implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BLOCKS_PER_SUBMISSION = 10_000;

    private final ChainConfig config;
    private final ChainStore store;
    private final MVMap<String, byte[]> state;
    private final MVMap<String, byte[]> blocks;
    private final MVMap<String, byte[]> blockHeights;
    private final MVMap<String, byte[]> transactions;
    private final MVMap<String, byte[]> outcomes;
    private final MVMap<String, byte[]> receipts;
    private final MVMap<String, byte[]> meta;
    private final MVMap<String, byte[]> changes;
    /** Transactions dropped from the pool because they became invalid before their block. */
    private final Map<CryptoHash, InvalidTxException> dropped = new java.util.concurrent.ConcurrentHashMap<>();
    private final NearVm vm;
    private final Runtime runtime;
    private final RuntimeParams params;
    private final KeyPair validatorKey;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    private final List<SignedTransaction> pool = new ArrayList<>();
    private final ScheduledExecutorService producer;
    private volatile Block head;

    private Chain(ChainConfig config, ChainStore store) {
        this.config = config;
        this.store = store;
        this.state = store.map(ChainStore.STATE);
        this.blocks = store.map("blocks");
        this.blockHeights = store.map("block_heights");
        this.transactions = store.map("transactions");
        this.outcomes = store.map("outcomes");
        this.receipts = store.map("receipts");
        this.meta = store.map("meta");
        this.changes = store.map("changes");
        this.params = RuntimeParams.latest();
        this.vm = NearVm.create(NearVm.Engine.AOT, params);
        this.runtime = new Runtime(params, vm, config.transactionValidityPeriod());
        this.validatorKey = loadOrCreateKey();
        byte[] h = meta.get("head");
        if (h == null) {
            genesis();
        } else {
            head = Codec.decodeBlock(blocks.get(heightKey(ByteBuffer.wrap(h).getLong())));
        }
        if (config.blockTimeMs() == 0) {
            // Receipts in flight when the node stopped run now, as the next blocks would have run them.
            lock.writeLock().lock();
            try {
                int guard = 0;
                while (hasPendingReceipts() && guard++ < MAX_BLOCKS_PER_SUBMISSION) {
                    produce(List.of(), 1);
                }
            } finally {
                lock.writeLock().unlock();
            }
        }
        if (config.blockTimeMs() > 0) {
            producer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "aidev-block-producer");
                t.setDaemon(true);
                return t;
            });
            producer.scheduleAtFixedRate(this::produceScheduledBlock, config.blockTimeMs(), config.blockTimeMs(),
                    TimeUnit.MILLISECONDS);
        } else {
            producer = null;
        }
    }

    /** Opens the chain in the config's home (creating genesis on first start), or in memory. */
    public static Chain open(ChainConfig config) {
        ChainStore store = config.memoryOnly() ? ChainStore.inMemory() : ChainStore.open(config.home());
        return new Chain(config, store);
    }

    public ChainConfig config() {
        return config;
    }

    public RuntimeParams params() {
        return params;
    }

    /** The root account's full-access key (also in {@code <home>/validator_key.json}). */
    public KeyPair rootKey() {
        return validatorKey;
    }

    public Block head() {
        return head;
    }

    // ---------------------------------------------------------------------------------------------
    // Genesis and keys

    private KeyPair loadOrCreateKey() {
        Path file = config.home() == null ? null : config.home().resolve("validator_key.json");
        try {
            if (file != null && Files.exists(file)) {
                return KeyPair.parse(JSON.readTree(file.toFile()).get("secret_key").asText());
            }
            KeyPair key = KeyPair.generate(new SecureRandom());
            if (file != null) {
                Files.createDirectories(config.home());
                writeKeyFile(file, config.rootAccount(), key);
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the key file " + file + ".", e);
        }
    }

    /** Writes a key file in nearcore's format (account_id, public_key, secret_key; private_key for near-cli). */
    public static void writeKeyFile(Path file, String accountId, KeyPair key) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("account_id", accountId);
        o.put("public_key", key.publicKey().toString());
        o.put("secret_key", key.secretKeyText());
        o.put("private_key", key.secretKeyText());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n");
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private void genesis() {
        StateUpdate su = new StateUpdate(state);
        State st = new State(su);
        AccessKey full = AccessKey.fullAccess();
        long usage = params.storageNumBytesAccount
                + State.keyStorageBytes(validatorKey.publicKey(), full, params.storageNumExtraBytesRecord);
        st.putAccount(config.rootAccount(),
                new Account(config.rootBalance(), config.rootLocked(), Account.NO_CODE, usage));
        st.putAccessKey(config.rootAccount(), validatorKey.publicKey(), full);
        su.flushTo(state);
        CryptoHash chunk = Block.chunkHashOf(0, List.of(), List.of());
        CryptoHash zero = new CryptoHash(new byte[32]);
        long ts = System.currentTimeMillis() * 1_000_000L;
        Block g = new Block(0, Block.hashOf(0, zero, ts, chunk), zero, ts, config.gasPrice(), List.of(), List.of(),
                0, config.rootBalance().add(config.rootLocked()), chunk, new byte[32]);
        putBlock(g);
        store.commit();
    }

    private static String heightKey(long h) {
        return String.format("%020d", h);
    }

    private void putBlock(Block b) {
        blocks.put(heightKey(b.height()), Codec.encode(b));
        blockHeights.put(b.hash().toString(), ByteBuffer.allocate(8).putLong(b.height()).array());
        blockHeights.put("chunk:" + b.chunkHash(), ByteBuffer.allocate(8).putLong(b.height()).array());
        meta.put("head", ByteBuffer.allocate(8).putLong(b.height()).array());
        head = b;
    }

    // ---------------------------------------------------------------------------------------------
    // Transactions and blocks

    /**
     * Validates a transaction against the current state and, with instant blocks, runs it and every
     * receipt it causes before returning; with a block interval it waits in the pool.
     *
     * @throws InvalidTxException with NEAR's InvalidTxError; nothing was included
     */
    public CryptoHash submit(SignedTransaction tx) {
        lock.writeLock().lock();
        try {
            CryptoHash hash = tx.hash();
            if (transactions.containsKey(hash.toString())) {
                return hash; // already included: submitting again is harmless, as on NEAR
            }
            // Validate on a scratch copy of the state, so errors are reported now.
            StateUpdate scratch = new StateUpdate(state);
            runtime.applyTransaction(new State(scratch), tx, nextContext(head.height() + 1), this::heightOf);
            if (config.blockTimeMs() > 0) {
                pool.add(tx);
            } else {
                produce(List.of(tx), 1);
                int guard = 0;
                while (hasPendingReceipts() && guard++ < MAX_BLOCKS_PER_SUBMISSION) {
                    produce(List.of(), 1);
                }
            }
            return hash;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Runs a transaction to the end and returns its final outcome. */
    public FinalOutcome execute(SignedTransaction tx) {
        CryptoHash hash = submit(tx);
        if (config.blockTimeMs() == 0) {
            // Instant blocks: submit ran everything that can run; what still waits (a yield) waits
            // for a later transaction or block.
            return finalOutcome(hash).orElseThrow(() -> new IllegalStateException("Transaction " + hash + " was lost."));
        }
        long deadline = System.currentTimeMillis() + Math.max(10_000, config.blockTimeMs() * 50);
        while (true) {
            Optional<FinalOutcome> out = finalOutcome(hash);
            if (out.isPresent() && out.get().isFinal()) {
                return out.get();
            }
            if (System.currentTimeMillis() > deadline) {
                return out.orElseThrow(() -> new IllegalStateException("Transaction " + hash + " was not included."));
            }
            try {
                Thread.sleep(Math.max(1, config.blockTimeMs() / 4));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Produces one block now with whatever is waiting (transactions and receipts). */
    public Block produceBlock() {
        lock.writeLock().lock();
        try {
            List<SignedTransaction> txs = new ArrayList<>(pool);
            pool.clear();
            return produce(txs, 1);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void produceScheduledBlock() {
        try {
            produceBlock();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Chain.class).error("Block production failed", e);
        }
    }

    /** Jumps {@code delta} blocks ahead: the next block's height is the head's plus delta (sandbox_fast_forward). */
    public Block fastForward(long delta) {
        if (delta <= 0) {
            throw new IllegalArgumentException("delta_height must be positive, got " + delta + ".");
        }
        lock.writeLock().lock();
        try {
            return produce(List.of(), delta);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private boolean hasPendingReceipts() {
        return !pendingReceipts().isEmpty();
    }

    private List<ChainReceipt> pendingReceipts() {
        byte[] b = meta.get("pending");
        if (b == null || b.length == 0) {
            return List.of();
        }
        dev.aidev.chain.primitives.BorshReader r = new dev.aidev.chain.primitives.BorshReader(b);
        return r.vec("pending", ReceiptCodec::read);
    }

    private Runtime.BlockContext nextContext(long height) {
        byte[] seed = CryptoHash.of(new BorshWriter().fixed(head.hash().bytes()).u64(height).toByteArray()).bytes();
        Map<String, BigInteger> validators = Map.of(config.rootAccount(), config.rootLocked());
        return new Runtime.BlockContext(height, Math.max(System.currentTimeMillis() * 1_000_000L, head.timestampNs() + 1),
                height / config.epochLength() + 1, config.gasPrice(), seed, validators);
    }

    private Block produce(List<SignedTransaction> txs, long heightDelta) {
        long height = head.height() + heightDelta;
        Runtime.BlockContext ctx = nextContext(height);
        if (heightDelta > 1) {
            // A fast-forwarded block's time moves one second per skipped block.
            ctx = new Runtime.BlockContext(height, head.timestampNs() + heightDelta * 1_000_000_000L,
                    ctx.epochHeight(), ctx.gasPrice(), ctx.randomSeed(), ctx.validators());
        }
        StateUpdate su = new StateUpdate(state);
        State st = new State(su);
        List<ExecutionOutcome> executed = new ArrayList<>();
        List<CryptoHash> includedTxs = new ArrayList<>();
        Deque<ChainReceipt> now = new ArrayDeque<>(pendingReceipts());
        List<ChainReceipt> next = new ArrayList<>();
        List<ChainReceipt> created = new ArrayList<>();
        Map<String, byte[]> txBytes = new LinkedHashMap<>();
        List<StateChange> blockChanges = new ArrayList<>();
        for (SignedTransaction tx : txs) {
            su.checkpoint();
            Map<String, java.util.Optional<byte[]>> before = new java.util.HashMap<>(su.changes());
            try {
                Runtime.TxResult r = runtime.applyTransaction(st, tx, ctx, this::heightOf);
                su.releaseCheckpoint();
                recordChanges(before, su, true, tx.hash(), blockChanges);
                includedTxs.add(tx.hash());
                txBytes.put(tx.hash().toString(), tx.encode());
                executed.add(r.outcome());
                created.add(r.receipt());
                // A receipt to the signer itself runs in the same block, as on NEAR.
                if (r.receipt().receiverId().equals(tx.transaction().signerId())) {
                    now.add(r.receipt());
                } else {
                    next.add(r.receipt());
                }
            } catch (InvalidTxException e) {
                su.rollbackToCheckpoint(); // a transaction that became invalid in the pool is dropped
                dropped.put(tx.hash(), e);
            }
        }
        List<CryptoHash> executedReceipts = new ArrayList<>();
        while (!now.isEmpty()) {
            ChainReceipt r = now.poll();
            Map<String, java.util.Optional<byte[]>> before = new java.util.HashMap<>(su.changes());
            Runtime.ReceiptResult res = runtime.applyReceipt(st, r, ctx);
            recordChanges(before, su, false, r.receiptId(), blockChanges);
            executedReceipts.add(r.receiptId());
            executed.addAll(res.outcomes());
            created.addAll(res.newReceipts());
            next.addAll(res.newReceipts());
        }
        next.addAll(runtime.expiredYields(st, ctx));
        long gasBurnt = 0;
        BigInteger tokensBurnt = BigInteger.ZERO;
        for (ExecutionOutcome o : executed) {
            gasBurnt += o.gasBurnt();
            tokensBurnt = tokensBurnt.add(o.tokensBurnt());
        }
        CryptoHash chunk = Block.chunkHashOf(height, includedTxs, executedReceipts);
        Block b = new Block(height, Block.hashOf(height, head.hash(), ctx.timestampNs(), chunk), head.hash(),
                ctx.timestampNs(), ctx.gasPrice(), includedTxs, executedReceipts, gasBurnt,
                head.totalSupply().subtract(tokensBurnt), chunk, ctx.randomSeed());
        su.flushTo(state);
        for (int i = 0; i < blockChanges.size(); i++) {
            changes.put(heightKey(height) + ":" + String.format("%08d", i), encodeChange(blockChanges.get(i)));
        }
        transactions.putAll(txBytes);
        for (ChainReceipt r : created) {
            receipts.put(r.receiptId().toString(), ReceiptCodec.encode(r));
        }
        for (ExecutionOutcome o : executed) {
            outcomes.put(o.id().toString(), Codec.encode(new Codec.StoredOutcome(o, b.hash(), b.height())));
        }
        BorshWriter pending = new BorshWriter();
        pending.vec(next, ReceiptCodec::write);
        meta.put("pending", pending.toByteArray());
        putBlock(b);
        store.commit();
        return b;
    }

    /** Records the state records that differ from {@code before}, caused by one transaction or receipt. */
    private static void recordChanges(Map<String, java.util.Optional<byte[]>> before, StateUpdate su,
            boolean isTx, CryptoHash cause, List<StateChange> out) {
        su.changes().forEach((k, v) -> {
            java.util.Optional<byte[]> old = before.get(k);
            boolean same = old != null && old.isPresent() == v.isPresent()
                    && (v.isEmpty() || java.util.Arrays.equals(old.get(), v.get()));
            if (same) {
                return;
            }
            String kind = switch (k.substring(0, 2)) {
                case "a:" -> "account";
                case "c:" -> "code";
                case "k:" -> "access_key";
                case "d:" -> "data";
                default -> null; // receipts and data in flight are not state changes users see
            };
            if (kind == null) {
                return;
            }
            String rest = k.substring(2);
            int colon = rest.indexOf(':');
            String account = colon < 0 ? rest : rest.substring(0, colon);
            byte[] key = kind.equals("data") ? StateKeys.dataKey(k, account)
                    : kind.equals("access_key") ? rest.substring(colon + 1).getBytes(java.nio.charset.StandardCharsets.UTF_8)
                    : new byte[0];
            out.add(new StateChange(kind, account, key, v.orElse(null), isTx, cause));
        });
    }

    private static byte[] encodeChange(StateChange c) {
        BorshWriter w = new BorshWriter().string(c.kind()).string(c.accountId()).bytes(c.key());
        w.option(java.util.Optional.ofNullable(c.value()), BorshWriter::bytes);
        w.bool(c.causeIsTransaction());
        c.cause().write(w);
        return w.toByteArray();
    }

    private static StateChange decodeChange(byte[] b) {
        dev.aidev.chain.primitives.BorshReader r = new dev.aidev.chain.primitives.BorshReader(b);
        return new StateChange(r.string("kind"), r.string("account_id"), r.bytes("key"),
                r.option("value", rr -> rr.bytes("value")).orElse(null), r.bool("cause_is_tx"),
                CryptoHash.read(r, "cause"));
    }

    /** The state records the block at {@code height} changed, in the order they were changed. */
    public List<StateChange> changes(long height) {
        List<StateChange> out = new ArrayList<>();
        String prefix = heightKey(height) + ":";
        org.h2.mvstore.Cursor<String, byte[]> c = changes.cursor(prefix);
        while (c.hasNext()) {
            String k = c.next();
            if (!k.startsWith(prefix)) {
                break;
            }
            out.add(decodeChange(c.getValue()));
        }
        return out;
    }

    /** Why a pooled transaction was dropped before its block, if it was. */
    public Optional<InvalidTxException> dropped(CryptoHash txHash) {
        return Optional.ofNullable(dropped.get(txHash));
    }

    /** The block holding a chunk. */
    public Optional<Block> blockByChunk(CryptoHash chunkHash) {
        byte[] b = blockHeights.get("chunk:" + chunkHash);
        return b == null ? Optional.empty() : block(ByteBuffer.wrap(b).getLong());
    }

    // ---------------------------------------------------------------------------------------------
    // Reads

    /** The height of a block by hash, or null. */
    public Long heightOf(CryptoHash hash) {
        byte[] b = blockHeights.get(hash.toString());
        return b == null ? null : ByteBuffer.wrap(b).getLong();
    }

    public Optional<Block> block(long height) {
        byte[] b = blocks.get(heightKey(height));
        return Optional.ofNullable(b).map(Codec::decodeBlock);
    }

    public Optional<Block> block(CryptoHash hash) {
        Long h = heightOf(hash);
        return h == null ? Optional.empty() : block(h);
    }

    /** Blocks are not produced at every height (fast-forward skips); the block at or below a height. */
    public Optional<Block> blockAtOrBelow(long height) {
        String k = blocks.floorKey(heightKey(height));
        return k == null ? Optional.empty() : Optional.of(Codec.decodeBlock(blocks.get(k)));
    }

    public Optional<SignedTransaction> transaction(CryptoHash hash) {
        byte[] b = transactions.get(hash.toString());
        return Optional.ofNullable(b).map(SignedTransaction::decode);
    }

    public Optional<ChainReceipt> receipt(CryptoHash id) {
        byte[] b = receipts.get(id.toString());
        return Optional.ofNullable(b).map(ReceiptCodec::decode);
    }

    /** An outcome (of a transaction or receipt) with the block that executed it. */
    public record OutcomeInBlock(ExecutionOutcome outcome, CryptoHash blockHash, long blockHeight) {}

    public Optional<OutcomeInBlock> outcome(CryptoHash id) {
        byte[] b = outcomes.get(id.toString());
        if (b == null) {
            return Optional.empty();
        }
        Codec.StoredOutcome s = Codec.decodeOutcome(b);
        return Optional.of(new OutcomeInBlock(s.outcome(), s.blockHash(), s.blockHeight()));
    }

    /**
     * A transaction's outcome and the outcomes of every receipt it led to (breadth first), as RPC's
     * {@code tx} shows them. Final when no receipt it led to is still waiting.
     */
    public Optional<FinalOutcome> finalOutcome(CryptoHash txHash) {
        Optional<SignedTransaction> tx = transaction(txHash);
        Optional<OutcomeInBlock> txOut = outcome(txHash);
        if (tx.isEmpty() || txOut.isEmpty()) {
            return Optional.empty();
        }
        List<OutcomeInBlock> receiptOutcomes = new ArrayList<>();
        Deque<CryptoHash> queue = new ArrayDeque<>(txOut.get().outcome().receiptIds());
        boolean complete = true;
        while (!queue.isEmpty()) {
            CryptoHash id = queue.poll();
            Optional<OutcomeInBlock> o = outcome(id);
            if (o.isEmpty()) {
                complete = false;
                continue;
            }
            receiptOutcomes.add(o.get());
            queue.addAll(o.get().outcome().receiptIds());
        }
        return Optional.of(new FinalOutcome(tx.get(), txOut.get(), receiptOutcomes, complete));
    }

    /** A consistent read of the committed state. */
    private <T> T read(java.util.function.Function<State, T> f) {
        lock.readLock().lock();
        try {
            return f.apply(new State(new StateUpdate(state)));
        } finally {
            lock.readLock().unlock();
        }
    }

    public Optional<Account> account(String id) {
        return Optional.ofNullable(read(s -> s.account(id)));
    }

    public Optional<byte[]> code(String id) {
        return Optional.ofNullable(read(s -> s.code(id)));
    }

    public Optional<AccessKey> accessKey(String id, PublicKey pk) {
        return Optional.ofNullable(read(s -> s.accessKey(id, pk)));
    }

    public Map<String, AccessKey> accessKeys(String id) {
        return read(s -> s.accessKeys(id));
    }

    public List<Map.Entry<byte[], byte[]>> viewState(String id, byte[] prefix) {
        return read(s -> s.dataWithPrefix(id, prefix));
    }

    /** Sum of all balances and locked balances (for supply checks). */
    public BigInteger totalSupply() {
        return read(s -> {
            BigInteger total = BigInteger.ZERO;
            for (byte[] v : s.update().scan("a:").values()) {
                Account a = Account.decode(v);
                total = total.add(a.amount()).add(a.locked());
            }
            return total;
        });
    }

    /**
     * Runs a view method on the committed state: no state change is allowed (NEAR's view call).
     *
     * @return the VM outcome; {@code error()} is set when the account has no contract
     */
    public VmOutcome callView(String accountId, String method, byte[] args) {
        lock.readLock().lock();
        try {
            State s = new State(new StateUpdate(state));
            Account a = s.account(accountId);
            if (a == null) {
                throw new UnknownAccountException(accountId);
            }
            byte[] code = s.code(accountId);
            if (code == null) {
                return new VmOutcome(new dev.aidev.vm.ReturnData.None(), List.of(), 0, 0, Map.of(), a.amount(),
                        a.storageUsage(), new java.util.TreeMap<>(), List.of(), List.of(),
                        new dev.aidev.vm.VmError.CompilationError("CodeDoesNotExist", accountId));
            }
            VmContext ctx = VmContext.builder()
                    .currentAccountId(accountId)
                    .signerAccountId(accountId)
                    .predecessorAccountId(accountId)
                    .input(args)
                    .blockHeight(head.height())
                    .blockTimestamp(head.timestampNs())
                    .epochHeight(head.epochHeight(config.epochLength()))
                    .accountBalance(a.amount())
                    .accountLockedBalance(a.locked())
                    .storageUsage(a.storageUsage())
                    .randomSeed(head.randomSeed().length == 32 ? head.randomSeed() : new byte[32])
                    .validators(Map.of(config.rootAccount(), config.rootLocked()))
                    .view(true)
                    .build();
            return vm.call(code, method, ctx, key -> s.data(accountId, key.toArray()));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Thrown by reads of an account that does not exist (RPC's UNKNOWN_ACCOUNT). */
    public static final class UnknownAccountException extends RuntimeException {
        private final String accountId;

        public UnknownAccountException(String accountId) {
            super("account " + accountId + " does not exist while viewing", null, false, false);
            this.accountId = accountId;
        }

        public String accountId() {
            return accountId;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Sandbox

    /** Writes state records directly (sandbox_patch_state), committed at once. */
    public void patchState(List<StateRecord> records) {
        lock.writeLock().lock();
        try {
            StateUpdate su = new StateUpdate(state);
            State st = new State(su);
            for (StateRecord r : records) {
                if (r instanceof StateRecord.Account a) {
                    st.putAccount(a.accountId(), new Account(a.amount(), a.locked(), a.codeHash(), a.storageUsage()));
                } else if (r instanceof StateRecord.Data d) {
                    st.putData(d.accountId(), d.key(), d.value());
                } else if (r instanceof StateRecord.Contract c) {
                    st.putCode(c.accountId(), c.code());
                    Account a = st.account(c.accountId());
                    if (a != null) {
                        st.putAccount(c.accountId(), a.withCodeHash(CryptoHash.of(c.code()).bytes()));
                    }
                } else if (r instanceof StateRecord.AccessKeyRecord k) {
                    st.putAccessKey(k.accountId(), k.publicKey(), k.accessKey());
                }
            }
            su.flushTo(state);
            store.commit();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** All state as records (for dumps and fixtures). */
    public List<StateRecord> dumpState() {
        return read(s -> {
            List<StateRecord> out = new ArrayList<>();
            s.update().scan("").forEach((k, v) -> {
                String kind = k.substring(0, 2);
                String rest = k.substring(2);
                switch (kind) {
                    case "a:" -> {
                        Account a = Account.decode(v);
                        out.add(new StateRecord.Account(rest, a.amount(), a.locked(), a.codeHash(), a.storageUsage()));
                    }
                    case "c:" -> out.add(new StateRecord.Contract(rest, v));
                    case "k:" -> {
                        int c = rest.indexOf(':');
                        out.add(new StateRecord.AccessKeyRecord(rest.substring(0, c),
                                PublicKey.parse(rest.substring(c + 1)), State.decodeKey(v)));
                    }
                    case "d:" -> {
                        int c = rest.indexOf(':');
                        String id = rest.substring(0, c);
                        out.add(new StateRecord.Data(id, StateKeys.dataKey(k, id), v));
                    }
                    default -> {}
                }
            });
            return out;
        });
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.shutdownNow();
        }
        lock.writeLock().lock();
        try {
            store.close();
            vm.close();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
