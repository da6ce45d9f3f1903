package dev.aidev.chain.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.aidev.vm.host.AccountIds;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a scenario file and checks all of it before anything runs: every mistake is collected
 * (one method per part of the format), each with the JSON path where it is. Unknown keys are
 * errors, so a typo never passes silently.
 */
final class ScenarioParser {
    static final String ROOT = "test.near";
    static final BigInteger DEFAULT_BALANCE = Amounts.yocto("10 NEAR");
    static final long DEFAULT_GAS = Amounts.gas("30 Tgas");
    /** The init call's gas when the file does not say: what near-workspaces and Sandbox.deploy use. */
    static final long DEFAULT_INIT_GAS = Amounts.gas("100 Tgas");
    /** The tolerance of a {@code "~"} balance change: room for gas fees. */
    static final BigInteger APPROXIMATE = Amounts.yocto("0.01 NEAR");

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final byte[] WASM_MAGIC = {0, 'a', 's', 'm'};

    static final List<String> ACTIONS = List.of("deploy", "call", "view", "fast_forward", "transfer", "view_account");
    private static final List<String> TRANSACTION_EXPECT = List.of("status", "logs_contain", "return",
            "return_contains", "error_contains", "events", "balance_change", "gas_burnt_at_most");
    private static final Map<String, List<String>> EXPECT_KEYS = Map.of(
            "deploy", TRANSACTION_EXPECT,
            "call", TRANSACTION_EXPECT,
            "view", List.of("status", "logs_contain", "return", "return_contains", "error_contains", "events",
                    "gas_burnt_at_most"),
            "transfer", List.of("status", "error_contains", "balance_change", "gas_burnt_at_most"),
            "view_account", List.of("exists", "balance_at_least", "balance_at_most"),
            "fast_forward", List.of());
    private static final List<String> ALL_EXPECT_KEYS = List.of("status", "logs_contain", "return", "return_contains",
            "error_contains", "events", "balance_change", "gas_burnt_at_most", "exists", "balance_at_least",
            "balance_at_most");

    private final Path file;
    private final List<ScenarioError> errors = new ArrayList<>();
    /** Accounts the scenario holds keys for, as of the step being read: the root, listed accounts, deploy targets. */
    private final Set<String> known = new LinkedHashSet<>();

    ScenarioParser(Path file) {
        this.file = file;
    }

    Scenario parse() throws ScenarioException {
        JsonNode root = read();
        if (root == null) {
            throw new ScenarioException(errors);
        }
        if (!root.isObject()) {
            error("$", "a scenario is a JSON object with \"name\", \"accounts\" and \"steps\".");
            throw new ScenarioException(errors);
        }
        keys(root, "$", List.of("steps"), List.of("name", "description", "accounts"));
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String name = fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName;
        if (root.has("name")) {
            String n = string(root.get("name"), "$.name");
            if (n != null) {
                name = n;
            }
        }
        if (root.has("description")) {
            string(root.get("description"), "$.description");
        }
        known.add(ROOT);
        List<Scenario.AccountSpec> accounts = root.has("accounts") ? accounts(root.get("accounts")) : List.of();
        List<Step> steps = root.has("steps") ? steps(root.get("steps")) : List.of();
        if (!errors.isEmpty()) {
            throw new ScenarioException(errors);
        }
        return new Scenario(file, name, accounts, steps);
    }

