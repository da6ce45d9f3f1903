package dev.aidev.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aidev.chain.client.RpcClient;
import dev.aidev.chain.primitives.Action;
import dev.aidev.chain.primitives.CryptoHash;
import dev.aidev.chain.primitives.KeyPair;
import dev.aidev.chain.primitives.SignedTransaction;
import dev.aidev.chain.primitives.Transaction;
import dev.aidev.vm.gas.ActionCost;
import dev.aidev.vm.gas.RuntimeParams;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aidev deploy}: deploys a contract to an account on the local chain, testnet, mainnet or any
 * NEAR JSON-RPC endpoint, signing with the account's key file.
 */
@Command(
        name = "deploy",
        mixinStandardHelpOptions = true,
        description = {
            "Deploy a contract (.wasm) to an account, optionally calling an init method, through NEAR JSON-RPC.",
            "Signs with the account's key file: ~/.near-credentials/<network>/<account>.json (or --key-file).",
            "Shows what it will do and what it may cost, asks before mainnet, then prints the transaction hash."
        },
        footer = {
            "",
            "Examples:",
            "  ./aidev deploy examples/status_message.wasm --account book.test.near --key-file ~/.aidev/chain/validator_key.json",
            "  ./aidev deploy build/book.wasm --account book.testnet --network testnet --init new --args '{}'",
            "  ./aidev deploy build/book.wasm --account book.near --network mainnet"
        })
