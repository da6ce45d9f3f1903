package dev.aidev.sdk;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * A map in storage ordered by key ({@code compareTo}). Layout, for prefix {@code p}: each entry
 * under {@code p + "v" + borsh(key)} holding {@code borsh(value)} (as a {@link LookupMap}, like
 * near-sdk-rs's {@code store::TreeMap}); the keys, sorted, in a {@link Vector} with prefix
 * {@code p + "n"}. The map itself is Borsh {@code (p + "v", len: u32, p + "n")}.
 *
 * <p><b>Differs from near-sdk-rs</b>: its {@code TreeMap} keeps the keys in an AVL tree of nodes
 * in a free list under {@code p + "n"}; ours keeps a sorted vector (lookups O(log n) reads,
 * insertions and removals O(n) writes). Values are laid out the same way.
 */
public final class TreeMap<K extends Comparable<? super K>, V> extends StorageCollection {
    private final LookupMap<K, V> values;
    private final Vector<K> keys;
    private final byte[] valuesPrefix;

    public TreeMap(String prefix) {
        this(utf8(prefix));
    }

    public TreeMap(byte[] prefix) {
        this(withSuffix(prefix, 'v'), 0, withSuffix(prefix, 'n'));
    }

    TreeMap(byte[] valuesPrefix, int len, byte[] keysPrefix) {
        super(valuesPrefix.length > 0 ? java.util.Arrays.copyOf(valuesPrefix, valuesPrefix.length - 1) : valuesPrefix);
        this.valuesPrefix = valuesPrefix.clone();
        this.values = new LookupMap<>(valuesPrefix);
        this.keys = new Vector<>(keysPrefix, len);
    }

    public int size() {
        return keys.size();
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    public V get(K key) {
        return values.get(key);
    }

    public boolean containsKey(K key) {
        return values.containsKey(key);
    }

    /** Stores {@code value} under {@code key}; returns the previous value, or null. */
    public V insert(K key, V value) {
        int at = search(key);
        V previous = values.insert(key, value);
        if (at < 0) {
            int insertion = -at - 1;
            keys.push(key);
            for (int i = keys.size() - 1; i > insertion; i--) {
                keys.set(i, keys.get(i - 1));
            }
            keys.set(insertion, key);
        }
        return previous;
    }

    /** Removes {@code key}; returns its value, or null. */
    public V remove(K key) {
        int at = search(key);
        if (at < 0) {
            return null;
        }
        for (int i = at; i < keys.size() - 1; i++) {
            keys.set(i, keys.get(i + 1));
        }
        keys.pop();
        return values.remove(key);
    }

    /** The smallest key, or null when empty. */
    public K minKey() {
        return keys.isEmpty() ? null : keys.get(0);
    }

    /** The largest key, or null when empty. */
    public K maxKey() {
        return keys.isEmpty() ? null : keys.get(keys.size() - 1);
    }

    /** The greatest key less than or equal to {@code key}, or null. */
    public K floorKey(K key) {
        int at = search(key);
        int i = at >= 0 ? at : -at - 2;
        return i >= 0 ? keys.get(i) : null;
    }

    /** The least key greater than or equal to {@code key}, or null. */
    public K ceilingKey(K key) {
        int at = search(key);
        int i = at >= 0 ? at : -at - 1;
        return i < keys.size() ? keys.get(i) : null;
    }

    /** All keys in ascending order. */
    public List<K> keys() {
        return keys.toList();
    }

    /** The keys {@code k} with {@code from <= k < to}, ascending. */
    public List<K> range(K from, K to) {
        int at = search(from);
        List<K> out = new ArrayList<>();
        for (int i = at >= 0 ? at : -at - 1; i < keys.size(); i++) {
            K k = keys.get(i);
            if (k.compareTo(to) >= 0) {
                break;
            }
            out.add(k);
        }
        return out;
    }

    /** Binary search: the index of {@code key}, or {@code -(insertion point) - 1}. */
    private int search(K key) {
        int lo = 0;
        int hi = keys.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = keys.get(mid).compareTo(key);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    @Override
    void writeLayout(Borsh.Writer w) {
        w.bytes(valuesPrefix);
        keys.writeLayout(w);
    }

    @Override
    void bindTypes(Type declared) {
        values.bindTypes(declared);
        keys.elementCodec().bind(Types.argument(declared, 0));
    }
}
