package dev.aidev.chain.state;

import dev.aidev.chain.primitives.AccessKey;
import dev.aidev.chain.primitives.BorshReader;
import dev.aidev.chain.primitives.BorshWriter;
import dev.aidev.chain.primitives.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/** Typed reads and writes of accounts, access keys, contract code and data over a {@link StateUpdate}. */
public final class State {
    private final StateUpdate su;

    public State(StateUpdate su) {
        this.su = su;
    }

    public StateUpdate update() {
        return su;
    }

    public Account account(String id) {
        byte[] b = su.get(StateKeys.account(id));
        return b == null ? null : Account.decode(b);
    }

    public void putAccount(String id, Account a) {
        su.put(StateKeys.account(id), a.encode());
    }

    public AccessKey accessKey(String id, PublicKey pk) {
        byte[] b = su.get(StateKeys.accessKey(id, pk.toString()));
        return b == null ? null : decodeKey(b);
    }

    public void putAccessKey(String id, PublicKey pk, AccessKey key) {
        su.put(StateKeys.accessKey(id, pk.toString()), encodeKey(key));
    }

    public void removeAccessKey(String id, PublicKey pk) {
        su.remove(StateKeys.accessKey(id, pk.toString()));
    }

    /** All keys of an account, by public key text, in key order. */
    public Map<String, AccessKey> accessKeys(String id) {
        Map<String, AccessKey> out = new LinkedHashMap<>();
        String prefix = StateKeys.accessKeyPrefix(id);
        su.scan(prefix).forEach((k, v) -> out.put(k.substring(prefix.length()), decodeKey(v)));
        return out;
    }

    /** The account's own contract, or the global contract it uses (NEP-591), or null. */
    public byte[] code(String id) {
        byte[] own = su.get(StateKeys.code(id));
        if (own != null) {
            return own;
        }
        byte[] ref = su.get(StateKeys.globalContractUse(id));
        return ref == null ? null : su.get(new String(ref, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Stores global code under a global key ({@link StateKeys#globalCodeByHash} or ByAccount). */
    public void putGlobalCode(String globalKey, byte[] code) {
        su.put(globalKey, code);
    }

    public byte[] globalCode(String globalKey) {
        return su.get(globalKey);
    }

    /** Makes the account run the global contract under {@code globalKey}; drops its own code. */
    public void useGlobalCode(String id, String globalKey) {
        su.remove(StateKeys.code(id));
        su.put(StateKeys.globalContractUse(id), globalKey.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public void putCode(String id, byte[] code) {
        su.remove(StateKeys.globalContractUse(id));
        su.put(StateKeys.code(id), code);
    }

    public byte[] data(String id, byte[] key) {
        return su.get(StateKeys.data(id, key));
    }

    public void putData(String id, byte[] key, byte[] value) {
        su.put(StateKeys.data(id, key), value);
    }

    public void removeData(String id, byte[] key) {
        su.remove(StateKeys.data(id, key));
    }

    /** Contract data with keys starting with {@code prefix}, in key order. */
    public List<Map.Entry<byte[], byte[]>> dataWithPrefix(String id, byte[] prefix) {
        List<Map.Entry<byte[], byte[]>> out = new ArrayList<>();
        NavigableMap<String, byte[]> m = su.scan(StateKeys.data(id, prefix));
        m.forEach((k, v) -> out.add(Map.entry(StateKeys.dataKey(k, id), v)));
        return out;
    }

    /** Removes an account with its keys, code and data. */
    public void deleteAccount(String id) {
        su.remove(StateKeys.account(id));
        su.remove(StateKeys.code(id));
        su.remove(StateKeys.globalContractUse(id));
        for (String prefix : List.of(StateKeys.accessKeyPrefix(id), StateKeys.dataPrefix(id))) {
            for (String k : su.scan(prefix).keySet()) {
                su.remove(k);
            }
        }
    }

    public static byte[] encodeKey(AccessKey key) {
        BorshWriter w = new BorshWriter();
        key.write(w);
        return w.toByteArray();
    }

    public static AccessKey decodeKey(byte[] b) {
        BorshReader r = new BorshReader(b);
        AccessKey k = AccessKey.read(r, "access key");
        r.finish("access key");
        return k;
    }

    /** Bytes an access key costs in storage: its Borsh public key and access key plus 40 (nearcore). */
    public static long keyStorageBytes(PublicKey pk, AccessKey key, long extraBytesPerRecord) {
        return pk.toBorsh().length + encodeKey(key).length + extraBytesPerRecord;
    }
}
