package dev.aidev.chain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aidev.chain.Block;
import dev.aidev.chain.Chain;
import dev.aidev.chain.ChainConfig;
import dev.aidev.chain.FinalOutcome;
import dev.aidev.chain.StateRecord;
import dev.aidev.chain.primitives.AccessKey;
import dev.aidev.chain.primitives.BorshException;
import dev.aidev.chain.primitives.CryptoHash;
import dev.aidev.chain.primitives.PublicKey;
import dev.aidev.chain.primitives.SignedTransaction;
import dev.aidev.chain.runtime.ChainReceipt;
import dev.aidev.chain.runtime.Errors;
import dev.aidev.chain.runtime.InvalidTxException;
import dev.aidev.chain.state.Account;
import dev.aidev.vm.ReturnData;
import dev.aidev.vm.VmError;
import dev.aidev.vm.VmOutcome;
import dev.aidev.vm.gas.ActionCost;
import dev.aidev.vm.gas.ExtCost;
import dev.aidev.vm.gas.Fee;
import dev.aidev.vm.gas.RuntimeParams;
import dev.aidev.vm.host.AccountIds;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * NEAR's JSON-RPC methods over a {@link Chain}, with nearcore's request and response shapes
 * (chain/jsonrpc and chain/jsonrpc-primitives). Each method takes the request's {@code params}
 * and returns the {@code result}, or throws {@link RpcError}.
 */
final class RpcMethods {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** The protocol version whose parameters we emulate (nearcore's parameters.snap, 2025). */
    static final int PROTOCOL_VERSION = 78;
    static final String NODE_VERSION = "aidev-0.1.0";
    /** nearcore's default RPC polling timeout for transactions. */
    private static final long WAIT_TIMEOUT_MS = 10_000;
    private static final long MAX_FAST_FORWARD = 1_000_000_000L;

    private final Chain chain;
    private final Supplier<String> rpcAddr;
    private final long startedAtMs = System.currentTimeMillis();

    RpcMethods(Chain chain, Supplier<String> rpcAddr) {
        this.chain = chain;
        this.rpcAddr = rpcAddr;
    }

    /** Runs one method; unknown names are METHOD_NOT_FOUND. */
    JsonNode call(String method, JsonNode params) {
        return switch (method) {
            case "block" -> block(params);
            case "broadcast_tx_async" -> broadcastTxAsync(params);
            case "broadcast_tx_commit" -> sendTx(params, "EXECUTED_OPTIMISTIC");
            case "chunk" -> chunk(params);
            case "gas_price" -> gasPrice(params);
            case "health" -> NullNode.getInstance();
            case "network_info" -> networkInfo();
            case "query" -> query(params);
            case "send_tx" -> sendTx(params, "EXECUTED_OPTIMISTIC");
            case "status" -> status();
            case "tx" -> txStatus(params, false);
            case "validators" -> validators(params);
            case "EXPERIMENTAL_changes" -> changes(params);
            case "EXPERIMENTAL_genesis_config" -> genesisConfig();
            case "EXPERIMENTAL_protocol_config" -> protocolConfig(params);
            case "EXPERIMENTAL_receipt" -> receipt(params);
            case "EXPERIMENTAL_tx_status" -> txStatus(params, true);
            case "sandbox_fast_forward" -> fastForward(params);
            case "sandbox_patch_state" -> patchState(params);
            default -> throw RpcError.methodNotFound(method);
        };
    }

    // ---------------------------------------------------------------------------------------------
    // Params

    private static RpcError badParams(String why) {
        return RpcError.parse("Failed parsing args: " + why);
    }

    private static ObjectNode object(JsonNode params) {
        if (params instanceof ObjectNode o) {
            return o;
        }
        throw badParams("expected an object, got " + kind(params) + ".");
    }

    private static String kind(JsonNode n) {
        return n == null || n.isMissingNode() ? "nothing" : n.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual()) {
            throw badParams("missing field `" + field + "` (a string), got " + kind(v) + ".");
        }
        return v.asText();
    }

    private static String accountId(JsonNode o, String field) {
        String id = text(o, field);
        if (!AccountIds.isValid(id)) {
            throw badParams("the account ID '" + id + "' in `" + field + "` is invalid.");
        }
        return id;
    }

