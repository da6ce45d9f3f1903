package dev.aidev.chain.primitives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Transactions built and signed by near-api-js (see make-vectors.mjs next to the JSON for how the
 * file was made): we decode them, check every field, the hash and the signature, and re-encode
 * them to the same bytes.
 */
class NearApiJsVectorsTest {
    private static final JsonNode ROOT = load();

    private static JsonNode load() {
        try (InputStream in = NearApiJsVectorsTest.class.getResourceAsStream("/primitives/near-api-js-vectors.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> vectorNames() {
        List<String> names = new ArrayList<>();
        ROOT.get("vectors").forEach(v -> names.add(v.get("name").asText()));
        return names.stream();
    }

    private static JsonNode vector(String name) {
        for (JsonNode v : ROOT.get("vectors")) {
            if (v.get("name").asText().equals(name)) {
                return v;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static byte[] b64(JsonNode n) {
        return Base64.getDecoder().decode(n.asText());
    }

    @ParameterizedTest
    @MethodSource("vectorNames")
    void decodes_checks_and_re_encodes_each_vector(String name) {
        JsonNode v = vector(name);
        byte[] bytes = b64(v.get("signedTransactionBase64"));
        SignedTransaction tx = SignedTransaction.decode(bytes);
        JsonNode expect = v.get("expect");

        assertThat(tx.transaction()).isInstanceOf(Transaction.V0.class);
        Transaction t = tx.transaction();
        assertThat(t.signerId()).isEqualTo(expect.get("signerId").asText());
        assertThat(t.publicKey().toString()).isEqualTo(expect.get("publicKey").asText());
        assertThat(Long.toUnsignedString(t.nonce())).isEqualTo(expect.get("nonce").asText());
        assertThat(t.receiverId()).isEqualTo(expect.get("receiverId").asText());
        assertThat(t.blockHash().toString()).isEqualTo(expect.get("blockHash").asText());
        assertThat(tx.signature().toString()).isEqualTo(expect.get("signature").asText());
        checkActions(t.actions(), expect.get("actions"));

        assertThat(tx.hash().toString()).isEqualTo(v.get("hash").asText());
        assertThat(t.encode()).isEqualTo(b64(v.get("transactionBase64")));
        assertThat(tx.size()).isEqualTo(b64(v.get("transactionBase64")).length);
        assertThat(tx.verifySignature()).isTrue();
        assertThat(tx.encode()).isEqualTo(bytes);
        assertThat(SignedTransaction.decode(tx.encode())).isEqualTo(tx);
    }

    @ParameterizedTest
    @MethodSource("vectorNames")
    void every_truncation_is_a_borsh_exception_with_an_offset_within_the_input(String name) {
        byte[] bytes = b64(vector(name).get("signedTransactionBase64"));
        for (int len = 0; len < bytes.length; len++) {
            byte[] cut = Arrays.copyOf(bytes, len);
            try {
                SignedTransaction.decode(cut);
                fail("decoded a transaction truncated to " + len + " bytes");
            } catch (BorshException e) {
                assertThat(e.offset()).isBetween(0, len);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("vectorNames")
    void a_trailing_byte_is_rejected(String name) {
        byte[] bytes = b64(vector(name).get("signedTransactionBase64"));
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThatThrownBy(() -> SignedTransaction.decode(longer))
                .isInstanceOf(BorshException.class)
                .hasMessage("Unexpected 1 trailing bytes after signed transaction at offset " + bytes.length + ".");
    }

    @ParameterizedTest
    @MethodSource("vectorNames")
    void a_changed_byte_breaks_the_signature_or_the_parse(String name) {
        byte[] bytes = b64(vector(name).get("signedTransactionBase64"));
        int signatureStart = bytes.length - (name.startsWith("secp256k1") ? 66 : 65);
        for (int i = 0; i < signatureStart; i++) {
            byte[] changed = bytes.clone();
            changed[i] ^= 1;
            try {
                assertThat(SignedTransaction.decode(changed).verifySignature()).as("flip at %d", i).isFalse();
            } catch (BorshException expected) {
                // also fine: the change made the bytes invalid
            }
        }
    }

    @Test
    void the_delegate_action_signature_verifies_over_the_nep461_hash() {
        SignedTransaction tx = SignedTransaction.decode(b64(vector("delegate").get("signedTransactionBase64")));
        Action.Delegate delegate = (Action.Delegate) tx.transaction().actions().get(0);
        SignedDelegateAction signed = delegate.signedDelegateAction();
        JsonNode expect = vector("delegate").get("expect").get("actions").get(0);
        assertThat(signed.delegateAction().nep461Hash().toString()).isEqualTo(expect.get("nep461Hash").asText());
        assertThat(signed.verify()).isTrue();
        // Re-signing with the same (deterministic ed25519) key gives near-api-js's signature.
        KeyPair alice = KeyPair.parse(ROOT.get("keys").get("alice").get("secretKey").asText());
        assertThat(signed.delegateAction().sign(alice)).isEqualTo(signed);
    }

    @Test
    void our_key_pairs_parse_near_api_js_secret_keys_and_sign_identically() {
        for (String who : List.of("alice", "bob", "relayer")) {
            JsonNode k = ROOT.get("keys").get(who);
            KeyPair pair = KeyPair.parse(k.get("secretKey").asText());
            assertThat(pair.publicKey().toString()).isEqualTo(k.get("publicKey").asText());
            assertThat(pair.secretKeyText()).isEqualTo(k.get("secretKey").asText());
        }
        SignedTransaction tx = SignedTransaction.decode(b64(vector("function_call").get("signedTransactionBase64")));
        KeyPair alice = KeyPair.parse(ROOT.get("keys").get("alice").get("secretKey").asText());
        assertThat(tx.transaction().sign(alice)).isEqualTo(tx);
    }

    private static void checkActions(List<Action> actions, JsonNode expected) {
        assertThat(actions).hasSize(expected.size());
        for (int i = 0; i < actions.size(); i++) {
            checkAction(actions.get(i), expected.get(i));
        }
    }

    private static void checkAction(Action a, JsonNode e) {
        String type = e.get("type").asText();
        assertThat(a.getClass().getSimpleName()).isEqualTo(type);
        if (a instanceof Action.DeployContract d) {
            assertThat(d.code()).isEqualTo(b64(e.get("codeBase64")));
        } else if (a instanceof Action.FunctionCall f) {
            assertThat(f.methodName()).isEqualTo(e.get("methodName").asText());
            assertThat(f.args()).isEqualTo(b64(e.get("argsBase64")));
            assertThat(Long.toUnsignedString(f.gas())).isEqualTo(e.get("gas").asText());
            assertThat(f.deposit()).isEqualTo(new BigInteger(e.get("deposit").asText()));
        } else if (a instanceof Action.Transfer t) {
            assertThat(t.deposit()).isEqualTo(new BigInteger(e.get("deposit").asText()));
        } else if (a instanceof Action.Stake s) {
            assertThat(s.stake()).isEqualTo(new BigInteger(e.get("stake").asText()));
            assertThat(s.publicKey().toString()).isEqualTo(e.get("publicKey").asText());
        } else if (a instanceof Action.AddKey k) {
            assertThat(k.publicKey().toString()).isEqualTo(e.get("publicKey").asText());
            JsonNode ak = e.get("accessKey");
            assertThat(Long.toUnsignedString(k.accessKey().nonce())).isEqualTo(ak.get("nonce").asText());
            if (ak.get("permission").asText().equals("FullAccess")) {
                assertThat(k.accessKey().permission()).isEqualTo(new AccessKey.FullAccess());
            } else {
                AccessKey.FunctionCallPermission p = (AccessKey.FunctionCallPermission) k.accessKey().permission();
                assertThat(p.allowance().map(BigInteger::toString).orElse(null))
                        .isEqualTo(ak.get("allowance").isNull() ? null : ak.get("allowance").asText());
                assertThat(p.receiverId()).isEqualTo(ak.get("receiverId").asText());
                List<String> names = new ArrayList<>();
                ak.get("methodNames").forEach(n -> names.add(n.asText()));
                assertThat(p.methodNames()).isEqualTo(names);
            }
        } else if (a instanceof Action.DeleteKey k) {
            assertThat(k.publicKey().toString()).isEqualTo(e.get("publicKey").asText());
        } else if (a instanceof Action.DeleteAccount d) {
            assertThat(d.beneficiaryId()).isEqualTo(e.get("beneficiaryId").asText());
        } else if (a instanceof Action.DeployGlobalContract g) {
            assertThat(g.code()).isEqualTo(b64(e.get("codeBase64")));
            assertThat(g.deployMode()).isEqualTo(e.get("deployMode").asText().equals("CodeHash")
                    ? Action.GlobalContractDeployMode.CODE_HASH : Action.GlobalContractDeployMode.ACCOUNT_ID);
        } else if (a instanceof Action.UseGlobalContract u) {
            if (e.has("codeHash")) {
                assertThat(u.contractIdentifier()).isEqualTo(new Action.ByCodeHash(CryptoHash.parse(e.get("codeHash").asText())));
            } else {
                assertThat(u.contractIdentifier()).isEqualTo(new Action.ByAccountId(e.get("accountId").asText()));
            }
        } else if (a instanceof Action.Delegate d) {
            DelegateAction da = d.signedDelegateAction().delegateAction();
            assertThat(da.senderId()).isEqualTo(e.get("senderId").asText());
            assertThat(da.receiverId()).isEqualTo(e.get("receiverId").asText());
            assertThat(Long.toUnsignedString(da.nonce())).isEqualTo(e.get("nonce").asText());
            assertThat(Long.toUnsignedString(da.maxBlockHeight())).isEqualTo(e.get("maxBlockHeight").asText());
            assertThat(da.publicKey().toString()).isEqualTo(e.get("publicKey").asText());
            assertThat(d.signedDelegateAction().signature().toString()).isEqualTo(e.get("signature").asText());
            checkActions(List.copyOf(da.actions()), e.get("actions"));
        } else {
            assertThat(a).isInstanceOf(Action.CreateAccount.class);
        }
    }
}
