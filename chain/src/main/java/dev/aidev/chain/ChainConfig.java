package dev.aidev.chain;

import java.math.BigInteger;
import java.nio.file.Path;

/**
 * How a local chain is set up. {@link #inMemory()} for tests; {@link #persistent(Path)} for a chain
 * whose state survives restarts (the node's home holds {@code chain.db} and {@code validator_key.json}).
 *
 * @param home the node's home folder; with {@code memoryOnly} it only receives the key file, if set
 * @param blockTimeMs 0 to produce a block as soon as a transaction arrives, else the block interval
 * @param transactionValidityPeriod how many blocks a transaction's block hash stays valid
 */
public record ChainConfig(
        Path home,
        boolean memoryOnly,
        String chainId,
        String rootAccount,
        BigInteger rootBalance,
        BigInteger rootLocked,
        BigInteger gasPrice,
        long epochLength,
        long transactionValidityPeriod,
        long blockTimeMs) {

    public static final BigInteger ONE_NEAR = BigInteger.TEN.pow(24);

    /** A chain in memory with the defaults: root {@code test.near} with 10^9 NEAR, instant blocks. */
    public static ChainConfig inMemory() {
        return new ChainConfig(null, true, "localnet", "test.near", ONE_NEAR.multiply(BigInteger.TEN.pow(9)),
                ONE_NEAR.multiply(BigInteger.valueOf(50_000)), BigInteger.valueOf(100_000_000L), 500, 86_400, 0);
    }

    public static ChainConfig persistent(Path home) {
        return inMemory().withHome(home, false);
    }

    public ChainConfig withHome(Path h, boolean memory) {
        return new ChainConfig(h, memory, chainId, rootAccount, rootBalance, rootLocked, gasPrice, epochLength,
                transactionValidityPeriod, blockTimeMs);
    }

    public ChainConfig withBlockTimeMs(long ms) {
        return new ChainConfig(home, memoryOnly, chainId, rootAccount, rootBalance, rootLocked, gasPrice, epochLength,
                transactionValidityPeriod, ms);
    }
}
