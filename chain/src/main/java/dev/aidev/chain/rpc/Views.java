package dev.aidev.chain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aidev.chain.Block;
import dev.aidev.chain.Chain;
import dev.aidev.chain.FinalOutcome;
import dev.aidev.chain.primitives.AccessKey;
import dev.aidev.chain.primitives.Action;
import dev.aidev.chain.primitives.CryptoHash;
import dev.aidev.chain.primitives.DelegateAction;
import dev.aidev.chain.primitives.SignedTransaction;
import dev.aidev.chain.primitives.Transaction;
import dev.aidev.chain.runtime.ChainReceipt;
import dev.aidev.chain.runtime.ExecutionOutcome;
import dev.aidev.chain.state.Account;
import dev.aidev.vm.gas.ActionCost;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The JSON views of nearcore's core/primitives/src/views.rs: what RPC shows for blocks, chunks,
 * accounts, keys, transactions, receipts and outcomes. Balances are decimal strings, gas and
 * heights numbers, hashes and keys Base58 text, bytes Base64.
 */
final class Views {
    static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** How views show "no code": the Base58 of 32 zero bytes. */
    static final String NO_CODE_HASH = "11111111111111111111111111111111";
    private static final Set<String> ACTION_COSTS = new HashSet<>();

    static {
        for (ActionCost a : ActionCost.values()) {
            ACTION_COSTS.add(a.profileName());
        }
    }

    private Views() {}

    static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    static String hash(byte[] h) {
        return new CryptoHash(h).toString();
    }

    // ---- accounts and keys ----

    static ObjectNode account(Account a) {
        ObjectNode o = F.objectNode();
        o.put("amount", a.amount().toString());
        o.put("locked", a.locked().toString());
        o.put("code_hash", hash(a.codeHash()));
        o.put("storage_usage", a.storageUsage());
        o.put("storage_paid_at", 0);
        return o;
    }

    static JsonNode permission(AccessKey.Permission p) {
        if (p instanceof AccessKey.FunctionCallPermission fc) {
            ObjectNode body = F.objectNode();
            if (fc.allowance().isPresent()) {
                body.put("allowance", fc.allowance().get().toString());
            } else {
                body.putNull("allowance");
            }
            body.put("receiver_id", fc.receiverId());
            ArrayNode names = body.putArray("method_names");
            fc.methodNames().forEach(names::add);
            ObjectNode o = F.objectNode();
            o.set("FunctionCall", body);
            return o;
        }
        return F.textNode("FullAccess");
    }

    static ObjectNode accessKey(AccessKey k) {
        ObjectNode o = F.objectNode();
        o.put("nonce", unsigned(k.nonce()));
        o.set("permission", permission(k.permission()));
        return o;
    }

    /** A u64 as a JSON number, also above Long.MAX_VALUE. */
    static JsonNode u64(long v) {
        return v >= 0 ? F.numberNode(v) : F.numberNode(new BigInteger(Long.toUnsignedString(v)));
    }

    private static BigInteger unsigned(long v) {
        return new BigInteger(Long.toUnsignedString(v));
    }

    // ---- actions, transactions, receipts ----

    /** nearcore's {@code ActionView}; a deployed contract shows as the Base64 of its code's sha256. */
    static JsonNode action(Action a) {
        if (a instanceof Action.CreateAccount) {
            return F.textNode("CreateAccount");
        }
        ObjectNode body = F.objectNode();
        String name;
        if (a instanceof Action.DeployContract d) {
            name = "DeployContract";
            body.put("code", b64(CryptoHash.of(d.code()).bytes()));
        } else if (a instanceof Action.FunctionCall f) {
            name = "FunctionCall";
            body.put("method_name", f.methodName());
            body.put("args", b64(f.args()));
            body.set("gas", u64(f.gas()));
            body.put("deposit", f.deposit().toString());
        } else if (a instanceof Action.Transfer t) {
            name = "Transfer";
            body.put("deposit", t.deposit().toString());
        } else if (a instanceof Action.Stake s) {
            name = "Stake";
            body.put("stake", s.stake().toString());
            body.put("public_key", s.publicKey().toString());
        } else if (a instanceof Action.AddKey k) {
            name = "AddKey";
            body.put("public_key", k.publicKey().toString());
            body.set("access_key", accessKey(k.accessKey()));
        } else if (a instanceof Action.DeleteKey k) {
            name = "DeleteKey";
            body.put("public_key", k.publicKey().toString());
        } else if (a instanceof Action.DeleteAccount d) {
            name = "DeleteAccount";
            body.put("beneficiary_id", d.beneficiaryId());
        } else if (a instanceof Action.Delegate d) {
            name = "Delegate";
            DelegateAction da = d.signedDelegateAction().delegateAction();
            ObjectNode dv = body.putObject("delegate_action");
            dv.put("sender_id", da.senderId());
            dv.put("receiver_id", da.receiverId());
            ArrayNode acts = dv.putArray("actions");
            da.actions().forEach(x -> acts.add(action(x)));
            dv.set("nonce", u64(da.nonce()));
            dv.set("max_block_height", u64(da.maxBlockHeight()));
            dv.put("public_key", da.publicKey().toString());
            body.put("signature", d.signedDelegateAction().signature().toString());
        } else if (a instanceof Action.DeployGlobalContract g) {
            name = g.deployMode() == Action.GlobalContractDeployMode.CODE_HASH
                    ? "DeployGlobalContract" : "DeployGlobalContractByAccountId";
            body.put("code", b64(CryptoHash.of(g.code()).bytes()));
        } else if (a instanceof Action.UseGlobalContract u) {
            if (u.contractIdentifier() instanceof Action.ByCodeHash h) {
                name = "UseGlobalContract";
                body.put("code_hash", h.codeHash().toString());
            } else {
                name = "UseGlobalContractByAccountId";
                body.put("account_id", ((Action.ByAccountId) u.contractIdentifier()).accountId());
            }
        } else {
            throw new IllegalStateException("No view for action " + a + ".");
        }
        ObjectNode o = F.objectNode();
        o.set(name, body);
        return o;
    }

