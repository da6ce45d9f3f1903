package dev.aidev.chain.state;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * Pending changes to the chain state on top of the committed state, with nested checkpoints: a
 * receipt's changes are rolled back alone when it fails (NEAR's rule), and a block's changes reach
 * the store together when the block commits.
 */
public final class StateUpdate {
    private final MVMap<String, byte[]> base;
    private final TreeMap<String, Optional<byte[]>> changes = new TreeMap<>();
    private final Deque<Map<String, Optional<Optional<byte[]>>>> checkpoints = new ArrayDeque<>();

    public StateUpdate(MVMap<String, byte[]> base) {
        this.base = base;
    }

    public byte[] get(String key) {
        Optional<byte[]> c = changes.get(key);
        if (c != null) {
            return c.orElse(null);
        }
        return base.get(key);
    }

    public void put(String key, byte[] value) {
        remember(key);
        changes.put(key, Optional.of(value));
    }

    public void remove(String key) {
        remember(key);
        changes.put(key, Optional.empty());
    }

    private void remember(String key) {
        Map<String, Optional<Optional<byte[]>>> top = checkpoints.peek();
        if (top != null && !top.containsKey(key)) {
            Optional<byte[]> before = changes.get(key);
            top.put(key, before == null ? Optional.empty() : Optional.of(before));
        }
    }

    /** Starts a checkpoint; changes after it can be undone with {@link #rollbackToCheckpoint()}. */
    public void checkpoint() {
        checkpoints.push(new HashMap<>());
    }

    /** Keeps the changes since the last checkpoint (they join the enclosing checkpoint, if any). */
    public void releaseCheckpoint() {
        Map<String, Optional<Optional<byte[]>>> top = checkpoints.pop();
        Map<String, Optional<Optional<byte[]>>> outer = checkpoints.peek();
        if (outer != null) {
            top.forEach(outer::putIfAbsent);
        }
    }

    /** Undoes the changes since the last checkpoint. */
    public void rollbackToCheckpoint() {
        Map<String, Optional<Optional<byte[]>>> top = checkpoints.pop();
        top.forEach((key, before) -> {
            if (before.isEmpty()) {
                changes.remove(key);
            } else {
                changes.put(key, before.get());
            }
        });
    }

    /** Keys (with their current values) that start with {@code prefix}, in key order. */
    public NavigableMap<String, byte[]> scan(String prefix) {
        TreeMap<String, byte[]> out = new TreeMap<>();
        String end = prefix + Character.MAX_VALUE;
        Cursor<String, byte[]> c = base.cursor(prefix);
        while (c.hasNext()) {
            String k = c.next();
            if (!k.startsWith(prefix)) {
                break;
            }
            out.put(k, c.getValue());
        }
        changes.subMap(prefix, true, end, false).forEach((k, v) -> {
            if (v.isPresent()) {
                out.put(k, v.get());
            } else {
                out.remove(k);
            }
        });
        return out;
    }

    /** Writes all changes into {@code target} (the store's map) and clears them. */
    public void flushTo(Map<String, byte[]> target) {
        if (!checkpoints.isEmpty()) {
            throw new IllegalStateException("Flushing a state update with " + checkpoints.size() + " open checkpoints.");
        }
        Iterator<Map.Entry<String, Optional<byte[]>>> it = changes.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Optional<byte[]>> e = it.next();
            if (e.getValue().isPresent()) {
                target.put(e.getKey(), e.getValue().get());
            } else {
                target.remove(e.getKey());
            }
            it.remove();
        }
    }

    /** The pending changes (value, or empty for a removal), in key order. */
    public NavigableMap<String, Optional<byte[]>> changes() {
        return java.util.Collections.unmodifiableNavigableMap(changes);
    }
}
