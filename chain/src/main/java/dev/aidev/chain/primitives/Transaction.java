package dev.aidev.chain.primitives;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An unsigned NEAR transaction, as nearcore's {@code Transaction} enum (core/primitives/src/transaction.rs).
 * {@link V0} is what every client sends today; its Borsh bytes are the struct itself. {@link V1} is
 * written as a {@code 1u8} tag and then the struct; nearcore only accepts it with the gas-keys
 * protocol feature.
 *
 * <p>Reading tells the two apart as nearcore does: a V0 starts with the u32 length of the signer
 * id (at most 64), so its second byte is 0; a V1 starts with tag 1 and then that length, so its
 * second byte is not 0.
 */
public sealed interface Transaction permits Transaction.V0, Transaction.V1 {

    String signerId();

    PublicKey publicKey();

    /** The access-key nonce, unsigned 64-bit. */
    long nonce();

    String receiverId();

    CryptoHash blockHash();

    List<Action> actions();

    void write(BorshWriter w);

    /** The Borsh bytes: what is hashed and signed. */
    default byte[] encode() {
        BorshWriter w = new BorshWriter();
        write(w);
        return w.toByteArray();
    }

    /** The transaction hash: sha256 of {@link #encode()}. */
    default CryptoHash hash() {
        return CryptoHash.of(encode());
    }

    /** Signs the {@linkplain #hash() hash} with {@code key}. */
    default SignedTransaction sign(KeyPair key) {
        return new SignedTransaction(this, key.sign(hash().bytes()));
    }

    /** Borsh {@code TransactionV0 {signer_id, public_key, nonce: u64, receiver_id, block_hash: [u8; 32], actions}}. */
    record V0(String signerId, PublicKey publicKey, long nonce, String receiverId, CryptoHash blockHash,
            List<Action> actions) implements Transaction {
        public V0 {
            Objects.requireNonNull(signerId, "signerId");
            Objects.requireNonNull(publicKey, "publicKey");
            Objects.requireNonNull(receiverId, "receiverId");
            Objects.requireNonNull(blockHash, "blockHash");
            actions = List.copyOf(actions);
        }

        @Override
        public void write(BorshWriter w) {
            w.string(signerId);
            publicKey.write(w);
            w.u64(nonce).string(receiverId);
            blockHash.write(w);
            w.vec(actions, (x, a) -> a.write(x));
        }
    }

    /** How a V1 transaction's nonce is checked: Borsh {@code enum NonceMode {0 Monotonic, 1 Strict}}. */
    enum NonceMode {
        /** Any nonce above the access key's. */
        MONOTONIC,
        /** Exactly the access key's nonce + 1. */
        STRICT
    }

    /**
     * Borsh {@code 1u8} then {@code TransactionV1 {signer_id, public_key, nonce: TransactionNonce,
     * receiver_id, block_hash, actions, nonce_mode: NonceMode}}, where {@code TransactionNonce} is
     * {@code enum {0 Nonce{nonce: u64}, 1 GasKeyNonce{nonce: u64, nonce_index: u16}}}. This is
     * nearcore master's layout; an earlier unreleased V1 ended in {@code priority_fee: u64} instead.
     *
     * @param nonceIndex present for a gas-key nonce (0..65535), empty for a plain nonce
     */
    record V1(String signerId, PublicKey publicKey, long nonce, OptionalInt nonceIndex, String receiverId,
            CryptoHash blockHash, List<Action> actions, NonceMode nonceMode) implements Transaction {
        public V1 {
            Objects.requireNonNull(signerId, "signerId");
            Objects.requireNonNull(publicKey, "publicKey");
            Objects.requireNonNull(nonceIndex, "nonceIndex");
            if (nonceIndex.isPresent() && (nonceIndex.getAsInt() < 0 || nonceIndex.getAsInt() > 0xFFFF)) {
                throw new IllegalArgumentException("nonce index " + nonceIndex.getAsInt() + " is out of range 0..65535.");
            }
            Objects.requireNonNull(receiverId, "receiverId");
            Objects.requireNonNull(blockHash, "blockHash");
            actions = List.copyOf(actions);
            Objects.requireNonNull(nonceMode, "nonceMode");
        }

        @Override
        public void write(BorshWriter w) {
            w.u8(1).string(signerId);
            publicKey.write(w);
            if (nonceIndex.isPresent()) {
                w.tag(1).u64(nonce).u16(nonceIndex.getAsInt());
            } else {
                w.tag(0).u64(nonce);
            }
            w.string(receiverId);
            blockHash.write(w);
            w.vec(actions, (x, a) -> a.write(x)).u8(nonceMode.ordinal());
        }
    }

    /** Reads one transaction, V0 or V1. */
    static Transaction read(BorshReader r) {
        int at = r.offset();
        if (r.remaining() < 2) {
            throw r.error(at, "Expected a transaction at offset " + at + ", but only " + r.remaining() + " bytes remain.");
        }
        BorshReader peek = new BorshReader(r.fixedPeek(2));
        int first = peek.u8("version");
        int second = peek.u8("version");
        if (second == 0) {
            return new V0(r.accountId("signer_id"), PublicKey.read(r, "public_key"), r.u64("nonce"),
                    r.accountId("receiver_id"), CryptoHash.read(r, "block_hash"), r.vec("actions", Action::read));
        }
        if (first != 1) {
            throw r.error(at, "Expected a transaction at offset " + at + ", but version tag " + first + " is unknown.");
        }
        r.u8("transaction version");
        String signerId = r.accountId("signer_id");
        PublicKey publicKey = PublicKey.read(r, "public_key");
        int nonceAt = r.offset();
        int nonceTag = r.u8("nonce tag");
        long nonce;
        OptionalInt nonceIndex;
        switch (nonceTag) {
            case 0 -> {
                nonce = r.u64("nonce");
                nonceIndex = OptionalInt.empty();
            }
            case 1 -> {
                nonce = r.u64("nonce");
                nonceIndex = OptionalInt.of(r.u16("nonce_index"));
            }
            default -> throw r.error(nonceAt, "Expected a nonce tag (0 Nonce or 1 GasKeyNonce) at offset " + nonceAt
                    + ", got " + nonceTag + ".");
        }
        String receiverId = r.accountId("receiver_id");
        CryptoHash blockHash = CryptoHash.read(r, "block_hash");
        List<Action> actions = r.vec("actions", Action::read);
        int modeAt = r.offset();
        int mode = r.u8("nonce_mode");
        NonceMode nonceMode = switch (mode) {
            case 0 -> NonceMode.MONOTONIC;
            case 1 -> NonceMode.STRICT;
            default -> throw r.error(modeAt, "Expected nonce_mode (0 Monotonic or 1 Strict) at offset " + modeAt
                    + ", got " + mode + ".");
        };
        return new V1(signerId, publicKey, nonce, nonceIndex, receiverId, blockHash, actions, nonceMode);
    }
}
