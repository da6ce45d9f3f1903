package dev.aidev.compiler.diff;

import dev.aidev.sdk.testing.PromiseRecord;
import dev.aidev.vm.Action;
import dev.aidev.vm.Bytes;
import dev.aidev.vm.PublicKeys;
import dev.aidev.vm.Receipt;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The receipts a call's promises create, written the same way from the JVM runner's
 * {@link PromiseRecord}s and from the VM's {@link Receipt}s, so that the two compare as text:
 * {@code receiver <- [receipts it waits for]: action; action}. Receipts are numbered in creation
 * order; a joint promise ({@code promise_and}) creates no receipt, so a receipt waiting for one
 * waits for the receipts it joins. Function calls read
 * {@code FunctionCall(method, args, deposit, gas, weight)}, weight 0 for a plain function call; a
 * call with a weight has its gas written {@code shared}, since the VM reports it after nearcore has
 * added the weighted share of the unused gas, which the JVM runner does not model. Keys read
 * {@code AddKey(key, nonce)} or {@code AddKey(key, nonce, allowance, receiver, names)}, an
 * allowance of 0 written {@code null} as nearcore stores it (no allowance).
 */
final class Receipts {
    private Receipts() {}

    /** The JVM runner's promises as receipts. */
    static List<String> ofJvm(List<PromiseRecord> promises) {
        List<String> out = new ArrayList<>();
        for (PromiseRecord p : promises) {
            if (p.receiverId() == null) {
                continue;
            }
            TreeSet<Integer> after = new TreeSet<>();
            for (long a : p.after()) {
                waitsFor(promises, a, after);
            }
            List<String> actions = new ArrayList<>();
            for (String a : p.actions()) {
                actions.add(jvmAction(a));
            }
            out.add(p.receiverId() + " <- " + after + ": " + String.join("; ", actions));
        }
        return out;
    }

    /** The receipt number of a JVM promise index (null for a joint promise or none). */
    static Integer jvmReceipt(List<PromiseRecord> promises, Long index) {
        if (index == null || promises.get(index.intValue()).receiverId() == null) {
            return null;
        }
        int n = 0;
        for (int i = 0; i < index; i++) {
            if (promises.get(i).receiverId() != null) {
                n++;
            }
        }
        return n;
    }

    private static void waitsFor(List<PromiseRecord> promises, long index, TreeSet<Integer> out) {
        PromiseRecord p = promises.get((int) index);
        if (p.receiverId() == null) {
            for (long a : p.after()) {
                waitsFor(promises, a, out);
            }
        } else {
            out.add(jvmReceipt(promises, index));
        }
    }

    private static String jvmAction(String a) {
        if (a.startsWith("FunctionCall(") || a.startsWith("FunctionCallWeight(")) {
            boolean weight = a.startsWith("FunctionCallWeight(");
            String body = a.substring(a.indexOf('(') + 1, a.length() - 1);
            String method = body.substring(0, body.indexOf(", "));
            String rest = body.substring(method.length() + 2);
            String[] tail = new String[weight ? 3 : 2];
            for (int i = tail.length - 1; i >= 0; i--) {
                int cut = rest.lastIndexOf(", ");
                tail[i] = rest.substring(cut + 2);
                rest = rest.substring(0, cut);
            }
            String w = weight ? tail[2] : "0";
            return "FunctionCall(" + method + ", " + rest + ", " + tail[0] + ", " + (w.equals("0") ? tail[1] : "shared") + ", " + w + ")";
        }
        if (a.startsWith("AddKey(")) {
            // nearcore reads a zero allowance as none (unlimited), so U128.ZERO and null are one key
            String[] parts = a.substring("AddKey(".length(), a.length() - 1).split(", ", 5);
            if (parts.length == 5 && parts[2].equals("0")) {
                parts[2] = "null";
                return "AddKey(" + String.join(", ", parts) + ")";
            }
        }
        return a;
    }

    /** The VM's receipts. */
    static List<String> ofVm(List<Receipt> receipts) {
        Map<Bytes, Integer> producer = new java.util.HashMap<>();
        for (Receipt r : receipts) {
            for (Receipt.DataReceiver d : r.outputDataReceivers()) {
                producer.put(d.dataId(), r.index());
            }
        }
        List<String> out = new ArrayList<>();
        for (Receipt r : receipts) {
            TreeSet<Integer> after = new TreeSet<>();
            for (Bytes id : r.inputDataIds()) {
                after.add(producer.get(id));
            }
            List<String> actions = new ArrayList<>();
            for (Action a : r.actions()) {
                actions.add(vmAction(a));
            }
            out.add(r.receiverId() + " <- " + after + ": " + String.join("; ", actions));
        }
        return out;
    }

    private static String vmAction(Action a) {
        if (a instanceof Action.FunctionCall f) {
            return "FunctionCall(" + f.methodName() + ", " + new String(f.args(), StandardCharsets.UTF_8) + ", " + f.deposit() + ", "
                    + (f.gasWeight() == 0 ? Long.toString(f.gas()) : "shared") + ", " + f.gasWeight() + ")";
        }
        if (a instanceof Action.Transfer t) {
            return "Transfer(" + t.deposit() + ")";
        }
        if (a instanceof Action.CreateAccount) {
            return "CreateAccount";
        }
        if (a instanceof Action.DeployContract d) {
            return "DeployContract(" + d.code().length + ")";
        }
        if (a instanceof Action.DeleteAccount d) {
            return "DeleteAccount(" + d.beneficiaryId() + ")";
        }
        if (a instanceof Action.Stake st) {
            return "Stake(" + st.stake() + ", " + PublicKeys.toText(st.publicKey()) + ")";
        }
        if (a instanceof Action.AddKey k) {
            String key = PublicKeys.toText(k.publicKey());
            if (k.permission() instanceof Action.FunctionCallPermission fc) {
                return "AddKey(" + key + ", " + k.nonce() + ", " + fc.allowance() + ", " + fc.receiverId() + ", "
                        + String.join(",", fc.methodNames()) + ")";
            }
            return "AddKey(" + key + ", " + k.nonce() + ")";
        }
        if (a instanceof Action.DeleteKey d) {
            return "DeleteKey(" + PublicKeys.toText(d.publicKey()) + ")";
        }
        return a.toString();
    }
}
