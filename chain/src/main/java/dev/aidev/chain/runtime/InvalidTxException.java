package dev.aidev.chain.runtime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The transaction is invalid and was not included (NEAR's {@code InvalidTxError}); {@link #error()}
 * is the error as RPC shows it, e.g. {@code {"InvalidNonce": {"tx_nonce": 5, "ak_nonce": 6}}}.
 */
public final class InvalidTxException extends RuntimeException {
    private final JsonNode error;

    public InvalidTxException(JsonNode error) {
        super(error.toString(), null, false, false);
        this.error = error;
    }

    public JsonNode error() {
        return error;
    }
}
