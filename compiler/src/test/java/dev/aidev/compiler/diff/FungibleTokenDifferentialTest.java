package dev.aidev.compiler.diff;

import static dev.aidev.compiler.diff.RandomCalls.json;
import static dev.aidev.compiler.diff.RandomCalls.pick;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * examples/fungible-token (NEP-141/145/148 on the SDK's FungibleToken): random sequences of init,
 * storage management, transfers, transfer calls (their receipts compared), the private
 * ft_resolve_transfer callback fed assorted promise results, and the views.
 */
class FungibleTokenDifferentialTest {
    private static final Differential FT = Differential.example("fungible-token", "FtContract");

    static final List<String> ACCOUNTS = List.of(Step.ALICE, "bob.test.near", "carol.test.near", Step.CONTRACT,
            "unknown.near", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    static final String U128_MAX = "340282366920938463463374607431768211455";

    static final BigInteger ONE = BigInteger.ONE;

    static String account(Random r) {
        return pick(r, ACCOUNTS);
    }

    static String amount(Random r) {
        switch (r.nextInt(12)) {
            case 0:
                return json("0");
            case 1:
                return json(U128_MAX);
            case 2:
                return pick(r, List.of("\"340282366920938463463374607431768211456\"", "\"-1\"", "\"1.5\"", "\"\"", "\" 1\"",
                        "\"01\"", "1", "null", "\"abc\"", "\"1e3\""));
            case 3:
                return json(String.valueOf(r.nextInt(1_000_000)));
            default:
                return json(String.valueOf(r.nextInt(200)));
        }
    }

    static BigInteger yocto(Random r) {
        return pick(r, List.of(ONE, ONE, ONE, ONE, BigInteger.ZERO, BigInteger.TWO));
    }

    static BigInteger storageDeposit(Random r) {
        if (r.nextBoolean()) {
            return new BigInteger("10000000000000000000000");
        }
        return pick(r, List.of(BigInteger.ZERO, ONE, new BigInteger("1250000000000000000000"),
                new BigInteger("1249999999999999999999"), new BigInteger("1250000000000000000001"),
                new BigInteger("10000000000000000000000"), new BigInteger("100000000000000000000000000")));
    }

    static String memo(Random r) {
        switch (r.nextInt(4)) {
            case 0:
                return "";
            case 1:
                return ",\"memo\":null";
            default:
                return ",\"memo\":" + json(RandomCalls.text(r, 10));
        }
    }

    static Step init(Random r) {
        String owner = json(pick(r, List.of(Step.ALICE, Step.ALICE, Step.ALICE, "bob.test.near", Step.CONTRACT)));
        String supply = r.nextInt(5) == 0 ? json(U128_MAX) : json(String.valueOf(1000 + r.nextInt(10_000)));
        switch (r.nextInt(5)) {
            case 0:
                return Step.call("new", "{\"owner_id\":" + owner + ",\"total_supply\":" + supply + ",\"metadata\":{"
                        + "\"spec\":\"ft-1.0.0\",\"name\":" + json(RandomCalls.text(r, 8)) + ",\"symbol\":\"T\",\"icon\":null,"
                        + "\"reference\":null,\"reference_hash\":null,\"decimals\":" + pick(r, List.of(0, 18, 24, 255, 256, -1)) + "}}");
            case 1:
                return Step.call("new", pick(r, List.of("{}", "{\"owner_id\":" + owner + ",\"total_supply\":" + supply + "}",
                        "{\"owner_id\":" + owner + ",\"total_supply\":" + supply + ",\"metadata\":{\"spec\":\"ft-1.0.0\","
                                + "\"name\":\"N\",\"symbol\":\"S\",\"decimals\":6,\"reference\":\"r\","
                                + "\"reference_hash\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"}}",
                        "{\"owner_id\":" + owner + ",\"total_supply\":" + supply + ",\"metadata\":{\"spec\":\"ft-1.0.0\","
                                + "\"name\":\"N\",\"symbol\":\"S\",\"decimals\":6,\"reference_hash\":\"AAAA\"}}")));
            default:
                return Step.call("new_default_meta", "{\"owner_id\":" + owner + ",\"total_supply\":" + supply + "}");
        }
    }

    /** Mostly accounts that hold or may hold tokens. */
    static String receiver(Random r) {
        return r.nextInt(3) == 0 ? account(r) : pick(r, List.of("bob.test.near", "carol.test.near"));
    }

    static Step randomStep(Random r) {
        String who = r.nextBoolean() ? Step.ALICE : account(r);
        switch (r.nextInt(20)) {
            case 0:
                return init(r);
            case 1:
            case 2:
            case 3: {
                String args = switch (r.nextInt(4)) {
                    case 0 -> "{}";
                    case 1 -> "{\"account_id\":" + json(receiver(r)) + ",\"registration_only\":" + r.nextBoolean() + "}";
                    case 2 -> "{\"registration_only\":true}";
                    default -> "{\"account_id\":" + json(receiver(r)) + "}";
                };
                return Step.call("storage_deposit", args).from(who).deposit(storageDeposit(r));
            }
            case 4:
            case 5:
            case 6:
            case 7:
                return Step.call("ft_transfer", "{\"receiver_id\":" + json(receiver(r)) + ",\"amount\":" + amount(r) + memo(r) + "}")
                        .from(who).deposit(yocto(r));
            case 8:
            case 9:
                return Step.call("ft_transfer_call", "{\"receiver_id\":" + json(receiver(r)) + ",\"amount\":" + amount(r) + memo(r)
                        + ",\"msg\":" + json(RandomCalls.text(r, 6)) + "}").from(who).deposit(yocto(r));
            case 10:
            case 11: {
                Step s = Step.call("ft_resolve_transfer", "{\"sender_id\":" + json(account(r)) + ",\"receiver_id\":"
                        + json(account(r)) + ",\"amount\":" + amount(r) + "}").from(r.nextInt(5) == 0 ? who : Step.CONTRACT);
                String result = pick(r, List.of(Step.FAILED, "\"0\"", "\"" + r.nextInt(300) + "\"", "\"" + U128_MAX + "\"",
                        " \"7\" ", "\"\\u0031\\u0032\"", "7", "\"-1\"", "\"" + U128_MAX + "0\"", "\"12345678901234567890123456789012345678901\"",
                        "\"1", "0xff", "", "\"5\"x"));
                return s.results(result);
            }
            case 12:
                return Step.call("storage_withdraw", pick(r, List.of("{}", "{\"amount\":\"0\"}", "{\"amount\":\"1\"}",
                        "{\"amount\":null}"))).from(who).deposit(yocto(r));
            case 13:
                return Step.call("storage_unregister", pick(r, List.of("{}", "{\"force\":true}", "{\"force\":false}",
                        "{\"force\":null}"))).from(who).deposit(yocto(r));
            case 14:
            case 15:
                return Step.view("ft_balance_of", "{\"account_id\":" + json(account(r)) + "}");
            case 16:
                return Step.view("ft_total_supply", "");
            case 17:
                return Step.view("ft_metadata", "");
            case 18:
                return Step.view("storage_balance_of", "{\"account_id\":" + json(account(r)) + "}");
            default:
                return r.nextBoolean() ? Step.view("storage_balance_bounds", "")
                        : Step.view("ft_balance_of", pick(r, List.of("{}", "{\"account_id\":\"\"}", "{\"account_id\":\"A.near\"}",
                                "{\"account_id\":5}", "")));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void randomCallSequencesAgreeOnTheJvmAndTheVm(long seed) {
        Random r = new Random(seed);
        List<Step> steps = new ArrayList<>();
        int inits = r.nextInt(6) == 0 ? 0 : r.nextInt(6) == 0 ? 2 : 1;
        for (int i = 0; i < inits; i++) {
            steps.add(init(r));
        }
        for (int i = 0; i < 40; i++) {
            steps.add(randomStep(r));
        }
        List<Outcome> out = FT.run(steps);
        for (int i = 0; i < steps.size(); i++) {
            if (out.get(i).panic() == null) {
                SUCCEEDED.merge(steps.get(i).method(), 1, Integer::sum);
            }
        }
    }

    private static final java.util.Map<String, Integer> SUCCEEDED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The sequences reach past the argument checks: every kind of call succeeds somewhere. */
    @org.junit.jupiter.api.AfterAll
    static void everyMethodSucceededSomewhere() {
        org.assertj.core.api.Assertions.assertThat(SUCCEEDED.keySet()).contains("new", "new_default_meta", "storage_deposit",
                "ft_transfer", "ft_transfer_call", "ft_resolve_transfer", "storage_withdraw", "storage_unregister");
        System.out.println("FungibleTokenDifferentialTest successes: " + new java.util.TreeMap<>(SUCCEEDED));
    }
}
