import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.sdk.U128;
import dev.aidev.sdk.testing.CallOutcome;
import dev.aidev.sdk.testing.JvmContract;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** new_default_meta, new and ft_metadata, as near-sdk-rs's fungible-token example has them. */
class FungibleTokenInitTest {
    private static final String ICON = FtContract.DEFAULT_ICON;
    /** SHA-256 sized (32 bytes) canonical base64. */
    private static final String HASH = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private static String metadata(String spec, String reference, String referenceHash, String decimals) {
        return "{\"spec\":\"" + spec + "\",\"name\":\"Wrapped Thing\",\"symbol\":\"WTH\",\"icon\":null,"
                + "\"reference\":" + reference + ",\"reference_hash\":" + referenceHash + ",\"decimals\":" + decimals + "}";
    }

    private static CallOutcome callNew(FtFixture f, String metadata) {
        f.ft.chain().caller(FtFixture.FT);
        return f.ft.init("new", "{\"owner_id\":\"owner.near\",\"total_supply\":\"1000\",\"metadata\":" + metadata + "}");
    }

    @Test
    void new_default_meta_gives_the_owner_the_whole_supply_and_emits_ft_mint() {
        FtFixture f = FtFixture.undeployed();
        CallOutcome out = f.ok(f.ft.init("new_default_meta", "{\"owner_id\":\"owner.near\",\"total_supply\":\"1000000\"}"));
        assertThat(out.logs()).containsExactly(FtFixture.mintEvent("owner.near", "1000000"));
        assertThat(out.result()).isNull();
        assertThat(f.totalSupply()).isEqualTo("1000000");
        assertThat(f.balanceOf("owner.near")).isEqualTo("1000000");
        assertThat(f.balanceOf("alice.near")).isEqualTo("0");
    }

    @Test
    void new_default_meta_sets_the_example_metadata() {
        FtFixture f = FtFixture.deployed("1");
        assertThat(f.ok(f.view("ft_metadata", "{}")).result()).isEqualTo(
                "{\"spec\":\"ft-1.0.0\",\"name\":\"Example NEAR fungible token\",\"symbol\":\"EXAMPLE\",\"icon\":\""
                        + ICON + "\",\"reference\":null,\"reference_hash\":null,\"decimals\":24}");
    }

    @Test
    void new_keeps_the_metadata_it_is_given_and_the_owner_is_registered() {
        FtFixture f = FtFixture.undeployed();
        String given = metadata("ft-1.0.0", "\"https://example.com/wth.json\"", "\"" + HASH + "\"", "8");
        CallOutcome out = f.ok(callNew(f, given));
        assertThat(out.logs()).containsExactly(FtFixture.mintEvent("owner.near", "1000"));
        assertThat(f.ok(f.view("ft_metadata", "")).result()).isEqualTo(given);
        assertThat(f.ok(f.view("storage_balance_of", "{\"account_id\":\"owner.near\"}")).result())
                .isEqualTo(FtFixture.STORAGE_BALANCE);
    }

    @Test
    void new_accepts_missing_optional_metadata_fields_and_a_zero_supply() {
        FtFixture f = FtFixture.undeployed();
        f.ft.chain().caller(FtFixture.FT);
        CallOutcome out = f.ok(f.ft.init("new", "{\"owner_id\":\"owner.near\",\"total_supply\":\"0\",\"metadata\":"
                + "{\"spec\":\"ft-1.0.0\",\"name\":\"N\",\"symbol\":\"S\",\"decimals\":0}}"));
        assertThat(out.logs()).containsExactly(FtFixture.mintEvent("owner.near", "0"));
        assertThat(f.ok(f.view("ft_metadata", "")).result()).isEqualTo(
                "{\"spec\":\"ft-1.0.0\",\"name\":\"N\",\"symbol\":\"S\",\"icon\":null,\"reference\":null,"
                        + "\"reference_hash\":null,\"decimals\":0}");
    }

    @Test
    void new_accepts_the_largest_u128_supply() {
        FtFixture f = FtFixture.deployed("340282366920938463463374607431768211455");
        assertThat(f.totalSupply()).isEqualTo("340282366920938463463374607431768211455");
    }

    @Test
    void new_rejects_a_spec_other_than_ft_1_0_0_with_near_sdk_rs_bare_require_message() {
        FtFixture f = FtFixture.undeployed();
        CallOutcome out = callNew(f, metadata("ft-2.0.0", "null", "null", "24"));
        assertThat(out.panic()).isEqualTo("require! assertion failed");
        assertThat(out.storage()).isEmpty();
        assertThat(out.logs()).isEmpty();
    }

    @Test
    void new_requires_reference_and_reference_hash_together() {
        assertThat(callNew(FtFixture.undeployed(), metadata("ft-1.0.0", "\"https://x\"", "null", "24")).panic())
                .isEqualTo("require! assertion failed");
        assertThat(callNew(FtFixture.undeployed(), metadata("ft-1.0.0", "null", "\"" + HASH + "\"", "24")).panic())
                .isEqualTo("require! assertion failed");
    }

    @Test
    void new_requires_a_32_byte_reference_hash() {
        assertThat(callNew(FtFixture.undeployed(), metadata("ft-1.0.0", "\"https://x\"", "\"AAAA\"", "24")).panic())
                .isEqualTo("Hash has to be 32 bytes");
        assertThat(callNew(FtFixture.undeployed(), metadata("ft-1.0.0", "\"https://x\"", "\"\"", "24")).panic())
                .isEqualTo("Hash has to be 32 bytes");
    }

