package dev.aidev.vm;

import java.math.BigInteger;
import java.util.List;

/**
 * An action a contract attached to a promise, as NEAR's {@code Action}. Public keys are NEAR's Borsh
 * encoding (key type byte, then 32 bytes for ed25519 or 64 for secp256k1).
 */
public sealed interface Action {
    record CreateAccount() implements Action {}

    record DeployContract(byte[] code) implements Action {}

    /** @param gasWeight the share of unused gas this call asked for (0: none) */
    record FunctionCall(String methodName, byte[] args, long gas, BigInteger deposit, long gasWeight)
            implements Action {}

    record Transfer(BigInteger deposit) implements Action {}

    record Stake(BigInteger stake, byte[] publicKey) implements Action {}

    record AddKey(byte[] publicKey, long nonce, AccessKeyPermission permission) implements Action {}

    record DeleteKey(byte[] publicKey) implements Action {}

    record DeleteAccount(String beneficiaryId) implements Action {}

    /** @param byAccountId whether the global contract is identified by the deploying account (else by hash) */
    record DeployGlobalContract(byte[] code, boolean byAccountId) implements Action {}

    /** Exactly one of {@code codeHash} and {@code accountId} is set. */
    record UseGlobalContract(byte[] codeHash, String accountId) implements Action {}

    /** What an added access key may do. */
    sealed interface AccessKeyPermission {}

    record FullAccess() implements AccessKeyPermission {}

    /** @param allowance null for an unlimited allowance */
    record FunctionCallPermission(BigInteger allowance, String receiverId, List<String> methodNames)
            implements AccessKeyPermission {
        public FunctionCallPermission {
            methodNames = List.copyOf(methodNames);
        }
    }
}
