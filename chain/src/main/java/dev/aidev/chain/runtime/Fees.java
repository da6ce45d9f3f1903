package dev.aidev.chain.runtime;

import dev.aidev.chain.primitives.AccessKey;
import dev.aidev.chain.primitives.Action;
import dev.aidev.vm.gas.ActionCost;
import dev.aidev.vm.gas.Fee;
import dev.aidev.vm.gas.RuntimeParams;
import dev.aidev.vm.host.AccountIds;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Action fees as nearcore's runtime computes them for transactions and receipts: a send part paid
 * when a receipt is created (cheaper when the sender is the receiver, "sir") and an execution
 * part paid when it runs. All sums are checked.
 */
public final class Fees {
    private final RuntimeParams params;

    public Fees(RuntimeParams params) {
        this.params = params;
    }

    private Fee fee(ActionCost c) {
        return params.fee(c);
    }

    /** The send fees of a receipt with these actions, including the receipt itself. */
    public long send(List<? extends Action> actions, boolean sir, String receiverId) {
        long total = fee(ActionCost.new_action_receipt).send(sir);
        for (Action a : actions) {
            total = Math.addExact(total, actionSend(a, sir, receiverId));
        }
        return total;
    }

    /** The execution fees of a receipt with these actions, including the receipt itself. */
    public long exec(List<? extends Action> actions, String receiverId) {
        long total = fee(ActionCost.new_action_receipt).execution();
        for (Action a : actions) {
            total = Math.addExact(total, actionExec(a, receiverId));
        }
        return total;
    }

    public long actionSend(Action a, boolean sir, String receiverId) {
        return fee(a, sir, receiverId, true);
    }

    public long actionExec(Action a, String receiverId) {
        return fee(a, false, receiverId, false);
    }

    /** One action's send fee ({@code send}) or execution fee. */
    private long fee(Action a, boolean sir, String receiverId, boolean send) {
        if (a instanceof Action.CreateAccount) {
            return part(fee(ActionCost.create_account), sir, send);
        } else if (a instanceof Action.DeployContract d) {
            return perByte(ActionCost.deploy_contract_base, ActionCost.deploy_contract_byte, d.code().length, sir, send);
        } else if (a instanceof Action.FunctionCall f) {
            return perByte(ActionCost.function_call_base, ActionCost.function_call_byte, callBytes(f), sir, send);
        } else if (a instanceof Action.Transfer) {
            return transfer(sir, receiverId, send);
        } else if (a instanceof Action.Stake) {
            return part(fee(ActionCost.stake), sir, send);
        } else if (a instanceof Action.AddKey k) {
            return addKey(k, send, sir);
        } else if (a instanceof Action.DeleteKey) {
            return part(fee(ActionCost.delete_key), sir, send);
        } else if (a instanceof Action.DeleteAccount) {
            return part(fee(ActionCost.delete_account), sir, send);
        } else if (a instanceof Action.Delegate) {
            return part(fee(ActionCost.delegate), sir, send);
        } else if (a instanceof Action.DeployGlobalContract g) {
            return perByte(ActionCost.deploy_global_contract_base, ActionCost.deploy_global_contract_byte,
                    g.code().length, sir, send);
        } else if (a instanceof Action.UseGlobalContract u) {
            return perByte(ActionCost.use_global_contract_base, ActionCost.use_global_contract_byte,
                    identifierBytes(u), sir, send);
        }
        throw new IllegalArgumentException("no fee for " + a);
    }

    private static long part(Fee f, boolean sir, boolean send) {
        return send ? f.send(sir) : f.execution();
    }

    private long perByte(ActionCost base, ActionCost byteCost, long bytes, boolean sir, boolean send) {
        return Math.addExact(part(fee(base), sir, send), Math.multiplyExact(part(fee(byteCost), sir, send), bytes));
    }

    private static long callBytes(Action.FunctionCall f) {
        return (long) f.methodName().getBytes(StandardCharsets.UTF_8).length + f.args().length;
    }

    private static long identifierBytes(Action.UseGlobalContract u) {
        return u.contractIdentifier() instanceof Action.ByAccountId id
                ? id.accountId().getBytes(StandardCharsets.UTF_8).length
                : 32;
    }

    private long addKey(Action.AddKey k, boolean send, boolean sir) {
        if (k.accessKey().permission() instanceof AccessKey.FunctionCallPermission p) {
            long bytes = 0;
            for (String m : p.methodNames()) {
                bytes += m.getBytes(StandardCharsets.UTF_8).length + 1L;
            }
            Fee base = fee(ActionCost.add_function_call_key_base);
            Fee perByte = fee(ActionCost.add_function_call_key_byte);
            return send
                    ? Math.addExact(base.send(sir), Math.multiplyExact(perByte.send(sir), bytes))
                    : Math.addExact(base.execution(), Math.multiplyExact(perByte.execution(), bytes));
        }
        Fee full = fee(ActionCost.add_full_access_key);
        return send ? full.send(sir) : full.execution();
    }

    /** A transfer to an implicit account may create it, so it also pays for that (nearcore's transfer fees). */
    private long transfer(boolean sir, String receiverId, boolean send) {
        long total = part(fee(ActionCost.transfer), sir, send);
        if (AccountIds.isNearImplicit(receiverId)) {
            total = Math.addExact(total, Math.addExact(part(fee(ActionCost.create_account), sir, send),
                    part(fee(ActionCost.add_full_access_key), sir, send)));
        } else if (AccountIds.isEthImplicit(receiverId)) {
            total = Math.addExact(total, part(fee(ActionCost.create_account), sir, send));
        }
        return total;
    }
}
