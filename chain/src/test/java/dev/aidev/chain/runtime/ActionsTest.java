package dev.aidev.chain.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.chain.Chain;
import dev.aidev.chain.primitives.AccessKey;
import dev.aidev.chain.primitives.Action;
import dev.aidev.chain.primitives.CryptoHash;
import dev.aidev.chain.primitives.DelegateAction;
import dev.aidev.chain.primitives.KeyPair;
import dev.aidev.chain.sandbox.CallResult;
import dev.aidev.chain.sandbox.Sandbox;
import dev.aidev.chain.state.Account;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Actions as nearcore's runtime/runtime/src/actions.rs applies them, with storage accounting from
 * parameters.snap (100 bytes per account, 40 extra bytes per record, 10^19 yocto per byte).
 */
class ActionsTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long ACCOUNT_BYTES = 100;
    /** Borsh ed25519 public key (33) + AccessKey{nonce u64, FullAccess tag} (9) + 40. */
    private static final long FULL_ACCESS_KEY_BYTES = 82;
    private static final BigInteger PER_BYTE = new BigInteger("10000000000000000000");

    private Sandbox sandbox;
    private Chain chain;
    private Sandbox.Account alice;

    @BeforeEach
    void start() {
        sandbox = Sandbox.start();
        chain = sandbox.chain();
        alice = sandbox.createAccount("alice.test.near", Sandbox.near(20));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Account account(String id) {
        return chain.account(id).orElseThrow();
    }

    private CallResult create(Sandbox.Account by, String id, BigInteger amount) {
        return by.sign(id, List.of(new Action.CreateAccount(), new Action.Transfer(amount)));
    }

    @Test
    void a_new_account_uses_100_bytes_plus_82_per_full_access_key() {
        assertThat(account(alice.id()).storageUsage()).isEqualTo(ACCOUNT_BYTES + FULL_ACCESS_KEY_BYTES);
        create(alice, "sub.alice.test.near", Sandbox.near(1)).requireSuccess("create sub");
        assertThat(account("sub.alice.test.near").storageUsage()).isEqualTo(ACCOUNT_BYTES);
        assertThat(account("sub.alice.test.near").amount()).isEqualTo(Sandbox.near(1));
    }

    @Test
    void only_the_direct_parent_creates_a_sub_account() {
        CallResult sibling = create(alice, "bob.test.near", Sandbox.near(1));
        assertThat(sibling.error().toString()).isEqualTo(Probe.json("{\"ActionError\":{\"index\":0,\"kind\":{"
                + "\"CreateAccountNotAllowed\":{\"account_id\":\"bob.test.near\",\"predecessor_id\":\"alice.test.near\"}}}}"));
        assertThat(chain.account("bob.test.near")).isEmpty();
        // near-account-id is_sub_account_of: only a DIRECT sub-account ("app.alice.near" is not one of "near")
        CallResult grandchild = create(sandbox.root(), "deep.alice.test.near", Sandbox.near(1));
        assertThat(grandchild.errorText()).contains("CreateAccountNotAllowed");
        assertThat(chain.account("deep.alice.test.near")).isEmpty();
    }

    @Test
    void creating_an_existing_account_is_AccountAlreadyExists_and_the_deposit_comes_back() {
        BigInteger before = alice.balance();
        BigInteger existing = account(alice.id()).amount();
        CallResult r = create(sandbox.root(), "alice.test.near", Sandbox.near(5));
        assertThat(r.error().toString()).isEqualTo(Probe.json("{\"ActionError\":{\"index\":0,\"kind\":{"
                + "\"AccountAlreadyExists\":{\"account_id\":\"alice.test.near\"}}}}"));
        assertThat(alice.balance()).isEqualTo(before).isEqualTo(existing);
        assertThat(chain.totalSupply()).isEqualTo(chain.head().totalSupply());
    }

    @Test
    void a_short_top_level_account_needs_the_registrar() {
        CallResult r = create(sandbox.root(), "short", Sandbox.near(1));
        assertThat(r.errorText()).contains("CreateAccountOnlyByRegistrar");
    }

    @Test
    void a_transfer_to_a_64_hex_id_creates_an_implicit_account_whose_key_works() {
        KeyPair k = KeyPair.generate(RANDOM);
        String implicit = HexFormat.of().formatHex(k.publicKey().data());
        CallResult r = alice.transfer(implicit, Sandbox.near(2));
        assertThat(r.succeeded()).as(r.toString()).isTrue();
        Account a = account(implicit);
        assertThat(a.amount()).isEqualTo(Sandbox.near(2));
        assertThat(a.storageUsage()).isEqualTo(ACCOUNT_BYTES + FULL_ACCESS_KEY_BYTES);
        long height = r.outcome().receiptsOutcome().get(0).blockHeight();
        assertThat(chain.accessKey(implicit, k.publicKey()).orElseThrow())
                .isEqualTo(new AccessKey((height - 1) * 1_000_000L, new AccessKey.FullAccess()));
        CallResult back = sandbox.account(implicit, k).transfer(alice.id(), Sandbox.near(1));
        assertThat(back.succeeded()).as(back.toString()).isTrue();
    }

    @Test
    void add_and_delete_keys_change_storage_by_the_keys_borsh_size_plus_40() {
        long base = account(alice.id()).storageUsage();
        KeyPair full = KeyPair.generate(RANDOM);
        KeyPair limited = KeyPair.generate(RANDOM);
        alice.sign(alice.id(), List.of(new Action.AddKey(full.publicKey(), AccessKey.fullAccess())))
                .requireSuccess("add full");
        assertThat(account(alice.id()).storageUsage()).isEqualTo(base + FULL_ACCESS_KEY_BYTES);
        alice.sign(alice.id(), List.of(new Action.AddKey(limited.publicKey(), new AccessKey(0,
                new AccessKey.FunctionCallPermission(Optional.of(Sandbox.near(1)), "bob.test.near",
                        List.of("a", "bc")))))).requireSuccess("add limited");
        // 33 pk + 8 nonce + 1 tag + (1+16) allowance + (4+13) receiver + 4 + (4+1) + (4+2) names + 40
        assertThat(account(alice.id()).storageUsage()).isEqualTo(base + FULL_ACCESS_KEY_BYTES + 131);
        CallResult again = alice.sign(alice.id(), List.of(new Action.AddKey(full.publicKey(), AccessKey.fullAccess())));
        assertThat(again.errorText()).contains("AddKeyAlreadyExists");
        alice.sign(alice.id(), List.of(new Action.DeleteKey(limited.publicKey()), new Action.DeleteKey(
                full.publicKey()))).requireSuccess("delete keys");
        assertThat(account(alice.id()).storageUsage()).isEqualTo(base);
        assertThat(chain.accessKeys(alice.id())).hasSize(1);
        CallResult missing = alice.sign(alice.id(), List.of(new Action.DeleteKey(full.publicKey())));
        assertThat(missing.errorText()).contains("DeleteKeyDoesNotExist");
    }

    @Test
    void deploy_sets_the_code_hash_and_adds_the_code_size_to_storage() {
        long base = account(alice.id()).storageUsage();
        byte[] wasm = Probe.wasm();
        alice.deploy(wasm).requireSuccess("deploy");
        Account a = account(alice.id());
        assertThat(a.codeHash()).isEqualTo(CryptoHash.of(wasm).bytes());
        assertThat(a.storageUsage()).isEqualTo(base + wasm.length);
        assertThat(chain.code(alice.id())).hasValueSatisfying(c -> assertThat(c).isEqualTo(wasm));
        // a storage write of key "k" and a 5-byte value costs key + value + 40 bytes
        alice.call(alice, "store", "hello").send().requireSuccess("store");
        assertThat(account(alice.id()).storageUsage()).isEqualTo(base + wasm.length + 1 + 5 + 40);
    }

    @Test
    void delete_account_sends_the_balance_to_the_beneficiary() {
        Sandbox.Account bob = sandbox.createAccount("bob.test.near", Sandbox.near(1));
        Sandbox.Account doomed = sandbox.createAccount("doomed.test.near", Sandbox.near(7));
        BigInteger supply = chain.totalSupply();
        CallResult r = doomed.sign(doomed.id(), List.of(new Action.DeleteAccount(bob.id())));
        assertThat(r.succeeded()).as(r.toString()).isTrue();
        assertThat(chain.account(doomed.id())).isEmpty();
        assertThat(chain.accessKeys(doomed.id())).isEmpty();
        // bob gets everything doomed had once the deletion's own cost was charged
        BigInteger charged = Sandbox.near(7).subtract(bob.balance().subtract(Sandbox.near(1)));
        assertThat(charged).isPositive().isLessThan(Sandbox.near("0.001"));
        // nothing is created or lost beyond what was burnt (a gas refund to a deleted account is burnt too)
        assertThat(chain.totalSupply()).isEqualTo(chain.head().totalSupply());
        assertThat(supply.subtract(chain.totalSupply())).isEqualTo(charged);
    }

    @Test
    void stake_moves_balance_into_locked() {
        BigInteger before = alice.balance();
        CallResult r = alice.sign(alice.id(), List.of(new Action.Stake(Sandbox.near(5), alice.key().publicKey())));
        assertThat(r.succeeded()).as(r.toString()).isTrue();
        Account a = account(alice.id());
        assertThat(a.locked()).isEqualTo(Sandbox.near(5));
        assertThat(a.amount()).isEqualTo(before.subtract(Sandbox.near(5)).subtract(Probe.gasCost(r)));
        CallResult tooMuch = alice.sign(alice.id(), List.of(new Action.Stake(Sandbox.near(100), alice.key().publicKey())));
        assertThat(tooMuch.errorText()).contains("TriesToStake");
    }

    /**
     * nearcore check_storage_stake after the actions: {@code LackBalanceForState{account_id, amount}}
     * with no action index, amount = storage cost - (amount + locked); the receipt's changes roll back.
     */
    @Test
    void state_that_outgrows_the_balance_is_LackBalanceForState_and_rolls_back() {
        Sandbox.Account poor = sandbox.createAccount("poor.test.near", Sandbox.near("0.5"));
        poor.deploy(Probe.wasm()).requireSuccess("deploy");
        Account before = account(poor.id());
        CallResult r = alice.call(poor, "write_lots", "").gas(200 * Probe.TGAS).send();
        long needed = before.storageUsage() + 20 * (1 + 5000 + 40);
        BigInteger lacking = PER_BYTE.multiply(BigInteger.valueOf(needed)).subtract(before.amount());
        assertThat(r.error().toString()).isEqualTo(Probe.json("{\"ActionError\":{\"index\":null,\"kind\":{"
                + "\"LackBalanceForState\":{\"account_id\":\"poor.test.near\",\"amount\":\"" + lacking + "\"}}}}"));
        // the state rolled back; the contract still earned its share of the gas its code burnt
        assertThat(account(poor.id())).isEqualTo(before.withAmount(before.amount().add(Probe.reward(r, poor.id()))));
        assertThat(chain.viewState(poor.id(), new byte[0])).isEmpty();
        // with enough balance the same call succeeds
        alice.transfer(poor.id(), Sandbox.near(2)).requireSuccess("top up");
        alice.call(poor, "write_lots", "").gas(200 * Probe.TGAS).send().requireSuccess("write lots");
        assertThat(account(poor.id()).storageUsage()).isEqualTo(needed);
    }

    /**
     * NEP-366: the relayer signs a transaction to the sender holding the sender's signed delegate
     * action. The relayer pays the gas and also the deposits of the inner actions (nearcore
     * runtime/runtime/src/config.rs total_deposit: "here Relayer pays the deposit"); the sender's
     * key nonce advances; the sender's balance is untouched.
     */
    @Test
    void a_delegate_action_is_relayed_and_paid_for_by_the_relayer() {
        Sandbox.Account relayer = sandbox.createAccount("relayer.test.near", Sandbox.near(10));
        Sandbox.Account carol = sandbox.createAccount("carol.test.near", Sandbox.near(1));
        BigInteger supply = chain.totalSupply();
        BigInteger aliceBefore = alice.balance();
        BigInteger relayerBefore = relayer.balance();
        long nonce = chain.accessKey(alice.id(), alice.key().publicKey()).orElseThrow().nonce() + 1;
        DelegateAction da = new DelegateAction(alice.id(), carol.id(), List.of(new Action.Transfer(Sandbox.near(1))),
                nonce, chain.head().height() + 100, alice.key().publicKey());
        CallResult r = relayer.sign(alice.id(), List.of(new Action.Delegate(da.sign(alice.key()))));
        assertThat(r.succeeded()).as(r.toString()).isTrue();
        assertThat(carol.balance()).isEqualTo(Sandbox.near(2));
        assertThat(chain.accessKey(alice.id(), alice.key().publicKey()).orElseThrow().nonce()).isEqualTo(nonce);
        assertThat(alice.balance()).as("the sender pays nothing").isEqualTo(aliceBefore);
        assertThat(relayer.balance()).as("the relayer pays the deposit and the gas")
                .isEqualTo(relayerBefore.subtract(Sandbox.near(1)).subtract(Probe.gasCost(r)));
        assertThat(chain.totalSupply()).isEqualTo(supply.subtract(Probe.tokensBurnt(r)));
        assertThat(chain.head().totalSupply()).isEqualTo(chain.totalSupply());
        // replaying the same delegate action fails on its nonce
        CallResult replay = relayer.sign(alice.id(), List.of(new Action.Delegate(da.sign(alice.key()))));
        assertThat(replay.errorText()).contains("DelegateActionInvalidNonce");
    }
}
