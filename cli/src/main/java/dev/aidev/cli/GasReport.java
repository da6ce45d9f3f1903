package dev.aidev.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aidev.vm.Bytes;
import dev.aidev.vm.NearVm;
import dev.aidev.vm.VmContext;
import dev.aidev.vm.VmOutcome;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The gas each exported method burns, measured on the VM: the init method (if any) first, then
 * every other method on a copy of the state it left, with sample arguments made from the ABI's
 * JSON Schemas (1 for integers, "1" for U64/U128, an account id for AccountId, "sample" for
 * strings, true for booleans, one element for arrays).
 */
final class GasReport {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String CONTRACT = "contract.test.near";

    private GasReport() {}

    /** One line of the report. */
    record Row(String method, String kind, String args, long burntGas, String error) {}

    static List<Row> measure(byte[] wasm, JsonNode abi) {
        JsonNode defs = abi.at("/body/root_schema/definitions");
        List<Row> rows = new ArrayList<>();
        Map<Bytes, byte[]> state = new TreeMap<>();
        try (NearVm vm = NearVm.create()) {
            for (JsonNode f : abi.at("/body/functions")) {
                if (isInit(f)) {
                    Row r = run(vm, wasm, f, defs, state, true);
                    rows.add(r);
                }
            }
            for (JsonNode f : abi.at("/body/functions")) {
                if (!isInit(f)) {
                    rows.add(run(vm, wasm, f, defs, new TreeMap<>(state), false));
                }
            }
        }
        return rows;
    }

    private static boolean isInit(JsonNode f) {
        for (JsonNode m : f.path("modifiers")) {
            if (m.asText().equals("init")) {
                return true;
            }
        }
        return false;
    }

    private static Row run(NearVm vm, byte[] wasm, JsonNode f, JsonNode defs, Map<Bytes, byte[]> state,
            boolean keepState) {
        ObjectNode args = F.objectNode();
        for (JsonNode a : f.at("/params/args")) {
            args.set(a.get("name").asText(), sample(a.get("type_schema"), defs, 0));
        }
        boolean view = f.path("kind").asText().equals("view");
        VmContext ctx = VmContext.builder()
                .currentAccountId(CONTRACT)
                .predecessorAccountId(CONTRACT)
                .input(args.toString().getBytes(StandardCharsets.UTF_8))
                .view(view)
                .build();
        VmOutcome out = vm.call(wasm, f.get("name").asText(), ctx, state::get);
        if (keepState && out.succeeded()) {
            out.storageChanges().forEach((k, v) -> {
                if (v == null) {
                    state.remove(k);
                } else {
                    state.put(k, v);
                }
            });
        }
        return new Row(f.get("name").asText(), view ? "view" : "call", args.toString(), out.burntGas(),
                out.error() == null ? null : out.error().message());
    }

    /** A sample value for a JSON Schema. */
    static JsonNode sample(JsonNode schema, JsonNode defs, int depth) {
        if (schema == null || depth > 8) {
            return F.nullNode();
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/definitions/", "");
            JsonNode def = defs.get(name);
            if (name.equals("AccountId")) {
                return F.textNode("alice.test.near");
            }
            if (name.equals("U64") || name.equals("U128")) {
                return F.textNode("1");
            }
            return sample(def, defs, depth + 1);
        }
        if (schema.has("anyOf")) {
            return sample(schema.get("anyOf").get(0), defs, depth + 1);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        switch (schema.path("type").asText()) {
            case "integer":
                return F.numberNode(1);
            case "boolean":
                return F.booleanNode(true);
            case "string":
                return F.textNode("sample");
            case "array":
                return F.arrayNode().add(sample(schema.get("items"), defs, depth + 1));
            case "object":
                ObjectNode o = F.objectNode();
                schema.path("properties").fields().forEachRemaining(e -> o.set(e.getKey(), sample(e.getValue(), defs, depth + 1)));
                return o;
            default:
                return F.nullNode();
        }
    }

    static String render(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-28s %-5s %18s  %s%n", "method", "kind", "gas burnt", "note"));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%-28s %-5s %,18d  %s%n", r.method(), r.kind(), r.burntGas(),
                    r.error() == null ? "args " + r.args() : "fails with sample args: " + r.error()));
        }
        return sb.toString();
    }
}
