import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.sdk.U128;
import dev.aidev.sdk.testing.CallOutcome;
import dev.aidev.sdk.testing.JvmContract;
import dev.aidev.sdk.testing.PromiseRecord;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dao on the JVM (JvmContract + MockBlockchain); scenarios/ runs the same calls on the chain. */
class DaoTest {
    static final long T0 = 1_700_000_000_000_000_000L;
    static final long SECOND = 1_000_000_000L;

    private JvmContract<Dao> dao;

    @BeforeEach
    void deploy() {
        dao = JvmContract.of(Dao.class);
        dao.chain().currentAccountId("dao.near").caller("alice.near").blockTimestamp(T0);
        ok(dao.init("create", "{\"council\":[\"alice.near\",\"bob.near\",\"carol.near\"],\"threshold\":2,"
                + "\"voting_period_seconds\":3600}"));
    }

    static CallOutcome ok(CallOutcome out) {
        assertThat(out.panic()).as("panic").isNull();
        return out;
    }

    private CallOutcome as(String account, String method, String args) {
        dao.chain().caller(account);
        return dao.call(method, args);
    }

    private long transfer(String proposer, String receiver, String amount) {
        return Long.parseLong(ok(as(proposer, "add_transfer_proposal", "{\"description\":\"pay " + receiver
                + "\",\"receiver_id\":\"" + receiver + "\",\"amount\":\"" + amount + "\"}")).result());
    }

    private long poll(String proposer, String text) {
        return Long.parseLong(ok(as(proposer, "add_poll_proposal", "{\"description\":\"" + text + "\"}")).result());
    }

    private CallOutcome vote(String member, long id, String vote) {
        return as(member, "vote", "{\"id\":" + id + ",\"vote\":\"" + vote + "\"}");
    }

    private String status(long id) {
        String json = ok(dao.view("get_proposal", "{\"id\":" + id + "}")).result();
        return json.replaceAll(".*\"status\":\"([A-Z_]+)\".*", "$1");
    }

    static String event(String name, String data) {
        return "EVENT_JSON:{\"standard\":\"dao\",\"version\":\"1.0.0\",\"event\":\"" + name + "\",\"data\":" + data + "}";
    }

    @Test
    void init_stores_the_policy() {
        assertThat(ok(dao.view("get_policy", "{}")).result()).isEqualTo(
                "{\"council\":[\"alice.near\",\"bob.near\",\"carol.near\"],\"threshold\":2,\"voting_period_seconds\":3600}");
        assertThat(ok(dao.view("number_of_proposals", "{}")).result()).isEqualTo("0");
        assertThat(ok(dao.view("get_proposals", "{\"from_index\":0,\"limit\":10}")).result()).isEqualTo("[]");
    }

    @Test
    void init_rejects_a_bad_policy() {
        String[][] cases = {
            {"{\"council\":[],\"threshold\":1,\"voting_period_seconds\":1}", "the council must have at least one member"},
            {"{\"council\":[\"a.near\"],\"threshold\":0,\"voting_period_seconds\":1}",
                "the threshold must be between 1 and the council size, 1"},
            {"{\"council\":[\"a.near\",\"b.near\"],\"threshold\":3,\"voting_period_seconds\":1}",
                "the threshold must be between 1 and the council size, 2"},
            {"{\"council\":[\"a.near\",\"b.near\",\"a.near\"],\"threshold\":1,\"voting_period_seconds\":1}",
                "a.near is in the council twice"},
            {"{\"council\":[\"a.near\"],\"threshold\":1,\"voting_period_seconds\":0}", "the voting period must be positive"},
            {"{\"council\":[\"A!\"],\"threshold\":1,\"voting_period_seconds\":1}", "Failed to deserialize input from JSON."},
            {"{\"council\":[\"a.near\"],\"threshold\":1}", "Failed to deserialize input from JSON."},
        };
        for (String[] c : cases) {
            JvmContract<Dao> fresh = JvmContract.of(Dao.class);
            CallOutcome out = fresh.init("create", c[0]);
            assertThat(out.panic()).as(c[0]).isEqualTo(c[1]);
            assertThat(out.storage()).isEmpty();
        }
    }

    @Test
    void init_runs_once() {
        assertThat(dao.init("create", "{\"council\":[\"x.near\"],\"threshold\":1,\"voting_period_seconds\":1}").panic())
                .isEqualTo("The contract has already been initialized");
    }

