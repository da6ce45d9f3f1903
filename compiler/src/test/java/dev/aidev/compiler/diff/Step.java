package dev.aidev.compiler.diff;

import java.math.BigInteger;
import java.util.Objects;

/**
 * One call of a differential run: the export, its JSON arguments, who calls (signer and
 * predecessor), the attached deposit in yoctoNEAR, and whether it is a view call (RPC
 * {@code call_function}, where the VM refuses state changes) or a function-call action.
 */
public record Step(String method, String args, String predecessor, BigInteger deposit, boolean view,
        java.util.List<String> promiseResults) {
    public static final String ALICE = "alice.test.near";
    public static final String CONTRACT = "contract.test.near";

    public Step {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(predecessor, "predecessor");
        Objects.requireNonNull(deposit, "deposit");
        promiseResults = java.util.List.copyOf(promiseResults);
    }

    /**
     * A call that is no callback. {@code promiseResults} (for a callback) are each the successful
     * result's text, or {@link #FAILED}.
     */
    public Step(String method, String args, String predecessor, BigInteger deposit, boolean view) {
        this(method, args, predecessor, deposit, view, java.util.List.of());
    }

    /** The bytes of a successful promise result: {@code 0x<hex>} for raw bytes, else the text as UTF-8. */
    public static byte[] bytesOf(String result) {
        if (result.startsWith("0x")) {
            return java.util.HexFormat.of().parseHex(result.substring(2));
        }
        return result.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A failed promise result, in {@link #promiseResults}. */
    public static final String FAILED = "!failed";

    /** This call as a callback receiving these promise results. */
    public Step results(String... results) {
        return new Step(method, args, predecessor, deposit, view, java.util.List.of(results));
    }

    /** A transaction from alice, no deposit. */
    public static Step call(String method, String args) {
        return new Step(method, args, ALICE, BigInteger.ZERO, false);
    }

    /** A view call. */
    public static Step view(String method, String args) {
        return new Step(method, args, ALICE, BigInteger.ZERO, true);
    }

    public Step from(String account) {
        return new Step(method, args, account, deposit, view, promiseResults);
    }

    public Step deposit(BigInteger yocto) {
        return new Step(method, args, predecessor, yocto, view, promiseResults);
    }

    @Override
    public String toString() {
        return (view ? "view " : "call ") + method + " " + args + " from " + predecessor
                + (deposit.signum() != 0 ? " deposit " + deposit : "")
                + (promiseResults.isEmpty() ? "" : " results " + promiseResults);
    }
}
