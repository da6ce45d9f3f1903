import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.sdk.standards.Deposits;
import dev.aidev.sdk.U128;
import dev.aidev.sdk.testing.CallOutcome;
import dev.aidev.sdk.testing.PromiseRecord;
import org.junit.jupiter.api.Test;

/** new, new_default_meta, nft_metadata and nft_mint. */
class NftMintTest {
    private static final String DEFAULT_META_PREFIX = "{\"spec\":\"nft-1.0.0\",\"name\":\"Example NEAR non-fungible token\","
            + "\"symbol\":\"EXAMPLE\",\"icon\":\"data:image/svg+xml,";

    @Test
    void new_default_meta_sets_the_example_metadata_with_null_for_absent_fields() {
        NftFixture f = NftFixture.deployed();
        String meta = f.ok(f.view("nft_metadata", "{}")).result();
        assertThat(meta).startsWith(DEFAULT_META_PREFIX).endsWith("\",\"base_uri\":null,\"reference\":null,\"reference_hash\":null}");
        assertThat(f.ok(f.view("nft_total_supply", "{}")).result()).isEqualTo("\"0\"");
    }

    @Test
    void new_takes_the_metadata_as_given() {
        NftFixture f = NftFixture.undeployed();
        String hash = "A".repeat(43) + "=";
        String meta = "{\"spec\":\"nft-1.0.0\",\"name\":\"Mars\",\"symbol\":\"MARS\",\"icon\":null,\"base_uri\":\"https://ipfs.io\","
                + "\"reference\":\"https://x/r.json\",\"reference_hash\":\"" + hash + "\"}";
        f.ok(f.nft.init("new", "{\"owner_id\":\"owner.near\",\"metadata\":" + meta + "}"));
        assertThat(f.ok(f.view("nft_metadata", "{}")).result()).isEqualTo(meta);
    }

