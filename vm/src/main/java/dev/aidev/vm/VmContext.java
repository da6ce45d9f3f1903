package dev.aidev.vm;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a function call sees of the chain: accounts, input, block, balances and gas, as
 * nearcore's {@code VMContext}. Build one with {@link #builder()}; unset fields take the defaults
 * of {@code aidev vm run}.
 *
 * @param signerAccountPk the signer's public key in NEAR's Borsh encoding
 * @param accountBalance the balance before the attached deposit is added
 * @param prepaidGas gas attached to the call (ignored for views)
 * @param promiseResults results of the promises this call is a callback of
 * @param outputDataReceivers how many receipts wait for this call's result, and where
 * @param validators stake of each current validator (for {@code validator_stake})
 * @param actionHash the hash data ids of new receipts derive from
 * @param pendingYields data ids of yields created earlier and not yet resumed
 */
public record VmContext(
        String currentAccountId,
        String signerAccountId,
        byte[] signerAccountPk,
        String predecessorAccountId,
        byte[] input,
        long blockHeight,
        long blockTimestamp,
        long epochHeight,
        BigInteger accountBalance,
        BigInteger accountLockedBalance,
        long storageUsage,
        BigInteger attachedDeposit,
        long prepaidGas,
        byte[] randomSeed,
        boolean view,
        List<PromiseResult> promiseResults,
        List<Receipt.DataReceiver> outputDataReceivers,
        Map<String, BigInteger> validators,
        byte[] actionHash,
        Set<Bytes> pendingYields) {

    public static final long TGAS = 1_000_000_000_000L;

    public VmContext {
        promiseResults = List.copyOf(promiseResults);
        outputDataReceivers = List.copyOf(outputDataReceivers);
        validators = Map.copyOf(validators);
        pendingYields = Set.copyOf(pendingYields);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.currentAccountId = currentAccountId;
        b.signerAccountId = signerAccountId;
        b.signerAccountPk = signerAccountPk;
        b.predecessorAccountId = predecessorAccountId;
        b.input = input;
        b.blockHeight = blockHeight;
        b.blockTimestamp = blockTimestamp;
        b.epochHeight = epochHeight;
        b.accountBalance = accountBalance;
        b.accountLockedBalance = accountLockedBalance;
        b.storageUsage = storageUsage;
        b.attachedDeposit = attachedDeposit;
        b.prepaidGas = prepaidGas;
        b.randomSeed = randomSeed;
        b.view = view;
        b.promiseResults = promiseResults;
        b.outputDataReceivers = outputDataReceivers;
        b.validators = validators;
        b.actionHash = actionHash;
        b.pendingYields = pendingYields;
        return b;
    }

    /** Builds a {@link VmContext}; every field has a default. */
    public static final class Builder {
        private String currentAccountId = "contract.test.near";
        private String signerAccountId;
        private byte[] signerAccountPk;
        private String predecessorAccountId = "alice.test.near";
        private byte[] input = new byte[0];
        private long blockHeight = 1;
        private long blockTimestamp = 1_700_000_000_000_000_000L;
        private long epochHeight = 1;
        private BigInteger accountBalance = new BigInteger("100000000000000000000000000");
        private BigInteger accountLockedBalance = BigInteger.ZERO;
        private long storageUsage = 0;
        private BigInteger attachedDeposit = BigInteger.ZERO;
        private long prepaidGas = 300 * TGAS;
        private byte[] randomSeed = new byte[32];
        private boolean view;
        private List<PromiseResult> promiseResults = List.of();
        private List<Receipt.DataReceiver> outputDataReceivers = List.of();
        private Map<String, BigInteger> validators = Map.of();
        private byte[] actionHash = new byte[32];
        private Set<Bytes> pendingYields = Set.of();

        public Builder currentAccountId(String v) {
            currentAccountId = v;
            return this;
        }

        public Builder signerAccountId(String v) {
            signerAccountId = v;
            return this;
        }

        public Builder signerAccountPk(byte[] v) {
            signerAccountPk = v.clone();
            return this;
        }

        public Builder predecessorAccountId(String v) {
            predecessorAccountId = v;
            return this;
        }

        public Builder input(byte[] v) {
            input = v.clone();
            return this;
        }

        public Builder blockHeight(long v) {
            blockHeight = v;
            return this;
        }

        public Builder blockTimestamp(long v) {
            blockTimestamp = v;
            return this;
        }

        public Builder epochHeight(long v) {
            epochHeight = v;
            return this;
        }

        public Builder accountBalance(BigInteger v) {
            accountBalance = v;
            return this;
        }

        public Builder accountLockedBalance(BigInteger v) {
            accountLockedBalance = v;
            return this;
        }

        public Builder storageUsage(long v) {
            storageUsage = v;
            return this;
        }

        public Builder attachedDeposit(BigInteger v) {
            attachedDeposit = v;
            return this;
        }

        public Builder prepaidGas(long v) {
            prepaidGas = v;
            return this;
        }

        public Builder randomSeed(byte[] v) {
            randomSeed = v.clone();
            return this;
        }

        public Builder view(boolean v) {
            view = v;
            return this;
        }

        public Builder promiseResults(List<PromiseResult> v) {
            promiseResults = v;
            return this;
        }

        public Builder outputDataReceivers(List<Receipt.DataReceiver> v) {
            outputDataReceivers = v;
            return this;
        }

        public Builder validators(Map<String, BigInteger> v) {
            validators = v;
            return this;
        }

        public Builder actionHash(byte[] v) {
            actionHash = v.clone();
            return this;
        }

        public Builder pendingYields(Set<Bytes> v) {
            pendingYields = v;
            return this;
        }

        public VmContext build() {
            String signer = signerAccountId != null ? signerAccountId : predecessorAccountId;
            byte[] pk = signerAccountPk != null ? signerAccountPk : defaultKey();
            if (randomSeed.length != 32) {
                throw new IllegalArgumentException("random_seed must be 32 bytes, got " + randomSeed.length + ".");
            }
            if (accountBalance.signum() < 0 || attachedDeposit.signum() < 0 || accountLockedBalance.signum() < 0) {
                throw new IllegalArgumentException("Balances and deposits must not be negative.");
            }
            return new VmContext(currentAccountId, signer, pk, predecessorAccountId, input, blockHeight,
                    blockTimestamp, epochHeight, accountBalance, accountLockedBalance, storageUsage,
                    attachedDeposit, prepaidGas, randomSeed, view, promiseResults, outputDataReceivers,
                    validators, actionHash, pendingYields);
        }

        /** An ed25519 key of 32 zero bytes, Borsh-encoded: what a context without a signer key gets. */
        private static byte[] defaultKey() {
            return new byte[33];
        }
    }
}
