package dev.aidev.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aidev.vm.Bytes;
import dev.aidev.vm.NearVm;
import dev.aidev.vm.PublicKeys;
import dev.aidev.vm.VmContext;
import dev.aidev.vm.VmOutcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aidev vm run}: one function call on the VM, like nearcore's near-vm-runner-standalone. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Run one function call of a NEAR contract (.wasm) on the VM and print the outcome as JSON:",
            "status, return value, logs, gas burnt and used, gas profile, receipts and NEAR's error."
        },
        footer = {
            "",
            "Context fields (--context JSON): current_account_id, signer_account_id, predecessor_account_id,",
            "  signer_account_pk, attached_deposit, account_balance, account_locked_balance (yoctoNEAR strings),",
            "  storage_usage, block_height, block_timestamp (ns), epoch_height, random_seed (base64 or hex),",
            "  prepaid_gas.",
            "State (--state FILE): a JSON object of base64 key -> base64 value; read before the call and",
            "  written back after a successful call. A missing file is an empty state.",
            "Exit code 0 when the call ran (success or contract failure), 2 for bad usage, 65 for bad input.",
            "",
            "Examples:",
            "  ./aidev vm run --wasm examples/status_message.wasm --method set_status \\",
            "      --args '{\"text\":\"hello\"}' --state /tmp/state.json",
            "  ./aidev vm run --wasm examples/status_message.wasm --method get_status --view --state /tmp/state.json",
            "  ./aidev vm run --wasm c.wasm --method pay --context '{\"attached_deposit\":\"1000\"}' --gas '30 Tgas'"
        })
