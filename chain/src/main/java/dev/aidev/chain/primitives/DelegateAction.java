package dev.aidev.chain.primitives;

import java.util.List;
import java.util.Objects;

/**
 * A NEP-366 delegate action: actions that {@code senderId} signs off-chain for a relayer to submit.
 * Borsh {@code {sender_id, receiver_id, actions: Vec<NonDelegateAction>, nonce: u64,
 * max_block_height: u64, public_key}} (nearcore core/primitives/src/action/delegate.rs).
 *
 * @param nonce unsigned 64-bit
 * @param maxBlockHeight unsigned 64-bit
 */
public record DelegateAction(String senderId, String receiverId, List<Action.NonDelegate> actions, long nonce,
        long maxBlockHeight, PublicKey publicKey) {

    /** NEP-461 prefix of a signed on-chain message: 2^30 + the NEP number (366 for meta transactions). */
    public static final long NEP_366_PREFIX = (1L << 30) + 366;

    public DelegateAction {
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(receiverId, "receiverId");
        actions = List.copyOf(actions);
        Objects.requireNonNull(publicKey, "publicKey");
    }

    public static DelegateAction read(BorshReader r) {
        return new DelegateAction(
                r.accountId("DelegateAction sender_id"),
                r.accountId("DelegateAction receiver_id"),
                r.vec("DelegateAction actions", Action::readNonDelegate),
                r.u64("DelegateAction nonce"),
                r.u64("DelegateAction max_block_height"),
                PublicKey.read(r, "DelegateAction public_key"));
    }

    public void write(BorshWriter w) {
        w.string(senderId).string(receiverId).vec(actions, (x, a) -> a.write(x)).u64(nonce).u64(maxBlockHeight);
        publicKey.write(w);
    }

    /** The Borsh bytes of this delegate action (without the NEP-461 prefix). */
    public byte[] encode() {
        BorshWriter w = new BorshWriter();
        write(w);
        return w.toByteArray();
    }

    /**
     * What the sender signs: sha256 of the u32 prefix {@link #NEP_366_PREFIX} followed by the
     * Borsh bytes (nearcore {@code DelegateAction::get_nep461_hash}; near-api-js
     * {@code encodeDelegateAction}).
     */
    public CryptoHash nep461Hash() {
        BorshWriter w = new BorshWriter().u32(NEP_366_PREFIX);
        write(w);
        return CryptoHash.of(w.toByteArray());
    }

    /** Signs this delegate action with the sender's key. */
    public SignedDelegateAction sign(KeyPair sender) {
        return new SignedDelegateAction(this, sender.sign(nep461Hash().bytes()));
    }
}
