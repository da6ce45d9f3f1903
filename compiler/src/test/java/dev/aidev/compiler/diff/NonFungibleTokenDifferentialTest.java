package dev.aidev.compiler.diff;

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
 * examples/non-fungible-token (NEP-171/177/178/181/199, several source files): random sequences of
 * init, minting, transfers, transfer calls (receipts compared), the private nft_resolve_transfer
 * callback fed assorted results, approvals, royalties, payouts and the enumeration views.
 */
class NonFungibleTokenDifferentialTest {
    private static final Differential NFT = Differential.example("non-fungible-token", "NftContract");

    static final List<String> PEOPLE = List.of(Step.ALICE, "bob.test.near", "carol.test.near", Step.CONTRACT, "eve.near");
    static final BigInteger ONE = BigInteger.ONE;

    static String who(Random r) {
        return r.nextInt(3) == 0 ? pick(r, PEOPLE) : pick(r, List.of(Step.ALICE, "bob.test.near"));
    }

    static String tokenId(Random r) {
        return r.nextInt(10) == 0 ? json(RandomCalls.text(r, 6)) : json("t" + r.nextInt(4));
    }

    static String approvalId(Random r) {
        switch (r.nextInt(5)) {
            case 0:
                return ",\"approval_id\":" + r.nextInt(4);
            case 1:
                return ",\"approval_id\":null";
            case 2:
                return r.nextBoolean() ? ",\"approval_id\":" + interestingLong(r) : ",\"approval_id\":\"1\"";
            default:
                return "";
        }
    }

    static String memo(Random r) {
        return r.nextBoolean() ? "" : ",\"memo\":" + json(RandomCalls.text(r, 6));
    }

    static BigInteger yocto(Random r) {
        return pick(r, List.of(ONE, ONE, ONE, ONE, BigInteger.ZERO, BigInteger.TWO));
    }

    static BigInteger storage(Random r) {
        return pick(r, List.of(new BigInteger("100000000000000000000000"), new BigInteger("100000000000000000000000"),
                new BigInteger("10000000000000000000000"), BigInteger.ZERO, ONE, new BigInteger("1000000000000000000000")));
    }

    static Step init(Random r) {
        String owner = json(r.nextInt(6) == 0 ? "bob.test.near" : Step.ALICE);
        switch (r.nextInt(6)) {
            case 0:
                return Step.call("new", "{\"owner_id\":" + owner + ",\"metadata\":{\"spec\":"
                        + pick(r, List.of("\"nft-1.0.0\"", "\"nft-1.0.0\"", "\"nft-2.0.0\"", "\"\"")) + ",\"name\":" + json(RandomCalls.text(r, 6))
                        + ",\"symbol\":\"S\",\"icon\":null,\"base_uri\":" + pick(r, List.of("null", "\"https://x\""))
                        + ",\"reference\":null,\"reference_hash\":"
                        + (r.nextBoolean() ? "null" : pick(r, List.of("\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"", "\"AAAA\"", "\"!!\""))) + "}}");
            case 1:
                return Step.call("new", pick(r, List.of("{}", "{\"owner_id\":" + owner + "}", "{\"owner_id\":\"Bad\",\"metadata\":{}}")));
            default:
                return Step.call("new_default_meta", "{\"owner_id\":" + owner + "}");
        }
    }

    static String tokenMetadata(Random r) {
        if (r.nextInt(6) == 0) {
            return pick(r, List.of("{}", "null", "{\"title\":5}", "{\"copies\":-1,\"media_hash\":\"AAAA\"}",
                    "{\"media_hash\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"}", "{\"copies\":9223372036854775807}"));
        }
        return "{\"title\":" + json(RandomCalls.text(r, 8)) + ",\"description\":null,\"copies\":" + r.nextInt(3) + "}";
    }

    static Step resolve(Random r, String who) {
        String approvals = switch (r.nextInt(4)) {
            case 0 -> "";
            case 1 -> ",\"approved_account_ids\":null";
            case 2 -> ",\"approved_account_ids\":[]";
            default -> ",\"approved_account_ids\":[{\"account_id\":" + json(pick(r, PEOPLE)) + ",\"approval_id\":" + r.nextInt(3) + "}]";
        };
        Step s = Step.call("nft_resolve_transfer", "{\"previous_owner_id\":" + json(pick(r, PEOPLE)) + ",\"receiver_id\":"
                + json(pick(r, PEOPLE)) + ",\"token_id\":" + tokenId(r) + approvals + "}").from(r.nextInt(5) == 0 ? who : Step.CONTRACT);
        return s.results(pick(r, List.of(Step.FAILED, "true", "false", " false ", "\"false\"", "", "0x00", "fals", "false\n")));
    }