    @Test
    void a_member_adds_a_transfer_proposal_and_an_event_says_so() {
        dao.chain().blockTimestamp(T0 + 5);
        CallOutcome out = ok(as("bob.near", "add_transfer_proposal",
                "{\"description\":\"pay dave\",\"receiver_id\":\"dave.near\",\"amount\":\"1000\"}"));
        assertThat(out.result()).isEqualTo("0");
        assertThat(out.logs()).containsExactly(
                event("proposal_added", "{\"id\":0,\"proposer\":\"bob.near\",\"kind\":\"TRANSFER\"}"));
        assertThat(ok(dao.view("get_proposal", "{\"id\":0}")).result()).isEqualTo("{\"id\":0,\"proposer\":\"bob.near\","
                + "\"description\":\"pay dave\",\"kind\":\"TRANSFER\",\"receiver_id\":\"dave.near\",\"amount\":\"1000\","
                + "\"submitted_at\":" + (T0 + 5) + ",\"status\":\"IN_PROGRESS\",\"approvals\":0,\"rejections\":0}");
        assertThat(out.promises()).isEmpty();
    }

    @Test
    void a_poll_moves_nothing_and_ids_count_up() {
        assertThat(transfer("alice.near", "dave.near", "5")).isEqualTo(0);
        CallOutcome out = ok(as("carol.near", "add_poll_proposal", "{\"description\":\"lunch on friday?\"}"));
        assertThat(out.result()).isEqualTo("1");
        assertThat(out.logs()).containsExactly(
                event("proposal_added", "{\"id\":1,\"proposer\":\"carol.near\",\"kind\":\"POLL\"}"));
        assertThat(ok(dao.view("get_proposal", "{\"id\":1}")).result())
                .contains("\"kind\":\"POLL\",\"receiver_id\":\"dao.near\",\"amount\":\"0\"");
        assertThat(ok(dao.view("number_of_proposals", "{}")).result()).isEqualTo("2");
    }

    @Test
    void non_members_cannot_add_vote_or_execute() {
        long id = transfer("alice.near", "dave.near", "5");
        assertThat(as("eve.near", "add_poll_proposal", "{\"description\":\"x\"}").panic())
                .isEqualTo("only council members can add proposals; eve.near is not one");
        assertThat(as("eve.near", "add_transfer_proposal",
                "{\"description\":\"x\",\"receiver_id\":\"eve.near\",\"amount\":\"1\"}").panic())
                .isEqualTo("only council members can add proposals; eve.near is not one");
        assertThat(vote("eve.near", id, "APPROVE").panic()).isEqualTo("only council members can vote; eve.near is not one");
        assertThat(as("eve.near", "execute", "{\"id\":0}").panic())
                .isEqualTo("only council members can execute proposals; eve.near is not one");
        assertThat(ok(dao.view("get_votes", "{\"id\":0}")).result()).isEqualTo("[]");
    }

    @Test
    void bad_proposals_are_refused() {
        assertThat(as("alice.near", "add_poll_proposal", "{\"description\":\"\"}").panic())
                .isEqualTo("the description must not be empty");
        assertThat(as("alice.near", "add_transfer_proposal",
                "{\"description\":\"free\",\"receiver_id\":\"dave.near\",\"amount\":\"0\"}").panic())
                .isEqualTo("a transfer proposal must move a positive amount");
        assertThat(as("alice.near", "add_transfer_proposal",
                "{\"description\":\"x\",\"receiver_id\":\"dave.near\",\"amount\":\"-1\"}").panic())
                .isEqualTo("Failed to deserialize input from JSON.");
        assertThat(ok(dao.view("number_of_proposals", "{}")).result()).isEqualTo("0");
    }

    @Test
    void a_proposal_passes_when_approvals_reach_the_threshold() {
        long id = transfer("alice.near", "dave.near", "1000");
        CallOutcome first = ok(vote("alice.near", id, "APPROVE"));
        assertThat(first.result()).isEqualTo("\"IN_PROGRESS\"");
        assertThat(first.logs()).containsExactly(event("proposal_voted",
                "{\"id\":0,\"voter\":\"alice.near\",\"vote\":\"APPROVE\",\"status\":\"IN_PROGRESS\"}"));
        CallOutcome second = ok(vote("carol.near", id, "APPROVE"));
        assertThat(second.result()).isEqualTo("\"APPROVED\"");
        assertThat(second.logs()).containsExactly(event("proposal_voted",
                "{\"id\":0,\"voter\":\"carol.near\",\"vote\":\"APPROVE\",\"status\":\"APPROVED\"}"));
        assertThat(ok(dao.view("get_proposal", "{\"id\":0}")).result())
                .endsWith("\"status\":\"APPROVED\",\"approvals\":2,\"rejections\":0}");
        assertThat(ok(dao.view("get_votes", "{\"id\":0}")).result()).isEqualTo(
                "[{\"member\":\"alice.near\",\"vote\":\"APPROVE\"},{\"member\":\"carol.near\",\"vote\":\"APPROVE\"}]");
    }

