package dev.aidev.compiler.diff;

import static dev.aidev.compiler.diff.RandomCalls.interestingInt;
import static dev.aidev.compiler.diff.RandomCalls.interestingLong;
import static dev.aidev.compiler.diff.RandomCalls.json;
import static dev.aidev.compiler.diff.RandomCalls.pick;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * examples/dao: random sequences of create (valid and invalid policies, sometimes none or twice),
 * proposals, votes by members and outsiders, executions (their transfer receipts compared) and
 * the views.
 */
class DaoDifferentialTest {
    private static final Differential DAO = Differential.example("dao", "Dao");

    static final List<String> PEOPLE = List.of(Step.ALICE, "bob.test.near", "carol.test.near", Step.CONTRACT, "eve.near");

    static Step create(Random r) {
        if (r.nextInt(6) == 0) {
            return Step.call("create", pick(r, List.of("{}", "{\"council\":[],\"threshold\":1,\"voting_period_seconds\":60}",
                    "{\"council\":[\"alice.test.near\",\"alice.test.near\"],\"threshold\":1,\"voting_period_seconds\":60}",
                    "{\"council\":[\"alice.test.near\"],\"threshold\":2,\"voting_period_seconds\":60}",
                    "{\"council\":[\"alice.test.near\"],\"threshold\":0,\"voting_period_seconds\":60}",
                    "{\"council\":[\"alice.test.near\"],\"threshold\":1,\"voting_period_seconds\":0}",
                    "{\"council\":[\"alice.test.near\"],\"threshold\":1,\"voting_period_seconds\":9223372036854775807}",
                    "{\"council\":[\"Bad Account\"],\"threshold\":1,\"voting_period_seconds\":60}")));
        }
        int n = 1 + r.nextInt(3);
        List<String> council = new ArrayList<>(List.of(Step.ALICE, "bob.test.near", "carol.test.near").subList(0, n));
        StringBuilder members = new StringBuilder();
        for (String m : council) {
            members.append(members.length() == 0 ? "" : ",").append(json(m));
        }
        return Step.call("create", "{\"council\":[" + members + "],\"threshold\":" + (1 + r.nextInt(n))
                + ",\"voting_period_seconds\":" + pick(r, List.of(1, 60, 86400, 1_000_000_000)) + "}");
    }

    static String id(Random r) {
        return r.nextInt(8) == 0 ? String.valueOf(interestingLong(r)) : String.valueOf(r.nextInt(r.nextBoolean() ? 2 : 5));
    }

    /** Mostly council members (alice always is one), sometimes outsiders. */
    static String who(Random r) {
        return r.nextInt(4) == 0 ? pick(r, PEOPLE) : pick(r, List.of(Step.ALICE, Step.ALICE, "bob.test.near", "carol.test.near"));
    }

    static Step randomStep(Random r) {
        String who = who(r);
        switch (r.nextInt(16)) {
            case 0:
                return create(r);
            case 1:
            case 2:
                return Step.call("add_transfer_proposal", "{\"description\":" + json(RandomCalls.text(r, 12))
                        + ",\"receiver_id\":" + json(pick(r, PEOPLE)) + ",\"amount\":"
                        + pick(r, List.of("\"0\"", "\"1\"", "\"1000\"", "\"1000000000000000000000000\"",
                                "\"340282366920938463463374607431768211455\"", "\"-5\"", "5"))
                        + "}").from(who);
            case 3:
                return Step.call("add_poll_proposal", "{\"description\":" + json(RandomCalls.text(r, 12)) + "}").from(who);
            case 4:
            case 5:
            case 6:
            case 7:
                return Step.call("vote", "{\"id\":" + id(r) + ",\"vote\":"
                        + (r.nextInt(6) != 0 ? pick(r, List.of("\"APPROVE\"", "\"APPROVE\"", "\"REJECT\""))
                                : pick(r, List.of("\"approve\"", "\"MAYBE\"", "1", "null"))) + "}")
                        .from(who);
            case 8:
            case 9:
                return Step.call("execute", "{\"id\":" + id(r) + "}").from(who);
            case 10:
                return Step.view("get_proposals", "{\"from_index\":" + (r.nextInt(4) == 0 ? interestingInt(r) : r.nextInt(4))
                        + ",\"limit\":" + (r.nextInt(4) == 0 ? interestingInt(r) : r.nextInt(5)) + "}");
            case 11:
                return Step.view("get_proposal", "{\"id\":" + id(r) + "}");
            case 12:
                return Step.view("get_votes", "{\"id\":" + id(r) + "}");
            case 13:
                return Step.view("number_of_proposals", "");
            case 14:
                return Step.view("get_policy", "");
            default:
                return Step.call(pick(r, List.of("vote", "execute", "add_poll_proposal", "add_transfer_proposal")),
                        pick(r, List.of("{}", "", "{\"id\":\"1\"}", "{\"id\":1.5,\"vote\":\"APPROVE\"}", "{\"description\":\"\"}",
                                "{\"description\":null}", "{\"id\":9223372036854775808}")))
                        .from(who).deposit(BigInteger.valueOf(r.nextInt(2)));
        }
    }

    private static final Map<String, Integer> SUCCEEDED = new ConcurrentHashMap<>();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void randomCallSequencesAgreeOnTheJvmAndTheVm(long seed) {
        Random r = new Random(seed);
        List<Step> steps = new ArrayList<>();
        int creates = r.nextInt(8) == 0 ? 0 : r.nextInt(8) == 0 ? 2 : 1;
        for (int i = 0; i < creates; i++) {
            steps.add(create(r));
        }
        for (int i = 0; i < 40; i++) {
            steps.add(randomStep(r));
        }
        List<Outcome> out = DAO.run(steps);
        for (int i = 0; i < steps.size(); i++) {
            if (out.get(i).panic() == null) {
                SUCCEEDED.merge(steps.get(i).method() + (out.get(i).result() == null ? "" : " -> " + out.get(i).result().replaceAll("[0-9]+", "n")), 1, Integer::sum);
            }
        }
    }

    /** The sequences reach past the argument checks. */
    @AfterAll
    static void theSequencesReachEveryOutcome() {
        System.out.println("DaoDifferentialTest successes: " + new TreeMap<>(SUCCEEDED));
        Assertions.assertThat(SUCCEEDED.keySet()).contains("create", "execute", "vote -> \"APPROVED\"", "vote -> \"IN_PROGRESS\"");
    }
}
