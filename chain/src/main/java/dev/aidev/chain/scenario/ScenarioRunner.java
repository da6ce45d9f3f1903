package dev.aidev.chain.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.aidev.chain.Chain;
import dev.aidev.chain.primitives.Action;
import dev.aidev.chain.sandbox.CallResult;
import dev.aidev.chain.sandbox.Sandbox;
import dev.aidev.chain.sandbox.ViewResult;
import dev.aidev.vm.VmError;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a scenario on a fresh in-memory chain: creates its accounts, then runs the steps in order
 * and checks each one's expectations. The first failed step ends the run (later steps would only
 * report its consequences); its failures name the JSON path of each expectation that failed.
 */
public final class ScenarioRunner {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVENT_PREFIX = "EVENT_JSON:";

    private final Sandbox sandbox;
    private final Map<String, Sandbox.Account> accounts = new HashMap<>();

    private ScenarioRunner(Sandbox sandbox) {
        this.sandbox = sandbox;
        accounts.put(sandbox.root().id(), sandbox.root());
    }

    /** Runs the scenario on its own new chain, which is closed afterwards. */
    public static ScenarioReport run(Scenario scenario) {
        long start = System.nanoTime();
        List<ScenarioReport.Failure> setup = new ArrayList<>();
        List<ScenarioReport.StepReport> steps = new ArrayList<>();
        try (Sandbox sandbox = Sandbox.start()) {
            ScenarioRunner runner = new ScenarioRunner(sandbox);
            boolean ok = true;
            for (Scenario.AccountSpec a : scenario.accounts()) {
                Optional<String> why = runner.create(a.id(), a.balance());
                if (why.isPresent()) {
                    setup.add(new ScenarioReport.Failure(a.path(), why.get()));
                    ok = false;
                    break;
                }
            }
            for (Step step : scenario.steps()) {
                if (!ok) {
                    steps.add(ScenarioReport.StepReport.skipped(step));
                    continue;
                }
                ScenarioReport.StepReport r = runner.step(step);
                steps.add(r);
                ok = r.outcome() == ScenarioReport.Outcome.PASSED;
            }
        }
        return new ScenarioReport(scenario.file(), scenario.name(), setup, steps, (System.nanoTime() - start) / 1_000_000);
    }

