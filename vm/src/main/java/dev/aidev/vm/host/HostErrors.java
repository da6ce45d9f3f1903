package dev.aidev.vm.host;

/**
 * NEAR's {@code HostError} variants with nearcore's display text
 * (runtime/near-vm-runner/src/logic/errors.rs), so outcomes read exactly as on chain.
 */
final class HostErrors {
    private HostErrors() {}

    private static HostErrorException of(String kind, String message) {
        return new HostErrorException(kind, message);
    }

    static HostErrorException badUtf8() {
        return of("BadUTF8", "String encoding is bad UTF-8 sequence.");
    }

    static HostErrorException badUtf16() {
        return of("BadUTF16", "String encoding is bad UTF-16 sequence.");
    }

    static HostErrorException gasExceeded() {
        return of("GasExceeded", "Exceeded the prepaid gas.");
    }

    static HostErrorException gasLimitExceeded() {
        return of("GasLimitExceeded", "Exceeded the maximum amount of gas allowed to burn per contract.");
    }

    static HostErrorException balanceExceeded() {
        return of("BalanceExceeded", "Exceeded the account balance.");
    }

    static HostErrorException emptyMethodName() {
        return of("EmptyMethodName", "Tried to call an empty method name.");
    }

    static HostErrorException guestPanic(String panicMsg) {
        return of("GuestPanic", "Smart contract panicked: " + panicMsg);
    }

    static HostErrorException integerOverflow() {
        return of("IntegerOverflow", "Integer overflow.");
    }

    static HostErrorException invalidPromiseIndex(long idx) {
        return of("InvalidPromiseIndex", idx + " does not correspond to existing promises");
    }

    static HostErrorException cannotAppendActionToJointPromise() {
        return of("CannotAppendActionToJointPromise", "Actions can only be appended to non-joint promise.");
    }

    static HostErrorException cannotReturnJointPromise() {
        return of("CannotReturnJointPromise", "Returning joint promise is currently prohibited.");
    }

    static HostErrorException invalidPromiseResultIndex(long idx) {
        return of("InvalidPromiseResultIndex", "Accessed invalid promise result index: " + idx);
    }

    static HostErrorException invalidRegisterId(long id) {
        return of("InvalidRegisterId", "Accessed invalid register id: " + Long.toUnsignedString(id));
    }

    static HostErrorException memoryAccessViolation() {
        return of("MemoryAccessViolation", "Accessed memory outside the bounds.");
    }

    static HostErrorException invalidAccountId() {
        return of("InvalidAccountId", "VM Logic returned an invalid account id");
    }

    static HostErrorException invalidMethodName() {
        return of("InvalidMethodName", "VM Logic returned an invalid method name");
    }

    static HostErrorException invalidPublicKey() {
        return of("InvalidPublicKey", "VM Logic provided an invalid public key");
    }

    static HostErrorException prohibitedInView(String methodName) {
        return of("ProhibitedInView", methodName + " is not allowed in view calls");
    }

    static HostErrorException numberOfLogsExceeded(long limit) {
        return of("NumberOfLogsExceeded", "The number of logs will exceed the limit " + limit);
    }

    static HostErrorException keyLengthExceeded(long length, long limit) {
        return of("KeyLengthExceeded", "The length of a storage key " + length + " exceeds the limit " + limit);
    }

    static HostErrorException valueLengthExceeded(long length, long limit) {
        return of("ValueLengthExceeded", "The length of a storage value " + length + " exceeds the limit " + limit);
    }

    static HostErrorException totalLogLengthExceeded(long length, long limit) {
        return of("TotalLogLengthExceeded", "The length of a log message " + length + " exceeds the limit " + limit);
    }

    static HostErrorException numberPromisesExceeded(long number, long limit) {
        return of("NumberPromisesExceeded",
                "The number of promises within a FunctionCall " + number + " exceeds the limit " + limit);
    }

    static HostErrorException numberInputDataDependenciesExceeded(long number, long limit) {
        return of("NumberInputDataDependenciesExceeded",
                "The number of input data dependencies " + number + " exceeds the limit " + limit);
    }

    static HostErrorException returnedValueLengthExceeded(long length, long limit) {
        return of("ReturnedValueLengthExceeded",
                "The length of a returned value " + length + " exceeds the limit " + limit);
    }

    static HostErrorException contractSizeExceeded(long size, long limit) {
        return of("ContractSizeExceeded",
                "The size of a contract code in DeployContract action " + size + " exceeds the limit " + limit);
    }

    static HostErrorException deprecated(String methodName) {
        return of("Deprecated", "Attempted to call deprecated host function " + methodName);
    }

    static HostErrorException ecrecoverError(String msg) {
        return of("ECRecoverError", "ECDSA recover error: " + msg);
    }

    static HostErrorException altBn128InvalidInput(String msg) {
        return of("AltBn128InvalidInput", "AltBn128 invalid input: " + msg);
    }

    static HostErrorException ed25519VerifyInvalidInput(String msg) {
        return of("Ed25519VerifyInvalidInput", "ED25519 signature verification error: " + msg);
    }

    static HostErrorException bls12381InvalidInput(String msg) {
        return of("BLS12381InvalidInput", "BLS12-381 invalid input: " + msg);
    }

    static HostErrorException yieldPayloadLength(long length, long limit) {
        return of("YieldPayloadLength",
                "Yield resume payload is " + length + " bytes which exceeds the " + limit + " byte limit");
    }

    static HostErrorException dataIdMalformed() {
        return of("DataIdMalformed", "yield resumption token is malformed");
    }

    static HostErrorException contractCodeHashMalformed() {
        return of("ContractCodeHashMalformed", "contract code hash is malformed");
    }
}
