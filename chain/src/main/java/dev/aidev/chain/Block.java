package dev.aidev.chain;

import dev.aidev.chain.primitives.BorshWriter;
import dev.aidev.chain.primitives.CryptoHash;
import java.math.BigInteger;
import java.util.List;

/**
 * A block of the local chain: one chunk, holding the transactions it included and the receipts it
 * executed. The hash covers the header fields, so it changes with any of them.
 *
 * @param totalSupply all balances and locked balances after the block (for conservation checks)
 */
public record Block(
        long height,
        CryptoHash hash,
        CryptoHash prevHash,
        long timestampNs,
        BigInteger gasPrice,
        List<CryptoHash> transactions,
        List<CryptoHash> receipts,
        long gasBurnt,
        BigInteger totalSupply,
        CryptoHash chunkHash,
        byte[] randomSeed) {

    public Block {
        transactions = List.copyOf(transactions);
        receipts = List.copyOf(receipts);
    }

    /** The hash of a block with these contents (sha256 of the Borsh-encoded header). */
    static CryptoHash hashOf(long height, CryptoHash prevHash, long timestampNs, CryptoHash chunkHash) {
        BorshWriter w = new BorshWriter().u64(height);
        prevHash.write(w);
        w.u64(timestampNs);
        chunkHash.write(w);
        return CryptoHash.of(w.toByteArray());
    }

    static CryptoHash chunkHashOf(long height, List<CryptoHash> txs, List<CryptoHash> receipts) {
        BorshWriter w = new BorshWriter().string("chunk").u64(height);
        w.vec(txs, (ww, h) -> h.write(ww));
        w.vec(receipts, (ww, h) -> h.write(ww));
        return CryptoHash.of(w.toByteArray());
    }

    public long epochHeight(long epochLength) {
        return height / epochLength + 1;
    }
}
