package dev.aidev.chain.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aidev.vm.VmError;
import java.math.BigInteger;

/**
 * NEAR's transaction and action errors in the JSON form RPC shows them (serde's externally tagged
 * enums: {@code {"Variant": {fields}}}, unit variants as strings, balances as decimal strings).
 */
public final class Errors {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final ObjectMapper JSON = new ObjectMapper();

    private Errors() {}

    /** {@code {"Variant": {k1: v1, ...}}}; values are strings, numbers or JSON nodes. */
    public static ObjectNode variant(String name, Object... fields) {
        ObjectNode body = F.objectNode();
        for (int i = 0; i < fields.length; i += 2) {
            String k = (String) fields[i];
            Object v = fields[i + 1];
            if (v instanceof JsonNode n) {
                body.set(k, n);
            } else if (v instanceof Long l) {
                body.put(k, l);
            } else if (v instanceof Integer n) {
                body.put(k, n);
            } else if (v instanceof BigInteger b) {
                body.put(k, b.toString());
            } else {
                body.put(k, String.valueOf(v));
            }
        }
        ObjectNode o = F.objectNode();
        o.set(name, body);
        return o;
    }

    public static JsonNode unit(String name) {
        return F.textNode(name);
    }

    // ---- InvalidTxError ----

    public static InvalidTxException invalidTx(JsonNode inner) {
        return new InvalidTxException(inner);
    }

    public static InvalidTxException invalidAccessKey(JsonNode inner) {
        ObjectNode o = F.objectNode();
        o.set("InvalidAccessKeyError", inner);
        return new InvalidTxException(o);
    }

    /** A {@code TxExecutionError} wrapping an {@code InvalidTxError}. */
    public static JsonNode txExecutionError(InvalidTxException e) {
        ObjectNode o = F.objectNode();
        o.set("InvalidTxError", e.error());
        return o;
    }

    // ---- ActionError ----

    /** {@code {"ActionError": {"index": i, "kind": kind}}}; index null for errors of no one action. */
    public static JsonNode actionError(Integer index, JsonNode kind) {
        ObjectNode inner = F.objectNode();
        if (index == null) {
            inner.putNull("index");
        } else {
            inner.put("index", index);
        }
        inner.set("kind", kind);
        ObjectNode o = F.objectNode();
        o.set("ActionError", inner);
        return o;
    }

    /**
     * A VM error as an {@code ActionErrorKind::FunctionCallError}: host errors and traps become
     * {@code ExecutionError} with their display text, link errors "Link Error: ...", compilation
     * and method-resolution errors stay structured (nearcore core/primitives/src/errors.rs).
     */
    public static JsonNode functionCallError(VmError e) {
        JsonNode inner;
        if (e instanceof VmError.CompilationError c) {
            ObjectNode ce = F.objectNode();
            if (c.kind().equals("CodeDoesNotExist")) {
                ce.set("CodeDoesNotExist", F.objectNode().put("account_id", c.message()));
            } else {
                ce.put("PrepareError", c.kind());
            }
            inner = F.objectNode().set("CompilationError", ce);
        } else if (e instanceof VmError.MethodResolveError m) {
            inner = F.objectNode().put("MethodResolveError", m.kind());
        } else if (e instanceof VmError.LinkError l) {
            inner = F.objectNode().put("ExecutionError", "Link Error: " + l.message());
        } else {
            inner = F.objectNode().put("ExecutionError", e.message());
        }
        return F.objectNode().set("FunctionCallError", inner);
    }

    /** nearcore's CodeDoesNotExist: a function call to an account without a contract. */
    public static JsonNode codeDoesNotExist(String accountId) {
        ObjectNode ce = F.objectNode();
        ce.set("CodeDoesNotExist", F.objectNode().put("account_id", accountId));
        return F.objectNode().set("FunctionCallError", F.objectNode().set("CompilationError", ce));
    }
}
