package dev.aidev.chain;

import dev.aidev.chain.primitives.AccessKey;
import dev.aidev.chain.primitives.PublicKey;
import java.math.BigInteger;

/**
 * One piece of state, as nearcore's {@code StateRecord}: for {@code sandbox_patch_state}, genesis
 * and state dumps.
 */
public sealed interface StateRecord {
    String accountId();

    record Account(String accountId, BigInteger amount, BigInteger locked, byte[] codeHash, long storageUsage)
            implements StateRecord {}

    record Data(String accountId, byte[] key, byte[] value) implements StateRecord {}

    record Contract(String accountId, byte[] code) implements StateRecord {}

    record AccessKeyRecord(String accountId, PublicKey publicKey, AccessKey accessKey) implements StateRecord {}
}
