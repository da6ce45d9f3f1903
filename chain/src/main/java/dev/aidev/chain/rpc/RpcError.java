package dev.aidev.chain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * A JSON-RPC error as nearcore sends it (chain/jsonrpc-primitives/src/errors.rs): the structured
 * {@code name}/{@code cause} pair, plus the deprecated {@code code}, {@code message} and {@code data}
 * that older clients still read.
 *
 * <pre>{@code
 * {"name": "HANDLER_ERROR", "cause": {"name": "UNKNOWN_ACCOUNT", "info": {...}},
 *  "code": -32000, "message": "Server error", "data": "account x does not exist while viewing"}
 * }</pre>
 */
final class RpcError extends RuntimeException {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** nearcore's {@code RpcErrorKind}. */
    enum Kind {
        REQUEST_VALIDATION_ERROR,
        HANDLER_ERROR,
        INTERNAL_ERROR
    }

    private final Kind kind;
    private final String causeName;
    private final ObjectNode info;
    private final long code;
    private final JsonNode data;

    private RpcError(Kind kind, String causeName, ObjectNode info, long code, String message, JsonNode data) {
        super(message, null, false, false);
        this.kind = kind;
        this.causeName = causeName;
        this.info = info;
        this.code = code;
        this.data = data;
    }

    /** Malformed JSON, a request that is not JSON-RPC, or params of the wrong shape. */
    static RpcError parse(String errorMessage) {
        return new RpcError(Kind.REQUEST_VALIDATION_ERROR, "PARSE_ERROR",
                F.objectNode().put("error_message", errorMessage), -32_700, "Parse error", TextNode.valueOf(errorMessage));
    }

    static RpcError methodNotFound(String method) {
        return new RpcError(Kind.REQUEST_VALIDATION_ERROR, "METHOD_NOT_FOUND",
                F.objectNode().put("method_name", method), -32_601, "Method not found", TextNode.valueOf(method));
    }

    /**
     * A method's own error, e.g. {@code UNKNOWN_ACCOUNT}; {@code data} is what nearcore puts in
     * the deprecated field (the error's display text, or a structured value for invalid transactions).
     */
    static RpcError handler(String causeName, ObjectNode info, JsonNode data) {
        return new RpcError(Kind.HANDLER_ERROR, causeName, info, -32_000, "Server error", data);
    }

    static RpcError handler(String causeName, ObjectNode info, String display) {
        return handler(causeName, info, TextNode.valueOf(display));
    }

    /** Our bug: shown as nearcore's INTERNAL_ERROR, never with a stack trace. */
    static RpcError internal(String errorMessage) {
        return new RpcError(Kind.INTERNAL_ERROR, "INTERNAL_ERROR",
                F.objectNode().put("error_message", errorMessage), -32_000, "Server error", TextNode.valueOf(errorMessage));
    }

    Kind kind() {
        return kind;
    }

    String causeName() {
        return causeName;
    }

    /**
     * The HTTP status nearcore answers with when built with detailed status codes: 400 for
     * request validation errors, 408 for timeouts, 500 for internal errors, 200 otherwise.
     * near-api-js reads the JSON body for 200 and 400 and retries 408 and 500.
     */
    int httpStatus() {
        return switch (kind) {
            case REQUEST_VALIDATION_ERROR -> 400;
            case HANDLER_ERROR -> "TIMEOUT_ERROR".equals(causeName) ? 408 : 200;
            case INTERNAL_ERROR -> 500;
        };
    }

    ObjectNode toJson() {
        ObjectNode o = F.objectNode();
        o.put("name", kind.name());
        ObjectNode cause = o.putObject("cause");
        cause.put("name", causeName);
        cause.set("info", info);
        o.put("code", code);
        o.put("message", getMessage());
        if (data != null) {
            o.set("data", data);
        }
        return o;
    }
}