    private JsonNode read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            errors.add(ScenarioError.at(file, null, "no such file."));
            return null;
        } catch (IOException e) {
            errors.add(ScenarioError.at(file, null, "cannot read the file: " + e.getMessage() + "."));
            return null;
        }
        try {
            JsonNode root = JSON.readTree(bytes);
            if (root == null || root.isMissingNode()) {
                errors.add(ScenarioError.at(file, null, "the file is empty; a scenario is a JSON object."));
                return null;
            }
            return root;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            errors.add(new ScenarioError(file, null, line, column, "invalid JSON: " + e.getOriginalMessage() + "."));
            return null;
        } catch (IOException e) {
            errors.add(ScenarioError.at(file, null, "cannot read the file: " + e.getMessage() + "."));
            return null;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // The parts of a scenario

    private List<Scenario.AccountSpec> accounts(JsonNode node) {
        List<Scenario.AccountSpec> out = new ArrayList<>();
        if (!node.isArray()) {
            error("$.accounts", "expected an array of {\"id\", \"balance\"} objects.");
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            String p = "$.accounts[" + i + "]";
            JsonNode a = node.get(i);
            if (!a.isObject()) {
                error(p, "expected an object such as {\"id\": \"alice.test.near\", \"balance\": \"10 NEAR\"}.");
                continue;
            }
            keys(a, p, List.of("id"), List.of("balance"));
            BigInteger balance = a.has("balance") ? amount(a.get("balance"), p + ".balance") : DEFAULT_BALANCE;
            String id = a.has("id") ? accountId(a.get("id"), p + ".id") : null;
            if (id == null) {
                continue;
            }
            if (id.equals(ROOT)) {
                error(p + ".id", "'" + ROOT + "' is the root account and exists already; list only accounts to create.");
            } else if (known.contains(id)) {
                error(p + ".id", "'" + id + "' is listed twice.");
            } else if (creatable(id, p + ".id")) {
                known.add(id);
                out.add(new Scenario.AccountSpec(p, id, balance));
            }
        }
        return out;
    }

    /** Whether {@code id} can be created now: a sub-account of test.near or of an account we hold. */
    private boolean creatable(String id, String path) {
        if (!id.endsWith("." + ROOT)) {
            error(path, "'" + id + "' is not a sub-account of " + ROOT + "; scenario accounts are created under it (e.g. 'alice."
                    + ROOT + "').");
            return false;
        }
        String parent = id.substring(id.indexOf('.') + 1);
        if (!known.contains(parent)) {
            error(path, "'" + id + "' can only be created by '" + parent + "', which the scenario has not created before it.");
            return false;
        }
        return true;
    }

    private List<Step> steps(JsonNode node) {
        List<Step> out = new ArrayList<>();
        if (!node.isArray()) {
            error("$.steps", "expected an array of steps.");
            return out;
        }
        if (node.isEmpty()) {
            error("$.steps", "a scenario needs at least one step.");
        }
        for (int i = 0; i < node.size(); i++) {
            Step s = step(node.get(i), "$.steps[" + i + "]");
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private Step step(JsonNode node, String p) {
        if (!node.isObject()) {
            error(p, "expected a step object such as {\"call\": {...}, \"expect\": {...}}.");
            return null;
        }
        List<String> actions = new ArrayList<>();
        List<String> allowed = new ArrayList<>(ACTIONS);
        allowed.add("expect");
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (ACTIONS.contains(k)) {
                actions.add(k);
            } else if (!k.equals("expect")) {
                unknownKey(p, k, allowed);
            }
        }
        if (actions.isEmpty()) {
            error(p, "a step needs one action: " + String.join(", ", ACTIONS) + ".");
            return null;
        }
        if (actions.size() > 1) {
            error(p, "a step has one action, but this one has " + String.join(" and ", actions) + "; split it into steps.");
            return null;
        }
        String kind = actions.get(0);
        String ap = p + "." + kind;
        JsonNode a = node.get(kind);
        // The expectations are read first (deploy checks them against init) but reported after the action.
        int mark = errors.size();
        Expect expect = node.has("expect") ? expect(node.get("expect"), p + ".expect", kind) : Expect.NONE;
        List<ScenarioError> expectErrors = new ArrayList<>(errors.subList(mark, errors.size()));
        errors.subList(mark, errors.size()).clear();
        Step step = a.isObject() ? action(kind, a, p, ap, expect) : null;
        if (!a.isObject()) {
            error(ap, "expected an object.");
        }
        errors.addAll(expectErrors);
        return step;
    }

    private Step action(String kind, JsonNode a, String p, String ap, Expect expect) {
        switch (kind) {
            case "deploy":
                return deploy(a, p, ap, expect);
            case "call": {
                keys(a, ap, List.of("signer", "receiver", "method"), List.of("args", "deposit", "gas"));
                String signer = signer(a.get("signer"), ap + ".signer");
                String receiver = a.has("receiver") ? accountId(a.get("receiver"), ap + ".receiver") : null;
                String method = a.has("method") ? method(a.get("method"), ap + ".method") : null;
                JsonNode args = args(a);
                BigInteger deposit = a.has("deposit") ? amount(a.get("deposit"), ap + ".deposit") : BigInteger.ZERO;
                Long gas = a.has("gas") ? gas(a.get("gas"), ap + ".gas") : Long.valueOf(DEFAULT_GAS);
                return new Step.Call(p, signer, receiver, method, args, deposit, gas == null ? 0 : gas, expect);
            }
            case "view": {
                keys(a, ap, List.of("account", "method"), List.of("args"));
                String account = a.has("account") ? accountId(a.get("account"), ap + ".account") : null;
                String method = a.has("method") ? method(a.get("method"), ap + ".method") : null;
                return new Step.View(p, account, method, args(a), expect);
            }
            case "fast_forward": {
                keys(a, ap, List.of("blocks"), List.of());
                long blocks = a.has("blocks") ? blocks(a.get("blocks"), ap + ".blocks") : 0;
                return new Step.FastForward(p, blocks, expect);
            }
            case "transfer": {
                keys(a, ap, List.of("signer", "receiver", "amount"), List.of());
                String signer = signer(a.get("signer"), ap + ".signer");
                String receiver = a.has("receiver") ? accountId(a.get("receiver"), ap + ".receiver") : null;
                BigInteger amount = a.has("amount") ? amount(a.get("amount"), ap + ".amount") : null;
                return new Step.Transfer(p, signer, receiver, amount, expect);
            }
            case "view_account": {
                keys(a, ap, List.of("account"), List.of());
                String account = a.has("account") ? accountId(a.get("account"), ap + ".account") : null;
                return new Step.ViewAccount(p, account, expect);
            }
            default:
                throw new IllegalStateException("unhandled action " + kind);
        }
    }

    private Step deploy(JsonNode a, String p, String ap, Expect expect) {
        keys(a, ap, List.of("account", "wasm"), List.of("init", "balance"));
        String account = a.has("account") ? accountId(a.get("account"), ap + ".account") : null;
        BigInteger balance = null;
        if (account != null && known.contains(account)) {
            if (a.has("balance")) {
                error(ap + ".balance", "'" + account + "' exists already; \"balance\" applies only when deploy creates the account.");
            }
        } else if (account != null && creatable(account, ap + ".account")) {
            balance = a.has("balance") ? amount(a.get("balance"), ap + ".balance") : DEFAULT_BALANCE;
            known.add(account);
        }
        Path wasmFile = null;
        byte[] wasm = null;
        if (a.has("wasm")) {
            String w = string(a.get("wasm"), ap + ".wasm");
            if (w != null) {
                Path dir = file.toAbsolutePath().getParent();
                wasmFile = dir.resolve(w).normalize();
                wasm = wasm(wasmFile, w, ap + ".wasm");
            }
        }
        Step.Init init = null;
        if (a.has("init")) {
            String ip = ap + ".init";
            JsonNode i = a.get("init");
            if (!i.isObject()) {
                error(ip, "expected an object such as {\"method\": \"new\", \"args\": {}}.");
            } else {
                keys(i, ip, List.of("method"), List.of("args", "gas", "deposit"));
                String method = i.has("method") ? method(i.get("method"), ip + ".method") : null;
                Long gas = i.has("gas") ? gas(i.get("gas"), ip + ".gas") : Long.valueOf(DEFAULT_INIT_GAS);
                BigInteger deposit = i.has("deposit") ? amount(i.get("deposit"), ip + ".deposit") : BigInteger.ZERO;
                init = new Step.Init(method, args(i), gas == null ? 0 : gas, deposit);
            }
        }
        if (init == null && (expect.returnValue() != null || expect.returnContains() != null)) {
            error(p + ".expect", "a deploy without \"init\" returns nothing; \"return\" and \"return_contains\" need an init call.");
        }
        return new Step.Deploy(p, account, wasmFile, wasm, balance, init, expect);
    }

    private byte[] wasm(Path path, String written, String p) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            error(p, "no such file: '" + written + "' (resolved to " + path + "; paths are relative to the scenario file).");
            return null;
        } catch (IOException e) {
            error(p, "cannot read '" + written + "': " + e.getMessage() + ".");
            return null;
        }
        if (bytes.length < 4 || !java.util.Arrays.equals(bytes, 0, 4, WASM_MAGIC, 0, 4)) {
            error(p, "'" + written + "' is not a WebAssembly binary (it does not start with \\0asm).");
            return null;
        }
        return bytes;
    }

    private Expect expect(JsonNode e, String p, String kind) {
        if (!e.isObject()) {
            error(p, "expected an object such as {\"status\": \"success\"}.");
            return Expect.NONE;
        }
        List<String> allowed = EXPECT_KEYS.get(kind);
        if (allowed.isEmpty() && !e.isEmpty()) {
            error(p, "a " + kind + " step has nothing to expect; remove \"expect\".");
            return Expect.NONE;
        }
        for (Iterator<String> it = e.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!ALL_EXPECT_KEYS.contains(k)) {
                unknownKey(p, k, allowed);
            } else if (!allowed.contains(k)) {
                error(child(p, k), "\"" + k + "\" does not apply to a " + kind + " step (it takes " + quoted(allowed) + ").");
            }
        }
        Expect.Status status = null;
        if (allowed.contains("status") && e.has("status")) {
            String s = string(e.get("status"), p + ".status");
            if ("success".equals(s)) {
                status = Expect.Status.SUCCESS;
            } else if ("failure".equals(s)) {
                status = Expect.Status.FAILURE;
            } else if (s != null) {
                error(p + ".status", "expected \"success\" or \"failure\", not \"" + s + "\".");
            }
        }
        List<String> logs = allowed.contains("logs_contain") && e.has("logs_contain")
                ? strings(e.get("logs_contain"), p + ".logs_contain") : List.of();
        JsonNode ret = allowed.contains("return") ? e.get("return") : null;
        JsonNode retContains = allowed.contains("return_contains") ? e.get("return_contains") : null;
        String errorContains = allowed.contains("error_contains") && e.has("error_contains")
                ? string(e.get("error_contains"), p + ".error_contains") : null;
        List<JsonNode> events = allowed.contains("events") && e.has("events") ? events(e.get("events"), p + ".events")
                : List.of();
        Map<String, Expect.BalanceChange> changes = allowed.contains("balance_change") && e.has("balance_change")
                ? balanceChanges(e.get("balance_change"), p + ".balance_change") : Map.of();
        Long gasAtMost = allowed.contains("gas_burnt_at_most") && e.has("gas_burnt_at_most")
                ? gas(e.get("gas_burnt_at_most"), p + ".gas_burnt_at_most") : null;
        BigInteger atLeast = allowed.contains("balance_at_least") && e.has("balance_at_least")
                ? amount(e.get("balance_at_least"), p + ".balance_at_least") : null;
        BigInteger atMost = allowed.contains("balance_at_most") && e.has("balance_at_most")
                ? amount(e.get("balance_at_most"), p + ".balance_at_most") : null;
        Boolean exists = null;
        if (allowed.contains("exists") && e.has("exists")) {
            if (e.get("exists").isBoolean()) {
                exists = e.get("exists").booleanValue();
            } else {
                error(p + ".exists", "expected true or false.");
            }
        }
        // Contradictions are mistakes, not expectations that can never pass.
        if (status == Expect.Status.SUCCESS && errorContains != null) {
            error(p + ".error_contains", "\"error_contains\" expects a failure, but \"status\" is \"success\".");
        }
        boolean failure = status == Expect.Status.FAILURE || (status == null && errorContains != null);
        if (failure && (ret != null || retContains != null)) {
            error(p + (ret != null ? ".return" : ".return_contains"),
                    "a step expected to fail returns nothing; \"return\" and \"return_contains\" need success.");
        }
        if (Boolean.FALSE.equals(exists) && (atLeast != null || atMost != null)) {
            error(p + ".exists", "an account expected not to exist has no balance to check.");
        }
        if (atLeast != null && atMost != null && atLeast.compareTo(atMost) > 0) {
            error(p + ".balance_at_most", "is less than \"balance_at_least\".");
        }
        return new Expect(status, logs, ret, retContains, errorContains, events, changes, gasAtMost, atLeast, atMost,
                exists);
    }

    private List<JsonNode> events(JsonNode node, String p) {
        List<JsonNode> out = new ArrayList<>();
        if (!node.isArray()) {
            error(p, "expected an array of NEP-297 event objects such as {\"standard\": \"nep141\", \"event\": \"ft_transfer\"}.");
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            if (node.get(i).isObject()) {
                out.add(node.get(i));
            } else {
                error(p + "[" + i + "]", "expected an event object such as {\"standard\": \"nep141\", \"event\": \"ft_transfer\"}.");
            }
        }
        return out;
    }

    private Map<String, Expect.BalanceChange> balanceChanges(JsonNode node, String p) {
        Map<String, Expect.BalanceChange> out = new LinkedHashMap<>();
        if (!node.isObject()) {
            error(p, "expected an object of account id -> change, such as {\"alice.test.near\": \"~-1 NEAR\"}.");
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String kp = child(p, f.getKey());
            if (!AccountIds.isValid(f.getKey())) {
                error(kp, "'" + f.getKey() + "' is not a valid NEAR account id.");
                continue;
            }
            JsonNode v = f.getValue();
            if (!v.isTextual() && !v.isIntegralNumber()) {
                error(kp, "expected a change such as \"+1 NEAR\", \"-0.5 NEAR\", \"~-1 NEAR\" or \"0\".");
                continue;
            }
            Expect.BalanceChange c = balanceChange(v.asText(), kp);
            if (c != null) {
                out.put(f.getKey(), c);
            }
        }
        return out;
    }

    /**
     * {@code [~] [+|-] AMOUNT [(± | +-) AMOUNT]}: exact, or with {@code ~} within 0.01 NEAR, or
     * within the tolerance after {@code ±}.
     */
    private Expect.BalanceChange balanceChange(String text, String p) {
        String s = text.strip();
        BigInteger tolerance = BigInteger.ZERO;
        boolean approx = s.startsWith("~");
        if (approx) {
            s = s.substring(1).strip();
            tolerance = APPROXIMATE;
        }
        int pm = s.indexOf('±', 1);
        int pmLength = 1;
        if (pm < 0) {
            pm = s.indexOf("+-", 1);
            pmLength = 2;
        }
        try {
            if (pm >= 0) {
                if (approx) {
                    error(p, "'" + text + "' has both '~' and a tolerance; use one of them.");
                    return null;
                }
                tolerance = Amounts.yocto(s.substring(pm + pmLength));
                s = s.substring(0, pm);
            }
            return new Expect.BalanceChange(Amounts.signedYocto(s), tolerance, text);
        } catch (IllegalArgumentException e) {
            error(p, "'" + text + "' is not a balance change (e.g. \"+1 NEAR\", \"-0.5 NEAR\", \"~-1 NEAR\", "
                    + "\"-1 NEAR ± 0.05 NEAR\" or an integer of yoctoNEAR): " + e.getMessage());
            return null;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Values

    private String string(JsonNode n, String p) {
        if (n == null || !n.isTextual()) {
            error(p, "expected a string.");
            return null;
        }
        return n.asText();
    }

    private List<String> strings(JsonNode n, String p) {
        List<String> out = new ArrayList<>();
        if (!n.isArray()) {
            error(p, "expected an array of strings.");
            return out;
        }
        for (int i = 0; i < n.size(); i++) {
            String s = string(n.get(i), p + "[" + i + "]");
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private String accountId(JsonNode n, String p) {
        String id = string(n, p);
        if (id != null && !AccountIds.isValid(id)) {
            error(p, "'" + id + "' is not a valid NEAR account id (2 to 64 of a-z, 0-9, '-', '_', '.').");
            return null;
        }
        return id;
    }

    private String signer(JsonNode n, String p) {
        if (n == null) {
            return null; // reported as a missing key
        }
        String id = accountId(n, p);
        if (id != null && !known.contains(id)) {
            String near = closest(id, known);
            error(p, "the scenario holds no key for '" + id + "'" + (near == null ? "" : " (did you mean '" + near + "'?)")
                    + "; list it in \"accounts\" or deploy to it in an earlier step.");
            return null;
        }
        return id;
    }

    private String method(JsonNode n, String p) {
        String m = string(n, p);
        if (m != null && m.isEmpty()) {
            error(p, "the method name is empty.");
            return null;
        }
        return m;
    }

    /** The call's arguments: any JSON value (default {@code {}}), sent as its compact JSON text. */
    private static JsonNode args(JsonNode action) {
        JsonNode a = action.get("args");
        return a == null ? JSON.createObjectNode() : a;
    }

    private BigInteger amount(JsonNode n, String p) {
        if (n.isIntegralNumber() && n.bigIntegerValue().signum() >= 0 || n.isTextual()) {
            try {
                return Amounts.yocto(n.asText());
            } catch (IllegalArgumentException e) {
                error(p, e.getMessage());
                return null;
            }
        }
        error(p, "expected an amount as a string (e.g. \"5 NEAR\", \"0.1 NEAR\", \"1 yocto\" or an integer of yoctoNEAR).");
        return null;
    }

    private Long gas(JsonNode n, String p) {
        if (n.isIntegralNumber() && n.bigIntegerValue().signum() >= 0 || n.isTextual()) {
            try {
                return Amounts.gas(n.asText());
            } catch (IllegalArgumentException e) {
                error(p, e.getMessage());
                return null;
            }
        }
        error(p, "expected gas as a string such as \"30 Tgas\" or an integer.");
        return null;
    }

    private long blocks(JsonNode n, String p) {
        if (n.isIntegralNumber() && n.canConvertToLong() && n.longValue() >= 1) {
            return n.longValue();
        }
        error(p, "expected a positive integer number of blocks, not " + n + ".");
        return 0;
    }

    // ---------------------------------------------------------------------------------------------
    // Keys and errors

    private void keys(JsonNode obj, String p, List<String> required, List<String> optional) {
        List<String> allowed = new ArrayList<>(required);
        allowed.addAll(optional);
        for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                unknownKey(p, k, allowed);
            }
        }
        for (String r : required) {
            if (!obj.has(r)) {
                error(p, "missing \"" + r + "\".");
            }
        }
    }

    private void unknownKey(String p, String key, List<String> allowed) {
        String near = closest(key, allowed);
        error(child(p, key), "unknown key \"" + key + "\""
                + (near == null ? "; expected " + quoted(allowed) + "." : "; did you mean \"" + near + "\"?"));
    }

    /** The candidate closest to {@code s} within two edits, or null. */
    private static String closest(String s, java.util.Collection<String> candidates) {
        String best = null;
        int bestDistance = 3;
        for (String c : candidates) {
            int d = distance(s.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String quoted(List<String> keys) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            sb.append(i == 0 ? "" : i == keys.size() - 1 ? " or " : ", ").append('"').append(keys.get(i)).append('"');
        }
        return sb.toString();
    }

    /** The JSON path of a key: {@code $.a.b}, or {@code $.a["alice.test.near"]} when the key is not an identifier. */
    static String child(String path, String key) {
        if (IDENTIFIER.matcher(key).matches()) {
            return path + "." + key;
        }
        return path + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    private void error(String path, String message) {
        errors.add(ScenarioError.at(file, path, message));
    }

    static byte[] argsBytes(JsonNode args) {
        return args.toString().getBytes(StandardCharsets.UTF_8);
    }
}