    @Test
    void new_checks_the_metadata_as_near_contract_standards_does() {
        String[][] cases = {
            {"{\"spec\":\"nft-2.0.0\",\"name\":\"n\",\"symbol\":\"s\"}", "Spec is not NFT metadata"},
            {"{\"spec\":\"nft-1.0.0\",\"name\":\"n\",\"symbol\":\"s\",\"reference\":\"r\"}", "Reference and reference hash must be present"},
            {"{\"spec\":\"nft-1.0.0\",\"name\":\"n\",\"symbol\":\"s\",\"reference_hash\":\"" + "A".repeat(43) + "=\"}",
                "Reference and reference hash must be present"},
            {"{\"spec\":\"nft-1.0.0\",\"name\":\"n\",\"symbol\":\"s\",\"reference\":\"r\",\"reference_hash\":\"AAAA\"}",
                "Hash has to be 32 bytes"},
        };
        for (String[] c : cases) {
            NftFixture f = NftFixture.undeployed();
            CallOutcome out = f.nft.init("new", "{\"owner_id\":\"owner.near\",\"metadata\":" + c[0] + "}");
            assertThat(out.panic()).as(c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    void the_contract_is_initialized_only_once() {
        NftFixture f = NftFixture.deployed();
        CallOutcome out = f.nft.init("new_default_meta", "{\"owner_id\":\"alice.near\"}");
        assertThat(out.panic()).isEqualTo("The contract has already been initialized");
    }

    @Test
    void nft_mint_returns_the_token_emits_nft_mint_and_refunds_the_excess_deposit() {
        NftFixture f = NftFixture.deployed();
        CallOutcome out = f.mint("mons", "alice.near");
        assertThat(out.result()).isEqualTo(NftFixture.tokenJson("mons", "alice.near", ""));
        assertThat(out.logs()).containsExactly(NftFixture.mintEvent("alice.near", "mons"));
        assertThat(out.promises()).hasSize(1);
        PromiseRecord refund = out.promises().get(0);
        assertThat(refund.receiverId()).isEqualTo("owner.near");
        U128 cost = NftFixture.MINT_DEPOSIT.sub(refundOf(refund));
        assertThat(cost.isZero()).isFalse();
        assertThat(cost.rem(Deposits.storageByteCost()).isZero()).isTrue();
        assertThat(f.token("mons")).isEqualTo(NftFixture.tokenJson("mons", "alice.near", ""));
        assertThat(f.ok(f.view("nft_total_supply", "{}")).result()).isEqualTo("\"1\"");
    }

    @Test
    void nft_mint_charges_exactly_the_storage_the_token_takes() {
        NftFixture probe = NftFixture.deployed();
        U128 cost = NftFixture.MINT_DEPOSIT.sub(refundOf(probe.mint("mons", "alice.near").promises().get(0)));

        NftFixture exact = NftFixture.deployed();
        CallOutcome ok = exact.ok(exact.callAs("owner.near", cost, "nft_mint", NftFixture.mintArgs("mons", "alice.near")));
        assertThat(ok.promises()).isEmpty();

        NftFixture oneMore = NftFixture.deployed();
        CallOutcome plusOne = oneMore.ok(oneMore.callAs("owner.near", cost.add(U128.ONE), "nft_mint",
                NftFixture.mintArgs("mons", "alice.near")));
        assertThat(plusOne.promises()).as("a refund of 1 yoctoNEAR is not sent").isEmpty();

        NftFixture short1 = NftFixture.deployed();
        CallOutcome out = short1.callAs("owner.near", cost.sub(U128.ONE), "nft_mint", NftFixture.mintArgs("mons", "alice.near"));
        assertThat(out.panic()).isEqualTo("Must attach " + cost + " yoctoNEAR to cover storage");
        assertThat(out.logs()).isEmpty();
        assertThat(short1.token("mons")).isEqualTo("null");
    }

    @Test
    void only_the_owner_mints_and_token_ids_are_unique() {
        NftFixture f = NftFixture.deployed();
        CallOutcome out = f.callAs("alice.near", NftFixture.MINT_DEPOSIT, "nft_mint", NftFixture.mintArgs("mons", "alice.near"));
        assertThat(out.panic()).isEqualTo("Unauthorized");
        f.mint("mons", "alice.near");
        out = f.callAs("owner.near", NftFixture.MINT_DEPOSIT, "nft_mint", NftFixture.mintArgs("mons", "bob.near"));
        assertThat(out.panic()).isEqualTo("token_id must be unique");
        assertThat(f.token("mons")).contains("\"owner_id\":\"alice.near\"");
    }

    @Test
    void nft_mint_needs_token_metadata() {
        NftFixture f = NftFixture.deployed();
        CallOutcome out = f.callAs("owner.near", NftFixture.MINT_DEPOSIT, "nft_mint",
                "{\"token_id\":\"mons\",\"token_owner_id\":\"alice.near\"}");
        assertThat(out.panic()).isEqualTo(NftFixture.BAD_JSON);
    }

    @Test
    void token_metadata_keeps_every_standard_field() {
        NftFixture f = NftFixture.deployed();
        String meta = "{\"title\":\"t\",\"description\":\"d\",\"media\":\"https://m\",\"media_hash\":\"" + "B".repeat(43)
                + "=\",\"copies\":7,\"issued_at\":\"1\",\"expires_at\":\"2\",\"starts_at\":\"3\",\"updated_at\":\"4\","
                + "\"extra\":\"{\\\"k\\\":1}\",\"reference\":\"https://r\",\"reference_hash\":\"" + "C".repeat(43) + "=\"}";
        f.ok(f.callAs("owner.near", NftFixture.MINT_DEPOSIT, "nft_mint",
                "{\"token_id\":\"t1\",\"token_owner_id\":\"bob.near\",\"token_metadata\":" + meta + "}"));
        assertThat(f.token("t1")).isEqualTo("{\"token_id\":\"t1\",\"owner_id\":\"bob.near\",\"metadata\":" + meta
                + ",\"approved_account_ids\":{}}");
    }

    @Test
    void nft_token_of_an_unknown_token_is_null() {
        NftFixture f = NftFixture.deployed();
        assertThat(f.token("nope")).isEqualTo("null");
    }

    static U128 refundOf(PromiseRecord transfer) {
        assertThat(transfer.actions()).hasSize(1);
        String action = transfer.actions().get(0);
        assertThat(action).startsWith("Transfer(");
        return U128.parse(action.substring("Transfer(".length(), action.length() - 1));
    }
}