    /** Creates an account funded by its parent (which the parser made sure we hold); the reason if that failed. */
    private Optional<String> create(String id, BigInteger balance) {
        Sandbox.Account parent = accounts.get(id.substring(id.indexOf('.') + 1));
        try {
            accounts.put(id, sandbox.createAccount(parent, id, balance));
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("could not create '" + id + "' with " + Amounts.format(balance) + ": " + e.getMessage());
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Steps

    /** What a transaction or view did, in the terms expectations check. */
    private record Observed(boolean succeeded, String errorText, JsonNode error, List<String> logs, byte[] value,
            long gasBurnt) {}

    private ScenarioReport.StepReport step(Step step) {
        Checks checks = new Checks(step.path());
        Map<String, BigInteger> before = balances(step.expect());
        long gas = 0;
        try {
            if (step instanceof Step.FastForward) {
                sandbox.fastForward(((Step.FastForward) step).blocks());
            } else if (step instanceof Step.ViewAccount) {
                viewAccount((Step.ViewAccount) step, checks);
            } else {
                Observed o = observe(step, checks);
                if (o != null) {
                    gas = o.gasBurnt();
                    check(step.expect(), o, checks);
                }
            }
            Map<String, BigInteger> after = balances(step.expect());
            step.expect().balanceChange().forEach((account, change) -> {
                BigInteger delta = after.get(account).subtract(before.get(account));
                if (!change.matches(delta)) {
                    checks.fail(ScenarioParser.child(".expect.balance_change", account), account + " changed by "
                            + signed(delta) + ", expected " + change.text()
                            + (change.tolerance().signum() > 0 ? " (within " + Amounts.format(change.tolerance()) + ")" : ""));
                }
            });
        } catch (RuntimeException e) {
            // Not an expectation: the step could not run at all (a bug of ours, or of the chain).
            checks.fail("", "internal error while running the step: " + e);
        }
        return new ScenarioReport.StepReport(step.path(), step.kind(),
                checks.failures.isEmpty() ? ScenarioReport.Outcome.PASSED : ScenarioReport.Outcome.FAILED, gas,
                checks.failures);
    }

    /** Runs a deploy, call, transfer or view; null when the step failed before it produced an outcome. */
    private Observed observe(Step step, Checks checks) {
        if (step instanceof Step.Deploy) {
            Step.Deploy d = (Step.Deploy) step;
            if (d.balance() != null) {
                Optional<String> why = create(d.account(), d.balance());
                if (why.isPresent()) {
                    checks.fail(".deploy.account", why.get());
                    return null;
                }
            }
            List<Action> actions = new ArrayList<>();
            actions.add(new Action.DeployContract(d.wasm()));
            if (d.init() != null) {
                actions.add(new Action.FunctionCall(d.init().method(), ScenarioParser.argsBytes(d.init().args()),
                        d.init().gas(), d.init().deposit()));
            }
            return observed(accounts.get(d.account()).sign(d.account(), actions));
        }
        if (step instanceof Step.Call) {
            Step.Call c = (Step.Call) step;
            return observed(accounts.get(c.signer()).sign(c.receiver(), List.of(new Action.FunctionCall(c.method(),
                    ScenarioParser.argsBytes(c.args()), c.gas(), c.deposit()))));
        }
        if (step instanceof Step.Transfer) {
            Step.Transfer t = (Step.Transfer) step;
            return observed(accounts.get(t.signer()).transfer(t.receiver(), t.amount()));
        }
        if (step instanceof Step.View) {
            Step.View v = (Step.View) step;
            ViewResult r;
            try {
                r = sandbox.view(v.account(), v.method(), ScenarioParser.argsBytes(v.args()));
            } catch (Chain.UnknownAccountException e) {
                String text = "account " + v.account() + " does not exist";
                return new Observed(false, text, TextNode.valueOf(text), List.of(), null, 0);
            }
            VmError e = r.outcome().error();
            String text = e == null ? "" : e.category() + " " + e.kind() + ": " + e.message();
            return new Observed(r.succeeded(), text, e == null ? null : TextNode.valueOf(text), r.logs(), r.value(),
                    r.outcome().burntGas());
        }
        throw new IllegalStateException("unhandled step " + step.kind());
    }

    private static Observed observed(CallResult r) {
        return new Observed(r.succeeded(), r.errorText(), r.error(), r.logs(), r.value(), r.gasBurnt());
    }

    private void viewAccount(Step.ViewAccount v, Checks checks) {
        Expect e = v.expect();
        Optional<dev.aidev.chain.state.Account> a = sandbox.chain().account(v.account());
        boolean mustExist = e.exists() == null || e.exists();
        if (a.isPresent() != mustExist) {
            checks.fail(e.exists() == null ? "" : ".expect.exists", mustExist
                    ? "account " + v.account() + " does not exist"
                    : "account " + v.account() + " exists (balance " + Amounts.format(a.get().amount()) + ")");
            return;
        }
        if (a.isEmpty()) {
            return;
        }
        BigInteger balance = a.get().amount();
        if (e.balanceAtLeast() != null && balance.compareTo(e.balanceAtLeast()) < 0) {
            checks.fail(".expect.balance_at_least", v.account() + " has " + Amounts.format(balance) + ", less than "
                    + Amounts.format(e.balanceAtLeast()));
        }
        if (e.balanceAtMost() != null && balance.compareTo(e.balanceAtMost()) > 0) {
            checks.fail(".expect.balance_at_most", v.account() + " has " + Amounts.format(balance) + ", more than "
                    + Amounts.format(e.balanceAtMost()));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Expectations of transactions and views

    private static void check(Expect e, Observed o, Checks checks) {
        Expect.Status want = e.expectedStatus();
        boolean wantSuccess = want == Expect.Status.SUCCESS;
        if (o.succeeded() != wantSuccess) {
            String where = e.status() != null ? ".expect.status" : e.errorContains() != null ? ".expect.error_contains" : "";
            checks.fail(where, wantSuccess ? "expected success, got failure: " + JsonMatch.brief(o.errorText())
                    : "expected failure, but it succeeded" + (o.value() == null || o.value().length == 0 ? ""
                            : " and returned " + JsonMatch.brief(new String(o.value(), StandardCharsets.UTF_8))));
            return; // the other expectations describe the expected outcome, not this one
        }
        if (e.errorContains() != null && !errorContains(o, e.errorContains())) {
            checks.fail(".expect.error_contains", "the error does not contain \"" + e.errorContains() + "\": "
                    + JsonMatch.brief(o.errorText()));
        }
        for (int i = 0; i < e.logsContain().size(); i++) {
            String want1 = e.logsContain().get(i);
            if (o.logs().stream().noneMatch(l -> l.contains(want1))) {
                checks.fail(".expect.logs_contain[" + i + "]", "no log contains \"" + want1 + "\"; logs: "
                        + JsonMatch.brief(JSON.valueToTree(o.logs())));
            }
        }
        if (!e.events().isEmpty()) {
            List<JsonNode> events = events(o.logs());
            for (int i : JsonMatch.unmatched(e.events(), events)) {
                checks.fail(".expect.events[" + i + "]", "no " + (i > 0 ? "other " : "") + "event matches "
                        + JsonMatch.brief(e.events().get(i)) + "; events: " + JsonMatch.brief(JSON.valueToTree(events)));
            }
        }
        if (e.returnValue() != null || e.returnContains() != null) {
            checkReturn(e, o, checks);
        }
        if (e.gasBurntAtMost() != null && Long.compareUnsigned(o.gasBurnt(), e.gasBurntAtMost()) > 0) {
            checks.fail(".expect.gas_burnt_at_most", "burnt " + Amounts.formatGas(o.gasBurnt()) + ", more than "
                    + Amounts.formatGas(e.gasBurntAtMost()));
        }
    }

    private static void checkReturn(Expect e, Observed o, Checks checks) {
        String text = o.value() == null ? "" : new String(o.value(), StandardCharsets.UTF_8);
        JsonNode value = text.isEmpty() ? NullNode.getInstance() : parse(text);
        if (e.returnValue() != null) {
            if (value == null) {
                checks.fail(".expect.return", "returned bytes that are not JSON: " + JsonMatch.brief(text)
                        + " (return_contains with a string matches text)");
            } else if (!JsonMatch.equal(e.returnValue(), value)) {
                checks.fail(".expect.return", "returned " + JsonMatch.brief(value) + ", expected "
                        + JsonMatch.brief(e.returnValue()));
            }
        }
        JsonNode want = e.returnContains();
        if (want != null) {
            boolean ok;
            if (want.isTextual()) {
                // A string is looked for in the returned text (in a returned JSON string's value).
                String haystack = value != null && value.isTextual() ? value.asText() : text;
                ok = haystack.contains(want.asText());
            } else {
                ok = value != null && JsonMatch.contains(want, value);
            }
            if (!ok) {
                checks.fail(".expect.return_contains", "returned " + JsonMatch.brief(value == null ? text : value.toString())
                        + ", which does not contain " + JsonMatch.brief(want));
            }
        }
    }

    /** The error's JSON text, or any string in it (so quotes inside a panic message need no escaping). */
    private static boolean errorContains(Observed o, String want) {
        if (o.errorText().contains(want)) {
            return true;
        }
        return o.error() != null && anyText(o.error(), want);
    }

    private static boolean anyText(JsonNode n, String want) {
        if (n.isTextual()) {
            return n.asText().contains(want);
        }
        for (JsonNode c : n) {
            if (anyText(c, want)) {
                return true;
            }
        }
        return false;
    }

    /** NEP-297 events: logs starting with {@code EVENT_JSON:} whose rest is JSON. */
    private static List<JsonNode> events(List<String> logs) {
        List<JsonNode> out = new ArrayList<>();
        for (String log : logs) {
            if (log.startsWith(EVENT_PREFIX)) {
                JsonNode n = parse(log.substring(EVENT_PREFIX.length()));
                if (n != null) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    /** Balances of the accounts named in balance_change (0 for an account that does not exist). */
    private Map<String, BigInteger> balances(Expect e) {
        Map<String, BigInteger> out = new LinkedHashMap<>();
        for (String id : e.balanceChange().keySet()) {
            out.put(id, sandbox.chain().account(id).map(dev.aidev.chain.state.Account::amount).orElse(BigInteger.ZERO));
        }
        return out;
    }

    private static String signed(BigInteger delta) {
        return (delta.signum() > 0 ? "+" : delta.signum() < 0 ? "-" : "") + Amounts.format(delta.abs());
    }

    /** The failures of one step; paths are relative to the step's. */
    private static final class Checks {
        private final String stepPath;
        private final List<ScenarioReport.Failure> failures = new ArrayList<>();

        Checks(String stepPath) {
            this.stepPath = stepPath;
        }

        void fail(String relativePath, String reason) {
            failures.add(new ScenarioReport.Failure(stepPath + relativePath, reason));
        }
    }
}