    @Test
    void a_proposal_fails_when_the_threshold_can_no_longer_be_reached() {
        long id = poll("alice.near", "move the office?");
        assertThat(ok(vote("bob.near", id, "REJECT")).result()).isEqualTo("\"IN_PROGRESS\"");
        assertThat(ok(vote("alice.near", id, "APPROVE")).result()).isEqualTo("\"IN_PROGRESS\"");
        CallOutcome out = ok(vote("carol.near", id, "REJECT"));
        assertThat(out.result()).isEqualTo("\"REJECTED\"");
        assertThat(out.logs()).containsExactly(event("proposal_voted",
                "{\"id\":0,\"voter\":\"carol.near\",\"vote\":\"REJECT\",\"status\":\"REJECTED\"}"));
        assertThat(ok(dao.view("get_votes", "{\"id\":0}")).result()).isEqualTo(
                "[{\"member\":\"alice.near\",\"vote\":\"APPROVE\"},{\"member\":\"bob.near\",\"vote\":\"REJECT\"},"
                        + "{\"member\":\"carol.near\",\"vote\":\"REJECT\"}]");
    }

    @Test
    void a_member_votes_once_and_nobody_votes_on_a_closed_proposal() {
        long id = transfer("alice.near", "dave.near", "1000");
        ok(vote("alice.near", id, "APPROVE"));
        CallOutcome twice = vote("alice.near", id, "REJECT");
        assertThat(twice.panic()).isEqualTo("alice.near has already voted on proposal 0");
        assertThat(twice.logs()).isEmpty();
        ok(vote("bob.near", id, "APPROVE"));
        assertThat(vote("carol.near", id, "REJECT").panic()).isEqualTo("proposal 0 is not open for votes: it is APPROVED");
        assertThat(ok(dao.view("get_proposal", "{\"id\":0}")).result()).endsWith("\"approvals\":2,\"rejections\":0}");
        assertThat(vote("carol.near", 7, "REJECT").panic()).isEqualTo("no proposal 7");
        assertThat(vote("carol.near", -1, "REJECT").panic()).isEqualTo("no proposal -1");
        assertThat(vote("carol.near", id, "MAYBE").panic()).isEqualTo("Failed to deserialize input from JSON.");
    }

    @Test
    void a_proposal_expires_at_the_end_of_its_voting_period() {
        long id = transfer("alice.near", "dave.near", "1000");
        ok(vote("alice.near", id, "APPROVE"));
        dao.chain().blockTimestamp(T0 + 3600 * SECOND - 1);
        assertThat(status(id)).isEqualTo("IN_PROGRESS");
        dao.chain().blockTimestamp(T0 + 3600 * SECOND);
        assertThat(status(id)).isEqualTo("EXPIRED");
        assertThat(vote("bob.near", id, "APPROVE").panic()).isEqualTo("proposal 0 is not open for votes: it is EXPIRED");
        assertThat(as("bob.near", "execute", "{\"id\":0}").panic()).isEqualTo("proposal 0 is not approved: it is EXPIRED");
        // A proposal added now has a fresh period.
        long later = poll("bob.near", "again?");
        assertThat(status(later)).isEqualTo("IN_PROGRESS");
    }

    @Test
    void an_approved_proposal_stays_approved_after_the_period() {
        long id = transfer("alice.near", "dave.near", "1000");
        ok(vote("alice.near", id, "APPROVE"));
        ok(vote("bob.near", id, "APPROVE"));
        dao.chain().blockTimestamp(T0 + 10_000 * SECOND);
        assertThat(status(id)).isEqualTo("APPROVED");
        assertThat(ok(as("carol.near", "execute", "{\"id\":0}")).promises()).hasSize(1);
    }

    @Test
    void execute_transfers_an_approved_transfer_once() {
        long id = transfer("alice.near", "dave.near", "1000000000000000000000000");
        assertThat(as("alice.near", "execute", "{\"id\":0}").panic())
                .isEqualTo("proposal 0 is not approved: it is IN_PROGRESS");
        ok(vote("alice.near", id, "APPROVE"));
        ok(vote("bob.near", id, "APPROVE"));
        CallOutcome out = ok(as("carol.near", "execute", "{\"id\":0}"));
        assertThat(out.result()).isNull();
        assertThat(out.promises()).containsExactly(new PromiseRecord(0, "dave.near", List.of(),
                List.of("Transfer(1000000000000000000000000)")));
        assertThat(out.logs()).containsExactly(event("proposal_executed",
                "{\"id\":0,\"receiver_id\":\"dave.near\",\"amount\":\"1000000000000000000000000\"}"));
        assertThat(status(id)).isEqualTo("EXECUTED");
        CallOutcome again = as("alice.near", "execute", "{\"id\":0}");
        assertThat(again.panic()).isEqualTo("proposal 0 is not approved: it is EXECUTED");
        assertThat(again.promises()).isEmpty();
        assertThat(vote("carol.near", id, "APPROVE").panic()).isEqualTo("proposal 0 is not open for votes: it is EXECUTED");
    }

