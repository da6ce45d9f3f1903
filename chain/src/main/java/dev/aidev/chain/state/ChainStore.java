package dev.aidev.chain.state;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The chain's persistent store: H2's MVStore, a pure-Java log-structured store whose commits are
 * atomic. Everything a block changes (state, the block, its transactions and outcomes) is written to
 * the maps and made durable by one {@link #commit()}; after a crash, even {@code kill -9}, a reopened
 * store shows exactly the last committed blocks and nothing of a block in progress.
 *
 * <p>We chose MVStore over RocksDB: it has the atomic multi-map commit we need, runs on the JVM
 * with no native library to ship per platform, and handles a local chain's data sizes easily.
 */
public final class ChainStore implements AutoCloseable {
    /** State records under prefixed string keys (see {@link StateKeys}). */
    public static final String STATE = "state";

    private final MVStore store;

    private ChainStore(MVStore store) {
        this.store = store;
    }

    /** A store in {@code dir}/chain.db, created if missing. */
    public static ChainStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot create the chain's home " + dir + ".", e);
        }
        MVStore s = new MVStore.Builder()
                .fileName(dir.resolve("chain.db").toString())
                .autoCommitDisabled()
                .open();
        return new ChainStore(s);
    }

    /** A store that lives in memory only (tests, {@code --in-memory}). */
    public static ChainStore inMemory() {
        return new ChainStore(new MVStore.Builder().autoCommitDisabled().open());
    }

    /** A named map of string keys to byte values. */
    public MVMap<String, byte[]> map(String name) {
        return store.openMap(name);
    }

    /** A named map of string keys to string values (metadata, indexes, JSON documents). */
    public MVMap<String, String> textMap(String name) {
        return store.openMap(name);
    }

    /** Makes everything written since the last commit durable, atomically. */
    public void commit() {
        store.commit();
    }

    /** Forgets everything written since the last commit. */
    public void rollback() {
        store.rollback();
    }

    public boolean isPersistent() {
        return store.getFileStore() != null;
    }

    /** Copies of all entries of a map, for dumps. */
    public Map<String, byte[]> snapshot(String name) {
        return new java.util.TreeMap<>(map(name));
    }

    @Override
    public void close() {
        if (!store.isClosed()) {
            store.close();
        }
    }
}