    static Step randomStep(Random r) {
        String who = who(r);
        String receiver = json(who(r));
        switch (r.nextInt(24)) {
            case 0:
                return init(r);
            case 1:
            case 2:
            case 3:
            case 4:
                return Step.call("nft_mint", "{\"token_id\":" + tokenId(r) + ",\"token_owner_id\":" + json(who(r))
                        + ",\"token_metadata\":" + tokenMetadata(r) + "}").from(r.nextInt(8) == 0 ? who : Step.ALICE).deposit(storage(r));
            case 5:
            case 6:
            case 7:
                return Step.call("nft_transfer", "{\"receiver_id\":" + receiver + ",\"token_id\":" + tokenId(r) + approvalId(r)
                        + memo(r) + "}").from(who).deposit(yocto(r));
            case 8:
            case 9:
                return Step.call("nft_transfer_call", "{\"receiver_id\":" + receiver + ",\"token_id\":" + tokenId(r) + approvalId(r)
                        + memo(r) + ",\"msg\":" + json(RandomCalls.text(r, 5)) + "}").from(who).deposit(yocto(r));
            case 10:
                return resolve(r, who);
            case 11:
            case 12:
                return Step.call("nft_approve", "{\"token_id\":" + tokenId(r) + ",\"account_id\":" + json(pick(r, PEOPLE))
                        + (r.nextBoolean() ? "" : ",\"msg\":" + json(RandomCalls.text(r, 4))) + "}").from(who)
                        .deposit(r.nextBoolean() ? new BigInteger("10000000000000000000000") : yocto(r));
            case 13:
                return Step.call("nft_revoke", "{\"token_id\":" + tokenId(r) + ",\"account_id\":" + json(pick(r, PEOPLE)) + "}")
                        .from(who).deposit(yocto(r));
            case 14:
                return Step.call("nft_revoke_all", "{\"token_id\":" + tokenId(r) + "}").from(who).deposit(yocto(r));
            case 15:
                return Step.view("nft_is_approved", "{\"token_id\":" + tokenId(r) + ",\"approved_account_id\":"
                        + json(pick(r, PEOPLE)) + approvalId(r) + "}");
            case 16:
                return Step.view("nft_token", "{\"token_id\":" + tokenId(r) + "}");
            case 17:
                return Step.view(pick(r, List.of("nft_total_supply", "nft_metadata", "royalties")), "");
            case 18:
                return Step.view("nft_tokens", pick(r, List.of("{}", "{\"from_index\":\"1\"}", "{\"limit\":2}",
                        "{\"from_index\":\"0\",\"limit\":0}", "{\"from_index\":\"9\"}", "{\"from_index\":\"1\",\"limit\":1}")));
            case 19:
                return r.nextBoolean() ? Step.view("nft_supply_for_owner", "{\"account_id\":" + json(pick(r, PEOPLE)) + "}")
                        : Step.view("nft_tokens_for_owner", "{\"account_id\":" + json(pick(r, PEOPLE))
                                + pick(r, List.of("", ",\"from_index\":\"1\"", ",\"limit\":1", ",\"from_index\":\"5\",\"limit\":3")) + "}");
            case 20:
                return Step.call("set_royalty", "{\"account_id\":" + json(pick(r, PEOPLE)) + ",\"percent\":"
                        + pick(r, List.of(0, 5, 10, 30, 50, 100, 101, -1)) + "}").from(r.nextInt(4) == 0 ? who : Step.ALICE);
            case 21:
                return Step.view("nft_payout", "{\"token_id\":" + tokenId(r) + ",\"balance\":"
                        + pick(r, List.of("\"0\"", "\"100\"", "\"1000000\"", "\"340282366920938463463374607431768211455\"", "\"x\""))
                        + pick(r, List.of("", ",\"max_len_payout\":1", ",\"max_len_payout\":10", ",\"max_len_payout\":null")) + "}");
            case 22:
                return Step.call("nft_transfer_payout", "{\"receiver_id\":" + receiver + ",\"token_id\":" + tokenId(r) + approvalId(r)
                        + ",\"balance\":" + pick(r, List.of("\"100\"", "\"7\"", "\"1000000000000000000000000\""))
                        + pick(r, List.of("", ",\"max_len_payout\":2", ",\"max_len_payout\":10")) + "}").from(who).deposit(yocto(r));
            default:
                return Step.call(pick(r, List.of("nft_transfer", "nft_mint", "nft_approve")),
                        pick(r, List.of("{}", "", "{\"token_id\":5}", "{\"token_id\":null,\"receiver_id\":\"bob.test.near\"}")))
                        .from(who).deposit(yocto(r));
        }
    }

    private static final Map<String, Integer> SUCCEEDED = new ConcurrentHashMap<>();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void randomCallSequencesAgreeOnTheJvmAndTheVm(long seed) {
        Random r = new Random(seed);
        List<Step> steps = new ArrayList<>();
        int inits = r.nextInt(8) == 0 ? 0 : r.nextInt(8) == 0 ? 2 : 1;
        for (int i = 0; i < inits; i++) {
            steps.add(init(r));
        }
        for (int i = 0; i < 40; i++) {
            steps.add(randomStep(r));
        }
        List<Outcome> out = NFT.run(steps);
        for (int i = 0; i < steps.size(); i++) {
            if (out.get(i).panic() == null) {
                SUCCEEDED.merge(steps.get(i).method(), 1, Integer::sum);
            }
        }
    }

    /** The sequences reach past the argument checks: the state-changing calls succeed somewhere. */
    @AfterAll
    static void theStateChangingCallsSucceedSomewhere() {
        System.out.println("NonFungibleTokenDifferentialTest successes: " + new TreeMap<>(SUCCEEDED));
        Assertions.assertThat(SUCCEEDED.keySet()).contains("new_default_meta", "nft_mint", "nft_transfer", "nft_resolve_transfer",
                "nft_approve", "set_royalty");
    }
}