    @Test
    void execute_needs_the_money_and_can_be_retried_once_the_dao_has_it() {
        long id = transfer("alice.near", "dave.near", "5000");
        ok(vote("alice.near", id, "APPROVE"));
        ok(vote("bob.near", id, "APPROVE"));
        dao.chain().accountBalance(U128.of(4999));
        CallOutcome poor = as("carol.near", "execute", "{\"id\":0}");
        assertThat(poor.panic()).isEqualTo("the DAO holds 4999 yoctoNEAR, less than the 5000 proposal 0 transfers");
        assertThat(poor.promises()).isEmpty();
        assertThat(poor.logs()).isEmpty();
        assertThat(status(id)).isEqualTo("APPROVED");
        dao.chain().accountBalance(U128.of(5000));
        assertThat(ok(as("carol.near", "execute", "{\"id\":0}")).promises()).containsExactly(
                new PromiseRecord(0, "dave.near", List.of(), List.of("Transfer(5000)")));
        assertThat(status(id)).isEqualTo("EXECUTED");
    }

    @Test
    void rejected_proposals_and_polls_do_not_execute() {
        long rejected = transfer("alice.near", "dave.near", "10");
        ok(vote("alice.near", rejected, "REJECT"));
        ok(vote("bob.near", rejected, "REJECT"));
        assertThat(as("alice.near", "execute", "{\"id\":0}").panic()).isEqualTo("proposal 0 is not approved: it is REJECTED");
        long passedPoll = poll("bob.near", "yes?");
        ok(vote("alice.near", passedPoll, "APPROVE"));
        ok(vote("carol.near", passedPoll, "APPROVE"));
        CallOutcome out = as("alice.near", "execute", "{\"id\":1}");
        assertThat(out.panic()).isEqualTo("proposal 1 is a poll: there is nothing to execute");
        assertThat(out.promises()).isEmpty();
        assertThat(status(passedPoll)).isEqualTo("APPROVED");
        assertThat(as("alice.near", "execute", "{\"id\":2}").panic()).isEqualTo("no proposal 2");
    }

    @Test
    void execute_refuses_a_deposit_and_views_cannot_vote() {
        long id = poll("alice.near", "x");
        dao.chain().caller("bob.near").attachedDeposit(U128.ONE);
        assertThat(dao.call("vote", "{\"id\":0,\"vote\":\"APPROVE\"}").panic()).isEqualTo("Method vote doesn't accept deposit");
        dao.chain().attachedDeposit(U128.ZERO);
        assertThat(dao.view("vote", "{\"id\":" + id + ",\"vote\":\"APPROVE\"}").panic())
                .isEqualTo("predecessor_account_id is not allowed in view calls");
        assertThat(ok(dao.view("get_votes", "{\"id\":0}")).result()).isEqualTo("[]");
    }

    @Test
    void get_proposals_pages_and_caps_the_page() {
        for (int i = 0; i < 60; i++) {
            poll("alice.near", "poll " + i);
        }
        String page = ok(dao.view("get_proposals", "{\"from_index\":58,\"limit\":10}")).result();
        assertThat(page).startsWith("[{\"id\":58,").contains("\"description\":\"poll 59\"").doesNotContain("\"id\":57");
        assertThat(page.split("\"proposer\"")).hasSize(3);
        String capped = ok(dao.view("get_proposals", "{\"from_index\":0,\"limit\":1000}")).result();
        assertThat(capped.split("\"proposer\"")).hasSize(51);
        assertThat(ok(dao.view("get_proposals", "{\"from_index\":60,\"limit\":5}")).result()).isEqualTo("[]");
        assertThat(ok(dao.view("get_proposals", "{\"from_index\":1,\"limit\":0}")).result()).isEqualTo("[]");
        assertThat(dao.view("get_proposals", "{\"from_index\":-1,\"limit\":5}").panic())
                .isEqualTo("from_index and limit must not be negative");
        assertThat(dao.view("get_proposals", "{\"from_index\":0,\"limit\":-5}").panic())
                .isEqualTo("from_index and limit must not be negative");
        assertThat(dao.view("get_votes", "{\"id\":60}").panic()).isEqualTo("no proposal 60");
    }
}
