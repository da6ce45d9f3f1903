import dev.aidev.sdk.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

// PublicKey as a value: JSON arguments and results ("ed25519:<base58>", "secp256k1:<base58>",
// leading zero bytes as '1's), bad JSON keys, PublicKey.parse and its panics, fromBytes, toBytes,
// key, equals, toString and concatenation, Env.signerAccountPk; Borsh in the state, in a record,
// a List, an Optional and a LookupMap (key and value). And the key and stake actions of the
// Promise API: addFullAccessKey, addAccessKey (with and without allowance, method names),
// deleteKey, stake, compared as receipts.
//> call set_owner {"key": "ed25519:8yrudmVfVHFnyizbnM9Ecjzqkpn2kgfsmQFPu4pBpT6C"}
//> view owner
//> call set_owner {"key": "ed25519:11Dn6dxpvL7LrzLqJDjF3tL7TDXwzwx5xthDi8N4pLt"}
//> view owner
//> call set_owner {"key": "secp256k1:2yB5s4AaBPWnfW9motNbWUUVU2uXibm41sSynvFakNpo14qrqy5u6kzoTgwtyPgon4riX8hpgvDRqEEmKLBiXs2E"}
//> view owner
//> call set_owner {"key": "ed25519:11111111111111111111111111111111"}
//> view owner
//> call set_owner {"key": "8yrudmVfVHFnyizbnM9Ecjzqkpn2kgfsmQFPu4pBpT6C"}
//> view owner
//> call set_owner {"key": "ed25519:2osH1B5gXsorPNJ8Rmti9YwnwLSA1P8T16GVkWs7Xgt"}
//> call set_owner {"key": "ed25519:8yrudmVfVHFnyizbnM9Ecjzqkpn2kgfsmQFPu4pBpT6O"}
//> call set_owner {"key": "rsa:8yrudmVfVHFnyizbnM9Ecjzqkpn2kgfsmQFPu4pBpT6C"}
//> call set_owner {"key": 5}
//> call set_owner {"key": null}
//> call set_owner {}
//> view parse {"text": "ed25519:JEKNVnkbo3jma5nREBBJCDoXFVeKkD56V3xKrvRmWxFG"}
//> view parse {"text": "JEKNVnkbo3jma5nREBBJCDoXFVeKkD56V3xKrvRmWxFG"}
//> view parse {"text": "ed25519:111"}
//> view parse {"text": "ed25519:"}
//> view parse {"text": "secp256k1:8yrudmVfVHFnyizbnM9Ecjzqkpn2kgfsmQFPu4pBpT6C"}
//> view parse {"text": "ed25519:0OIl"}
//> view parse {"text": "ed25519:8yrud\u00e9"}
//> view parse {"text": "Ed25519:8yrudmVfVHFnyizbnM9Ecjzqkpn2kgfsmQFPu4pBpT6C"}
//> view parse {"text": ":8yrudmVfVHFnyizbnM9Ecjzqkpn2kgfsmQFPu4pBpT6C"}
//> view parse {"text": "ed25519:8yrudmVfVHFnyizbnM9Ecjzqkpn2kgfsmQFPu4pBpT6C:x"}
//> view parse_null
//> view bytes {"key": "ed25519:11Dn6dxpvL7LrzLqJDjF3tL7TDXwzwx5xthDi8N4pLt"}
//> view bytes {"key": "secp256k1:2yB5s4AaBPWnfW9motNbWUUVU2uXibm41sSynvFakNpo14qrqy5u6kzoTgwtyPgon4riX8hpgvDRqEEmKLBiXs2E"}
//> view from_bytes {"curve": 0, "n": 32}
//> view from_bytes {"curve": 1, "n": 64}
//> view from_bytes {"curve": 1, "n": 32}
//> view from_bytes {"curve": 2, "n": 32}
//> view from_bytes {"curve": 0, "n": 0}
//> view curves {"key": "ed25519:8yrudmVfVHFnyizbnM9Ecjzqkpn2kgfsmQFPu4pBpT6C"}
//> view curves {"key": "secp256k1:2yB5s4AaBPWnfW9motNbWUUVU2uXibm41sSynvFakNpo14qrqy5u6kzoTgwtyPgon4riX8hpgvDRqEEmKLBiXs2E"}
//> view of_curve {"curve": "SECP256K1", "n": 64}
//> view of_curve {"curve": "ED25519", "n": 64}
//> view of_curve {"curve": null, "n": 32}
//> view of_curve {"curve": "X", "n": 32}
//> view same {"a": "ed25519:8yrudmVfVHFnyizbnM9Ecjzqkpn2kgfsmQFPu4pBpT6C", "b": "8yrudmVfVHFnyizbnM9Ecjzqkpn2kgfsmQFPu4pBpT6C"}
//> view same {"a": "ed25519:8yrudmVfVHFnyizbnM9Ecjzqkpn2kgfsmQFPu4pBpT6C", "b": "ed25519:JEKNVnkbo3jma5nREBBJCDoXFVeKkD56V3xKrvRmWxFG"}
//> view signer
//> call signer
//> call keep {"name": "a", "holder": {"label": "x", "key": "ed25519:8yrudmVfVHFnyizbnM9Ecjzqkpn2kgfsmQFPu4pBpT6C", "more": ["ed25519:11111111111111111111111111111111", "secp256k1:2yB5s4AaBPWnfW9motNbWUUVU2uXibm41sSynvFakNpo14qrqy5u6kzoTgwtyPgon4riX8hpgvDRqEEmKLBiXs2E"], "backup": null}}
//> call keep {"name": "b", "holder": {"label": "y", "key": "ed25519:JEKNVnkbo3jma5nREBBJCDoXFVeKkD56V3xKrvRmWxFG", "more": [], "backup": "ed25519:11Dn6dxpvL7LrzLqJDjF3tL7TDXwzwx5xthDi8N4pLt"}}
//> view holder {"name": "a"}
//> view holder {"name": "b"}
//> view holder {"name": "c"}
//> view owner_of {"key": "ed25519:JEKNVnkbo3jma5nREBBJCDoXFVeKkD56V3xKrvRmWxFG"}
//> view owner_of {"key": "ed25519:11111111111111111111111111111111"}
//> view summary
//> call add_full {"sub": "sub.contract.test.near", "key": "ed25519:8yrudmVfVHFnyizbnM9Ecjzqkpn2kgfsmQFPu4pBpT6C", "nonce": 0}
//> call add_limited {"key": "ed25519:JEKNVnkbo3jma5nREBBJCDoXFVeKkD56V3xKrvRmWxFG", "allowance": "250000000000000000000000", "receiver": "app.test.near", "names": "vote,withdraw", "nonce": 7}
//> call add_limited {"key": "secp256k1:2yB5s4AaBPWnfW9motNbWUUVU2uXibm41sSynvFakNpo14qrqy5u6kzoTgwtyPgon4riX8hpgvDRqEEmKLBiXs2E", "allowance": null, "receiver": "app.test.near", "names": "", "nonce": 0}
//> call delete_key {"key": "ed25519:JEKNVnkbo3jma5nREBBJCDoXFVeKkD56V3xKrvRmWxFG"}
//> call stake {"amount": "100000000000000000000000000", "key": "ed25519:8yrudmVfVHFnyizbnM9Ecjzqkpn2kgfsmQFPu4pBpT6C"}
//> call all_in_order {}
//> call null_key {}
@NearContract
public class PublicKeys {
    record Holder(String label, PublicKey key, List<PublicKey> more, Optional<PublicKey> backup) {}