    /** nearcore's {@code SignedTransactionView}. */
    static ObjectNode transaction(SignedTransaction st) {
        Transaction t = st.transaction();
        ObjectNode o = F.objectNode();
        o.put("signer_id", t.signerId());
        o.put("public_key", t.publicKey().toString());
        o.set("nonce", u64(t.nonce()));
        o.put("receiver_id", t.receiverId());
        ArrayNode actions = o.putArray("actions");
        t.actions().forEach(a -> actions.add(action(a)));
        o.put("priority_fee", 0);
        o.put("signature", st.signature().toString());
        o.put("hash", st.hash().toString());
        return o;
    }

    /** nearcore's {@code ReceiptView}. */
    static ObjectNode receipt(ChainReceipt r) {
        ObjectNode o = F.objectNode();
        o.put("predecessor_id", r.predecessorId());
        o.put("receiver_id", r.receiverId());
        o.put("receipt_id", r.receiptId().toString());
        ObjectNode enumBody = o.putObject("receipt");
        if (r.body() instanceof ChainReceipt.ActionBody a) {
            ObjectNode b = enumBody.putObject("Action");
            b.put("signer_id", a.signerId());
            b.put("signer_public_key", a.signerPublicKey().toString());
            b.put("gas_price", a.gasPrice().toString());
            ArrayNode out = b.putArray("output_data_receivers");
            for (ChainReceipt.DataReceiver d : a.outputDataReceivers()) {
                out.addObject().put("data_id", d.dataId().toString()).put("receiver_id", d.receiverId());
            }
            ArrayNode in = b.putArray("input_data_ids");
            a.inputDataIds().forEach(id -> in.add(id.toString()));
            ArrayNode actions = b.putArray("actions");
            a.actions().forEach(x -> actions.add(action(x)));
            b.put("is_promise_yield", a.yielded());
        } else {
            ChainReceipt.DataBody d = (ChainReceipt.DataBody) r.body();
            ObjectNode b = enumBody.putObject("Data");
            b.put("data_id", d.dataId().toString());
            if (d.data() == null) {
                b.putNull("data");
            } else {
                b.put("data", b64(d.data()));
            }
            b.put("is_promise_resume", false);
        }
        o.put("priority", 0);
        return o;
    }

    // ---- outcomes ----

    static JsonNode status(ExecutionOutcome.Status s) {
        ObjectNode o = F.objectNode();
        if (s instanceof ExecutionOutcome.Failure f) {
            o.set("Failure", f.error());
        } else if (s instanceof ExecutionOutcome.SuccessValue v) {
            o.put("SuccessValue", b64(v.value()));
        } else if (s instanceof ExecutionOutcome.SuccessReceiptId r) {
            o.put("SuccessReceiptId", r.receiptId().toString());
        } else {
            return F.textNode("Unknown");
        }
        return o;
    }

    /** nearcore's {@code ExecutionOutcomeWithIdView}, with gas profile metadata version 3. */
    static ObjectNode outcome(Chain.OutcomeInBlock ob) {
        ExecutionOutcome e = ob.outcome();
        ObjectNode o = F.objectNode();
        o.putArray("proof");
        o.put("block_hash", ob.blockHash().toString());
        o.put("id", e.id().toString());
        ObjectNode out = o.putObject("outcome");
        ArrayNode logs = out.putArray("logs");
        e.logs().forEach(logs::add);
        ArrayNode ids = out.putArray("receipt_ids");
        e.receiptIds().forEach(id -> ids.add(id.toString()));
        out.set("gas_burnt", u64(e.gasBurnt()));
        out.put("tokens_burnt", e.tokensBurnt().toString());
        out.put("executor_id", e.executorId());
        out.set("status", status(e.status()));
        ObjectNode meta = out.putObject("metadata");
        meta.put("version", 3);
        ArrayNode profile = meta.putArray("gas_profile");
        for (Map.Entry<String, Long> c : new TreeMap<>(e.profile()).entrySet()) {
            if (c.getValue() == 0) {
                continue;
            }
            profile.addObject()
                    .put("cost_category", ACTION_COSTS.contains(c.getKey()) ? "ACTION_COST" : "WASM_HOST_COST")
                    .put("cost", c.getKey())
                    .put("gas_used", Long.toUnsignedString(c.getValue()));
        }
        return o;
    }

