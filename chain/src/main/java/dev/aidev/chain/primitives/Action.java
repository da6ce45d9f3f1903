package dev.aidev.chain.primitives;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/**
 * A NEAR action, Borsh-tagged as nearcore's {@code Action} enum (core/primitives/src/action/mod.rs):
 * 0 CreateAccount, 1 DeployContract, 2 FunctionCall, 3 Transfer, 4 Stake, 5 AddKey, 6 DeleteKey,
 * 7 DeleteAccount, 8 Delegate, 9 DeployGlobalContract, 10 UseGlobalContract. Tags 11
 * (DeterministicStateInit), 12 (TransferToGasKey) and 13 (WithdrawFromGasKey) exist in current
 * nearcore and are rejected by {@link #read} as unsupported.
 *
 * <p>Amounts are yoctoNEAR {@code u128} as non-negative {@link BigInteger}s; gas is an unsigned
 * {@code u64} held in a {@code long}.
 */
public sealed interface Action permits Action.NonDelegate, Action.Delegate {

    /** The Borsh tag of this action. */
    int tag();

    /** Writes the tag and the fields. */
    void write(BorshWriter w);

    /** Any action but {@link Delegate}: what a {@link DelegateAction} may contain (NEP-366 forbids nesting). */
    sealed interface NonDelegate extends Action permits CreateAccount, DeployContract, FunctionCall, Transfer, Stake,
            AddKey, DeleteKey, DeleteAccount, DeployGlobalContract, UseGlobalContract {}

    record CreateAccount() implements NonDelegate {
        @Override
        public int tag() {
            return 0;
        }

        @Override
        public void write(BorshWriter w) {
            w.tag(0);
        }
    }

    record DeployContract(byte[] code) implements NonDelegate {
        public DeployContract {
            code = code.clone();
        }

        @Override
        public byte[] code() {
            return code.clone();
        }

        @Override
        public int tag() {
            return 1;
        }

        @Override
        public void write(BorshWriter w) {
            w.tag(1).bytes(code);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DeployContract d && Arrays.equals(code, d.code);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(code);
        }

        @Override
        public String toString() {
            return "DeployContract[" + code.length + " bytes]";
        }
    }

    record FunctionCall(String methodName, byte[] args, long gas, BigInteger deposit) implements NonDelegate {
        public FunctionCall {
            Objects.requireNonNull(methodName, "methodName");
            args = args.clone();
            Objects.requireNonNull(deposit, "deposit");
        }

        @Override
        public byte[] args() {
            return args.clone();
        }

        @Override
        public int tag() {
            return 2;
        }

        @Override
        public void write(BorshWriter w) {
            w.tag(2).string(methodName).bytes(args).u64(gas).u128(deposit);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FunctionCall f && methodName.equals(f.methodName) && Arrays.equals(args, f.args)
                    && gas == f.gas && deposit.equals(f.deposit);
        }

        @Override
        public int hashCode() {
            return Objects.hash(methodName, Arrays.hashCode(args), gas, deposit);
        }

        @Override
        public String toString() {
            return "FunctionCall[methodName=" + methodName + ", args=" + args.length + " bytes, gas="
                    + Long.toUnsignedString(gas) + ", deposit=" + deposit + "]";
        }
    }

    record Transfer(BigInteger deposit) implements NonDelegate {
        public Transfer {
            Objects.requireNonNull(deposit, "deposit");
        }

        @Override
        public int tag() {
            return 3;
        }

        @Override
        public void write(BorshWriter w) {
            w.tag(3).u128(deposit);
        }
    }

    record Stake(BigInteger stake, PublicKey publicKey) implements NonDelegate {
        public Stake {
            Objects.requireNonNull(stake, "stake");
            Objects.requireNonNull(publicKey, "publicKey");
        }

        @Override
        public int tag() {
            return 4;
        }

        @Override
        public void write(BorshWriter w) {
            w.tag(4).u128(stake);
            publicKey.write(w);
        }
    }

    record AddKey(PublicKey publicKey, AccessKey accessKey) implements NonDelegate {
        public AddKey {
            Objects.requireNonNull(publicKey, "publicKey");
            Objects.requireNonNull(accessKey, "accessKey");
        }

        @Override
        public int tag() {
            return 5;
        }

        @Override
        public void write(BorshWriter w) {
            w.tag(5);
            publicKey.write(w);
            accessKey.write(w);
        }
    }

    record DeleteKey(PublicKey publicKey) implements NonDelegate {
        public DeleteKey {
            Objects.requireNonNull(publicKey, "publicKey");
        }

        @Override
        public int tag() {
            return 6;
        }

        @Override
        public void write(BorshWriter w) {
            w.tag(6);
            publicKey.write(w);
        }
    }

    record DeleteAccount(String beneficiaryId) implements NonDelegate {
        public DeleteAccount {
            Objects.requireNonNull(beneficiaryId, "beneficiaryId");
        }

        @Override
        public int tag() {
            return 7;
        }

        @Override
        public void write(BorshWriter w) {
            w.tag(7).string(beneficiaryId);
        }
    }

    /** A NEP-366 meta transaction: actions signed by {@code sender_id}, relayed by the transaction's signer. */
    record Delegate(SignedDelegateAction signedDelegateAction) implements Action {
        public Delegate {
            Objects.requireNonNull(signedDelegateAction, "signedDelegateAction");
        }

        @Override
        public int tag() {
            return 8;
        }

        @Override
        public void write(BorshWriter w) {
            w.tag(8);
            signedDelegateAction.write(w);
        }
    }

    /** How a global contract is addressed: Borsh {@code enum GlobalContractDeployMode {0 CodeHash, 1 AccountId}}. */
    enum GlobalContractDeployMode {
        CODE_HASH,
        ACCOUNT_ID
    }