    private PublicKey owner;
    private List<PublicKey> previous = new ArrayList<>();
    private LookupMap<String, Holder> holders = new LookupMap<>("h");
    private LookupMap<PublicKey, String> names = new LookupMap<>("n");

    public PublicKeys() {
        owner = PublicKey.parse("ed25519:11111111111111111111111111111111");
    }

    @Call
    public PublicKey setOwner(PublicKey key) {
        PublicKey old = owner;
        previous.add(old);
        owner = key;
        return old;
    }

    @View
    public PublicKey owner() {
        return owner;
    }

    @View
    public String parse(String text) {
        PublicKey k = PublicKey.parse(text);
        return "parsed " + k + " = " + k.toString() + " (" + k.toBytes().length + " bytes)";
    }

    @View
    public String parseNull() {
        String text = null;
        return PublicKey.parse(text).toString();
    }

    @View
    public List<Integer> bytes(PublicKey key) {
        List<Integer> out = new ArrayList<>();
        for (byte b : key.toBytes()) {
            out.add((int) b);
        }
        out.add(-1000 - key.key().length);
        return out;
    }

    @View
    public PublicKey fromBytes(int curve, int n) {
        byte[] b = new byte[n + 1];
        b[0] = (byte) curve;
        for (int i = 1; i <= n; i++) {
            b[i] = (byte) (i * 7);
        }
        PublicKey k = PublicKey.fromBytes(b);
        b[3] = 99; // the key keeps its own copy
        return k;
    }

