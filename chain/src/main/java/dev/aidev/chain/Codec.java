package dev.aidev.chain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aidev.chain.primitives.BorshReader;
import dev.aidev.chain.primitives.BorshWriter;
import dev.aidev.chain.primitives.CryptoHash;
import dev.aidev.chain.runtime.ExecutionOutcome;
import java.util.LinkedHashMap;
import java.util.Map;

/** Borsh encodings of blocks and outcomes for the store. */
final class Codec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Codec() {}

    static byte[] encode(Block b) {
        BorshWriter w = new BorshWriter().u64(b.height());
        b.hash().write(w);
        b.prevHash().write(w);
        w.u64(b.timestampNs()).u128(b.gasPrice());
        w.vec(b.transactions(), (ww, h) -> h.write(ww));
        w.vec(b.receipts(), (ww, h) -> h.write(ww));
        w.u64(b.gasBurnt()).u128(b.totalSupply());
        b.chunkHash().write(w);
        w.bytes(b.randomSeed());
        return w.toByteArray();
    }

    static Block decodeBlock(byte[] bytes) {
        BorshReader r = new BorshReader(bytes);
        Block b = new Block(r.u64("height"), CryptoHash.read(r, "hash"), CryptoHash.read(r, "prev_hash"),
                r.u64("timestamp"), r.u128("gas_price"), r.vec("transactions", rr -> CryptoHash.read(rr, "tx")),
                r.vec("receipts", rr -> CryptoHash.read(rr, "receipt")), r.u64("gas_burnt"), r.u128("total_supply"),
                CryptoHash.read(r, "chunk_hash"), r.bytes("random_seed"));
        r.finish("block");
        return b;
    }

    /** An outcome and the block it was executed in. */
    record StoredOutcome(ExecutionOutcome outcome, CryptoHash blockHash, long blockHeight) {}

    static byte[] encode(StoredOutcome s) {
        ExecutionOutcome o = s.outcome();
        BorshWriter w = new BorshWriter();
        o.id().write(w);
        w.vec(o.logs(), BorshWriter::string);
        w.vec(o.receiptIds(), (ww, h) -> h.write(ww));
        w.u64(o.gasBurnt()).u128(o.tokensBurnt()).string(o.executorId());
        if (o.status() instanceof ExecutionOutcome.Failure f) {
            w.u8(0).string(f.error().toString());
        } else if (o.status() instanceof ExecutionOutcome.SuccessValue v) {
            w.u8(1).bytes(v.value());
        } else {
            w.u8(2);
            ((ExecutionOutcome.SuccessReceiptId) o.status()).receiptId().write(w);
        }
        w.vec(o.profile().entrySet().stream().toList(), (ww, e) -> ww.string(e.getKey()).u64(e.getValue()));
        s.blockHash().write(w);
        w.u64(s.blockHeight());
        return w.toByteArray();
    }

    static StoredOutcome decodeOutcome(byte[] bytes) {
        BorshReader r = new BorshReader(bytes);
        CryptoHash id = CryptoHash.read(r, "id");
        var logs = r.vec("logs", rr -> rr.string("log"));
        var receipts = r.vec("receipt_ids", rr -> CryptoHash.read(rr, "receipt_id"));
        long gas = r.u64("gas_burnt");
        var tokens = r.u128("tokens_burnt");
        String executor = r.string("executor_id");
        int tag = r.u8("status");
        ExecutionOutcome.Status status;
        if (tag == 0) {
            try {
                status = new ExecutionOutcome.Failure(JSON.readTree(r.string("error")));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Corrupt outcome in the store.", e);
            }
        } else if (tag == 1) {
            status = new ExecutionOutcome.SuccessValue(r.bytes("value"));
        } else {
            status = new ExecutionOutcome.SuccessReceiptId(CryptoHash.read(r, "receipt_id"));
        }
        Map<String, Long> profile = new LinkedHashMap<>();
        r.vec("profile", rr -> profile.put(rr.string("cost"), rr.u64("gas")));
        CryptoHash block = CryptoHash.read(r, "block_hash");
        long height = r.u64("block_height");
        r.finish("outcome");
        return new StoredOutcome(new ExecutionOutcome(id, logs, receipts, gas, tokens, executor, status, profile),
                block, height);
    }
}
