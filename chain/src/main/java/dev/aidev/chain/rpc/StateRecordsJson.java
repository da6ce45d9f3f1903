package dev.aidev.chain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aidev.chain.StateRecord;
import dev.aidev.chain.state.Account;
import java.util.ArrayList;
import java.util.List;

/**
 * State records in nearcore's StateRecord JSON ({@code {"Account": {...}}}, {@code {"Data": ...}},
 * {@code {"Contract": ...}}, {@code {"AccessKey": ...}}): what {@code sandbox_patch_state} takes,
 * and the format of state dumps for fixtures.
 */
public final class StateRecordsJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private StateRecordsJson() {}

    /** {@code {"records": [...]}} for these records. */
    public static ObjectNode toJson(List<StateRecord> records) {
        ObjectNode root = F.objectNode();
        ArrayNode arr = root.putArray("records");
        for (StateRecord r : records) {
            ObjectNode body = F.objectNode().put("account_id", r.accountId());
            String name;
            if (r instanceof StateRecord.Account a) {
                name = "Account";
                body.set("account", Views.account(new Account(a.amount(), a.locked(), a.codeHash(), a.storageUsage())));
            } else if (r instanceof StateRecord.Data d) {
                name = "Data";
                body.put("data_key", Views.b64(d.key())).put("value", Views.b64(d.value()));
            } else if (r instanceof StateRecord.Contract c) {
                name = "Contract";
                body.put("code", Views.b64(c.code()));
            } else {
                StateRecord.AccessKeyRecord k = (StateRecord.AccessKeyRecord) r;
                name = "AccessKey";
                body.put("public_key", k.publicKey().toString()).set("access_key", Views.accessKey(k.accessKey()));
            }
            arr.addObject().set(name, body);
        }
        return root;
    }

    /**
     * Parses {@code {"records": [...]}} or a bare array of records.
     *
     * @throws IllegalArgumentException naming the record (by index) and what was wrong
     */
    public static List<StateRecord> fromJson(JsonNode json) {
        JsonNode records = json != null && json.isObject() ? json.get("records") : json;
        if (records == null || !records.isArray()) {
            throw new IllegalArgumentException("$.records: expected an array of state records.");
        }
        List<StateRecord> out = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            try {
                out.add(RpcMethods.stateRecord(records.get(i)));
            } catch (RpcError e) {
                throw new IllegalArgumentException("$.records[" + i + "]: " + e.toJson().path("data").asText());
            }
        }
        return out;
    }
}