    @Test
    void new_rejects_what_serde_would_not_read_as_u8_decimals_or_base64_hash() {
        for (String decimals : new String[] {"256", "-1", "\"24\""}) {
            assertThat(callNew(FtFixture.undeployed(), metadata("ft-1.0.0", "null", "null", decimals)).panic())
                    .as(decimals).isEqualTo(FtFixture.BAD_JSON);
        }
        for (String hash : new String[] {"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh9=",
                "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh-=", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdH===" }) {
            assertThat(callNew(FtFixture.undeployed(), metadata("ft-1.0.0", "\"https://x\"", "\"" + hash + "\"", "24")).panic())
                    .as(hash).isEqualTo(FtFixture.BAD_JSON);
        }
        assertThat(callNew(FtFixture.undeployed(), metadata("ft-1.0.0", "null", "null", "255")).panic()).isNull();
    }

    @Test
    void init_arguments_are_checked_as_near_sdk_rs_reads_them() {
        FtFixture f = FtFixture.undeployed();
        f.ft.chain().caller(FtFixture.FT);
        assertThat(f.ft.init("new_default_meta", "{\"owner_id\":\"owner.near\"}").panic()).isEqualTo(FtFixture.BAD_JSON);
        assertThat(f.ft.init("new_default_meta", "{\"owner_id\":\"Owner\",\"total_supply\":\"1\"}").panic())
                .isEqualTo(FtFixture.BAD_JSON);
        assertThat(f.ft.init("new_default_meta", "{\"owner_id\":\"owner.near\",\"total_supply\":1}").panic())
                .isEqualTo(FtFixture.BAD_JSON);
        assertThat(f.ft.init("new_default_meta",
                "{\"owner_id\":\"owner.near\",\"total_supply\":\"340282366920938463463374607431768211456\"}").panic())
                .isEqualTo(FtFixture.BAD_JSON);
        assertThat(f.ft.init("new", "{\"owner_id\":\"owner.near\",\"total_supply\":\"1\"}").panic()).isEqualTo(FtFixture.BAD_JSON);
    }

    @Test
    void initializers_do_not_accept_a_deposit() {
        FtFixture f = FtFixture.undeployed();
        f.ft.chain().caller(FtFixture.FT).attachedDeposit(U128.ONE);
        assertThat(f.ft.init("new_default_meta", "{\"owner_id\":\"owner.near\",\"total_supply\":\"1\"}").panic())
                .isEqualTo("Method new_default_meta doesn't accept deposit");
    }

    @Test
    void a_second_initialization_panics() {
        FtFixture f = FtFixture.deployed("10");
        assertThat(f.ft.init("new_default_meta", "{\"owner_id\":\"alice.near\",\"total_supply\":\"1\"}").panic())
                .isEqualTo("The contract has already been initialized");
        assertThat(callNew(f, metadata("ft-1.0.0", "null", "null", "24")).panic())
                .isEqualTo("The contract has already been initialized");
        assertThat(f.balanceOf("owner.near")).isEqualTo("10");
    }

    @Test
    void every_method_panics_before_initialization() {
        FtFixture f = FtFixture.undeployed();
        assertThat(f.view("ft_total_supply", "{}").panic()).isEqualTo("The contract is not initialized");
        assertThat(f.callAs("alice.near", U128.ONE, "ft_transfer", "{\"receiver_id\":\"bob.near\",\"amount\":\"1\"}").panic())
                .isEqualTo("The contract is not initialized");
    }

    @Test
    void the_state_is_near_sdk_rs_layout_accounts_total_supply_account_storage_usage_metadata() {
        FtFixture f = FtFixture.deployed("1000");
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(new byte[] {1, 0, 0, 0, 't'});
        expected.writeBytes(u128(1000));
        expected.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(125).array());
        expected.writeBytes(new byte[] {1, 0, 0, 0, 'm'});
        assertThat(f.storage(JvmContract.STATE_KEY)).isEqualTo(expected.toByteArray());
        assertThat(f.storage(FtFixture.balanceKey("owner.near"))).isEqualTo(u128(1000));
    }

    @Test
    void measuring_the_account_storage_leaves_only_the_state_the_owner_and_the_metadata() {
        FtFixture f = FtFixture.deployed("1000");
        assertThat(f.ft.chain().storageBase64()).hasSize(3);
        assertThat(f.storage(FtFixture.balanceKey("a".repeat(64)))).isNull();
        byte[] metadataKey = "m\u0008\0\0\0metadata".getBytes(StandardCharsets.UTF_8);
        assertThat(f.storage(metadataKey)).isNotNull();
    }

    @Test
    void exports_are_near_sdk_rs_method_names() {
        assertThat(FtFixture.undeployed().ft.methods()).containsExactlyInAnyOrder("new", "new_default_meta",
                "ft_transfer", "ft_transfer_call", "ft_total_supply", "ft_balance_of", "ft_resolve_transfer",
                "ft_metadata", "storage_deposit", "storage_withdraw", "storage_unregister", "storage_balance_bounds",
                "storage_balance_of");
    }

    private static byte[] u128(long value) {
        return U128.of(value).toLittleEndian();
    }
}
