package dev.aidev.chain.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aidev.chain.Chain;
import dev.aidev.chain.ChainConfig;
import dev.aidev.chain.primitives.AccessKey;
import dev.aidev.chain.primitives.Action;
import dev.aidev.chain.primitives.KeyPair;
import dev.aidev.chain.primitives.SignedTransaction;
import dev.aidev.chain.primitives.Transaction;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every method over HTTP against a real server on a free port: success shapes and error shapes. */
class RpcServerTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final BigInteger NEAR = BigInteger.TEN.pow(24);

    static Chain chain;
    static RpcServer rpc;
    static KeyPair root;

    @BeforeAll
    static void start() {
        chain = Chain.open(ChainConfig.inMemory());
        rpc = RpcServer.start(chain, "127.0.0.1", 0);
        root = chain.rootKey();
    }

    @AfterAll
    static void stop() {
        rpc.close();
        rpc.close(); // idempotent
        chain.close();
    }

    record Reply(int status, JsonNode body) {}

    static Reply post(String body) throws IOException, InterruptedException {
        return post(body.getBytes(StandardCharsets.UTF_8));
    }

    static Reply post(byte[] body) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(rpc.url() + "/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body().isEmpty() ? null : JSON.readTree(r.body()));
    }

    static JsonNode call(String method, Object params) throws IOException, InterruptedException {
        Reply r = post(request(method, params));
        assertThat(r.status()).as(r.body().toString()).isEqualTo(200);
        assertThat(r.body().get("id").asText()).isEqualTo("dontcare");
        assertThat(r.body().has("error")).as(r.body().toString()).isFalse();
        return r.body().get("result");
    }

    static JsonNode error(String method, Object params) throws IOException, InterruptedException {
        Reply r = post(request(method, params));
        assertThat(r.body().has("error")).as(r.body().toString()).isTrue();
        assertThat(r.body().get("jsonrpc").asText()).isEqualTo("2.0");
        return r.body().get("error");
    }

    static String request(String method, Object params) throws IOException {
        ObjectNode o = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", "dontcare").put("method", method);
        o.set("params", JSON.valueToTree(params));
        return JSON.writeValueAsString(o);
    }

    static SignedTransaction tx(String receiver, Action... actions) {
        AccessKey ak = chain.accessKey("test.near", root.publicKey()).orElseThrow();
        return new Transaction.V0("test.near", root.publicKey(), ak.nonce() + 1, receiver, chain.head().hash(),
                List.of(actions)).sign(root);
    }

    static String b64(SignedTransaction t) {
        return Base64.getEncoder().encodeToString(t.encode());
    }

    static byte[] wasm() throws IOException {
        return Files.readAllBytes(Path.of("..", "examples", "status_message.wasm"));
    }

    /** A fresh account with the status contract, its set_status already called once. */
    static String deployContract(String id) throws Exception {
        KeyPair k = KeyPair.generate(new SecureRandom());
        JsonNode created = call("send_tx", java.util.Map.of("signed_tx_base64", b64(tx(id, new Action.CreateAccount(),
                new Action.Transfer(NEAR.multiply(BigInteger.TEN)),
                new Action.AddKey(k.publicKey(), AccessKey.fullAccess()), new Action.DeployContract(wasm())))));
        assertThat(created.get("status").has("SuccessValue")).as(created.toString()).isTrue();
        call("send_tx", java.util.Map.of("signed_tx_base64", b64(tx(id, new Action.FunctionCall("set_status",
                "{\"text\":\"hi\"}".getBytes(StandardCharsets.UTF_8), 30_000_000_000_000L, BigInteger.ONE)))));
        return id;
    }

    // ---- node ----

    @Test
    void status_reports_the_chain_and_its_head() throws Exception {
        JsonNode s = call("status", List.of());
        assertThat(s.get("chain_id").asText()).isEqualTo("localnet");
        assertThat(s.get("sync_info").get("syncing").asBoolean()).isFalse();
        assertThat(s.get("sync_info").get("latest_block_height").asLong()).isEqualTo(chain.head().height());
        assertThat(s.get("sync_info").get("latest_block_time").asText()).endsWith("Z");
        assertThat(s.get("genesis_hash").asText()).isEqualTo(chain.block(0).orElseThrow().hash().toString());
        assertThat(s.get("rpc_addr").asText()).endsWith(":" + rpc.port());
        assertThat(s.get("validators").get(0).get("account_id").asText()).isEqualTo("test.near");
        assertThat(s.get("protocol_version").asInt()).isPositive();
        assertThat(s.get("version").get("version").asText()).isNotEmpty();
    }

    @Test
    void get_status_and_health_answer_like_nearcores_http_endpoints() throws Exception {
        HttpResponse<String> s = HTTP.send(HttpRequest.newBuilder(URI.create(rpc.url() + "/status")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(s.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(s.body()).get("chain_id").asText()).isEqualTo("localnet");
        HttpResponse<String> h = HTTP.send(HttpRequest.newBuilder(URI.create(rpc.url() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(h.statusCode()).isEqualTo(200);
        assertThat(call("health", List.of()).isNull()).isTrue();
    }

    @Test
    void network_info_validators_and_gas_price_have_nearcores_shapes() throws Exception {
        assertThat(call("network_info", List.of()).get("num_active_peers").asInt()).isZero();
        JsonNode v = call("validators", java.util.Arrays.asList((Object) null));
        assertThat(v.get("current_validators").get(0).get("account_id").asText()).isEqualTo("test.near");
        assertThat(v.get("current_validators").get(0).get("stake").isTextual()).isTrue();
        assertThat(v.get("next_validators")).hasSize(1);
        assertThat(call("validators", java.util.Map.of("block_id", 0)).get("epoch_height").asLong()).isPositive();
        assertThat(call("gas_price", java.util.Arrays.asList((Object) null)).get("gas_price").asText()).isEqualTo("100000000");
        assertThat(call("gas_price", List.of(0)).get("gas_price").asText()).isEqualTo("100000000");
    }

    // ---- blocks and chunks ----

    @Test
    void block_by_finality_height_and_hash_show_the_header_near_api_js_reads() throws Exception {
        JsonNode b = call("block", java.util.Map.of("finality", "final"));
        JsonNode h = b.get("header");
        assertThat(h.get("height").asLong()).isEqualTo(chain.head().height());
        assertThat(h.get("hash").asText()).isEqualTo(chain.head().hash().toString());
        assertThat(h.get("timestamp_nanosec").isTextual()).isTrue();
        assertThat(h.get("timestamp").isNumber()).isTrue();
        assertThat(h.get("gas_price").isTextual()).isTrue();
        assertThat(h.get("total_supply").isTextual()).isTrue();
        assertThat(h.has("epoch_id") && h.has("next_epoch_id") && h.has("prev_hash")).isTrue();
        assertThat(b.get("chunks").get(0).get("chunk_hash").asText()).isEqualTo(chain.head().chunkHash().toString());
        assertThat(call("block", java.util.Map.of("block_id", 0)).get("header").get("height").asLong()).isZero();
        String hash = h.get("hash").asText();
        assertThat(call("block", java.util.Map.of("block_id", hash)).get("header").get("hash").asText()).isEqualTo(hash);
        assertThat(call("block", List.of(0)).get("header").get("height").asLong()).isZero();
        assertThat(call("block", java.util.Map.of("sync_checkpoint", "genesis")).get("header").get("height").asLong()).isZero();
    }

    @Test
    void an_unknown_block_is_a_handler_error() throws Exception {
        JsonNode e = error("block", java.util.Map.of("block_id", 999_999_999));
        assertThat(e.get("name").asText()).isEqualTo("HANDLER_ERROR");
        assertThat(e.get("cause").get("name").asText()).isEqualTo("UNKNOWN_BLOCK");
        assertThat(e.get("code").asInt()).isEqualTo(-32000);
        assertThat(e.get("message").asText()).isEqualTo("Server error");
    }

    @Test
    void chunk_by_hash_and_by_block_and_shard_lists_the_transactions() throws Exception {
        String id = deployContract("chunky.test.near");
        JsonNode tx = call("send_tx", java.util.Map.of("signed_tx_base64", b64(tx(id, new Action.Transfer(BigInteger.ONE)))));
        String blockHash = tx.get("transaction_outcome").get("block_hash").asText();
        String chunkHash = call("block", java.util.Map.of("block_id", blockHash)).get("chunks").get(0).get("chunk_hash").asText();
        JsonNode c = call("chunk", List.of(chunkHash));
        assertThat(c.get("header").get("chunk_hash").asText()).isEqualTo(chunkHash);
        assertThat(c.get("transactions").get(0).get("hash").asText()).isEqualTo(tx.get("transaction").get("hash").asText());
        assertThat(call("chunk", java.util.Map.of("chunk_id", chunkHash)).get("header").get("shard_id").asInt()).isZero();
        assertThat(call("chunk", java.util.Map.of("block_id", blockHash, "shard_id", 0)).get("header").get("chunk_hash").asText())
                .isEqualTo(chunkHash);
        assertThat(error("chunk", java.util.Map.of("block_id", blockHash, "shard_id", 3)).get("cause").get("name").asText())
                .isEqualTo("INVALID_SHARD_ID");
        assertThat(error("chunk", List.of("11111111111111111111111111111111")).get("cause").get("name").asText())
                .isEqualTo("UNKNOWN_CHUNK");
    }

    // ---- query ----

    @Test
    void view_account_shows_balances_as_strings_and_no_code_as_ones() throws Exception {
        JsonNode a = call("query", java.util.Map.of("request_type", "view_account", "finality", "final", "account_id", "test.near"));
        assertThat(a.get("amount").isTextual()).isTrue();
        assertThat(a.get("locked").asText()).isEqualTo(chain.config().rootLocked().toString());
        assertThat(a.get("code_hash").asText()).isEqualTo("11111111111111111111111111111111");
        assertThat(a.get("storage_usage").asLong()).isPositive();
        assertThat(a.get("storage_paid_at").asLong()).isZero();
        assertThat(a.get("block_height").asLong()).isEqualTo(chain.head().height());
        assertThat(a.get("block_hash").asText()).isEqualTo(chain.head().hash().toString());
        JsonNode legacy = call("query", List.of("account/test.near", ""));
        assertThat(legacy.get("amount").asText()).isEqualTo(chain.account("test.near").orElseThrow().amount().toString());
    }

    @Test
    void an_unknown_account_is_nearcores_unknown_account_error() throws Exception {
        Reply r = post(request("query", java.util.Map.of("request_type", "view_account", "finality", "optimistic",
                "account_id", "nobody.test.near")));
        assertThat(r.status()).isEqualTo(200);
        JsonNode e = r.body().get("error");
        assertThat(e.get("name").asText()).isEqualTo("HANDLER_ERROR");
        assertThat(e.get("cause").get("name").asText()).isEqualTo("UNKNOWN_ACCOUNT");
        assertThat(e.get("cause").get("info").get("requested_account_id").asText()).isEqualTo("nobody.test.near");
        assertThat(e.get("cause").get("info").has("block_hash")).isTrue();
        assertThat(e.get("data").asText()).isEqualTo("account nobody.test.near does not exist while viewing");
        assertThat(r.body().get("id").asText()).isEqualTo("dontcare");
    }

    @Test
    void view_code_view_state_and_call_function_show_the_contract() throws Exception {
        String id = deployContract("viewer.test.near");
        JsonNode code = call("query", java.util.Map.of("request_type", "view_code", "finality", "final", "account_id", id));
        assertThat(Base64.getDecoder().decode(code.get("code_base64").asText())).isEqualTo(wasm());
        assertThat(code.get("hash").asText()).isEqualTo(
                call("query", java.util.Map.of("request_type", "view_account", "finality", "final", "account_id", id))
                        .get("code_hash").asText());
        JsonNode state = call("query", java.util.Map.of("request_type", "view_state", "finality", "final", "account_id", id,
                "prefix_base64", ""));
        assertThat(state.get("values")).hasSize(1);
        assertThat(new String(Base64.getDecoder().decode(state.get("values").get(0).get("key").asText()))).isEqualTo("status");
        JsonNode view = call("query", java.util.Map.of("request_type", "call_function", "finality", "final", "account_id", id,
                "method_name", "get_status", "args_base64", ""));
        byte[] result = new byte[view.get("result").size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = (byte) view.get("result").get(i).asInt();
        }
        assertThat(new String(result, StandardCharsets.UTF_8)).isEqualTo("{\"text\":\"hi\"}");
        assertThat(view.get("logs").isArray()).isTrue();
        assertThat(view.get("block_height").asLong()).isEqualTo(chain.head().height());
    }

    @Test
    void contract_errors_in_views_are_results_with_nearcores_error_text() throws Exception {
        String id = deployContract("failing.test.near");
        JsonNode missing = call("query", java.util.Map.of("request_type", "call_function", "finality", "final",
                "account_id", id, "method_name", "nope", "args_base64", ""));
        assertThat(missing.get("error").asText())
                .isEqualTo("wasm execution failed with error: FunctionCallError(MethodResolveError(MethodNotFound))");
        JsonNode noCode = call("query", java.util.Map.of("request_type", "call_function", "finality", "final",
                "account_id", "test.near", "method_name", "x", "args_base64", ""));
        assertThat(noCode.get("error").asText()).contains("CodeDoesNotExist { account_id: \"test.near\" }");
        JsonNode e = error("query", java.util.Map.of("request_type", "view_code", "finality", "final", "account_id", "test.near"));
        assertThat(e.get("cause").get("name").asText()).isEqualTo("NO_CONTRACT_CODE");
        assertThat(e.get("cause").get("info").get("contract_account_id").asText()).isEqualTo("test.near");
    }

    @Test
    void access_keys_show_nonce_and_permission() throws Exception {
        JsonNode k = call("query", java.util.Map.of("request_type", "view_access_key", "finality", "final",
                "account_id", "test.near", "public_key", root.publicKey().toString()));
        assertThat(k.get("permission").asText()).isEqualTo("FullAccess");
        assertThat(k.get("nonce").isNumber()).isTrue();
        KeyPair fc = KeyPair.generate(new SecureRandom());
        call("send_tx", java.util.Map.of("signed_tx_base64", b64(tx("test.near", new Action.AddKey(fc.publicKey(),
                new AccessKey(0, new AccessKey.FunctionCallPermission(Optional.of(NEAR), "x.test.near", List.of("a", "b")))))),
                "wait_until", "FINAL"));
        JsonNode list = call("query", java.util.Map.of("request_type", "view_access_key_list", "finality", "final",
                "account_id", "test.near"));
        JsonNode fcView = null;
        for (JsonNode key : list.get("keys")) {
            if (key.get("public_key").asText().equals(fc.publicKey().toString())) {
                fcView = key.get("access_key").get("permission").get("FunctionCall");
            }
        }
        assertThat(fcView).isNotNull();
        assertThat(fcView.get("allowance").asText()).isEqualTo(NEAR.toString());
        assertThat(fcView.get("receiver_id").asText()).isEqualTo("x.test.near");
        assertThat(fcView.get("method_names")).hasSize(2);
        JsonNode missing = call("query", java.util.Map.of("request_type", "view_access_key", "finality", "final",
                "account_id", "test.near", "public_key", KeyPair.generate(new SecureRandom()).publicKey().toString()));
        assertThat(missing.get("error").asText()).startsWith("access key ed25519:").endsWith(" does not exist while viewing");
    }

    // ---- transactions ----

    @Test
    void send_tx_returns_the_final_execution_outcome() throws Exception {
        SignedTransaction t = tx("test.near", new Action.Transfer(BigInteger.TEN));
        JsonNode out = call("send_tx", java.util.Map.of("signed_tx_base64", b64(t), "wait_until", "EXECUTED_OPTIMISTIC"));
        assertThat(out.get("final_execution_status").asText()).isEqualTo("FINAL");
        assertThat(out.get("status").has("SuccessValue")).isTrue();
        JsonNode tv = out.get("transaction");
        assertThat(tv.get("hash").asText()).isEqualTo(t.hash().toString());
        assertThat(tv.get("signer_id").asText()).isEqualTo("test.near");
        assertThat(tv.get("actions").get(0).get("Transfer").get("deposit").asText()).isEqualTo("10");
        assertThat(tv.get("signature").asText()).startsWith("ed25519:");
        JsonNode to = out.get("transaction_outcome");
        assertThat(to.get("id").asText()).isEqualTo(t.hash().toString());
        assertThat(to.get("outcome").get("tokens_burnt").isTextual()).isTrue();
        assertThat(to.get("outcome").get("gas_burnt").isNumber()).isTrue();
        assertThat(to.get("outcome").get("metadata").get("version").asInt()).isEqualTo(3);
        assertThat(to.get("outcome").get("status").has("SuccessReceiptId")).isTrue();
        assertThat(to.get("proof").isArray()).isTrue();
        assertThat(out.get("receipts_outcome")).isNotEmpty();
    }

    @Test
    void broadcast_tx_commit_async_tx_and_experimental_tx_status_agree() throws Exception {
        SignedTransaction t = tx("test.near", new Action.Transfer(BigInteger.TWO));
        String hash = call("broadcast_tx_async", List.of(b64(t))).asText();
        assertThat(hash).isEqualTo(t.hash().toString());
        JsonNode byObject = call("tx", java.util.Map.of("tx_hash", hash, "sender_account_id", "test.near"));
        assertThat(byObject.get("transaction").get("hash").asText()).isEqualTo(hash);
        JsonNode byArray = call("tx", List.of(hash, "test.near"));
        assertThat(byArray.get("status")).isEqualTo(byObject.get("status"));
        JsonNode experimental = call("EXPERIMENTAL_tx_status", java.util.Map.of("tx_hash", hash,
                "sender_account_id", "test.near", "wait_until", "FINAL"));
        assertThat(experimental.get("receipts")).isNotEmpty();
        String receiptId = experimental.get("receipts").get(0).get("receipt_id").asText();
        JsonNode receipt = call("EXPERIMENTAL_receipt", java.util.Map.of("receipt_id", receiptId));
        assertThat(receipt.get("receipt").get("Action").get("signer_id").asText()).isEqualTo("test.near");
        assertThat(receipt.get("receipt").get("Action").get("actions").get(0).get("Transfer").get("deposit").asText()).isEqualTo("2");
        JsonNode commit = call("broadcast_tx_commit", List.of(b64(tx("test.near", new Action.Transfer(BigInteger.ONE)))));
        assertThat(commit.get("status").has("SuccessValue")).isTrue();
        assertThat(call("send_tx", java.util.Map.of("signed_tx_base64", b64(tx("test.near", new Action.Transfer(BigInteger.ONE))),
                "wait_until", "NONE")).get("final_execution_status").asText()).isEqualTo("NONE");
    }

    @Test
    void an_unknown_transaction_or_receipt_is_a_handler_error() throws Exception {
        assertThat(error("tx", java.util.Map.of("tx_hash", "11111111111111111111111111111111", "sender_account_id", "test.near"))
                .get("cause").get("name").asText()).isEqualTo("UNKNOWN_TRANSACTION");
        assertThat(error("EXPERIMENTAL_receipt", java.util.Map.of("receipt_id", "11111111111111111111111111111111"))
                .get("cause").get("name").asText()).isEqualTo("UNKNOWN_RECEIPT");
    }

    @Test
    void an_invalid_transaction_is_invalid_transaction_with_the_tx_execution_error_near_api_js_parses() throws Exception {
        AccessKey ak = chain.accessKey("test.near", root.publicKey()).orElseThrow();
        SignedTransaction stale = new Transaction.V0("test.near", root.publicKey(), ak.nonce(), "test.near",
                chain.head().hash(), List.of(new Action.Transfer(BigInteger.ONE))).sign(root);
        JsonNode e = error("send_tx", java.util.Map.of("signed_tx_base64", b64(stale)));
        assertThat(e.get("name").asText()).isEqualTo("HANDLER_ERROR");
        assertThat(e.get("cause").get("name").asText()).isEqualTo("INVALID_TRANSACTION");
        assertThat(e.get("cause").get("info").has("InvalidNonce")).as(e.toString()).isTrue();
        assertThat(e.get("data").get("TxExecutionError").get("InvalidTxError").has("InvalidNonce")).isTrue();
    }

    @Test
    void a_failed_function_call_is_a_failure_status_not_an_rpc_error() throws Exception {
        String id = deployContract("panicky.test.near");
        JsonNode out = call("send_tx", java.util.Map.of("signed_tx_base64", b64(tx(id, new Action.FunctionCall("nope",
                new byte[0], 30_000_000_000_000L, BigInteger.ZERO)))));
        assertThat(out.get("status").get("Failure").get("ActionError").get("kind").get("FunctionCallError")
                .get("MethodResolveError").asText()).isEqualTo("MethodNotFound");
    }

    // ---- changes, config, sandbox ----

    @Test
    void experimental_changes_show_account_and_data_updates_of_the_block() throws Exception {
        String id = deployContract("changes.test.near");
        JsonNode call = call("send_tx", java.util.Map.of("signed_tx_base64", b64(tx(id, new Action.FunctionCall(
                "set_status", "{\"text\":\"hi\"}".getBytes(StandardCharsets.UTF_8), 30_000_000_000_000L, BigInteger.ZERO)))));
        String block = call.get("receipts_outcome").get(0).get("block_hash").asText();
        JsonNode account = call("EXPERIMENTAL_changes", java.util.Map.of("changes_type", "account_changes",
                "account_ids", List.of(id), "block_id", block));
        assertThat(account.get("block_hash").asText()).isEqualTo(block);
        assertThat(account.get("changes")).isNotEmpty();
        assertThat(account.get("changes").get(0).get("type").asText()).isEqualTo("account_update");
        assertThat(account.get("changes").get(0).get("change").get("account_id").asText()).isEqualTo(id);
        assertThat(account.get("changes").get(0).get("cause").get("type").asText()).isEqualTo("receipt_processing");
        JsonNode data = call("EXPERIMENTAL_changes", java.util.Map.of("changes_type", "data_changes",
                "account_ids", List.of(id), "key_prefix_base64", "", "block_id", block));
        assertThat(data.get("changes").get(0).get("type").asText()).isEqualTo("data_update");
        assertThat(data.get("changes").get(0).get("change").get("value_base64").asText())
                .isEqualTo(Base64.getEncoder().encodeToString("{\"text\":\"hi\"}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void protocol_and_genesis_config_carry_the_runtime_parameters() throws Exception {
        JsonNode p = call("EXPERIMENTAL_protocol_config", java.util.Map.of("finality", "final"));
        assertThat(p.get("runtime_config").get("storage_amount_per_byte").asText()).isEqualTo("10000000000000000000");
        assertThat(p.get("runtime_config").get("transaction_costs").get("action_creation_config").get("transfer_cost")
                .get("execution").asLong()).isEqualTo(chain.params().fee(dev.aidev.vm.gas.ActionCost.transfer).execution());
        assertThat(p.get("runtime_config").get("wasm_config").get("ext_costs").get("storage_write_base").asLong()).isPositive();
        assertThat(p.get("chain_id").asText()).isEqualTo("localnet");
        JsonNode g = call("EXPERIMENTAL_genesis_config", List.of());
        assertThat(g.get("validators").get(0).get("account_id").asText()).isEqualTo("test.near");
        assertThat(g.get("epoch_length").asLong()).isEqualTo(chain.config().epochLength());
    }

    @Test
    void sandbox_patch_state_writes_records_and_fast_forward_moves_the_height() throws Exception {
        KeyPair k = KeyPair.generate(new SecureRandom());
        String code = Base64.getEncoder().encodeToString(wasm());
        String value = Base64.getEncoder().encodeToString("{\"text\":\"patched\"}".getBytes(StandardCharsets.UTF_8));
        JsonNode records = JSON.readTree("""
                {"records": [
                  {"Account": {"account_id": "patched.test.near", "account": {"amount": "5000000000000000000000000",
                     "locked": "0", "code_hash": "11111111111111111111111111111111", "storage_usage": 500}}},
                  {"Contract": {"account_id": "patched.test.near", "code": "%s"}},
                  {"Data": {"account_id": "patched.test.near", "data_key": "c3RhdHVz", "value": "%s"}},
                  {"AccessKey": {"account_id": "patched.test.near", "public_key": "%s",
                     "access_key": {"nonce": 0, "permission": "FullAccess"}}}
                ]}""".formatted(code, value, k.publicKey()));
        assertThat(call("sandbox_patch_state", records).isObject()).isTrue();
        JsonNode a = call("query", java.util.Map.of("request_type", "view_account", "finality", "final", "account_id", "patched.test.near"));
        assertThat(a.get("amount").asText()).isEqualTo("5000000000000000000000000");
        assertThat(a.get("code_hash").asText()).isNotEqualTo("11111111111111111111111111111111");
        JsonNode view = call("query", java.util.Map.of("request_type", "call_function", "finality", "final",
                "account_id", "patched.test.near", "method_name", "get_status", "args_base64", ""));
        assertThat(view.get("result")).hasSize("{\"text\":\"patched\"}".length());
        long before = chain.head().height();
        assertThat(call("sandbox_fast_forward", java.util.Map.of("delta_height", 1000)).isObject()).isTrue();
        assertThat(call("block", java.util.Map.of("finality", "final")).get("header").get("height").asLong())
                .isEqualTo(before + 1000);
        assertThat(error("sandbox_patch_state", java.util.Map.of("records", List.of(java.util.Map.of("Bogus", 1))))
                .get("cause").get("name").asText()).isEqualTo("PARSE_ERROR");
    }

    // ---- request errors ----

    @Test
    void malformed_json_is_a_parse_error_with_a_null_id() throws Exception {
        Reply r = post("{\"jsonrpc\": \"2.0\", \"method\": ");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("id").isNull()).isTrue();
        assertThat(r.body().get("error").get("name").asText()).isEqualTo("REQUEST_VALIDATION_ERROR");
        assertThat(r.body().get("error").get("cause").get("name").asText()).isEqualTo("PARSE_ERROR");
        assertThat(r.body().get("error").get("code").asInt()).isEqualTo(-32700);
        assertThat(r.body().get("error").get("cause").get("info").get("error_message").asText()).isNotEmpty();
    }

    @Test
    void an_unknown_method_is_method_not_found() throws Exception {
        Reply r = post(request("no_such_method", List.of()));
        assertThat(r.status()).isEqualTo(400);
        JsonNode e = r.body().get("error");
        assertThat(e.get("cause").get("name").asText()).isEqualTo("METHOD_NOT_FOUND");
        assertThat(e.get("cause").get("info").get("method_name").asText()).isEqualTo("no_such_method");
        assertThat(e.get("code").asInt()).isEqualTo(-32601);
        assertThat(r.body().get("id").asText()).isEqualTo("dontcare");
    }

    @Test
    void wrong_params_are_parse_errors() throws Exception {
        for (String[] bad : new String[][] {
                {"query", "{\"request_type\": \"view_account\", \"finality\": \"final\"}"},
                {"query", "{\"request_type\": \"view_account\", \"finality\": \"final\", \"account_id\": \"Bad!\"}"},
                {"query", "{\"request_type\": \"teleport\", \"finality\": \"final\", \"account_id\": \"a.near\"}"},
                {"query", "{\"request_type\": \"view_account\", \"finality\": \"soon\", \"account_id\": \"a.near\"}"},
                {"block", "42"},
                {"send_tx", "{\"signed_tx_base64\": \"AAAA\"}"},
                {"send_tx", "{\"signed_tx_base64\": \"%%%\"}"},
                {"send_tx", "[\"a\", \"b\"]"},
                {"tx", "{\"tx_hash\": \"xyz\", \"sender_account_id\": \"test.near\"}"},
                {"sandbox_fast_forward", "{\"delta_height\": -1}"},
                {"EXPERIMENTAL_changes", "{\"changes_type\": \"all\", \"finality\": \"final\"}"}}) {
            Reply r = post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + bad[0] + "\",\"params\":" + bad[1] + "}");
            assertThat(r.status()).as(bad[0] + " " + bad[1]).isEqualTo(400);
            assertThat(r.body().get("error").get("cause").get("name").asText()).as(bad[1]).isEqualTo("PARSE_ERROR");
            assertThat(r.body().get("id").asInt()).isEqualTo(1);
        }
    }

    @Test
    void a_body_over_10_mib_is_refused_as_a_parse_error() throws Exception {
        byte[] big = new byte[RpcServer.MAX_BODY_BYTES + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        Reply r = post(big);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("error").get("cause").get("name").asText()).isEqualTo("PARSE_ERROR");
        assertThat(r.body().get("error").get("cause").get("info").get("error_message").asText()).contains("larger than allowed");
        assertThat(call("status", List.of()).get("chain_id").asText()).isEqualTo("localnet");
    }

    @Test
    void a_batch_gets_one_answer_per_request() throws Exception {
        Reply r = post("[" + request("status", List.of()) + "," + request("nope", List.of()) + "]");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).hasSize(2);
        assertThat(r.body().get(0).has("result")).isTrue();
        assertThat(r.body().get(1).get("error").get("cause").get("name").asText()).isEqualTo("METHOD_NOT_FOUND");
    }
}