final class DeployCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long INIT_GAS = 100_000_000_000_000L;

    @Parameters(index = "0", paramLabel = "WASM", description = "The contract to deploy.")
    Path wasm;

    @Option(names = "--account", required = true, paramLabel = "ID", description = "The account to deploy to (it signs).")
    String account;

    @Option(names = "--network", defaultValue = "local", paramLabel = "NET",
            description = "local, testnet, mainnet or an RPC URL (default: ${DEFAULT-VALUE}).")
    String network;

    @Option(names = "--init", paramLabel = "METHOD", description = "An init method to call after deploying.")
    String init;

    @Option(names = "--args", defaultValue = "{}", paramLabel = "JSON", description = "Arguments of the init method.")
    String args;

    @Option(names = "--key-file", paramLabel = "FILE", description = "The key file to sign with (NEAR's key file format).")
    Path keyFile;

    @Option(names = "--yes", description = "Do not ask before deploying to mainnet.")
    boolean yes;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** An RPC endpoint, the name of its credentials folder, and where to look transactions up. */
    record Network(String name, URI rpc, String explorer) {}

    static Network network(String n) {
        return switch (n.toLowerCase(Locale.ROOT)) {
            case "local", "localnet" -> new Network("local", URI.create("http://127.0.0.1:3030"), null);
            case "testnet" -> new Network("testnet", URI.create("https://rpc.testnet.near.org"),
                    "https://testnet.nearblocks.io/txns/");
            case "mainnet" -> new Network("mainnet", URI.create("https://rpc.mainnet.near.org"),
                    "https://nearblocks.io/txns/");
            default -> {
                if (!n.startsWith("http://") && !n.startsWith("https://")) {
                    throw new UserError("--network must be local, testnet, mainnet or an http(s) URL, not '" + n + "'.",
                            ExitCodes.USAGE);
                }
                yield new Network("custom", URI.create(n), null);
            }
        };
    }

    @Override
    public Integer call() throws IOException {
        Network net = network(network);
        if (!dev.aidev.vm.host.AccountIds.isValid(account)) {
            throw new UserError("--account: '" + account + "' is not a valid NEAR account id.");
        }
        byte[] code = readFile(wasm, "WASM");
        if (code.length < 8 || code[0] != 0 || code[1] != 'a' || code[2] != 's' || code[3] != 'm') {
            throw new UserError(wasm + ": not a WebAssembly module.");
        }
        byte[] initArgs = args.getBytes(StandardCharsets.UTF_8);
        if (init != null) {
            try {
                JSON.readTree(args);
            } catch (IOException e) {
                throw new UserError("--args is not valid JSON.");
            }
        }
        Path keyPath = keyFile != null ? keyFile
                : Path.of(System.getProperty("user.home"), ".near-credentials", net.name(), account + ".json");
        KeyPair key = readKey(keyPath);

        PrintWriter out = spec.commandLine().getOut();
        RpcClient rpc = new RpcClient(net.rpc());
        long nonce;
        CryptoHash block;
        BigInteger gasPrice;
        try {
            nonce = rpc.accessKeyNonce(account, key.publicKey());
            block = rpc.finalBlockHash();
            gasPrice = rpc.gasPrice();
        } catch (RpcClient.RpcException e) {
            throw new UserError(net.rpc() + ": " + e.getMessage(), ExitCodes.CHECKS_FAILED);
        } catch (IOException e) {
            throw new UserError("Cannot reach " + net.rpc() + ": " + e.getMessage(), ExitCodes.CHECKS_FAILED);
        }
        List<Action> actions = new ArrayList<>();
        actions.add(new Action.DeployContract(code));
        if (init != null) {
            actions.add(new Action.FunctionCall(init, initArgs, INIT_GAS, BigInteger.ZERO));
        }
        long maxGas = estimateGas(code.length, init == null ? 0 : init.length() + initArgs.length, init != null);
        BigInteger maxCost = BigInteger.valueOf(maxGas).multiply(gasPrice);
        out.printf("Deploying %s (%,d bytes, sha256 %s) to %s on %s (%s)%n", wasm, code.length,
                CryptoHash.of(code), account, network, net.rpc());
        if (init != null) {
            out.printf("  then calling %s(%s) with %d Tgas%n", init, args, INIT_GAS / 1_000_000_000_000L);
        }
        out.printf("  signed by %s; at most %s NEAR in gas (%,d gas at %s yocto/gas), unused gas is refunded%n",
                key.publicKey(), new BigDecimal(maxCost).movePointLeft(24).stripTrailingZeros().toPlainString(),
                maxGas, gasPrice);
        out.flush();
        if (net.name().equals("mainnet") && !yes && !confirm()) {
            out.println("Not deployed.");
            return ExitCodes.CHECKS_FAILED;
        }
        SignedTransaction tx = new Transaction.V0(account, key.publicKey(), nonce + 1, account, block, actions).sign(key);
        JsonNode result;
        try {
            result = rpc.sendAndWait(tx);
        } catch (RpcClient.RpcException e) {
            throw new UserError("The transaction was rejected: " + e.error(), ExitCodes.CHECKS_FAILED);
        }
        JsonNode status = result.path("status");
        out.println("Transaction " + tx.hash());
        if (net.explorer() != null) {
            out.println("  " + net.explorer() + tx.hash());
        }
        if (status.has("Failure")) {
            out.println("Failed: " + status.get("Failure"));
            return ExitCodes.CHECKS_FAILED;
        }
        out.println("Deployed" + (init != null ? " and initialized" : "") + ".");
        return ExitCodes.OK;
    }

    /** The most gas the transaction can use: deploy fees, and with an init call its fees and gas. */
    private static long estimateGas(long codeBytes, long callBytes, boolean withInit) {
        RuntimeParams p = RuntimeParams.latest();
        long gas = p.fee(ActionCost.new_action_receipt).send(true) + p.fee(ActionCost.new_action_receipt).execution();
        gas += p.fee(ActionCost.deploy_contract_base).send(true) + p.fee(ActionCost.deploy_contract_base).execution();
        gas += codeBytes * (p.fee(ActionCost.deploy_contract_byte).send(true)
                + p.fee(ActionCost.deploy_contract_byte).execution());
        if (withInit) {
            gas += p.fee(ActionCost.function_call_base).send(true) + p.fee(ActionCost.function_call_base).execution();
            gas += callBytes * (p.fee(ActionCost.function_call_byte).send(true)
                    + p.fee(ActionCost.function_call_byte).execution());
            gas += INIT_GAS;
        }
        return gas;
    }

    private boolean confirm() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        out.print("This deploys to MAINNET and spends real NEAR. Type 'yes' to continue: ");
        out.flush();
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line != null && line.trim().equals("yes");
    }

    static KeyPair readKey(Path file) {
        JsonNode k;
        try {
            k = JSON.readTree(file.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new UserError("No key file " + file + " (use --key-file, or create the account's credentials).");
        } catch (IOException e) {
            throw new UserError(file + ": not a NEAR key file (" + e.getMessage() + ").");
        }
        JsonNode secret = k.has("secret_key") ? k.get("secret_key") : k.get("private_key");
        if (secret == null || !secret.isTextual()) {
            throw new UserError(file + ": no secret_key or private_key in this key file.");
        }
        try {
            return KeyPair.parse(secret.asText());
        } catch (IllegalArgumentException e) {
            throw new UserError(file + ": " + e.getMessage());
        }
    }

    private static byte[] readFile(Path p, String what) {
        try {
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            throw new UserError(what + ": no such file: " + p);
        } catch (IOException e) {
            throw new UserError(what + ": cannot read " + p + ": " + e.getMessage());
        }
    }
}