final class VmRunCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--wasm", required = true, paramLabel = "FILE", description = "The contract's WebAssembly file.")
    Path wasm;

    @Option(names = "--method", required = true, paramLabel = "NAME", description = "The exported method to call.")
    String method;

    @CommandLine.ArgGroup(exclusive = true)
    Args args;

    static final class Args {
        @Option(names = "--args", paramLabel = "JSON", description = "Arguments as JSON (passed as the call's input).")
        String json;

        @Option(names = "--args-file", paramLabel = "FILE", description = "A file whose bytes are the call's input.")
        Path file;
    }

    @Option(names = "--state", paramLabel = "FILE", description = "Contract state as JSON (base64 key -> base64 value).")
    Path state;

    @Option(names = "--context", paramLabel = "JSON", description = "Context fields as a JSON object (see below).")
    String context;

    @Option(names = "--gas", paramLabel = "GAS", defaultValue = "300 Tgas",
            description = "Prepaid gas: '300 Tgas', '30Tgas' or an integer (default: ${DEFAULT-VALUE}).")
    String gas;

    @Option(names = "--view", description = "Run as a view call: state changes are prohibited.")
    boolean view;

    @Option(names = "--engine", paramLabel = "aot|interpreter", defaultValue = "aot",
            description = "Execution engine (default: ${DEFAULT-VALUE}); both give identical outcomes.")
    String engine;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        NearVm.Engine eng = switch (engine.toLowerCase(java.util.Locale.ROOT)) {
            case "aot" -> NearVm.Engine.AOT;
            case "interpreter" -> NearVm.Engine.INTERPRETER;
            default -> throw new UserError("--engine must be 'aot' or 'interpreter', not '" + engine + "'.", ExitCodes.USAGE);
        };
        byte[] code = readFile(wasm, "--wasm");
        byte[] input = new byte[0];
        if (args != null && args.json != null) {
            try {
                JSON.readTree(args.json);
            } catch (JsonProcessingException e) {
                throw new UserError("--args is not valid JSON: " + e.getOriginalMessage()
                        + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ".");
            }
            input = args.json.getBytes(StandardCharsets.UTF_8);
        } else if (args != null && args.file != null) {
            input = readFile(args.file, "--args-file");
        }
        VmContext.Builder ctx = VmContext.builder().input(input).view(view).prepaidGas(Amounts.gas(gas, "--gas"));
        if (context != null) {
            applyContext(ctx, context);
        }
        Map<Bytes, byte[]> data = state == null ? new TreeMap<>() : readState(state);
        VmOutcome out;
        try (NearVm vm = NearVm.create(eng)) {
            out = vm.call(code, method, ctx.build(), data::get);
        } catch (IllegalArgumentException e) {
            throw new UserError("--context: " + e.getMessage());
        }
        if (out.succeeded() && state != null && !view) {
            out.storageChanges().forEach((k, v) -> {
                if (v == null) {
                    data.remove(k);
                } else {
                    data.put(k, v);
                }
            });
            writeState(state, data);
        }
        PrintWriter w = spec.commandLine().getOut();
        w.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(OutcomeJson.render(out)));
        w.flush();
        return ExitCodes.OK;
    }

    private static byte[] readFile(Path p, String option) {
        try {
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            throw new UserError(option + ": no such file: " + p);
        } catch (IOException e) {
            throw new UserError(option + ": cannot read " + p + ": " + e.getMessage());
        }
    }

    static void applyContext(VmContext.Builder b, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UserError("--context is not valid JSON: " + e.getOriginalMessage() + ".");
        }
        if (root == null || !root.isObject()) {
            throw new UserError("--context must be a JSON object.");
        }
        Iterator<Map.Entry<String, JsonNode>> it = root.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = "--context." + e.getKey();
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "current_account_id" -> b.currentAccountId(accountId(v, path));
                case "signer_account_id" -> b.signerAccountId(accountId(v, path));
                case "predecessor_account_id" -> b.predecessorAccountId(accountId(v, path));
                case "signer_account_pk" -> {
                    try {
                        b.signerAccountPk(PublicKeys.fromText(text(v, path)));
                    } catch (IllegalArgumentException ex) {
                        throw new UserError(path + ": " + ex.getMessage() + ".");
                    }
                }
                case "attached_deposit" -> b.attachedDeposit(u128(v, path));
                case "account_balance" -> b.accountBalance(u128(v, path));
                case "account_locked_balance" -> b.accountLockedBalance(u128(v, path));
                case "storage_usage" -> b.storageUsage(u64(v, path));
                case "block_height" -> b.blockHeight(u64(v, path));
                case "block_timestamp" -> b.blockTimestamp(u64(v, path));
                case "epoch_height" -> b.epochHeight(u64(v, path));
                case "prepaid_gas" -> b.prepaidGas(Amounts.gas(v.isNumber() ? v.asText() : text(v, path), path));
                case "random_seed" -> b.randomSeed(seed(v, path));
                default -> throw new UserError(path + ": unknown context field (see 'aidev vm run --help').");
            }
        }
    }

    private static String text(JsonNode v, String path) {
        if (!v.isTextual()) {
            throw new UserError(path + ": expected a string.");
        }
        return v.asText();
    }

    private static String accountId(JsonNode v, String path) {
        String id = text(v, path);
        if (!dev.aidev.vm.host.AccountIds.isValid(id)) {
            throw new UserError(path + ": '" + id + "' is not a valid NEAR account id.");
        }
        return id;
    }

    private static BigInteger u128(JsonNode v, String path) {
        String s = v.isIntegralNumber() ? v.asText() : text(v, path);
        try {
            BigInteger n = new BigInteger(s);
            if (n.signum() < 0 || n.bitLength() > 128) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UserError(path + ": '" + s + "' is not a yoctoNEAR amount (an unsigned 128-bit integer).");
        }
    }

    private static long u64(JsonNode v, String path) {
        String s = v.isIntegralNumber() ? v.asText() : text(v, path);
        try {
            return Long.parseUnsignedLong(s);
        } catch (NumberFormatException e) {
            throw new UserError(path + ": '" + s + "' is not an unsigned 64-bit integer.");
        }
    }

    private static byte[] seed(JsonNode v, String path) {
        String s = text(v, path);
        byte[] b;
        if (s.matches("[0-9a-fA-F]{64}")) {
            b = HexFormat.of().parseHex(s);
        } else {
            try {
                b = Base64.getDecoder().decode(s);
            } catch (IllegalArgumentException e) {
                throw new UserError(path + ": expected 32 bytes as base64 or 64 hex digits.");
            }
        }
        if (b.length != 32) {
            throw new UserError(path + ": expected 32 bytes, got " + b.length + ".");
        }
        return b;
    }

    static Map<Bytes, byte[]> readState(Path file) {
        Map<Bytes, byte[]> data = new TreeMap<>();
        if (!Files.exists(file)) {
            return data;
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new UserError(file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": --state is not valid JSON: " + e.getOriginalMessage() + ".");
        } catch (IOException e) {
            throw new UserError("--state: cannot read " + file + ": " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new UserError(file + ": --state must be a JSON object of base64 key -> base64 value.");
        }
        Iterator<Map.Entry<String, JsonNode>> it = root.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = "$[\"" + e.getKey() + "\"]";
            byte[] key;
            byte[] value;
            try {
                key = Base64.getDecoder().decode(e.getKey());
            } catch (IllegalArgumentException ex) {
                throw new UserError(file + ": " + path + ": the key is not base64.");
            }
            if (!e.getValue().isTextual()) {
                throw new UserError(file + ": " + path + ": the value must be a base64 string.");
            }
            try {
                value = Base64.getDecoder().decode(e.getValue().asText());
            } catch (IllegalArgumentException ex) {
                throw new UserError(file + ": " + path + ": the value is not base64.");
            }
            data.put(Bytes.of(key), value);
        }
        return data;
    }

    /** Writes the state through a temporary file and a rename, so a crash never leaves half a file. */
    static void writeState(Path file, Map<Bytes, byte[]> data) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        new TreeMap<>(data).forEach((k, v) -> root.put(k.base64(), Base64.getEncoder().encodeToString(v)));
        Path abs = file.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), abs.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
