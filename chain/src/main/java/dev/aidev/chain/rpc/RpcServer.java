package dev.aidev.chain.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aidev.chain.Chain;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * NEAR's JSON-RPC over HTTP for a local {@link Chain}, as nearcore serves it: JSON-RPC 2.0 on
 * {@code POST /} (single requests and batches), and {@code GET /status} and {@code GET /health}.
 * Every error is a JSON-RPC error in nearcore's shape; none is a bare 500 or a stack trace.
 *
 * <pre>{@code
 * try (Chain chain = Chain.open(ChainConfig.inMemory());
 *      RpcServer rpc = RpcServer.start(chain, "127.0.0.1", 0)) {
 *     System.out.println(rpc.url());   // http://127.0.0.1:<port>
 * }
 * }</pre>
 */
public final class RpcServer implements AutoCloseable {
    /** nearcore's {@code json_payload_max_size}. */
    public static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(RpcServer.class);
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // Deeply nested junk must not exhaust the stack: Jackson's own limit, stated here on purpose.
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(500).build());
    }

    private final Javalin app;
    private final RpcMethods methods;
    private final String host;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RpcServer(Javalin app, RpcMethods methods, String host) {
        this.app = app;
        this.methods = methods;
        this.host = host;
    }

    /** Serves {@code chain} on loopback; port 0 picks a free port. */
    public static RpcServer start(Chain chain, int port) {
        return start(chain, "127.0.0.1", port);
    }

    /** Serves {@code chain} on {@code host:port}; port 0 picks a free port. */
    public static RpcServer start(Chain chain, String host, int port) {
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.startupWatcherEnabled = false;
            cfg.http.maxRequestSize = MAX_BODY_BYTES + 1L;
            cfg.bundledPlugins.enableCors(cors -> cors.addRule(rule -> rule.anyHost()));
        });
        RpcMethods methods = new RpcMethods(chain, () -> host + ":" + app.port());
        RpcServer server = new RpcServer(app, methods, host);
        app.post("/", server::handle);
        app.get("/status", ctx -> server.json(ctx, 200, methods.call("status", NullNode.getInstance())));
        app.get("/health", ctx -> server.json(ctx, 200, NullNode.getInstance()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("RPC request failed", e);
            server.json(ctx, 500, envelope(NullNode.getInstance(), RpcError.internal(e.getClass().getSimpleName())));
        });
        app.start(host, port);
        LOG.info("NEAR JSON-RPC listening on {}", server.url());
        return server;
    }

    public int port() {
        return app.port();
    }

    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        if (h.equals("0.0.0.0")) {
            h = "127.0.0.1";
        }
        return "http://" + h + ":" + port();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            app.stop();
        }
    }

    // ---------------------------------------------------------------------------------------------

    private void handle(Context ctx) {
        byte[] body;
        try {
            body = readBody(ctx);
        } catch (RpcError e) {
            json(ctx, e.httpStatus(), envelope(NullNode.getInstance(), e));
            return;
        }
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            RpcError err = RpcError.parse("Json deserialize error: " + e.getOriginalMessage());
            json(ctx, err.httpStatus(), envelope(NullNode.getInstance(), err));
            return;
        } catch (IOException e) {
            RpcError err = RpcError.parse("Could not read the request: " + e.getMessage());
            json(ctx, err.httpStatus(), envelope(NullNode.getInstance(), err));
            return;
        }
        if (request instanceof ArrayNode batch && batch.size() > 0) {
            ArrayNode out = F.arrayNode();
            for (JsonNode r : batch) {
                out.add(process(r).response());
            }
            json(ctx, 200, out);
            return;
        }
        Answer a = process(request);
        json(ctx, a.status(), a.response());
    }

    private record Answer(int status, JsonNode response) {}

    /** One JSON-RPC request: a result or an error, never an exception. */
    private Answer process(JsonNode request) {
        if (!(request instanceof ObjectNode o) || !o.path("method").isTextual()
                || (o.has("jsonrpc") && !"2.0".equals(o.get("jsonrpc").asText()))) {
            RpcError err = RpcError.parse("JSON RPC Request format was expected");
            JsonNode id = request instanceof ObjectNode ob && ob.has("id") ? ob.get("id") : NullNode.getInstance();
            return new Answer(err.httpStatus(), envelope(id, err));
        }
        JsonNode id = o.has("id") ? o.get("id") : NullNode.getInstance();
        String method = o.get("method").asText();
        JsonNode params = o.has("params") ? o.get("params") : NullNode.getInstance();
        try {
            JsonNode result = methods.call(method, params);
            ObjectNode resp = F.objectNode();
            resp.put("jsonrpc", "2.0");
            resp.set("result", result);
            resp.set("id", id);
            return new Answer(200, resp);
        } catch (RpcError e) {
            LOG.debug("{} failed: {}", method, e.getMessage());
            return new Answer(e.httpStatus(), envelope(id, e));
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("RPC method {} failed", method, e);
            RpcError err = RpcError.internal(method + " failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            return new Answer(err.httpStatus(), envelope(id, err));
        }
    }

    private static ObjectNode envelope(JsonNode id, RpcError e) {
        ObjectNode resp = F.objectNode();
        resp.put("jsonrpc", "2.0");
        resp.set("error", e.toJson());
        resp.set("id", id);
        return resp;
    }

    /** The body, refusing more than {@link #MAX_BODY_BYTES} as nearcore does (a parse error). */
    private static byte[] readBody(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BODY_BYTES) {
            throw tooLarge(declared);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > MAX_BODY_BYTES) {
                    throw tooLarge(total);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw RpcError.parse("Could not read the request body: " + e.getMessage());
        }
    }

    private static RpcError tooLarge(long size) {
        return RpcError.parse("JSON payload (" + size + " bytes) is larger than allowed (limit: " + MAX_BODY_BYTES
                + " bytes).");
    }

    private void json(Context ctx, int status, JsonNode body) {
        ctx.status(status);
        ctx.contentType("application/json");
        try {
            ctx.result(JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            ctx.status(500).result("{\"jsonrpc\":\"2.0\",\"error\":{\"name\":\"INTERNAL_ERROR\"},\"id\":null}");
        }
    }
}
