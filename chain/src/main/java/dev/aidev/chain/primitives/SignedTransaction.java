package dev.aidev.chain.primitives;

import java.util.Objects;

/**
 * A transaction and its signer's signature: Borsh {@code {transaction, signature}}, what clients
 * send (base64) to {@code broadcast_tx_commit} and {@code send_tx}.
 *
 * <pre>{@code
 * SignedTransaction tx = SignedTransaction.decode(bytes);
 * if (!tx.verifySignature()) { ... InvalidSignature ... }
 * }</pre>
 */
public record SignedTransaction(Transaction transaction, Signature signature) {
    public SignedTransaction {
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(signature, "signature");
    }

    /** @throws BorshException unless {@code borsh} is exactly one signed transaction */
    public static SignedTransaction decode(byte[] borsh) {
        BorshReader r = new BorshReader(borsh);
        SignedTransaction tx = new SignedTransaction(Transaction.read(r), Signature.read(r, "signature"));
        r.finish("signed transaction");
        return tx;
    }

    public byte[] encode() {
        BorshWriter w = new BorshWriter();
        transaction.write(w);
        signature.write(w);
        return w.toByteArray();
    }

    /** The transaction hash (its id): sha256 of the Borsh bytes of the transaction, without the signature. */
    public CryptoHash hash() {
        return transaction.hash();
    }

    /**
     * Size in bytes as nearcore's {@code SignedTransaction::get_size}: the Borsh length of the
     * transaction alone, without the signature.
     */
    public int size() {
        return transaction.encode().length;
    }

    /** Whether the signature is the transaction's public key signing its {@linkplain #hash() hash}. */
    public boolean verifySignature() {
        return signature.verify(hash().bytes(), transaction.publicKey());
    }
}
