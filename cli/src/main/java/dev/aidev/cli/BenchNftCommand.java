package dev.aidev.cli;

import static dev.aidev.cli.BenchGas.ALICE;
import static dev.aidev.cli.BenchGas.BOB;
import static dev.aidev.cli.BenchGas.CAROL;
import static dev.aidev.cli.BenchGas.ONE_YOCTO;
import static dev.aidev.cli.BenchGas.RECEIVER;

import dev.aidev.cli.BenchGas.Call;
import dev.aidev.cli.BenchGas.GasRow;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aidev bench nft}: the non-fungible token on the VM with a realistic setup (an initialized
 * contract, three minted tokens, a royalty and an approval): its size and the gas each NEP-171,
 * NEP-177, NEP-178, NEP-181 and NEP-199 method burns, each on the same set-up state.
 */
@Command(
        name = "nft",
        mixinStandardHelpOptions = true,
        description = {
            "Benchmark the non-fungible token on the VM: WASM size and gas per method after a realistic",
            "setup (new_default_meta with owner alice; alice mints tokens 1..N (--tokens, default 3) to herself",
            "with 0.1 NEAR each, sets a 10%% royalty for carol and approves bob for token 1). Every measured call",
            "runs once on that same state: nft_mint, nft_transfer and nft_transfer_call (1 yocto; the latter's",
            "first receipt only), nft_approve, nft_revoke (1 yocto), nft_transfer_payout and the views."
        },
        footer = {"", "Examples:", "  ./aidev bench nft", "  ./aidev bench nft --tokens 100",
            "  ./aidev bench nft --wasm examples/non-fungible-token/build/non-fungible-token.wasm"})
final class BenchNftCommand implements Callable<Integer> {
    static final String CONTRACT = "nft.test.near";
    /** 0.1 NEAR pays a minted token's storage; the excess goes back in a transfer. */
    static final BigInteger MINT_DEPOSIT = new BigInteger("100000000000000000000000");
    /** 0.01 NEAR pays a new approval's storage; the excess goes back in a transfer. */
    static final BigInteger APPROVE_DEPOSIT = new BigInteger("10000000000000000000000");

    @Option(names = "--project", defaultValue = "examples/non-fungible-token", paramLabel = "DIR",
            description = "The non-fungible-token project to compile (default: ${DEFAULT-VALUE}).")
    Path project;

    @Option(names = "--wasm", paramLabel = "FILE", description = "Measure this WASM instead of compiling --project.")
    Path wasmFile;

    @Option(names = "--tokens", defaultValue = "3", paramLabel = "N",
            description = "How many tokens alice holds after the setup, at least 3 (default: ${DEFAULT-VALUE}).")
    int tokens;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (tokens < 3) {
            throw new UserError("--tokens must be at least 3 (got " + tokens + ").", ExitCodes.USAGE);
        }
        byte[] wasm = BenchGas.wasm(wasmFile, project);
        out.printf(Locale.ROOT, "non-fungible token WASM: %,d bytes%n", wasm.length);
        out.println();
        BenchGas.print(out, gas(wasm, tokens), null);
        return ExitCodes.OK;
    }

    private static Call mint(String label, String tokenId) {
        return new Call(label, "nft_mint", "{\"token_id\":\"" + tokenId + "\",\"token_owner_id\":\"" + ALICE
                + "\",\"token_metadata\":{\"title\":\"Token " + tokenId + "\",\"description\":\"A benchmark token\","
                + "\"copies\":1}}", ALICE, MINT_DEPOSIT, false);
    }

    /** Init, {@code tokens} tokens of alice, carol's 10% royalty, bob approved for token 1. */
    static List<Call> setupCalls(int tokens) {
        List<Call> calls = new java.util.ArrayList<>();
        calls.add(new Call("new_default_meta (init)", "new_default_meta", "{\"owner_id\":\"" + ALICE + "\"}", CONTRACT,
                BigInteger.ZERO, false));
        for (int i = 1; i <= tokens; i++) {
            calls.add(mint("nft_mint", Integer.toString(i)));
        }
        calls.add(new Call("set_royalty", "set_royalty", "{\"account_id\":\"" + CAROL + "\",\"percent\":10}", ALICE,
                BigInteger.ZERO, false));
        calls.add(new Call("nft_approve", "nft_approve", "{\"token_id\":\"1\",\"account_id\":\"" + BOB + "\"}", ALICE,
                APPROVE_DEPOSIT, false));
        return calls;
    }

    /** The measured calls on the state {@link #setupCalls} left. */
    static List<Call> calls(int tokens) {
        return List.of(
                mint("nft_mint (token " + (tokens + 1) + ")", Integer.toString(tokens + 1)),
                new Call("nft_transfer (1 yocto)", "nft_transfer",
                        "{\"receiver_id\":\"" + BOB + "\",\"token_id\":\"2\"}", ALICE, ONE_YOCTO, false),
                new Call("nft_transfer by approved (1 yocto)", "nft_transfer",
                        "{\"receiver_id\":\"" + CAROL + "\",\"token_id\":\"1\",\"approval_id\":1}", BOB, ONE_YOCTO, false),
                new Call("nft_transfer_call (1st receipt)", "nft_transfer_call",
                        "{\"receiver_id\":\"" + RECEIVER + "\",\"token_id\":\"2\",\"msg\":\"\"}", ALICE, ONE_YOCTO, false),
                new Call("nft_approve (new approval)", "nft_approve",
                        "{\"token_id\":\"2\",\"account_id\":\"" + CAROL + "\"}", ALICE, APPROVE_DEPOSIT, false),
                new Call("nft_revoke (1 yocto)", "nft_revoke",
                        "{\"token_id\":\"1\",\"account_id\":\"" + BOB + "\"}", ALICE, ONE_YOCTO, false),
                new Call("nft_transfer_payout (1 yocto)", "nft_transfer_payout",
                        "{\"receiver_id\":\"" + BOB + "\",\"token_id\":\"3\",\"balance\":\"1000000\","
                        + "\"max_len_payout\":10}", ALICE, ONE_YOCTO, false),
                Call.view("nft_token (view)", "nft_token", "{\"token_id\":\"1\"}", ALICE),
                Call.view("nft_tokens (view, " + tokens + " tokens)", "nft_tokens", "{}", ALICE),
                Call.view("nft_total_supply (view)", "nft_total_supply", "{}", ALICE),
                Call.view("nft_supply_for_owner (view)", "nft_supply_for_owner", "{\"account_id\":\"" + ALICE + "\"}",
                        ALICE),
                Call.view("nft_tokens_for_owner (view, " + tokens + ")", "nft_tokens_for_owner",
                        "{\"account_id\":\"" + ALICE + "\"}", ALICE),
                Call.view("nft_is_approved (view)", "nft_is_approved",
                        "{\"token_id\":\"1\",\"approved_account_id\":\"" + BOB + "\"}", ALICE),
                Call.view("nft_payout (view, 1 royalty)", "nft_payout",
                        "{\"token_id\":\"1\",\"balance\":\"1000000\",\"max_len_payout\":10}", ALICE),
                Call.view("nft_metadata (view)", "nft_metadata", "{}", ALICE));
    }

    /** Gas of init and every call of {@link #calls}, each on the set-up state. */
    static List<GasRow> gas(byte[] wasm, int tokens) {
        return BenchGas.gas(wasm, CONTRACT, setupCalls(tokens), 1, calls(tokens));
    }
}