    /** {@code FinalExecutionStatus}: NotStarted, Started, Failure or SuccessValue. */
    static JsonNode finalStatus(FinalOutcome f) {
        ExecutionOutcome.Status s = f.status();
        if (s == null) {
            return F.textNode("Started");
        }
        return status(s);
    }

    /** nearcore's {@code FinalExecutionOutcomeView}. */
    static ObjectNode finalOutcome(FinalOutcome f) {
        ObjectNode o = F.objectNode();
        o.set("status", finalStatus(f));
        o.set("transaction", transaction(f.transaction()));
        o.set("transaction_outcome", outcome(f.transactionOutcome()));
        ArrayNode receipts = o.putArray("receipts_outcome");
        f.receiptsOutcome().forEach(r -> receipts.add(outcome(r)));
        return o;
    }

    // ---- blocks and chunks ----

    static String time(long ns) {
        return Instant.ofEpochSecond(ns / 1_000_000_000L, ns % 1_000_000_000L).toString();
    }

    /** Our chain has one epoch id per epoch: the Base58 of its number (as 32 bytes), 1111... for the first. */
    static String epochId(long epochHeight) {
        byte[] b = new byte[32];
        long e = Math.max(0, epochHeight - 1);
        for (int i = 0; i < 8; i++) {
            b[31 - i] = (byte) (e >>> (8 * i));
        }
        return hash(b);
    }

    static ObjectNode chunkHeader(Block b) {
        ObjectNode c = F.objectNode();
        c.put("chunk_hash", b.chunkHash().toString());
        c.put("prev_block_hash", b.prevHash().toString());
        c.put("outcome_root", NO_CODE_HASH);
        c.put("prev_state_root", NO_CODE_HASH);
        c.put("encoded_merkle_root", NO_CODE_HASH);
        c.put("encoded_length", 0);
        c.put("height_created", b.height());
        c.put("height_included", b.height());
        c.put("shard_id", 0);
        c.set("gas_used", u64(b.gasBurnt()));
        c.put("gas_limit", 1_000_000_000_000_000L);
        c.put("rent_paid", "0");
        c.put("validator_reward", "0");
        c.put("balance_burnt", b.gasPrice().multiply(BigInteger.valueOf(b.gasBurnt())).toString());
        c.put("outgoing_receipts_root", NO_CODE_HASH);
        c.put("tx_root", NO_CODE_HASH);
        c.putArray("validator_proposals");
        c.put("signature", "ed25519:1111111111111111111111111111111111111111111111111111111111111111");
        return c;
    }

    /** nearcore's {@code BlockView}: author, header and one chunk header. */
    static ObjectNode block(Block b, String author, long epochLength, int protocolVersion) {
        ObjectNode o = F.objectNode();
        o.put("author", author);
        ObjectNode h = o.putObject("header");
        h.put("height", b.height());
        if (b.height() == 0) {
            h.putNull("prev_height");
        } else {
            h.put("prev_height", b.height() - 1);
        }
        long epoch = b.epochHeight(epochLength);
        h.put("epoch_id", epochId(epoch));
        h.put("next_epoch_id", epochId(epoch + 1));
        h.put("hash", b.hash().toString());
        h.put("prev_hash", b.prevHash().toString());
        h.put("prev_state_root", NO_CODE_HASH);
        h.put("block_body_hash", b.chunkHash().toString());
        h.put("chunk_receipts_root", NO_CODE_HASH);
        h.put("chunk_headers_root", NO_CODE_HASH);
        h.put("chunk_tx_root", NO_CODE_HASH);
        h.put("outcome_root", NO_CODE_HASH);
        h.put("chunks_included", 1);
        h.put("challenges_root", NO_CODE_HASH);
        h.set("timestamp", u64(b.timestampNs()));
        h.put("timestamp_nanosec", Long.toUnsignedString(b.timestampNs()));
        h.put("random_value", hash(b.randomSeed().length == 32 ? b.randomSeed() : new byte[32]));
        h.putArray("validator_proposals");
        h.putArray("chunk_mask").add(true);
        h.put("gas_price", b.gasPrice().toString());
        h.put("block_ordinal", b.height() + 1);
        h.put("rent_paid", "0");
        h.put("validator_reward", "0");
        h.put("total_supply", b.totalSupply().toString());
        h.putArray("challenges_result");
        // A single node finalises each block at once.
        h.put("last_final_block", b.hash().toString());
        h.put("last_ds_final_block", b.hash().toString());
        h.put("next_bp_hash", NO_CODE_HASH);
        h.put("block_merkle_root", NO_CODE_HASH);
        h.putNull("epoch_sync_data_hash");
        h.putArray("approvals");
        h.put("signature", "ed25519:1111111111111111111111111111111111111111111111111111111111111111");
        h.put("latest_protocol_version", protocolVersion);
        o.putArray("chunks").add(chunkHeader(b));
        return o;
    }
}
