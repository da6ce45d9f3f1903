package dev.aidev.chain.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aidev.chain.primitives.CryptoHash;
import dev.aidev.chain.primitives.PublicKey;
import dev.aidev.chain.primitives.SignedTransaction;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small NEAR JSON-RPC client: the same calls against the local chain, testnet or mainnet.
 * Written on the JDK's HttpClient: the handful of calls deploying needs does not justify a
 * dependency on a third-party NEAR client.
 */
public final class RpcClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI url;
    private final HttpClient http;
    private final AtomicLong ids = new AtomicLong();

    public RpcClient(URI url) {
        this.url = url;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    public URI url() {
        return url;
    }

    /** An RPC error, with NEAR's error object. */
    public static final class RpcException extends RuntimeException {
        private final JsonNode error;

        public RpcException(String message, JsonNode error) {
            super(message, null, false, false);
            this.error = error;
        }

        public JsonNode error() {
            return error;
        }
    }

    /** Calls {@code method} and returns its result, or throws {@link RpcException} with NEAR's error. */
    public JsonNode call(String method, JsonNode params) throws IOException {
        ObjectNode req = JSON.createObjectNode();
        req.put("jsonrpc", "2.0").put("id", "aidev-" + ids.incrementAndGet()).put("method", method);
        req.set("params", params);
        HttpRequest r = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(req)))
                .build();
        HttpResponse<String> resp;
        try {
            resp = http.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while calling " + method + ".", e);
        }
        JsonNode body;
        try {
            body = JSON.readTree(resp.body());
        } catch (IOException e) {
            throw new IOException(url + " answered " + method + " with HTTP " + resp.statusCode() + " and no JSON.", e);
        }
        if (body.hasNonNull("error")) {
            JsonNode e = body.get("error");
            String what = e.path("cause").path("name").asText(e.path("name").asText("error"));
            throw new RpcException(method + " failed: " + what + " " + e.path("data"), e);
        }
        JsonNode result = body.get("result");
        if (result != null && result.hasNonNull("error")) {
            throw new RpcException(method + " failed: " + result.get("error").asText(), result);
        }
        return result;
    }

    private static ObjectNode query(String type, String account) {
        ObjectNode p = JSON.createObjectNode();
        p.put("request_type", type).put("finality", "final").put("account_id", account);
        return p;
    }

    /** The access key's nonce, or throws when the key does not exist. */
    public long accessKeyNonce(String accountId, PublicKey key) throws IOException {
        ObjectNode p = query("view_access_key", accountId);
        p.put("public_key", key.toString());
        return call("query", p).get("nonce").asLong();
    }

    /** The account's balance, or throws when it does not exist. */
    public BigInteger balance(String accountId) throws IOException {
        return new BigInteger(call("query", query("view_account", accountId)).get("amount").asText());
    }

    public CryptoHash finalBlockHash() throws IOException {
        ObjectNode p = JSON.createObjectNode().put("finality", "final");
        return CryptoHash.parse(call("block", p).get("header").get("hash").asText());
    }

    public BigInteger gasPrice() throws IOException {
        return new BigInteger(call("gas_price", JSON.createArrayNode().addNull()).get("gas_price").asText());
    }

    /** Sends a transaction and waits until it is executed; returns the final execution outcome. */
    public JsonNode sendAndWait(SignedTransaction tx) throws IOException {
        ObjectNode p = JSON.createObjectNode();
        p.put("signed_tx_base64", Base64.getEncoder().encodeToString(tx.encode()));
        p.put("wait_until", "EXECUTED_OPTIMISTIC");
        return call("send_tx", p);
    }
}
