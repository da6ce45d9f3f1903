package dev.aidev.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.chain.primitives.AccessKey;
import dev.aidev.chain.primitives.KeyPair;
import dev.aidev.chain.sandbox.CallResult;
import dev.aidev.chain.sandbox.Sandbox;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Promise API's key and stake actions compiled from Java, run on the local chain: a contract
 * creates a sub-account with a full-access key whose private half only the test holds, and the
 * test then signs with it; a function-call key opens one method and no other; deleteKey removes
 * it; a stake above the balance fails as nearcore's {@code action_stake} fails it
 * ({@code TriesToStake}). (In cli because the compiler module cannot depend on chain.)
 */
class AccessKeyPromisesTest {
    private static final long TGAS = Sandbox.TGAS;

    private static final String KEYS = """
            import dev.aidev.sdk.*;

            @NearContract
            public class Keys {
                private long pings;

                public Keys() {}

                @Call
                public Promise createWithKey(AccountId sub, PublicKey key) {
                    Env.log("creating " + sub + " for " + key);
                    return Promise.create(sub).createAccount().transfer(U128.ofNear(2)).addFullAccessKey(key, 0);
                }

                @Call
                public Promise addCallKey(PublicKey key, String methods) {
                    return Promise.create(Env.currentAccountId())
                            .addAccessKey(key, U128.ofNear(1), Env.currentAccountId(), methods, 0);
                }

                @Call
                public Promise removeKey(PublicKey key) {
                    return Promise.create(Env.currentAccountId()).deleteKey(key);
                }

                @Call
                public Promise stake(U128 amount, PublicKey key) {
                    return Promise.create(Env.currentAccountId()).stake(amount, key);
                }

                @Call
                public long ping() {
                    pings++;
                    return pings;
                }

                @Call
                public long other() {
                    return -1;
                }
            }
            """;

    @TempDir
    Path tmp;

    private Sandbox sandbox;
    private Sandbox.Account alice;
    private Sandbox.Account keys;
    private final SecureRandom random = new SecureRandom();

    private byte[] compile(String name, String source) throws IOException {
        return CompiledContracts.compile(tmp, name, source);
    }

    @BeforeEach
    void start() throws IOException {
        sandbox = Sandbox.start();
        alice = sandbox.createAccount("alice.test.near", Sandbox.near(50));
        keys = sandbox.createAccount("keys.test.near", Sandbox.near(20));
        keys.deploy(compile("Keys", KEYS)).requireSuccess("deploy the contract");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Optional<AccessKey> accessKey(String account, KeyPair k) {
        return sandbox.chain().accessKey(account, k.publicKey());
    }

    @Test
    void a_sub_account_created_with_a_full_access_key_accepts_transactions_signed_with_it() {
        KeyPair key = KeyPair.generate(random);
        CallResult r = alice.call(keys, "create_with_key",
                "{\"sub\":\"child.keys.test.near\",\"key\":\"" + key.publicKey() + "\"}").gas(100 * TGAS).send();
        assertThat(r.succeeded()).as(r.toString()).isTrue();
        assertThat(r.logs()).containsExactly("creating child.keys.test.near for " + key.publicKey());
        assertThat(sandbox.balance("child.keys.test.near")).isEqualTo(Sandbox.near(2));
        assertThat(accessKey("child.keys.test.near", key).orElseThrow().permission()).isInstanceOf(AccessKey.FullAccess.class);

        Sandbox.Account child = sandbox.account("child.keys.test.near", key);
        BigInteger before = sandbox.balance(alice.id());
        CallResult sent = child.transfer(alice.id(), Sandbox.near(1));
        assertThat(sent.succeeded()).as(sent.toString()).isTrue();
        assertThat(sandbox.balance(alice.id())).isEqualTo(before.add(Sandbox.near(1)));
    }

    @Test
    void a_function_call_key_opens_its_method_only_until_it_is_deleted() {
        KeyPair key = KeyPair.generate(random);
        CallResult added = alice.call(keys, "add_call_key", "{\"key\":\"" + key.publicKey() + "\",\"methods\":\"ping\"}")
                .gas(50 * TGAS).send();
        assertThat(added.succeeded()).as(added.toString()).isTrue();
        AccessKey.Permission permission = accessKey(keys.id(), key).orElseThrow().permission();
        assertThat(permission).isEqualTo(new AccessKey.FunctionCallPermission(Optional.of(Sandbox.near(1)), keys.id(), List.of("ping")));

        Sandbox.Account limited = sandbox.account(keys.id(), key);
        CallResult ping = limited.call(keys, "ping", "{}").gas(10 * TGAS).send();
        assertThat(ping.succeeded()).as(ping.toString()).isTrue();
        assertThat(new String(ping.value(), StandardCharsets.UTF_8)).isEqualTo("1");

        CallResult other = limited.call(keys, "other", "{}").gas(10 * TGAS).send();
        assertThat(other.succeeded()).isFalse();
        assertThat(other.errorText()).contains("MethodNameMismatch").contains("other");
        CallResult transfer = limited.transfer(alice.id(), BigInteger.ONE);
        assertThat(transfer.succeeded()).isFalse();
        assertThat(transfer.errorText()).contains("RequiresFullAccess");

        CallResult removed = alice.call(keys, "remove_key", "{\"key\":\"" + key.publicKey() + "\"}").gas(50 * TGAS).send();
        assertThat(removed.succeeded()).as(removed.toString()).isTrue();
        assertThat(accessKey(keys.id(), key)).isEmpty();
        // keys' own full-access key is untouched
        assertThat(accessKey(keys.id(), keys.key())).isPresent();
    }

    @Test
    void a_function_call_key_without_method_names_opens_every_method_of_its_receiver() {
        KeyPair key = KeyPair.generate(random);
        alice.call(keys, "add_call_key", "{\"key\":\"" + key.publicKey() + "\",\"methods\":\"\"}").gas(50 * TGAS).send()
                .requireSuccess("add the key");
        assertThat(accessKey(keys.id(), key).orElseThrow().permission())
                .isEqualTo(new AccessKey.FunctionCallPermission(Optional.of(Sandbox.near(1)), keys.id(), List.of()));
        Sandbox.Account limited = sandbox.account(keys.id(), key);
        assertThat(limited.call(keys, "other", "{}").gas(10 * TGAS).send().succeeded()).isTrue();
    }

    @Test
    void a_stake_above_the_balance_fails_with_tries_to_stake_naming_the_amount() {
        BigInteger tooMuch = Sandbox.near(1000);
        CallResult r = alice.call(keys, "stake", "{\"amount\":\"" + tooMuch + "\",\"key\":\"" + keys.key().publicKey() + "\"}")
                .gas(50 * TGAS).send();
        assertThat(r.succeeded()).isFalse();
        assertThat(r.errorText()).contains("TriesToStake").contains("\"account_id\":\"keys.test.near\"")
                .contains(tooMuch.toString());
        assertThat(sandbox.chain().account(keys.id()).orElseThrow().locked()).isZero();
    }

    @Test
    void a_bad_key_argument_is_the_json_error() {
        CallResult r = alice.call(keys, "remove_key", "{\"key\":\"ed25519:not-base58\"}").gas(50 * TGAS).send();
        assertThat(r.succeeded()).isFalse();
        assertThat(r.errorText()).contains("Failed to deserialize input from JSON.");
    }
}
