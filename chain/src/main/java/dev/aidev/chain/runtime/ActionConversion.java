package dev.aidev.chain.runtime;

import dev.aidev.chain.primitives.AccessKey;
import dev.aidev.chain.primitives.Action;
import dev.aidev.chain.primitives.CryptoHash;
import dev.aidev.chain.primitives.PublicKey;
import java.util.Optional;

/** Actions a contract created (the VM's view) as the chain's actions, for new receipts. */
final class ActionConversion {
    private ActionConversion() {}

    static Action fromVm(dev.aidev.vm.Action a) {
        if (a instanceof dev.aidev.vm.Action.CreateAccount) {
            return new Action.CreateAccount();
        } else if (a instanceof dev.aidev.vm.Action.DeployContract d) {
            return new Action.DeployContract(d.code());
        } else if (a instanceof dev.aidev.vm.Action.FunctionCall f) {
            return new Action.FunctionCall(f.methodName(), f.args(), f.gas(), f.deposit());
        } else if (a instanceof dev.aidev.vm.Action.Transfer t) {
            return new Action.Transfer(t.deposit());
        } else if (a instanceof dev.aidev.vm.Action.Stake s) {
            return new Action.Stake(s.stake(), PublicKey.fromBorsh(s.publicKey()));
        } else if (a instanceof dev.aidev.vm.Action.AddKey k) {
            AccessKey.Permission p = k.permission() instanceof dev.aidev.vm.Action.FunctionCallPermission fc
                    ? new AccessKey.FunctionCallPermission(Optional.ofNullable(fc.allowance()), fc.receiverId(),
                            fc.methodNames())
                    : new AccessKey.FullAccess();
            return new Action.AddKey(PublicKey.fromBorsh(k.publicKey()), new AccessKey(k.nonce(), p));
        } else if (a instanceof dev.aidev.vm.Action.DeleteKey k) {
            return new Action.DeleteKey(PublicKey.fromBorsh(k.publicKey()));
        } else if (a instanceof dev.aidev.vm.Action.DeleteAccount d) {
            return new Action.DeleteAccount(d.beneficiaryId());
        } else if (a instanceof dev.aidev.vm.Action.DeployGlobalContract g) {
            return new Action.DeployGlobalContract(g.code(), g.byAccountId()
                    ? Action.GlobalContractDeployMode.ACCOUNT_ID
                    : Action.GlobalContractDeployMode.CODE_HASH);
        } else if (a instanceof dev.aidev.vm.Action.UseGlobalContract u) {
            return new Action.UseGlobalContract(u.codeHash() != null
                    ? new Action.ByCodeHash(new CryptoHash(u.codeHash()))
                    : new Action.ByAccountId(u.accountId()));
        }
        throw new IllegalArgumentException("unknown action " + a);
    }
}
