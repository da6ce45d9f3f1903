package dev.aidev.chain;

import dev.aidev.chain.primitives.CryptoHash;

/**
 * One state record a block changed, and what changed it (nearcore's {@code StateChangeWithCause}).
 *
 * @param kind "account", "access_key", "code" or "data"
 * @param key the public key (text) for access keys, the data key for data, else empty
 * @param value the new value (an encoded account or access key, the code, the data), or null when
 *     the record was deleted
 * @param causeIsTransaction whether a transaction (else a receipt) made the change
 */
public record StateChange(
        String kind, String accountId, byte[] key, byte[] value, boolean causeIsTransaction, CryptoHash cause) {}
