package dev.aidev.chain.primitives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TransactionTest {
    private static final KeyPair KEY = KeyPair.fromSeed(new byte[32]);
    private static final CryptoHash BLOCK = CryptoHash.of(new byte[] {1});

    private static List<Action> everyAction() {
        DelegateAction inner = new DelegateAction("alice.near", "bob.near",
                List.of(new Action.Transfer(BigInteger.ONE), new Action.CreateAccount()), 5, 100, KEY.publicKey());
        return List.of(
                new Action.CreateAccount(),
                new Action.DeployContract(new byte[] {0, 'a', 's', 'm'}),
                new Action.FunctionCall("go", new byte[] {'{', '}'}, -1L, BigInteger.TEN),
                new Action.Transfer(BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE)),
                new Action.Stake(BigInteger.TWO, KEY.publicKey()),
                new Action.AddKey(KEY.publicKey(), new AccessKey(3, new AccessKey.FunctionCallPermission(
                        Optional.of(BigInteger.valueOf(7)), "app.near", List.of("a", "b")))),
                new Action.AddKey(KEY.publicKey(), AccessKey.fullAccess()),
                new Action.DeleteKey(KEY.publicKey()),
                new Action.DeleteAccount("bob.near"),
                new Action.Delegate(inner.sign(KEY)),
                new Action.DeployGlobalContract(new byte[] {1}, Action.GlobalContractDeployMode.ACCOUNT_ID),
                new Action.UseGlobalContract(new Action.ByCodeHash(BLOCK)),
                new Action.UseGlobalContract(new Action.ByAccountId("lib.near")));
    }

    @Test
    void a_v0_transaction_with_every_action_round_trips_and_verifies() {
        SignedTransaction tx = new Transaction.V0("alice.near", KEY.publicKey(), 1, "bob.near", BLOCK, everyAction())
                .sign(KEY);
        SignedTransaction back = SignedTransaction.decode(tx.encode());
        assertThat(back).isEqualTo(tx);
        assertThat(back.verifySignature()).isTrue();
        assertThat(((Action.Delegate) back.transaction().actions().get(9)).signedDelegateAction().verify()).isTrue();
    }

    @Test
    void a_v1_transaction_starts_with_tag_1_and_round_trips() {
        for (OptionalInt index : List.of(OptionalInt.empty(), OptionalInt.of(65535))) {
            Transaction v1 = new Transaction.V1("alice.near", KEY.publicKey(), 9, index, "bob.near", BLOCK,
                    everyAction(), Transaction.NonceMode.STRICT);
            byte[] bytes = v1.encode();
            assertThat(bytes[0]).isEqualTo((byte) 1);
            assertThat(bytes[1]).isEqualTo((byte) "alice.near".length());
            SignedTransaction signed = v1.sign(KEY);
            assertThat(SignedTransaction.decode(signed.encode())).isEqualTo(signed);
            assertThat(signed.verifySignature()).isTrue();
        }
    }

    @Test
    void an_unknown_version_tag_is_rejected() {
        byte[] bytes = new Transaction.V0("alice.near", KEY.publicKey(), 1, "bob.near", BLOCK, List.of())
                .sign(KEY).encode();
        bytes[0] = 2;
        bytes[1] = 5;
        assertThatThrownBy(() -> SignedTransaction.decode(bytes))
                .isInstanceOf(BorshException.class).hasMessageContaining("version tag 2");
    }

    @Test
    void action_tags_11_and_up_are_unsupported_and_beyond_13_unknown() {
        assertThatThrownBy(() -> Action.read(new BorshReader(new byte[] {11})))
                .isInstanceOf(BorshException.class)
                .hasMessage("Action tag 11 (DeterministicStateInit) at offset 0 is not supported.");
        assertThatThrownBy(() -> Action.read(new BorshReader(new byte[] {14})))
                .isInstanceOf(BorshException.class).hasMessageContaining("got 14");
    }

    @Test
    void a_delegate_action_may_not_contain_a_delegate_action() {
        DelegateAction inner = new DelegateAction("alice.near", "bob.near", List.of(), 1, 2, KEY.publicKey());
        BorshWriter w = new BorshWriter().string("alice.near").string("bob.near").u32(1);
        new Action.Delegate(inner.sign(KEY)).write(w);
        byte[] bytes = w.u64(1).u64(2).toByteArray();
        assertThatThrownBy(() -> DelegateAction.read(new BorshReader(bytes)))
                .isInstanceOf(BorshException.class).hasMessageContaining("must not contain another delegate action");
    }

    @Test
    void the_nep461_prefix_is_2_to_the_30_plus_366() {
        DelegateAction d = new DelegateAction("alice.near", "bob.near", List.of(), 1, 2, KEY.publicKey());
        byte[] prefixed = new BorshWriter().u32(1_073_742_190L).fixed(d.encode()).toByteArray();
        assertThat(d.nep461Hash()).isEqualTo(CryptoHash.of(prefixed));
    }

    @Test
    void a_bad_permission_tag_names_its_offset() {
        byte[] bytes = new BorshWriter().u64(0).u8(2).toByteArray();
        assertThatThrownBy(() -> AccessKey.read(new BorshReader(bytes), "access key"))
                .isInstanceOf(BorshException.class)
                .hasMessage("Access key permission tag 2 at offset 8 is a gas key, which is not supported.");
    }
}
