package dev.aidev.compiler.diff;

import static dev.aidev.compiler.diff.RandomCalls.json;
import static dev.aidev.compiler.diff.RandomCalls.pick;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A contract of our own composing the SDK's NEP-141 standard ({@code FungibleToken}, compiled from
 * the SDK's sources with the contract) with rules the standard does not have: the owner mints,
 * holders burn. The same calls agree on the JVM and the VM.
 */
class StandardsDifferentialTest {
    private static final Differential TOKEN = Differential.compile("MintableToken", Sources.read("contracts/MintableToken.java"));
    private static final BigInteger ONE_YOCTO = BigInteger.ONE;
    private static final String BOB = "bob.test.near";

    @Test
    void theOwnerMintsAndAHolderTransfersAndBurnsWithTheStandardsEvents() {
        List<Outcome> out = TOKEN.run(List.of(
                Step.call("new", "{\"owner\":\"" + Step.ALICE + "\"}"),
                Step.call("mint", "{\"account_id\":\"" + BOB + "\",\"amount\":\"500\"}"),
                Step.call("ft_transfer", "{\"receiver_id\":\"" + Step.ALICE + "\",\"amount\":\"200\"}").from(BOB).deposit(ONE_YOCTO),
                Step.call("burn", "{\"amount\":\"50\"}").from(BOB).deposit(ONE_YOCTO),
                Step.call("mint", "{\"account_id\":\"" + BOB + "\",\"amount\":\"1\"}").from(BOB),
                Step.view("ft_balance_of", "{\"account_id\":\"" + BOB + "\"}"),
                Step.view("ft_total_supply", "")));

        assertThat(out.get(1).logs()).containsExactly("EVENT_JSON:{\"standard\":\"nep141\",\"version\":\"1.0.0\",\"event\":\"ft_mint\","
                + "\"data\":[{\"owner_id\":\"" + BOB + "\",\"amount\":\"500\"}]}");
        assertThat(out.get(2).panic()).isNull();
        assertThat(out.get(3).logs()).containsExactly("EVENT_JSON:{\"standard\":\"nep141\",\"version\":\"1.0.0\",\"event\":\"ft_burn\","
                + "\"data\":[{\"owner_id\":\"" + BOB + "\",\"amount\":\"50\",\"memo\":\"burned by its holder\"}]}");
        assertThat(out.get(4).panic()).contains("only the owner mints");
        assertThat(out.get(5).result()).isEqualTo("\"250\"");
        assertThat(out.get(6).result()).isEqualTo("\"450\"");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomCallSequencesAgreeOnTheJvmAndTheVm(long seed) {
        Random r = new Random(seed);
        List<String> accounts = List.of(Step.ALICE, BOB, "carol.test.near");
        List<Step> steps = new ArrayList<>();
        steps.add(Step.call("new", "{\"owner\":\"" + Step.ALICE + "\"}"));
        for (int i = 0; i < 30; i++) {
            String from = pick(r, accounts);
            String to = json(pick(r, accounts));
            String amount = json(Integer.toString(r.nextInt(4) == 0 ? 0 : r.nextInt(400)));
            BigInteger deposit = BigInteger.valueOf(r.nextInt(3));
            Step step = switch (r.nextInt(6)) {
                case 0 -> Step.call("mint", "{\"account_id\":" + to + ",\"amount\":" + amount + "}");
                case 1 -> Step.call("burn", "{\"amount\":" + amount + "}");
                case 2 -> Step.call("ft_transfer", "{\"receiver_id\":" + to + ",\"amount\":" + amount + "}");
                case 3 -> Step.call("storage_deposit", "{\"account_id\":" + to + "}").deposit(new BigInteger("1250000000000000000000"));
                case 4 -> Step.view("ft_balance_of", "{\"account_id\":" + to + "}");
                default -> Step.view("ft_total_supply", "");
            };
            steps.add(step.view() ? step : step.from(from).deposit(step.deposit().signum() > 0 ? step.deposit() : deposit));
        }
        TOKEN.run(steps);
    }
}