    record DeployGlobalContract(byte[] code, GlobalContractDeployMode deployMode) implements NonDelegate {
        public DeployGlobalContract {
            code = code.clone();
            Objects.requireNonNull(deployMode, "deployMode");
        }

        @Override
        public byte[] code() {
            return code.clone();
        }

        @Override
        public int tag() {
            return 9;
        }

        @Override
        public void write(BorshWriter w) {
            w.tag(9).bytes(code).u8(deployMode.ordinal());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DeployGlobalContract d && Arrays.equals(code, d.code) && deployMode == d.deployMode;
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(code) + deployMode.hashCode();
        }

        @Override
        public String toString() {
            return "DeployGlobalContract[" + code.length + " bytes, " + deployMode + "]";
        }
    }

    /**
     * Which global contract to use: Borsh {@code enum GlobalContractIdentifier {0 CodeHash(CryptoHash),
     * 1 AccountId(AccountId)}} (nearcore core/primitives-core/src/global_contract.rs).
     */
    sealed interface GlobalContractIdentifier permits ByCodeHash, ByAccountId {
        void write(BorshWriter w);
    }

    record ByCodeHash(CryptoHash codeHash) implements GlobalContractIdentifier {
        public ByCodeHash {
            Objects.requireNonNull(codeHash, "codeHash");
        }

        @Override
        public void write(BorshWriter w) {
            w.tag(0);
            codeHash.write(w);
        }
    }

    record ByAccountId(String accountId) implements GlobalContractIdentifier {
        public ByAccountId {
            Objects.requireNonNull(accountId, "accountId");
        }

        @Override
        public void write(BorshWriter w) {
            w.tag(1).string(accountId);
        }
    }

    record UseGlobalContract(GlobalContractIdentifier contractIdentifier) implements NonDelegate {
        public UseGlobalContract {
            Objects.requireNonNull(contractIdentifier, "contractIdentifier");
        }

        @Override
        public int tag() {
            return 10;
        }

        @Override
        public void write(BorshWriter w) {
            w.tag(10);
            contractIdentifier.write(w);
        }
    }

    /** Reads one action. */
    static Action read(BorshReader r) {
        int at = r.offset();
        int tag = r.u8("action tag");
        if (tag == 8) {
            return new Delegate(SignedDelegateAction.read(r));
        }
        return readNonDelegate(r, tag, at);
    }

    /** Reads one action that is not a {@link Delegate}; tag 8 fails as nearcore's "DelegateAction mustn't contain a nested one". */
    static NonDelegate readNonDelegate(BorshReader r) {
        int at = r.offset();
        int tag = r.u8("action tag");
        if (tag == 8) {
            throw r.error(at, "A delegate action at offset " + at + " must not contain another delegate action.");
        }
        return readNonDelegate(r, tag, at);
    }

    private static NonDelegate readNonDelegate(BorshReader r, int tag, int at) {
        return switch (tag) {
            case 0 -> new CreateAccount();
            case 1 -> new DeployContract(r.bytes("DeployContract code"));
            case 2 -> new FunctionCall(r.string("FunctionCall method_name"), r.bytes("FunctionCall args"),
                    r.u64("FunctionCall gas"), r.u128("FunctionCall deposit"));
            case 3 -> new Transfer(r.u128("Transfer deposit"));
            case 4 -> new Stake(r.u128("Stake stake"), PublicKey.read(r, "Stake public_key"));
            case 5 -> new AddKey(PublicKey.read(r, "AddKey public_key"), AccessKey.read(r, "AddKey access_key"));
            case 6 -> new DeleteKey(PublicKey.read(r, "DeleteKey public_key"));
            case 7 -> new DeleteAccount(r.accountId("DeleteAccount beneficiary_id"));
            case 9 -> new DeployGlobalContract(r.bytes("DeployGlobalContract code"), readDeployMode(r));
            case 10 -> new UseGlobalContract(readIdentifier(r));
            case 11 -> throw unsupported(r, at, tag, "DeterministicStateInit");
            case 12 -> throw unsupported(r, at, tag, "TransferToGasKey");
            case 13 -> throw unsupported(r, at, tag, "WithdrawFromGasKey");
            default -> throw r.error(at, "Expected an action tag (0..13) at offset " + at + ", got " + tag + ".");
        };
    }

    private static BorshException unsupported(BorshReader r, int at, int tag, String name) {
        return r.error(at, "Action tag " + tag + " (" + name + ") at offset " + at + " is not supported.");
    }

    private static GlobalContractDeployMode readDeployMode(BorshReader r) {
        int at = r.offset();
        int mode = r.u8("DeployGlobalContract deploy_mode");
        return switch (mode) {
            case 0 -> GlobalContractDeployMode.CODE_HASH;
            case 1 -> GlobalContractDeployMode.ACCOUNT_ID;
            default -> throw r.error(at, "Expected DeployGlobalContract deploy_mode (0 CodeHash or 1 AccountId) at offset "
                    + at + ", got " + mode + ".");
        };
    }

    private static GlobalContractIdentifier readIdentifier(BorshReader r) {
        int at = r.offset();
        int tag = r.u8("UseGlobalContract contract_identifier tag");
        return switch (tag) {
            case 0 -> new ByCodeHash(CryptoHash.read(r, "UseGlobalContract code hash"));
            case 1 -> new ByAccountId(r.accountId("UseGlobalContract account id"));
            default -> throw r.error(at, "Expected UseGlobalContract contract_identifier tag (0 CodeHash or 1 AccountId) at offset "
                    + at + ", got " + tag + ".");
        };
    }
}
