import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.sdk.testing.CallOutcome;
import dev.aidev.sdk.testing.JvmContract;
import dev.aidev.sdk.testing.PromiseRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random sequences of adds, votes, clock moves and executions against a small model of the
 * DAO's rules: every call must succeed or panic as the model says, and the views must agree with
 * the model after each step.
 */
class DaoRandomTest {
    static final long T0 = 1_700_000_000_000_000_000L;
    static final long SECOND = 1_000_000_000L;

    /** The model of one proposal. */
    static final class P {
        final boolean transfer;
        final long submittedAt;
        final Map<String, String> votes = new HashMap<>();
        long approvals;
        long rejections;
        String stored = "IN_PROGRESS";

        P(boolean transfer, long submittedAt) {
            this.transfer = transfer;
            this.submittedAt = submittedAt;
        }
    }

    private final Map<String, Integer> seen = new HashMap<>();

    private void saw(String what) {
        seen.merge(what, 1, Integer::sum);
    }

    @Test
    void random_sequences_follow_the_rules() {
        for (long seed = 1; seed <= 25; seed++) {
            run(new Random(seed));
        }
        // The sequences reach every rule.
        assertThat(seen).containsKeys("executed", "approved", "rejected", "expired", "double vote", "poll execute",
                "not member", "no proposal");
    }

    private void run(Random random) {
        int n = 1 + random.nextInt(5);
        int threshold = 1 + random.nextInt(n);
        long period = 1 + random.nextInt(100);
        List<String> council = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            council.add("m" + i + ".near");
        }
        List<String> everyone = new ArrayList<>(council);
        everyone.add("eve.near");

        JvmContract<Dao> dao = JvmContract.of(Dao.class);
        long now = T0;
        dao.chain().currentAccountId("dao.near").caller(council.get(0)).blockTimestamp(now);
        StringBuilder members = new StringBuilder();
        for (String m : council) {
            members.append(members.length() == 0 ? "" : ",").append('"').append(m).append('"');
        }
        String policy = "{\"council\":[" + members + "],\"threshold\":" + threshold + ",\"voting_period_seconds\":" + period + "}";
        assertThat(dao.init("create", policy).panic()).isNull();
        assertThat(dao.view("get_policy", "{}").result()).isEqualTo(policy);

        List<P> model = new ArrayList<>();
        for (int step = 0; step < 120; step++) {
            String who = everyone.get(random.nextInt(everyone.size()));
            boolean member = council.contains(who);
            dao.chain().caller(who);
            int op = random.nextInt(10);
            String context = "seed step " + step + " op " + op + " by " + who + " " + policy;
            if (op < 2) {
                boolean transfer = random.nextBoolean();
                CallOutcome out = transfer
                        ? dao.call("add_transfer_proposal", "{\"description\":\"d" + step
                                + "\",\"receiver_id\":\"r.near\",\"amount\":\"" + (1 + random.nextInt(1000)) + "\"}")
                        : dao.call("add_poll_proposal", "{\"description\":\"d" + step + "\"}");
                if (member) {
                    assertThat(out.panic()).as(context).isNull();
                    assertThat(out.result()).as(context).isEqualTo("" + model.size());
                    model.add(new P(transfer, now));
                } else {
                    assertThat(out.panic()).as(context).isEqualTo("only council members can add proposals; eve.near is not one");
                }
            } else if (op < 7) {
                int id = model.isEmpty() ? 0 : random.nextInt(model.size() + 1);
                String vote = random.nextInt(3) == 0 ? "REJECT" : "APPROVE";
                CallOutcome out = dao.call("vote", "{\"id\":" + id + ",\"vote\":\"" + vote + "\"}");
                String expected;
                if (!member) {
                    expected = "only council members can vote; eve.near is not one";
                    saw("not member");
                } else if (id >= model.size()) {
                    expected = "no proposal " + id;
                    saw("no proposal");
                } else if (!status(model.get(id), now, period).equals("IN_PROGRESS")) {
                    saw(status(model.get(id), now, period).toLowerCase());
                    expected = "proposal " + id + " is not open for votes: it is " + status(model.get(id), now, period);
                } else if (model.get(id).votes.containsKey(who)) {
                    expected = who + " has already voted on proposal " + id;
                    saw("double vote");
                } else {
                    expected = null;
                    P p = model.get(id);
                    p.votes.put(who, vote);
                    if (vote.equals("APPROVE")) {
                        p.approvals++;
                        if (p.approvals >= threshold) {
                            p.stored = "APPROVED";
                        }
                    } else {
                        p.rejections++;
                        if (n - p.rejections < threshold) {
                            p.stored = "REJECTED";
                        }
                    }
                    assertThat(out.result()).as(context).isEqualTo("\"" + p.stored + "\"");
                }
                assertThat(out.panic()).as(context).isEqualTo(expected);
            } else if (op < 9) {
                int id = model.isEmpty() ? 0 : random.nextInt(model.size() + 1);
                CallOutcome out = dao.call("execute", "{\"id\":" + id + "}");
                String expected;
                if (!member) {
                    expected = "only council members can execute proposals; eve.near is not one";
                } else if (id >= model.size()) {
                    expected = "no proposal " + id;
                } else if (!status(model.get(id), now, period).equals("APPROVED")) {
                    expected = "proposal " + id + " is not approved: it is " + status(model.get(id), now, period);
                } else if (!model.get(id).transfer) {
                    expected = "proposal " + id + " is a poll: there is nothing to execute";
                    saw("poll execute");
                } else {
                    expected = null;
                    model.get(id).stored = "EXECUTED";
                    saw("executed");
                    assertThat(out.promises()).as(context).hasSize(1);
                    PromiseRecord p = out.promises().get(0);
                    assertThat(p.receiverId()).isEqualTo("r.near");
                    assertThat(p.actions().get(0)).startsWith("Transfer(");
                }
                assertThat(out.panic()).as(context).isEqualTo(expected);
                if (expected != null) {
                    assertThat(out.promises()).as(context).isEmpty();
                }
            } else {
                now += random.nextInt((int) period + 10) * SECOND;
                dao.chain().blockTimestamp(now);
            }
            for (int id = 0; id < model.size(); id++) {
                P p = model.get(id);
                String view = dao.view("get_proposal", "{\"id\":" + id + "}").result();
                assertThat(view).as(context).endsWith("\"submitted_at\":" + p.submittedAt + ",\"status\":\""
                        + status(p, now, period) + "\",\"approvals\":" + p.approvals + ",\"rejections\":" + p.rejections + "}");
            }
        }
    }

    private static String status(P p, long now, long periodSeconds) {
        if (p.stored.equals("IN_PROGRESS") && now >= p.submittedAt + periodSeconds * SECOND) {
            return "EXPIRED";
        }
        return p.stored;
    }
}
