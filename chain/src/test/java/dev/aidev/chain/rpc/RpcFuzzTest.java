package dev.aidev.chain.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aidev.chain.Chain;
import dev.aidev.chain.ChainConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Malformed requests (random bytes, random JSON, every method with params of the wrong types)
 * never produce a 500 or a non-JSON answer, and never take the server down (issue 3, section 6).
 */
class RpcFuzzTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("block", "broadcast_tx_async", "broadcast_tx_commit", "chunk",
            "gas_price", "health", "network_info", "query", "send_tx", "status", "tx", "validators",
            "EXPERIMENTAL_changes", "EXPERIMENTAL_genesis_config", "EXPERIMENTAL_protocol_config",
            "EXPERIMENTAL_receipt", "EXPERIMENTAL_tx_status", "sandbox_fast_forward", "sandbox_patch_state", "nope");
    private static final List<String> FIELDS = List.of("finality", "block_id", "request_type", "account_id",
            "public_key", "method_name", "args_base64", "prefix_base64", "signed_tx_base64", "wait_until", "tx_hash",
            "sender_account_id", "receipt_id", "chunk_id", "shard_id", "changes_type", "account_ids", "keys",
            "key_prefix_base64", "delta_height", "records", "epoch_id", "sync_checkpoint");
    private static final List<String> WORDS = List.of("final", "optimistic", "view_account", "view_code", "view_state",
            "view_access_key", "view_access_key_list", "call_function", "test.near", "get_status", "", "AAAA",
            "11111111111111111111111111111111", "ed25519:11111111111111111111111111111111", "FINAL", "NONE",
            "account_changes", "data_changes", "Account", "Data", "FullAccess", "genesis", "account/test.near");

    @Test
    void malformed_requests_never_get_a_500_or_kill_the_server() throws Exception {
        Random random = new Random(20240603L);
        HttpClient http = HttpClient.newHttpClient();
        try (Chain chain = Chain.open(ChainConfig.inMemory());
                RpcServer rpc = RpcServer.start(chain, "127.0.0.1", 0)) {
            for (int i = 0; i < 1500; i++) {
                byte[] body = switch (i % 3) {
                    case 0 -> randomBytes(random);
                    case 1 -> JSON.writeValueAsBytes(randomJson(random, 4));
                    default -> JSON.writeValueAsBytes(randomRequest(random));
                };
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(rpc.url() + "/"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
                String sent = new String(body, StandardCharsets.UTF_8);
                assertThat(r.statusCode()).as("request %d: %s -> %s", i, sent, r.body()).isIn(200, 400);
                JsonNode reply = JSON.readTree(r.body());
                for (JsonNode one : reply.isArray() ? reply : List.of(reply)) {
                    assertThat(one.has("result") ^ one.has("error")).as("request %d: %s", i, sent).isTrue();
                    if (one.has("error")) {
                        assertThat(one.get("error").get("name").asText()).as(sent).isNotEqualTo("INTERNAL_ERROR");
                    }
                }
            }
            HttpResponse<String> status = http.send(HttpRequest.newBuilder(URI.create(rpc.url() + "/status")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(status.statusCode()).isEqualTo(200);
        }
    }

    private static byte[] randomBytes(Random r) {
        byte[] b = new byte[r.nextInt(200)];
        r.nextBytes(b);
        if (r.nextBoolean() && b.length > 0) {
            b[0] = (byte) (r.nextBoolean() ? '{' : '[');
        }
        return b;
    }

    private static JsonNode randomJson(Random r, int depth) {
        int kind = depth <= 0 ? r.nextInt(5) : r.nextInt(7);
        return switch (kind) {
            case 0 -> F.nullNode();
            case 1 -> F.booleanNode(r.nextBoolean());
            case 2 -> r.nextBoolean() ? F.numberNode(r.nextLong()) : F.numberNode(r.nextDouble() * 1e20);
            case 3 -> F.textNode(WORDS.get(r.nextInt(WORDS.size())));
            case 4 -> F.textNode(Long.toString(r.nextLong(), 36));
            case 5 -> {
                ArrayNode a = F.arrayNode();
                for (int i = r.nextInt(4); i > 0; i--) {
                    a.add(randomJson(r, depth - 1));
                }
                yield a;
            }
            default -> {
                ObjectNode o = F.objectNode();
                for (int i = r.nextInt(5); i > 0; i--) {
                    o.set(FIELDS.get(r.nextInt(FIELDS.size())), randomJson(r, depth - 1));
                }
                yield o;
            }
        };
    }

    /** A well-formed JSON-RPC envelope around a real method and params of random shapes and types. */
    private static JsonNode randomRequest(Random r) {
        ObjectNode o = F.objectNode();
        o.put("jsonrpc", "2.0");
        o.set("id", randomJson(r, 0));
        o.put("method", METHODS.get(r.nextInt(METHODS.size())));
        if (r.nextInt(10) > 0) {
            o.set("params", randomJson(r, 3));
        }
        return r.nextInt(20) == 0 ? F.arrayNode().add(o).add(randomJson(r, 1)) : o;
    }
}