    private static byte[] base64(String text, String what) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw badParams(what + " is not Base64: " + e.getMessage());
        }
    }

    private static CryptoHash cryptoHash(String text, String what) {
        try {
            return CryptoHash.parse(text);
        } catch (RuntimeException e) {
            throw badParams(what + " '" + text + "' is not a Base58 hash of 32 bytes.");
        }
    }

    private static PublicKey publicKey(String text) {
        try {
            return PublicKey.parse(text);
        } catch (RuntimeException e) {
            throw badParams("invalid public key '" + text + "'.");
        }
    }

    private static long u64(JsonNode n, String what) {
        if (n == null || !n.isIntegralNumber() || n.bigIntegerValue().signum() < 0
                || n.bigIntegerValue().bitLength() > 63) {
            throw badParams(what + " must be a non-negative integer, got " + (n == null ? "nothing" : n.toString()) + ".");
        }
        return n.longValue();
    }

    private static BigInteger u128(JsonNode n, String what) {
        try {
            BigInteger v = new BigInteger(n.asText());
            if (v.signum() < 0 || v.bitLength() > 128 || !(n.isTextual() || n.isIntegralNumber())) {
                throw new NumberFormatException();
            }
            return v;
        } catch (RuntimeException e) {
            throw badParams(what + " must be a u128 decimal string, got " + n + ".");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Block references

    /**
     * Resolves nearcore's {@code BlockReference}: {@code block_id} (height or hash), {@code finality}
     * or {@code sync_checkpoint}. One node finalises at once, so every finality is the head.
     */
    private Block blockReference(ObjectNode o) {
        if (o.has("block_id") && !o.get("block_id").isNull()) {
            return blockId(o.get("block_id"));
        }
        if (o.has("finality")) {
            String f = o.get("finality").asText();
            if (!List.of("optimistic", "near-final", "final").contains(f)) {
                throw badParams("unknown variant `" + f + "`, expected one of `optimistic`, `near-final`, `final`.");
            }
            return chain.head();
        }
        if (o.has("sync_checkpoint")) {
            String c = o.get("sync_checkpoint").asText();
            if (!c.equals("genesis") && !c.equals("earliest_available")) {
                throw badParams("unknown variant `" + c + "`, expected `genesis` or `earliest_available`.");
            }
            return genesis();
        }
        throw badParams("data did not match any variant of untagged enum BlockReference.");
    }

    private Block genesis() {
        return chain.block(0).orElseThrow(() -> RpcError.internal("The genesis block is missing."));
    }

    private Block blockId(JsonNode id) {
        if (id.isIntegralNumber()) {
            long h = u64(id, "block_id");
            return chain.block(h).orElseThrow(() -> unknownBlock("DB Not Found Error: BLOCK HEIGHT: " + h + " \n Cause: Unknown"));
        }
        if (id.isTextual()) {
            CryptoHash hash = cryptoHash(id.asText(), "block_id");
            return chain.block(hash).orElseThrow(() -> unknownBlock("DB Not Found Error: BLOCK HEADER: " + hash));
        }
        throw badParams("block_id must be a height or a hash, got " + kind(id) + ".");
    }

    private static RpcError unknownBlock(String message) {
        return RpcError.handler("UNKNOWN_BLOCK", F.objectNode().put("error_message", message), message);
    }

    // ---------------------------------------------------------------------------------------------
    // Node

    private JsonNode status() {
        Block head = chain.head();
        Block genesis = genesis();
        ChainConfig c = chain.config();
        ObjectNode o = F.objectNode();
        o.putObject("version").put("version", NODE_VERSION).put("build", "aidev").put("rustc_version", "none");
        o.put("chain_id", c.chainId());
        o.put("protocol_version", PROTOCOL_VERSION);
        o.put("latest_protocol_version", PROTOCOL_VERSION);
        o.put("rpc_addr", rpcAddr.get());
        o.putArray("validators").addObject().put("account_id", c.rootAccount());
        ObjectNode sync = o.putObject("sync_info");
        sync.put("latest_block_hash", head.hash().toString());
        sync.put("latest_block_height", head.height());
        sync.put("latest_state_root", Views.NO_CODE_HASH);
        sync.put("latest_block_time", Views.time(head.timestampNs()));
        sync.put("syncing", false);
        sync.put("earliest_block_hash", genesis.hash().toString());
        sync.put("earliest_block_height", genesis.height());
        sync.put("earliest_block_time", Views.time(genesis.timestampNs()));
        long epoch = head.epochHeight(c.epochLength());
        sync.put("epoch_id", Views.epochId(epoch));
        sync.put("epoch_start_height", (epoch - 1) * c.epochLength());
        o.put("validator_account_id", c.rootAccount());
        o.put("validator_public_key", chain.rootKey().publicKey().toString());
        o.put("node_public_key", chain.rootKey().publicKey().toString());
        o.putNull("node_key");
        o.put("uptime_sec", (System.currentTimeMillis() - startedAtMs) / 1000);
        o.put("genesis_hash", genesis.hash().toString());
        o.putNull("detailed_debug_status");
        return o;
    }

    private JsonNode networkInfo() {
        ObjectNode o = F.objectNode();
        o.putArray("active_peers");
        o.put("num_active_peers", 0);
        o.put("peer_max_count", 0);
        o.put("sent_bytes_per_sec", 0);
        o.put("received_bytes_per_sec", 0);
        o.putArray("known_producers");
        return o;
    }

    private JsonNode validators(JsonNode params) {
        Block at;
        if (params == null || params.isNull() || (params.isArray() && params.size() == 0)) {
            at = chain.head();
        } else if (params.isArray() && params.size() == 1) {
            at = params.get(0).isNull() ? chain.head() : blockId(params.get(0));
        } else if (params instanceof ObjectNode o && o.has("block_id")) {
            at = blockId(o.get("block_id"));
        } else if (params instanceof ObjectNode o && o.has("epoch_id")) {
            at = chain.head();
            String wanted = text(o, "epoch_id");
            if (!wanted.equals(Views.epochId(at.epochHeight(chain.config().epochLength())))) {
                throw RpcError.handler("UNKNOWN_EPOCH", F.objectNode(), "Epoch not found");
            }
        } else if (params instanceof ObjectNode o && o.has("latest")) {
            at = chain.head();
        } else {
            throw badParams("expected [block_id or null], {\"block_id\"} or {\"epoch_id\"}.");
        }
        ChainConfig c = chain.config();
        String pk = chain.rootKey().publicKey().toString();
        String stake = c.rootLocked().toString();
        long epoch = at.epochHeight(c.epochLength());
        ObjectNode o = F.objectNode();
        ObjectNode v = o.putArray("current_validators").addObject();
        v.put("account_id", c.rootAccount());
        v.put("public_key", pk);
        v.put("is_slashed", false);
        v.put("stake", stake);
        v.putArray("shards").add(0);
        v.putArray("shards_endorsed").add(0);
        v.put("num_produced_blocks", at.height());
        v.put("num_expected_blocks", at.height());
        v.put("num_produced_chunks", at.height());
        v.put("num_expected_chunks", at.height());
        v.put("num_produced_endorsements", 0);
        v.put("num_expected_endorsements", 0);
        ObjectNode n = o.putArray("next_validators").addObject();
        n.put("account_id", c.rootAccount());
        n.put("public_key", pk);
        n.put("stake", stake);
        n.putArray("shards").add(0);
        o.putArray("current_fishermen");
        o.putArray("next_fishermen");
        o.putArray("current_proposals");
        o.putArray("prev_epoch_kickout");
        o.put("epoch_start_height", (epoch - 1) * c.epochLength());
        o.put("epoch_height", epoch);
        return o;
    }

    private JsonNode gasPrice(JsonNode params) {
        Block at;
        if (params == null || params.isNull() || (params.isArray() && params.size() == 0)) {
            at = chain.head();
        } else if (params.isArray() && params.size() == 1) {
            at = params.get(0).isNull() ? chain.head() : blockId(params.get(0));
        } else if (params instanceof ObjectNode o) {
            at = o.has("block_id") && !o.get("block_id").isNull() ? blockId(o.get("block_id")) : chain.head();
        } else {
            throw badParams("expected [block_id or null] or {\"block_id\"}.");
        }
        return F.objectNode().put("gas_price", at.gasPrice().toString());
    }

    // ---------------------------------------------------------------------------------------------
    // Blocks and chunks

    private JsonNode block(JsonNode params) {
        Block b;
        if (params != null && params.isArray() && params.size() == 1) {
            b = blockId(params.get(0));
        } else {
            b = blockReference(object(params));
        }
        return Views.block(b, chain.config().rootAccount(), chain.config().epochLength(), PROTOCOL_VERSION);
    }

    private JsonNode chunk(JsonNode params) {
        Block b;
        if (params != null && params.isArray() && params.size() == 1) {
            b = chunkByHash(params.get(0));
        } else {
            ObjectNode o = object(params);
            if (o.has("chunk_id")) {
                b = chunkByHash(o.get("chunk_id"));
            } else if (o.has("block_id") && o.has("shard_id")) {
                long shard = u64(o.get("shard_id"), "shard_id");
                if (shard != 0) {
                    throw RpcError.handler("INVALID_SHARD_ID", F.objectNode().put("shard_id", shard),
                            "Shard id " + shard + " does not exist");
                }
                b = blockId(o.get("block_id"));
            } else {
                throw badParams("expected [chunk_hash], {\"chunk_id\"} or {\"block_id\", \"shard_id\"}.");
            }
        }
        ObjectNode o = F.objectNode();
        o.put("author", chain.config().rootAccount());
        o.set("header", Views.chunkHeader(b));
        ArrayNode txs = o.putArray("transactions");
        for (CryptoHash h : b.transactions()) {
            chain.transaction(h).ifPresent(t -> txs.add(Views.transaction(t)));
        }
        ArrayNode receipts = o.putArray("receipts");
        for (CryptoHash id : b.receipts()) {
            chain.receipt(id).ifPresent(r -> receipts.add(Views.receipt(r)));
        }
        return o;
    }

    private Block chunkByHash(JsonNode id) {
        if (id == null || !id.isTextual()) {
            throw badParams("chunk_id must be a chunk hash, got " + kind(id) + ".");
        }
        CryptoHash hash = cryptoHash(id.asText(), "chunk_id");
        Optional<Block> b = chain.blockByChunk(hash);
        if (b.isPresent()) {
            return b.get();
        }
        throw RpcError.handler("UNKNOWN_CHUNK", F.objectNode().put("chunk_hash", hash.toString()),
                "Chunk Missing (unavailable on the node): " + hash);
    }

    // ---------------------------------------------------------------------------------------------
    // Query

    private JsonNode query(JsonNode params) {
        ObjectNode o;
        Block at;
        if (params != null && params.isArray() && params.size() == 2 && params.get(0).isTextual()
                && params.get(1).isTextual()) {
            o = legacyQuery(params.get(0).asText(), params.get(1).asText());
            at = chain.head();
        } else {
            o = object(params);
            at = blockReference(o);
        }
        // The chain keeps only the newest state: a query at an older block sees the head's state.
        if (!at.hash().equals(chain.head().hash())) {
            at = chain.head();
        }
        String type = text(o, "request_type");
        ObjectNode result = switch (type) {
            case "view_account" -> viewAccount(accountId(o, "account_id"), at);
            case "view_code" -> viewCode(accountId(o, "account_id"), at);
            case "view_state" -> viewState(accountId(o, "account_id"), o, at);
            case "view_access_key" -> viewAccessKey(accountId(o, "account_id"), publicKey(text(o, "public_key")), at);
            case "view_access_key_list" -> viewAccessKeyList(accountId(o, "account_id"), at);
            case "call_function" -> callFunction(accountId(o, "account_id"), text(o, "method_name"),
                    base64(text(o, "args_base64"), "args_base64"), at);
            default -> throw badParams("unknown variant `" + type + "`, expected one of `view_account`, `view_code`, "
                    + "`view_state`, `view_access_key`, `view_access_key_list`, `call_function`.");
        };
        result.put("block_height", at.height());
        result.put("block_hash", at.hash().toString());
        return result;
    }

    /** The soft-deprecated path form: ["account/<id>", ""], ["call/<id>/<method>", base58 args], ... */
    private static ObjectNode legacyQuery(String path, String data) {
        byte[] bytes;
        try {
            bytes = dev.aidev.vm.Base58.decode(data);
        } catch (RuntimeException e) {
            throw RpcError.parse("Query data is not Base58.");
        }
        String[] parts = path.split("/", 3);
        if (parts.length < 2) {
            throw RpcError.parse("Not enough query parameters provided");
        }
        ObjectNode o = F.objectNode();
        o.put("account_id", parts[1]);
        switch (parts[0]) {
            case "account" -> o.put("request_type", "view_account");
            case "code" -> o.put("request_type", "view_code");
            case "contract" -> o.put("request_type", "view_state").put("prefix_base64", Views.b64(bytes));
            case "access_key" -> {
                if (parts.length == 3) {
                    o.put("request_type", "view_access_key").put("public_key", parts[2]);
                } else {
                    o.put("request_type", "view_access_key_list");
                }
            }
            case "call" -> {
                if (parts.length < 3) {
                    throw RpcError.parse("Method name is missing");
                }
                o.put("request_type", "call_function").put("method_name", parts[2]).put("args_base64", Views.b64(bytes));
            }
            default -> throw RpcError.parse("Unknown path " + parts[0]);
        }
        return o;
    }

    private Account existing(String id, Block at) {
        return chain.account(id).orElseThrow(() -> unknownAccount(id, at));
    }

    private static RpcError unknownAccount(String id, Block at) {
        return RpcError.handler("UNKNOWN_ACCOUNT", F.objectNode().put("requested_account_id", id)
                        .put("block_height", at.height()).put("block_hash", at.hash().toString()),
                "account " + id + " does not exist while viewing");
    }

    private ObjectNode viewAccount(String id, Block at) {
        return Views.account(existing(id, at));
    }

    private ObjectNode viewCode(String id, Block at) {
        Account a = existing(id, at);
        byte[] code = a.hasContract() ? chain.code(id).orElse(null) : null;
        if (code == null) {
            throw RpcError.handler("NO_CONTRACT_CODE", F.objectNode().put("contract_account_id", id)
                            .put("block_height", at.height()).put("block_hash", at.hash().toString()),
                    "Contract code for contract ID #" + id + " has never been observed on the node");
        }
        ObjectNode o = F.objectNode();
        o.put("code_base64", Views.b64(code));
        o.put("hash", Views.hash(a.codeHash()));
        return o;
    }

    private ObjectNode viewState(String id, ObjectNode req, Block at) {
        existing(id, at);
        byte[] prefix = base64(text(req, "prefix_base64"), "prefix_base64");
        ObjectNode o = F.objectNode();
        ArrayNode values = o.putArray("values");
        for (Map.Entry<byte[], byte[]> e : chain.viewState(id, prefix)) {
            values.addObject().put("key", Views.b64(e.getKey())).put("value", Views.b64(e.getValue()));
        }
        return o;
    }

    /**
     * nearcore answers a missing key as a <em>result</em> with an {@code error} text (chain/jsonrpc
     * process_query_response), which near-api-js turns into AccessKeyDoesNotExistError.
     */
    private ObjectNode viewAccessKey(String id, PublicKey pk, Block at) {
        Optional<AccessKey> key = chain.accessKey(id, pk);
        if (key.isEmpty()) {
            ObjectNode o = F.objectNode();
            o.put("error", "access key " + pk + " does not exist while viewing");
            o.putArray("logs");
            return o;
        }
        return Views.accessKey(key.get());
    }

    private ObjectNode viewAccessKeyList(String id, Block at) {
        existing(id, at);
        ObjectNode o = F.objectNode();
        ArrayNode keys = o.putArray("keys");
        for (Map.Entry<String, AccessKey> e : chain.accessKeys(id).entrySet()) {
            keys.addObject().put("public_key", e.getKey()).set("access_key", Views.accessKey(e.getValue()));
        }
        return o;
    }

    /**
     * A view call. A VM error is a result with an {@code error} text in nearcore's Debug form
     * ("wasm execution failed with error: FunctionCallError(...)"), as near-api-js parses it.
     */
    private ObjectNode callFunction(String id, String method, byte[] args, Block at) {
        VmOutcome out;
        try {
            out = chain.callView(id, method, args);
        } catch (Chain.UnknownAccountException e) {
            throw unknownAccount(id, at);
        }
        ObjectNode o = F.objectNode();
        if (out.error() != null) {
            o.put("error", "wasm execution failed with error: FunctionCallError(" + debug(out.error()) + ")");
            o.putArray("logs");
            return o;
        }
        ArrayNode result = o.putArray("result");
        if (out.returnData() instanceof ReturnData.Value v) {
            for (byte b : v.bytes()) {
                result.add(b & 0xFF);
            }
        }
        ArrayNode logs = o.putArray("logs");
        out.logs().forEach(logs::add);
        return o;
    }

    /** A VM error as Rust's Debug prints nearcore's FunctionCallError variants. */
    static String debug(VmError e) {
        if (e instanceof VmError.CompilationError c) {
            if (c.kind().equals("CodeDoesNotExist")) {
                return "CompilationError(CodeDoesNotExist { account_id: \"" + c.message() + "\" })";
            }
            return "CompilationError(PrepareError(" + c.kind() + "))";
        }
        if (e instanceof VmError.MethodResolveError m) {
            return "MethodResolveError(" + m.kind() + ")";
        }
        if (e instanceof VmError.LinkError l) {
            return "LinkError { msg: " + quote(l.message()) + " }";
        }
        if (e instanceof VmError.WasmTrap t) {
            return "WasmTrap(" + t.kind() + ")";
        }
        if (e.kind().equals("GuestPanic")) {
            String msg = e.message().startsWith("Smart contract panicked: ")
                    ? e.message().substring("Smart contract panicked: ".length()) : e.message();
            return "HostError(GuestPanic { panic_msg: " + quote(msg) + " })";
        }
        return "HostError(" + e.kind() + ")";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    // ---------------------------------------------------------------------------------------------
    // Transactions

    private record SendRequest(SignedTransaction tx, String waitUntil) {}

    private static final List<String> WAIT_LEVELS =
            List.of("NONE", "INCLUDED", "EXECUTED_OPTIMISTIC", "INCLUDED_FINAL", "EXECUTED", "FINAL");

    private static String waitUntil(JsonNode o, String dflt) {
        JsonNode w = o.get("wait_until");
        if (w == null || w.isNull()) {
            return dflt;
        }
        if (!w.isTextual() || !WAIT_LEVELS.contains(w.asText())) {
            throw badParams("unknown variant `" + w.asText() + "`, expected one of " + WAIT_LEVELS + ".");
        }
        return w.asText();
    }

    static SignedTransaction decodeTx(JsonNode b64) {
        if (b64 == null || !b64.isTextual()) {
            throw RpcError.parse("Failed to decode transaction: expected a Base64 string, got " + kind(b64) + ".");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(b64.asText());
        } catch (IllegalArgumentException e) {
            throw RpcError.parse("Failed to decode transaction: " + e.getMessage());
        }
        try {
            return SignedTransaction.decode(bytes);
        } catch (BorshException | IllegalArgumentException e) {
            throw RpcError.parse("Failed to decode transaction: " + e.getMessage());
        }
    }

    private static SendRequest sendRequest(JsonNode params, String dflt) {
        if (params != null && params.isArray()) {
            if (params.size() == 1) {
                return new SendRequest(decodeTx(params.get(0)), dflt);
            }
            throw RpcError.parse("Unable to parse send request: expected [signed_tx_base64], got " + params.size()
                    + " params");
        }
        ObjectNode o = object(params);
        return new SendRequest(decodeTx(o.get("signed_tx_base64")), waitUntil(o, dflt));
    }

    /**
     * nearcore's INVALID_TRANSACTION: the InvalidTxError as cause info, and as {@code data} the
     * ServerError form {"TxExecutionError": {"InvalidTxError": ...}} that near-api-js parses.
     */
    static RpcError invalidTx(InvalidTxException e) {
        ObjectNode info = F.objectNode();
        if (e.error().isObject()) {
            info.setAll((ObjectNode) e.error().deepCopy());
        } else {
            info.set(e.error().asText(), F.nullNode());
        }
        ObjectNode data = F.objectNode();
        data.set("TxExecutionError", Errors.txExecutionError(e));
        return RpcError.handler("INVALID_TRANSACTION", info, data);
    }

    private JsonNode broadcastTxAsync(JsonNode params) {
        SendRequest req = sendRequest(params, "NONE");
        try {
            chain.submit(req.tx());
        } catch (InvalidTxException e) {
            // nearcore's broadcast_tx_async answers with the hash before validating; so do we.
        }
        return F.textNode(req.tx().hash().toString());
    }

    private JsonNode sendTx(JsonNode params, String dflt) {
        SendRequest req = sendRequest(params, dflt);
        CryptoHash hash;
        try {
            hash = chain.submit(req.tx());
        } catch (InvalidTxException e) {
            throw invalidTx(e);
        }
        if (req.waitUntil().equals("NONE")) {
            return F.objectNode().put("final_execution_status", "NONE");
        }
        return awaitOutcome(hash, req.waitUntil(), false);
    }

    private JsonNode txStatus(JsonNode params, boolean withReceipts) {
        CryptoHash hash;
        String sender;
        String wait = "EXECUTED_OPTIMISTIC";
        if (params != null && params.isArray() && params.size() == 2) {
            hash = cryptoHash(params.get(0).asText(), "tx_hash");
            sender = params.get(1).asText();
        } else if (params != null && params.isArray() && params.size() == 1) {
            SignedTransaction tx = decodeTx(params.get(0));
            hash = tx.hash();
            sender = tx.transaction().signerId();
        } else {
            ObjectNode o = object(params);
            wait = waitUntil(o, wait);
            if (o.has("signed_tx_base64")) {
                SignedTransaction tx = decodeTx(o.get("signed_tx_base64"));
                hash = tx.hash();
                sender = tx.transaction().signerId();
            } else {
                hash = cryptoHash(text(o, "tx_hash"), "tx_hash");
                sender = accountId(o, "sender_account_id");
            }
        }
        Optional<SignedTransaction> known = chain.transaction(hash);
        if (known.isEmpty() || !known.get().transaction().signerId().equals(sender)) {
            throw RpcError.handler("UNKNOWN_TRANSACTION",
                    F.objectNode().put("requested_transaction_hash", hash.toString()),
                    "Transaction " + hash + " doesn't exist");
        }
        if (wait.equals("NONE")) {
            wait = "INCLUDED";
        }
        return awaitOutcome(hash, wait, withReceipts);
    }

    /** Waits until the transaction reaches {@code waitUntil}; a single node finalises at once. */
    private JsonNode awaitOutcome(CryptoHash hash, String waitUntil, boolean withReceipts) {
        boolean executed = waitUntil.startsWith("EXECUTED") || waitUntil.equals("FINAL");
        long deadline = System.currentTimeMillis() + WAIT_TIMEOUT_MS;
        while (true) {
            Optional<FinalOutcome> out = chain.finalOutcome(hash);
            if (out.isPresent() && (out.get().isFinal() || !executed)) {
                return outcomeResponse(out.get(), withReceipts);
            }
            Optional<InvalidTxException> dropped = chain.dropped(hash);
            if (dropped.isPresent()) {
                throw invalidTx(dropped.get());
            }
            if (System.currentTimeMillis() > deadline) {
                throw RpcError.handler("TIMEOUT_ERROR", F.objectNode(), "Timeout");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw RpcError.internal("Interrupted while waiting for transaction " + hash + ".");
            }
        }
    }

    private JsonNode outcomeResponse(FinalOutcome f, boolean withReceipts) {
        ObjectNode o = Views.finalOutcome(f);
        if (withReceipts) {
            ArrayNode receipts = o.putArray("receipts");
            for (Chain.OutcomeInBlock r : f.receiptsOutcome()) {
                chain.receipt(r.outcome().id()).ifPresent(rc -> receipts.add(Views.receipt(rc)));
            }
        }
        o.put("final_execution_status", f.isFinal() ? "FINAL" : "INCLUDED_FINAL");
        return o;
    }

    private JsonNode receipt(JsonNode params) {
        ObjectNode o = object(params);
        CryptoHash id = cryptoHash(text(o, "receipt_id"), "receipt_id");
        ChainReceipt r = chain.receipt(id).orElseThrow(() -> RpcError.handler("UNKNOWN_RECEIPT",
                F.objectNode().put("receipt_id", id.toString()),
                "Receipt with id " + id + " has never been observed on this node"));
        return Views.receipt(r);
    }

    // ---------------------------------------------------------------------------------------------
    // Changes

    /**
     * EXPERIMENTAL_changes: the state changes the block recorded for the given accounts, each with
     * the transaction or receipt that caused it (nearcore's StateChangeWithCauseView).
     */
    private JsonNode changes(JsonNode params) {
        ObjectNode o = object(params);
        Block b = blockReference(o);
        String type = text(o, "changes_type");
        ObjectNode result = F.objectNode();
        result.put("block_hash", b.hash().toString());
        ArrayNode out = result.putArray("changes");
        java.util.Set<String> ids;
        java.util.Map<String, java.util.Set<String>> keys = new java.util.HashMap<>();
        String wanted;
        byte[] prefix = new byte[0];
        switch (type) {
            case "account_changes" -> {
                ids = new java.util.HashSet<>(accountIds(o));
                wanted = "account";
            }
            case "data_changes" -> {
                ids = new java.util.HashSet<>(accountIds(o));
                wanted = "data";
                prefix = base64(o.has("key_prefix_base64") ? text(o, "key_prefix_base64") : "", "key_prefix_base64");
            }
            case "all_access_key_changes" -> {
                ids = new java.util.HashSet<>(accountIds(o));
                wanted = "access_key";
            }
            case "single_access_key_changes" -> {
                JsonNode ks = o.get("keys");
                if (ks == null || !ks.isArray()) {
                    throw badParams("missing field `keys`.");
                }
                ids = new java.util.HashSet<>();
                for (JsonNode k : ks) {
                    String id = accountId(k, "account_id");
                    ids.add(id);
                    keys.computeIfAbsent(id, x -> new java.util.HashSet<>()).add(publicKey(text(k, "public_key")).toString());
                }
                wanted = "access_key";
            }
            case "contract_code_changes" -> {
                ids = new java.util.HashSet<>(accountIds(o));
                wanted = "code";
            }
            default -> throw badParams("unknown variant `" + type + "`, expected one of `account_changes`, "
                    + "`single_access_key_changes`, `all_access_key_changes`, `contract_code_changes`, `data_changes`.");
        }
        for (dev.aidev.chain.StateChange c : chain.changes(b.height())) {
            if (!c.kind().equals(wanted) || !ids.contains(c.accountId())) {
                continue;
            }
            String pk = c.kind().equals("access_key") ? new String(c.key(), java.nio.charset.StandardCharsets.UTF_8) : null;
            if (!keys.isEmpty() && (pk == null || !keys.getOrDefault(c.accountId(), java.util.Set.of()).contains(pk))) {
                continue;
            }
            if (c.kind().equals("data") && !startsWith(c.key(), prefix)) {
                continue;
            }
            ObjectNode entry = out.addObject();
            entry.set("cause", c.causeIsTransaction()
                    ? F.objectNode().put("type", "transaction_processing").put("tx_hash", c.cause().toString())
                    : F.objectNode().put("type", "receipt_processing").put("receipt_hash", c.cause().toString()));
            boolean deleted = c.value() == null;
            ObjectNode change = F.objectNode().put("account_id", c.accountId());
            switch (c.kind()) {
                case "account" -> {
                    entry.put("type", deleted ? "account_deletion" : "account_update");
                    if (!deleted) {
                        change.setAll(Views.account(dev.aidev.chain.state.Account.decode(c.value())));
                    }
                }
                case "data" -> {
                    entry.put("type", deleted ? "data_deletion" : "data_update");
                    change.put("key_base64", Views.b64(c.key()));
                    if (!deleted) {
                        change.put("value_base64", Views.b64(c.value()));
                    }
                }
                case "access_key" -> {
                    entry.put("type", deleted ? "access_key_deletion" : "access_key_update");
                    change.put("public_key", pk);
                    if (!deleted) {
                        change.set("access_key", Views.accessKey(dev.aidev.chain.state.State.decodeKey(c.value())));
                    }
                }
                default -> {
                    entry.put("type", deleted ? "contract_code_deletion" : "contract_code_update");
                    if (!deleted) {
                        change.put("code_base64", Views.b64(c.value()));
                    }
                }
            }
            entry.set("change", change);
        }
        return result;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length
                && java.util.Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static List<String> accountIds(ObjectNode o) {
        JsonNode ids = o.get("account_ids");
        if (ids == null || !ids.isArray()) {
            throw badParams("missing field `account_ids` (an array of account ids).");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode id : ids) {
            if (!id.isTextual() || !AccountIds.isValid(id.asText())) {
                throw badParams("invalid account id " + id + " in `account_ids`.");
            }
            out.add(id.asText());
        }
        return out;
    }

    /** Which accounts the block's transactions and receipts ran on, with the last cause of each. */
    // ---------------------------------------------------------------------------------------------
    // Configuration

    private JsonNode protocolConfig(JsonNode params) {
        if (params != null && !params.isNull() && !(params.isArray() && params.size() == 0)) {
            blockReference(object(params));
        }
        ObjectNode o = genesisCommon();
        o.set("runtime_config", runtimeConfig(chain.params()));
        return o;
    }

    private JsonNode genesisConfig() {
        ObjectNode o = genesisCommon();
        ChainConfig c = chain.config();
        ObjectNode v = o.putArray("validators").addObject();
        v.put("account_id", c.rootAccount());
        v.put("public_key", chain.rootKey().publicKey().toString());
        v.put("amount", c.rootLocked().toString());
        o.put("total_supply", c.rootBalance().add(c.rootLocked()).toString());
        o.putArray("records");
        return o;
    }

    private ObjectNode genesisCommon() {
        ChainConfig c = chain.config();
        Block g = genesis();
        ObjectNode o = F.objectNode();
        o.put("protocol_version", PROTOCOL_VERSION);
        o.put("genesis_time", Views.time(g.timestampNs()));
        o.put("chain_id", c.chainId());
        o.put("genesis_height", 0);
        o.put("num_block_producer_seats", 1);
        o.putArray("num_block_producer_seats_per_shard").add(1);
        o.putArray("avg_hidden_validator_seats_per_shard").add(0);
        o.put("dynamic_resharding", false);
        o.putArray("protocol_upgrade_stake_threshold").add(4).add(5);
        o.put("epoch_length", c.epochLength());
        o.put("gas_limit", 1_000_000_000_000_000L);
        o.put("min_gas_price", c.gasPrice().toString());
        o.put("max_gas_price", c.gasPrice().toString());
        o.put("block_producer_kickout_threshold", 90);
        o.put("chunk_producer_kickout_threshold", 90);
        o.putArray("online_min_threshold").add(9).add(10);
        o.putArray("online_max_threshold").add(99).add(100);
        o.putArray("gas_price_adjustment_rate").add(1).add(100);
        o.put("transaction_validity_period", c.transactionValidityPeriod());
        o.putArray("protocol_reward_rate").add(1).add(10);
        o.putArray("max_inflation_rate").add(1).add(20);
        o.put("num_blocks_per_year", 31_536_000);
        o.put("protocol_treasury_account", c.rootAccount());
        o.put("fishermen_threshold", "340282366920938463463374607431768211455");
        o.put("minimum_stake_divisor", 10);
        ObjectNode layout = o.putObject("shard_layout").putObject("V0");
        layout.put("num_shards", 1);
        layout.put("version", 0);
        o.putArray("max_kickout_stake_perc").add(100);
        o.putArray("minimum_stake_ratio").add(1).add(6250);
        o.put("minimum_validators_per_shard", 1);
        return o;
    }

    private static ObjectNode fee(Fee f) {
        return F.objectNode().put("send_sir", f.sendSir()).put("send_not_sir", f.sendNotSir())
                .put("execution", f.execution());
    }

    private static JsonNode ratio(RuntimeParams p, String key) {
        String[] parts = p.text(key).split("/");
        ArrayNode a = F.arrayNode();
        for (String s : parts) {
            a.add(Long.parseLong(s.trim()));
        }
        return a;
    }

    /** nearcore's {@code RuntimeConfigView}, from the emulated protocol's parameters. */
    static ObjectNode runtimeConfig(RuntimeParams p) {
        ObjectNode rc = F.objectNode();
        rc.put("storage_amount_per_byte", p.storageAmountPerByte.toString());
        ObjectNode tc = rc.putObject("transaction_costs");
        tc.set("action_receipt_creation_config", fee(p.fee(ActionCost.new_action_receipt)));
        ObjectNode data = tc.putObject("data_receipt_creation_config");
        data.set("base_cost", fee(p.fee(ActionCost.new_data_receipt_base)));
        data.set("cost_per_byte", fee(p.fee(ActionCost.new_data_receipt_byte)));
        ObjectNode ac = tc.putObject("action_creation_config");
        ac.set("create_account_cost", fee(p.fee(ActionCost.create_account)));
        ac.set("deploy_contract_cost", fee(p.fee(ActionCost.deploy_contract_base)));
        ac.set("deploy_contract_cost_per_byte", fee(p.fee(ActionCost.deploy_contract_byte)));
        ac.set("function_call_cost", fee(p.fee(ActionCost.function_call_base)));
        ac.set("function_call_cost_per_byte", fee(p.fee(ActionCost.function_call_byte)));
        ac.set("transfer_cost", fee(p.fee(ActionCost.transfer)));
        ac.set("stake_cost", fee(p.fee(ActionCost.stake)));
        ObjectNode ak = ac.putObject("add_key_cost");
        ak.set("full_access_cost", fee(p.fee(ActionCost.add_full_access_key)));
        ak.set("function_call_cost", fee(p.fee(ActionCost.add_function_call_key_base)));
        ak.set("function_call_cost_per_byte", fee(p.fee(ActionCost.add_function_call_key_byte)));
        ac.set("delete_key_cost", fee(p.fee(ActionCost.delete_key)));
        ac.set("delete_account_cost", fee(p.fee(ActionCost.delete_account)));
        ac.set("delegate_cost", fee(p.fee(ActionCost.delegate)));
        ac.set("deploy_global_contract_cost", fee(p.fee(ActionCost.deploy_global_contract_base)));
        ac.set("deploy_global_contract_cost_per_byte", fee(p.fee(ActionCost.deploy_global_contract_byte)));
        ac.set("use_global_contract_cost", fee(p.fee(ActionCost.use_global_contract_base)));
        ac.set("use_global_contract_cost_per_identifier_byte", fee(p.fee(ActionCost.use_global_contract_byte)));
        ObjectNode su = tc.putObject("storage_usage_config");
        su.put("num_bytes_account", p.storageNumBytesAccount);
        su.put("num_extra_bytes_record", p.storageNumExtraBytesRecord);
        tc.set("burnt_gas_reward", ratio(p, "burnt_gas_reward"));
        tc.set("pessimistic_gas_price_inflation_ratio", ratio(p, "pessimistic_gas_price_inflation"));
        ObjectNode wasm = rc.putObject("wasm_config");
        ObjectNode ext = wasm.putObject("ext_costs");
        for (ExtCost c : ExtCost.values()) {
            ext.put(c.name(), p.cost(c));
        }
        wasm.put("grow_mem_cost", 1);
        wasm.put("regular_op_cost", p.regularOpCost);
        ObjectNode lim = wasm.putObject("limit_config");
        lim.put("max_gas_burnt", p.maxGasBurnt);
        lim.put("max_stack_height", p.maxStackHeight);
        lim.put("initial_memory_pages", p.initialMemoryPages);
        lim.put("max_memory_pages", p.maxMemoryPages);
        lim.put("registers_memory_limit", p.registersMemoryLimit);
        lim.put("max_register_size", p.maxRegisterSize);
        lim.put("max_number_registers", p.maxNumberRegisters);
        lim.put("max_number_logs", p.maxNumberLogs);
        lim.put("max_total_log_length", p.maxTotalLogLength);
        lim.put("max_total_prepaid_gas", p.maxTotalPrepaidGas);
        lim.put("max_actions_per_receipt", p.maxActionsPerReceipt);
        lim.put("max_number_bytes_method_names", p.maxNumberBytesMethodNames);
        lim.put("max_length_method_name", p.maxLengthMethodName);
        lim.put("max_arguments_length", p.maxArgumentsLength);
        lim.put("max_length_returned_data", p.maxLengthReturnedData);
        lim.put("max_contract_size", p.maxContractSize);
        lim.put("max_transaction_size", p.number("max_transaction_size"));
        lim.put("max_length_storage_key", p.maxLengthStorageKey);
        lim.put("max_length_storage_value", p.maxLengthStorageValue);
        lim.put("max_promises_per_function_call_action", p.maxPromisesPerFunctionCallAction);
        lim.put("max_number_input_data_dependencies", p.maxNumberInputDataDependencies);
        lim.put("max_functions_number_per_contract", p.maxFunctionsNumberPerContract);
        lim.put("max_locals_per_contract", p.maxLocalsPerContract);
        lim.put("max_tables_per_contract", p.maxTablesPerContract);
        lim.put("max_elements_per_contract_table", p.maxElementsPerContractTable);
        lim.put("max_yield_payload_size", p.maxYieldPayloadSize);
        lim.put("yield_timeout_length_in_blocks", p.yieldTimeoutLengthInBlocks);
        lim.put("account_id_validity_rules_version", p.number("account_id_validity_rules_version"));
        wasm.put("linear_op_base_cost", p.linearOpBaseCost);
        wasm.put("linear_op_unit_cost", p.linearOpUnitCost);
        wasm.put("reftypes_bulk_memory", p.reftypesBulkMemory);
        wasm.put("deterministic_account_ids", p.deterministicAccountIds);
        ObjectNode acc = rc.putObject("account_creation_config");
        acc.put("min_allowed_top_level_account_length", p.number("min_allowed_top_level_account_length"));
        acc.put("registrar_account_id", p.text("registrar_account_id"));
        return rc;
    }

    // ---------------------------------------------------------------------------------------------
    // Sandbox

    private JsonNode fastForward(JsonNode params) {
        long delta = u64(object(params).get("delta_height"), "delta_height");
        if (delta > MAX_FAST_FORWARD) {
            throw badParams("delta_height " + delta + " exceeds the limit " + MAX_FAST_FORWARD + ".");
        }
        if (delta > 0) {
            chain.fastForward(delta);
        }
        return F.objectNode();
    }

    private JsonNode patchState(JsonNode params) {
        JsonNode records = object(params).get("records");
        if (records == null || !records.isArray()) {
            throw badParams("missing field `records` (an array of state records).");
        }
        List<StateRecord> out = new ArrayList<>();
        for (JsonNode r : records) {
            out.add(stateRecord(r));
        }
        chain.patchState(out);
        return F.objectNode();
    }

    /** nearcore's StateRecord JSON (core/primitives/src/state_record.rs). */
    static StateRecord stateRecord(JsonNode r) {
        if (!(r instanceof ObjectNode o) || o.size() != 1) {
            throw badParams("a state record is an object with one of `Account`, `Data`, `Contract`, `AccessKey`, got "
                    + r + ".");
        }
        String name = o.fieldNames().next();
        JsonNode body = o.get(name);
        if (!body.isObject()) {
            throw badParams("state record `" + name + "` must be an object.");
        }
        String id = accountId(body, "account_id");
        return switch (name) {
            case "Account" -> {
                JsonNode a = body.get("account");
                if (a == null || !a.isObject()) {
                    throw badParams("missing field `account` in an Account record.");
                }
                JsonNode ch = a.get("code_hash");
                byte[] codeHash = ch == null || ch.isNull() ? Account.NO_CODE
                        : cryptoHash(ch.asText(), "code_hash").bytes();
                yield new StateRecord.Account(id, u128(a.path("amount"), "amount"),
                        a.has("locked") ? u128(a.get("locked"), "locked") : BigInteger.ZERO, codeHash,
                        a.has("storage_usage") ? u64(a.get("storage_usage"), "storage_usage") : 0);
            }
            case "Data" -> new StateRecord.Data(id, base64(text(body, "data_key"), "data_key"),
                    base64(text(body, "value"), "value"));
            case "Contract" -> new StateRecord.Contract(id, base64(text(body, "code"), "code"));
            case "AccessKey" -> new StateRecord.AccessKeyRecord(id, publicKey(text(body, "public_key")),
                    accessKey(body.get("access_key")));
            default -> throw badParams("unknown state record `" + name + "`, expected one of `Account`, `Data`, "
                    + "`Contract`, `AccessKey`.");
        };
    }

    private static AccessKey accessKey(JsonNode k) {
        if (k == null || !k.isObject()) {
            throw badParams("missing field `access_key`.");
        }
        long nonce = k.has("nonce") ? u64(k.get("nonce"), "nonce") : 0;
        JsonNode p = k.get("permission");
        if (p != null && p.isTextual() && p.asText().equals("FullAccess")) {
            return new AccessKey(nonce, new AccessKey.FullAccess());
        }
        if (p != null && p.isObject() && p.has("FunctionCall")) {
            JsonNode fc = p.get("FunctionCall");
            JsonNode allowance = fc.get("allowance");
            List<String> names = new ArrayList<>();
            JsonNode mn = fc.get("method_names");
            if (mn != null && mn.isArray()) {
                mn.forEach(n -> names.add(n.asText()));
            }
            return new AccessKey(nonce, new AccessKey.FunctionCallPermission(
                    allowance == null || allowance.isNull() ? Optional.empty() : Optional.of(u128(allowance, "allowance")),
                    text(fc, "receiver_id"), names));
        }
        throw badParams("permission must be \"FullAccess\" or {\"FunctionCall\": {...}}, got " + p + ".");
    }
}
