package dev.aidev.chain.runtime;

import dev.aidev.chain.primitives.Action;
import dev.aidev.chain.primitives.BorshReader;
import dev.aidev.chain.primitives.BorshWriter;
import dev.aidev.chain.primitives.CryptoHash;
import dev.aidev.chain.primitives.PublicKey;
import java.util.Optional;

/** Borsh encoding of receipts for the store (postponed receipts, the receipts of a block). */
public final class ReceiptCodec {
    private ReceiptCodec() {}

    public static byte[] encode(ChainReceipt r) {
        BorshWriter w = new BorshWriter();
        write(w, r);
        return w.toByteArray();
    }

    public static void write(BorshWriter w, ChainReceipt r) {
        r.receiptId().write(w);
        w.string(r.predecessorId()).string(r.receiverId());
        if (r.body() instanceof ChainReceipt.ActionBody a) {
            w.u8(0).string(a.signerId());
            a.signerPublicKey().write(w);
            w.u128(a.gasPrice());
            w.vec(a.outputDataReceivers(), (ww, d) -> {
                d.dataId().write(ww);
                ww.string(d.receiverId());
            });
            w.vec(a.inputDataIds(), (ww, id) -> id.write(ww));
            w.vec(a.actions(), (ww, act) -> act.write(ww));
            w.bool(a.yielded());
        } else {
            ChainReceipt.DataBody d = (ChainReceipt.DataBody) r.body();
            w.u8(1);
            d.dataId().write(w);
            w.option(Optional.ofNullable(d.data()), BorshWriter::bytes);
        }
    }

    public static ChainReceipt decode(byte[] bytes) {
        BorshReader r = new BorshReader(bytes);
        ChainReceipt c = read(r);
        r.finish("receipt");
        return c;
    }

    public static ChainReceipt read(BorshReader r) {
        CryptoHash id = CryptoHash.read(r, "receipt_id");
        String predecessor = r.string("predecessor_id");
        String receiver = r.string("receiver_id");
        int tag = r.u8("receipt kind");
        if (tag == 0) {
            String signer = r.string("signer_id");
            PublicKey pk = PublicKey.read(r, "signer_public_key");
            java.math.BigInteger gasPrice = r.u128("gas_price");
            var outs = r.vec("output_data_receivers",
                    rr -> new ChainReceipt.DataReceiver(CryptoHash.read(rr, "data_id"), rr.string("receiver_id")));
            var ins = r.vec("input_data_ids", rr -> CryptoHash.read(rr, "data_id"));
            var actions = r.vec("actions", Action::read);
            boolean yielded = r.bool("yielded");
            return new ChainReceipt(id, predecessor, receiver,
                    new ChainReceipt.ActionBody(signer, pk, gasPrice, outs, ins, actions, yielded));
        }
        CryptoHash dataId = CryptoHash.read(r, "data_id");
        byte[] data = r.option("data", rr -> rr.bytes("data")).orElse(null);
        return new ChainReceipt(id, predecessor, receiver, new ChainReceipt.DataBody(dataId, data));
    }
}
