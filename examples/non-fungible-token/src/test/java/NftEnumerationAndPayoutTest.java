import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.sdk.U128;
import dev.aidev.sdk.testing.CallOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** NEP-181 enumeration and NEP-199 royalties and payouts. */
class NftEnumerationAndPayoutTest {
    private NftFixture f;

    @BeforeEach
    void deploy() {
        f = NftFixture.deployed();
        f.mint("t0", "alice.near");
        f.mint("t1", "bob.near");
        f.mint("t2", "alice.near");
        f.mint("t3", "alice.near");
    }

    private String tokens(String args) {
        return f.ok(f.view("nft_tokens", args)).result();
    }

    private String forAlice(String paging) {
        return f.ok(f.view("nft_tokens_for_owner", "{\"account_id\":\"alice.near\"" + paging + "}")).result();
    }

    private static String list(String owner, String... ids) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < ids.length; i++) {
            sb.append(i > 0 ? "," : "").append(NftFixture.tokenJson(ids[i], ownerOf(ids[i], owner), ""));
        }
        return sb.append(']').toString();
    }

    private static String ownerOf(String id, String owner) {
        return owner != null ? owner : id.equals("t1") ? "bob.near" : "alice.near";
    }

    @Test
    void total_supply_and_supply_for_owner_are_u128_strings() {
        assertThat(f.ok(f.view("nft_total_supply", "{}")).result()).isEqualTo("\"4\"");
        assertThat(f.ok(f.view("nft_supply_for_owner", "{\"account_id\":\"alice.near\"}")).result()).isEqualTo("\"3\"");
        assertThat(f.ok(f.view("nft_supply_for_owner", "{\"account_id\":\"nobody.near\"}")).result()).isEqualTo("\"0\"");
    }

    @Test
    void nft_tokens_pages_with_a_u128_from_index_and_a_limit() {
        assertThat(tokens("{}")).isEqualTo(list(null, "t0", "t1", "t2", "t3"));
        assertThat(tokens("{\"from_index\":\"1\",\"limit\":2}")).isEqualTo(list(null, "t1", "t2"));
        assertThat(tokens("{\"from_index\":\"3\",\"limit\":10}")).isEqualTo(list(null, "t3"));
        assertThat(tokens("{\"from_index\":\"4\"}")).isEqualTo("[]");
        assertThat(tokens("{\"limit\":1}")).isEqualTo(list(null, "t0"));
        assertThat(f.view("nft_tokens", "{\"from_index\":\"5\"}").panic()).isEqualTo("Out of bounds, please use a smaller from_index.");
        assertThat(f.view("nft_tokens", "{\"from_index\":\"340282366920938463463374607431768211455\"}").panic())
                .isEqualTo("Out of bounds, please use a smaller from_index.");
        assertThat(f.view("nft_tokens", "{\"limit\":0}").panic()).isEqualTo("Cannot provide limit of 0.");
        assertThat(f.view("nft_tokens", "{\"from_index\":1}").panic()).isEqualTo(NftFixture.BAD_JSON);
    }

    @Test
    void nft_tokens_for_owner_pages_the_owners_tokens() {
        assertThat(forAlice("")).isEqualTo(list("alice.near", "t0", "t2", "t3"));
        assertThat(forAlice(",\"from_index\":\"1\",\"limit\":1")).isEqualTo(list("alice.near", "t2"));
        assertThat(forAlice(",\"from_index\":\"2\"")).isEqualTo(list("alice.near", "t3"));
        assertThat(f.view("nft_tokens_for_owner", "{\"account_id\":\"alice.near\",\"from_index\":\"3\"}").panic())
                .isEqualTo("Out of bounds, please use a smaller from_index.");
        assertThat(f.view("nft_tokens_for_owner", "{\"account_id\":\"alice.near\",\"limit\":0}").panic())
                .isEqualTo("Cannot provide limit of 0.");
        assertThat(f.ok(f.view("nft_tokens_for_owner", "{\"account_id\":\"nobody.near\",\"from_index\":\"9\"}")).result())
                .isEqualTo("[]");
    }

    @Test
    void tokens_show_their_approvals() {
        f.approve("alice.near", "t2", "market.near");
        assertThat(forAlice(",\"from_index\":\"1\",\"limit\":1")).isEqualTo(
                "[" + NftFixture.tokenJson("t2", "alice.near", "\"market.near\":1") + "]");
    }

    // ---- NEP-199 ----

    private String payout(String tokenId, String balance, String maxLen) {
        return f.ok(f.view("nft_payout", "{\"token_id\":\"" + tokenId + "\",\"balance\":\"" + balance + "\""
                + (maxLen == null ? "" : ",\"max_len_payout\":" + maxLen) + "}")).result();
    }

    private void setRoyalty(String account, int percent) {
        f.ok(f.callAs("owner.near", U128.ZERO, "set_royalty", "{\"account_id\":\"" + account + "\",\"percent\":" + percent + "}"));
    }

    @Test
    void without_royalties_the_owner_gets_everything() {
        assertThat(payout("t0", "1000", null)).isEqualTo("{\"payout\":{\"alice.near\":\"1000\"}}");
        assertThat(payout("t0", "1000", "1")).isEqualTo("{\"payout\":{\"alice.near\":\"1000\"}}");
    }

    @Test
    void royalties_take_their_percent_rounded_down_and_the_owner_the_rest() {
        setRoyalty("artist.near", 10);
        setRoyalty("gallery.near", 5);
        assertThat(payout("t0", "999", null))
                .isEqualTo("{\"payout\":{\"artist.near\":\"99\",\"gallery.near\":\"49\",\"alice.near\":\"851\"}}");
        assertThat(f.ok(f.view("royalties", "{}")).result()).isEqualTo(
                "[{\"account_id\":\"artist.near\",\"percent\":10},{\"account_id\":\"gallery.near\",\"percent\":5}]");
    }

    @Test
    void an_owner_with_a_royalty_gets_it_plus_the_rest_in_one_entry() {
        setRoyalty("alice.near", 20);
        setRoyalty("artist.near", 30);
        assertThat(payout("t0", "100", null)).isEqualTo("{\"payout\":{\"alice.near\":\"70\",\"artist.near\":\"30\"}}");
    }

    @Test
    void the_payout_may_not_be_longer_than_max_len_payout() {
        setRoyalty("artist.near", 10);
        assertThat(payout("t0", "100", "2")).isEqualTo("{\"payout\":{\"artist.near\":\"10\",\"alice.near\":\"90\"}}");
        CallOutcome out = f.view("nft_payout", "{\"token_id\":\"t0\",\"balance\":\"100\",\"max_len_payout\":1}");
        assertThat(out.panic()).isEqualTo("payout number can't exceed `max_len_payout`");
        assertThat(f.view("nft_payout", "{\"token_id\":\"nope\",\"balance\":\"100\"}").panic()).isEqualTo("No such token_id");
    }

    @Test
    void a_balance_whose_royalty_overflows_u128_panics() {
        setRoyalty("artist.near", 10);
        String max = U128.MAX.toString();
        assertThat(f.view("nft_payout", "{\"token_id\":\"t0\",\"balance\":\"" + max + "\"}").panic()).isEqualTo("royalty overflow");
        String fits = U128.MAX.div(U128.of(10)).toString();
        assertThat(payout("t0", fits, null)).startsWith("{\"payout\":{\"artist.near\":\"");
    }

    @Test
    void set_royalty_is_owner_only_and_checked_as_near_contract_standards_checks_royalties() {
        assertThat(f.callAs("alice.near", U128.ZERO, "set_royalty", "{\"account_id\":\"alice.near\",\"percent\":1}").panic())
                .isEqualTo("Unauthorized");
        assertThat(f.callAs("owner.near", U128.ZERO, "set_royalty", "{\"account_id\":\"a.near\",\"percent\":101}").panic())
                .isEqualTo("each royalty should be at most 100");
        setRoyalty("a.near", 60);
        assertThat(f.callAs("owner.near", U128.ZERO, "set_royalty", "{\"account_id\":\"b.near\",\"percent\":41}").panic())
                .isEqualTo("total percent of each royalty split must be at most 100");
        setRoyalty("a.near", 0);
        for (int i = 0; i < 10; i++) {
            setRoyalty("r" + i + ".near", 1);
        }
        assertThat(f.callAs("owner.near", U128.ZERO, "set_royalty", "{\"account_id\":\"r10.near\",\"percent\":1}").panic())
                .isEqualTo("can only have a maximum of 10 accounts spliting royalties");
        setRoyalty("r3.near", 7);
        assertThat(payout("t0", "100", null)).contains("\"r3.near\":\"7\"").contains("\"alice.near\":\"84\"");
    }

    @Test
    void nft_transfer_payout_transfers_and_returns_the_payout_of_the_previous_owner() {
        setRoyalty("artist.near", 10);
        f.approve("alice.near", "t0", "market.near");
        CallOutcome out = f.ok(f.callAs("market.near", U128.ONE, "nft_transfer_payout",
                "{\"receiver_id\":\"bob.near\",\"token_id\":\"t0\",\"approval_id\":1,\"balance\":\"1000\",\"max_len_payout\":10}"));
        assertThat(out.result()).isEqualTo("{\"payout\":{\"artist.near\":\"100\",\"alice.near\":\"900\"}}");
        assertThat(out.logs()).containsExactly(NftFixture.transferEvent("alice.near", "bob.near", "t0",
                ",\"authorized_id\":\"market.near\""));
        assertThat(f.token("t0")).contains("\"owner_id\":\"bob.near\"");
    }

    @Test
    void nft_transfer_payout_requires_1_yocto_and_a_short_enough_payout() {
        setRoyalty("artist.near", 10);
        String args = "{\"receiver_id\":\"bob.near\",\"token_id\":\"t0\",\"balance\":\"1000\",\"max_len_payout\":1}";
        assertThat(f.callAs("alice.near", U128.ZERO, "nft_transfer_payout", args).panic()).isEqualTo(NftFixture.NOT_ONE_YOCTO);
        CallOutcome out = f.callAs("alice.near", U128.ONE, "nft_transfer_payout", args);
        assertThat(out.panic()).isEqualTo("payout number can't exceed `max_len_payout`");
        assertThat(out.logs()).isEmpty();
        assertThat(f.token("t0")).contains("\"owner_id\":\"alice.near\"");
    }
}
