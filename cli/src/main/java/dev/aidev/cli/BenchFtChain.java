package dev.aidev.cli;

import static dev.aidev.cli.BenchFtCommand.CONTRACT;
import static dev.aidev.cli.BenchGas.ALICE;
import static dev.aidev.cli.BenchGas.BOB;
import static dev.aidev.cli.BenchGas.RECEIVER;
import static dev.aidev.cli.BenchFtCommand.STORAGE_DEPOSIT;

import dev.aidev.chain.Chain;
import dev.aidev.chain.runtime.ExecutionOutcome;
import dev.aidev.chain.sandbox.CallResult;
import dev.aidev.chain.sandbox.Sandbox;
import dev.aidev.chain.sandbox.ViewResult;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

/**
 * The gas of whole cross-contract chains on an in-process local chain: {@code ft_transfer_call}
 * from the fungible token to a NEP-141 receiver (each receipt: the token's transfer, the receiver's
 * {@code ft_on_transfer}, the token's {@code ft_resolve_transfer}), the receiver's
 * {@code send_tokens} back through the token's {@code ft_transfer}, and the receiver's views. Gas
 * per receipt is nearcore's {@code gas_burnt} of the receipt's outcome: the function call's
 * execution fee and the VM's gas, plus the send fees of the receipts it creates.
 */
final class BenchFtChain {
    private static final long TGAS = Sandbox.TGAS;
    private static final String AMOUNT = "1000";

    private BenchFtChain() {}

    /** A transaction's gas: converting it to a receipt, then each receipt that ran code, then all. */
    record ChainGas(String label, long conversion, List<Long> receipts, long total, boolean succeeded) {}

    static void run(PrintWriter out, byte[] ftWasm, byte[] receiverWasm) {
        try (Sandbox sandbox = Sandbox.start()) {
            Sandbox.Account alice = sandbox.createAccount(ALICE, Sandbox.near(100));
            Sandbox.Account bob = sandbox.createAccount(BOB, Sandbox.near(100));
            sandbox.createAccount(CONTRACT, Sandbox.near(20)).deploy(ftWasm, "new_default_meta",
                    "{\"owner_id\":\"" + ALICE + "\",\"total_supply\":\"1000000000000000000000000000\"}")
                    .requireSuccess("deploy the fungible token");
            sandbox.createAccount(RECEIVER, Sandbox.near(20)).deploy(receiverWasm, "new", "{\"owner_id\":\"" + BOB + "\"}")
                    .requireSuccess("deploy the receiver");
            for (String account : List.of(RECEIVER, BOB)) {
                alice.call(CONTRACT, "storage_deposit", "{\"account_id\":\"" + account + "\"}").deposit(STORAGE_DEPOSIT)
                        .gas(30 * TGAS).send().requireSuccess("register " + account);
            }

            out.println("ft_transfer_call of " + AMOUNT + " to the receiver on the local chain, gas burnt per receipt:");
            out.printf("%-26s %18s %18s %18s %20s %20s%n", "msg (receiver's answer)", "tx -> receipt",
                    "ft_transfer_call", "ft_on_transfer", "ft_resolve_transfer", "total");
            for (String[] msg : new String[][] {{"take-my-money", "keeps all"}, {"400", "returns 400"},
                {"panic", "panics, full refund"}}) {
                CallResult r = alice.call(CONTRACT, "ft_transfer_call", "{\"receiver_id\":\"" + RECEIVER
                        + "\",\"amount\":\"" + AMOUNT + "\",\"msg\":\"" + msg[0] + "\"}")
                        .deposit(BigInteger.ONE).gas(300 * TGAS).send();
                print(out, chainGas(msg[0] + " (" + msg[1] + ")", r), 3);
            }

            out.println();
            out.println("the receiver's send_tokens of 100 back to its owner, gas burnt per receipt:");
            out.printf("%-26s %18s %18s %18s %20s %20s%n", "call", "tx -> receipt", "send_tokens", "ft_transfer",
                    "on_tokens_sent", "total");
            CallResult send = bob.call(RECEIVER, "send_tokens", "{\"token_id\":\"" + CONTRACT + "\",\"receiver_id\":\""
                    + BOB + "\",\"amount\":\"100\"}").gas(100 * TGAS).send();
            print(out, chainGas("send_tokens", send), 3);

            out.println();
            out.printf("%-38s %20s%n", "receiver view", "gas burnt");
            String token = "{\"token_id\":\"" + CONTRACT + "\"}";
            for (String[] v : new String[][] {{"kept_of", token}, {"held_of", token},
                {"kept_from", "{\"token_id\":\"" + CONTRACT + "\",\"sender_id\":\"" + ALICE + "\"}"}, {"info", "{}"}}) {
                ViewResult r = sandbox.view(RECEIVER, v[0], v[1]);
                out.printf(Locale.ROOT, "%-38s %20s%n", v[0] + " (view)",
                        r.succeeded() ? String.format(Locale.ROOT, "%,d", r.outcome().burntGas()) : "FAILED " + r.error());
            }
            out.flush();
        }
    }

    /** The receipts that ran code (refunds burn no gas), in the order they ran. */
    static ChainGas chainGas(String label, CallResult r) {
        if (r.outcome() == null) {
            return new ChainGas(label, 0, List.of(), 0, false);
        }
        List<Long> receipts = r.outcome().receiptsOutcome().stream().map(Chain.OutcomeInBlock::outcome)
                .mapToLong(ExecutionOutcome::gasBurnt).filter(g -> g > 0).boxed().toList();
        return new ChainGas(label, r.outcome().transactionOutcome().outcome().gasBurnt(), receipts,
                r.gasBurnt(), r.succeeded());
    }

    private static void print(PrintWriter out, ChainGas g, int receipts) {
        if (!g.succeeded() || g.receipts().size() != receipts) {
            out.printf("%-26s FAILED (%d receipts ran code, expected %d)%n", g.label(), g.receipts().size(), receipts);
            return;
        }
        out.printf(Locale.ROOT, "%-26s %,18d %,18d %,18d %,20d %,20d%n", g.label(), g.conversion(),
                g.receipts().get(0), g.receipts().get(1), g.receipts().get(2), g.total());
    }
}