    @View
    public String curves(PublicKey key) {
        PublicKey.Curve c = key.curve();
        String kind = switch (c) {
            case ED25519 -> "edwards";
            case SECP256K1 -> "koblitz";
        };
        PublicKey copy = PublicKey.of(c, key.key());
        return c + " " + c.name() + " " + c.ordinal() + " " + c.keyLength() + " " + kind + " " + (c == PublicKey.Curve.ED25519)
                + " " + copy.equals(key) + " " + PublicKey.Curve.values().length;
    }

    @View
    public PublicKey ofCurve(Optional<PublicKey.Curve> curve, int n) {
        return PublicKey.of(curve.orElse(null), new byte[n]);
    }

    @View
    public String same(PublicKey a, PublicKey b) {
        PublicKey c = PublicKey.parse(b.toString());
        return a.equals(b) + " " + b.equals(c) + " " + (b == c) + " " + (a == a);
    }

    @Call
    public String signer() {
        return "signer " + Env.signerAccountPk();
    }

    @Call
    public void keep(String name, Holder holder) {
        holders.insert(name, holder);
        names.insert(holder.key(), name);
    }

    @View
    public Optional<Holder> holder(String name) {
        return Optional.ofNullable(holders.get(name));
    }

    @View
    public String ownerOf(PublicKey key) {
        return names.get(key);
    }

    @View
    public String summary() {
        String s = "owner " + owner + ", previous";
        for (PublicKey k : previous) {
            s += " " + k;
        }
        Holder h = holders.get("b");
        return s + ", b's backup " + h.backup().get() + " " + h.backup();
    }

    @Call
    public void addFull(AccountId sub, PublicKey key, long nonce) {
        Promise.create(sub).createAccount().transfer(U128.ofNear(1)).addFullAccessKey(key, nonce);
    }

    @Call
    public Promise addLimited(PublicKey key, Optional<U128> allowance, AccountId receiver, String names, long nonce) {
        return Promise.create(Env.currentAccountId()).addAccessKey(key, allowance.orElse(null), receiver, names, nonce);
    }

    @Call
    public void deleteKey(PublicKey key) {
        Promise.create(Env.currentAccountId()).deleteKey(key);
    }

    @Call
    public void stake(U128 amount, PublicKey key) {
        Promise.create(Env.currentAccountId()).stake(amount, key);
    }

    @Call
    public void allInOrder() {
        PublicKey k = PublicKey.parse("ed25519:JEKNVnkbo3jma5nREBBJCDoXFVeKkD56V3xKrvRmWxFG");
        Promise p = Promise.create(AccountId.of("x.test.near")).createAccount();
        p.schedule();
        // Added after scheduling: straight to the host.
        p.addFullAccessKey(k, 1).addAccessKey(owner, U128.ZERO, AccountId.of("y.test.near"), "a", 2).deleteKey(owner)
                .stake(U128.of(5), k);
    }

    @Call
    public void nullKey() {
        PublicKey k = null;
        Promise.create(Env.currentAccountId()).deleteKey(k);
    }
}
