package dev.aidev.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aidev.vm.Action;
import dev.aidev.vm.Base58;
import dev.aidev.vm.PublicKeys;
import dev.aidev.vm.Receipt;
import dev.aidev.vm.ReturnData;
import dev.aidev.vm.VmOutcome;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The JSON document {@code aidev vm run} prints: an interface scripts rely on. Actions are written
 * as NEAR's RPC writes them (e.g. {@code {"Transfer": {"deposit": "1"}}}), keys as
 * {@code ed25519:<base58>}, data ids in Base58, amounts as decimal strings.
 */
final class OutcomeJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OutcomeJson() {}

    static ObjectNode render(VmOutcome out) {
        ObjectNode o = JSON.createObjectNode();
        o.put("status", out.succeeded() ? "success" : "failure");
        o.set("return", returnValue(out.returnData()));
        ArrayNode logs = o.putArray("logs");
        out.logs().forEach(logs::add);
        o.put("burnt_gas", out.burntGas());
        o.put("used_gas", out.usedGas());
        ObjectNode profile = o.putObject("profile");
        out.profile().forEach(profile::put);
        ArrayNode receipts = o.putArray("receipts");
        out.receipts().forEach(r -> receipts.add(receipt(r)));
        if (!out.yieldResumes().isEmpty()) {
            ArrayNode resumes = o.putArray("yield_resumes");
            out.yieldResumes().forEach(y -> resumes.addObject()
                    .put("data_id", Base58.encode(y.dataId().toArray()))
                    .put("payload", Base64.getEncoder().encodeToString(y.payload())));
        }
        o.put("balance", out.balance().toString());
        o.put("storage_usage", out.storageUsage());
        ObjectNode changes = o.putObject("state_changes");
        out.storageChanges().forEach((k, v) -> {
            if (v == null) {
                changes.putNull(k.base64());
            } else {
                changes.put(k.base64(), Base64.getEncoder().encodeToString(v));
            }
        });
        if (out.error() == null) {
            o.putNull("error");
        } else {
            o.putObject("error")
                    .put("kind", out.error().kind())
                    .put("category", out.error().category())
                    .put("message", out.error().message());
        }
        return o;
    }

    /** The return value: parsed if it is JSON, else {"base64": ...}; null when nothing was returned. */
    static JsonNode returnValue(ReturnData r) {
        if (r instanceof ReturnData.Value v) {
            try {
                String text = StandardCharsets.UTF_8.newDecoder()
                        .decode(java.nio.ByteBuffer.wrap(v.bytes())).toString();
                JsonNode parsed = JSON.readTree(text);
                if (parsed != null && !parsed.isMissingNode()) {
                    return parsed;
                }
            } catch (java.io.IOException e) {
                // not UTF-8 JSON: reported as base64 below
            }
            ObjectNode b = JSON.createObjectNode();
            b.put("base64", Base64.getEncoder().encodeToString(v.bytes()));
            return b;
        }
        if (r instanceof ReturnData.ReceiptIndex ri) {
            ObjectNode b = JSON.createObjectNode();
            b.put("receipt_index", ri.index());
            return b;
        }
        return JSON.nullNode();
    }

    private static ObjectNode receipt(Receipt r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("receipt_index", r.index());
        o.put("receiver_id", r.receiverId());
        ArrayNode in = o.putArray("input_data_ids");
        r.inputDataIds().forEach(d -> in.add(Base58.encode(d.toArray())));
        ArrayNode outs = o.putArray("output_data_receivers");
        r.outputDataReceivers().forEach(d -> outs.addObject()
                .put("data_id", Base58.encode(d.dataId().toArray()))
                .put("receiver_id", d.receiverId()));
        ArrayNode actions = o.putArray("actions");
        r.actions().forEach(a -> actions.add(action(a)));
        if (r.yielded()) {
            o.put("yield", true);
        }
        return o;
    }

    static JsonNode action(Action a) {
        ObjectNode o = JSON.createObjectNode();
        if (a instanceof Action.CreateAccount) {
            return JSON.getNodeFactory().textNode("CreateAccount");
        } else if (a instanceof Action.DeployContract d) {
            o.putObject("DeployContract").put("code", Base64.getEncoder().encodeToString(d.code()));
        } else if (a instanceof Action.FunctionCall f) {
            o.putObject("FunctionCall")
                    .put("method_name", f.methodName())
                    .put("args", Base64.getEncoder().encodeToString(f.args()))
                    .put("gas", Long.toUnsignedString(f.gas()))
                    .put("deposit", f.deposit().toString())
                    .put("gas_weight", Long.toUnsignedString(f.gasWeight()));
        } else if (a instanceof Action.Transfer t) {
            o.putObject("Transfer").put("deposit", t.deposit().toString());
        } else if (a instanceof Action.Stake s) {
            o.putObject("Stake").put("stake", s.stake().toString()).put("public_key", PublicKeys.toText(s.publicKey()));
        } else if (a instanceof Action.AddKey k) {
            ObjectNode ak = o.putObject("AddKey");
            ak.put("public_key", PublicKeys.toText(k.publicKey()));
            ObjectNode access = ak.putObject("access_key");
            access.put("nonce", Long.toUnsignedString(k.nonce()));
            if (k.permission() instanceof Action.FunctionCallPermission p) {
                ObjectNode fc = access.putObject("permission").putObject("FunctionCall");
                if (p.allowance() == null) {
                    fc.putNull("allowance");
                } else {
                    fc.put("allowance", p.allowance().toString());
                }
                fc.put("receiver_id", p.receiverId());
                ArrayNode names = fc.putArray("method_names");
                p.methodNames().forEach(names::add);
            } else {
                access.put("permission", "FullAccess");
            }
        } else if (a instanceof Action.DeleteKey d) {
            o.putObject("DeleteKey").put("public_key", PublicKeys.toText(d.publicKey()));
        } else if (a instanceof Action.DeleteAccount d) {
            o.putObject("DeleteAccount").put("beneficiary_id", d.beneficiaryId());
        } else if (a instanceof Action.DeployGlobalContract g) {
            o.putObject("DeployGlobalContract")
                    .put("code", Base64.getEncoder().encodeToString(g.code()))
                    .put("deploy_mode", g.byAccountId() ? "AccountId" : "CodeHash");
        } else if (a instanceof Action.UseGlobalContract u) {
            ObjectNode g = o.putObject("UseGlobalContract");
            if (u.codeHash() != null) {
                g.put("code_hash", Base58.encode(u.codeHash()));
            } else {
                g.put("account_id", u.accountId());
            }
        }
        return o;
    }

}
