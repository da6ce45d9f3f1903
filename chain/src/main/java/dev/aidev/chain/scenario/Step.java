package dev.aidev.chain.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.file.Path;

/** One step of a scenario: an action on the chain and what is expected of it. */
public sealed interface Step
        permits Step.Deploy, Step.Call, Step.View, Step.FastForward, Step.Transfer, Step.ViewAccount {

    /** The step's JSON path, e.g. {@code $.steps[2]}. */
    String path();

    /** The action's key in the file: {@code deploy}, {@code call}, ... */
    String kind();

    Expect expect();

    /**
     * Deploys {@code wasm} to {@code account}, creating the account first (funded with {@code balance}
     * by its parent) when it does not exist yet, and runs {@code init} in the same transaction.
     *
     * @param balance the new account's balance; null when the account already exists
     * @param init null for no init call
     */
    record Deploy(String path, String account, Path wasmFile, byte[] wasm, BigInteger balance, Init init, Expect expect)
            implements Step {
        @Override
        public String kind() {
            return "deploy";
        }
    }

    /** The init call of a deploy: a function call in the deploy's transaction. */
    record Init(String method, JsonNode args, long gas, BigInteger deposit) {}

    record Call(String path, String signer, String receiver, String method, JsonNode args, BigInteger deposit, long gas,
            Expect expect) implements Step {
        @Override
        public String kind() {
            return "call";
        }
    }

    /** A view call: read-only, no transaction, no gas paid by anyone. */
    record View(String path, String account, String method, JsonNode args, Expect expect) implements Step {
        @Override
        public String kind() {
            return "view";
        }
    }

    /** Moves the chain {@code blocks} heights ahead (sandbox_fast_forward). */
    record FastForward(String path, long blocks, Expect expect) implements Step {
        @Override
        public String kind() {
            return "fast_forward";
        }
    }

    record Transfer(String path, String signer, String receiver, BigInteger amount, Expect expect) implements Step {
        @Override
        public String kind() {
            return "transfer";
        }
    }

    /** Reads an account (view_account); fails unless it exists, or {@code exists: false} is expected. */
    record ViewAccount(String path, String account, Expect expect) implements Step {
        @Override
        public String kind() {
            return "view_account";
        }
    }
}
