import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.sdk.PromiseResult;
import dev.aidev.sdk.U128;
import dev.aidev.sdk.testing.CallOutcome;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Seeded random sequences of mints, transfers (by owners, approved and unapproved accounts),
 * approvals, revokes and transfer calls with random receiver outcomes, checked after every step
 * against a model of NEP-171/178/181; and random royalties checked against the payout rules.
 */
class NftRandomSequenceTest {
    private static final String[] ACCOUNTS = {"alice.near", "bob.near", "carol.near", "market.near"};

    /** The model: token → owner, token → (account → approval id), token → next approval id. */
    private final Map<String, String> owners = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> approvals = new LinkedHashMap<>();
    private final Map<String, Long> nextApprovalId = new LinkedHashMap<>();

    @Test
    void random_sequences_match_the_model() {
        for (long seed = 1; seed <= 12; seed++) {
            owners.clear();
            approvals.clear();
            nextApprovalId.clear();
            run(new Random(seed), seed);
        }
    }

    private void run(Random random, long seed) {
        NftFixture f = NftFixture.deployed();
        for (int step = 0; step < 60; step++) {
            String what = "seed " + seed + " step " + step;
            int op = owners.isEmpty() ? 0 : random.nextInt(7);
            String caller = ACCOUNTS[random.nextInt(ACCOUNTS.length)];
            String other = ACCOUNTS[random.nextInt(ACCOUNTS.length)];
            String token = owners.isEmpty() ? null : new ArrayList<>(owners.keySet()).get(random.nextInt(owners.size()));
            switch (op) {
                case 0 -> {
                    String id = "token-" + step;
                    f.mint(id, other);
                    owners.put(id, other);
                }
                case 1, 2 -> { // a transfer, by the owner or anyone
                    String sender = op == 1 ? owners.get(token) : caller;
                    Long approvalId = random.nextBoolean() ? null : (long) random.nextInt(4);
                    CallOutcome out = f.callAs(sender, U128.ONE, "nft_transfer", "{\"receiver_id\":\"" + other
                            + "\",\"token_id\":\"" + token + "\"" + (approvalId == null ? "" : ",\"approval_id\":" + approvalId) + "}");
                    assertThat(out.panic()).as(what).isEqualTo(expectedTransferPanic(sender, other, token, approvalId));
                    if (out.panic() == null) {
                        owners.put(token, other);
                        approvals.remove(token);
                    }
                }
                case 3 -> {
                    String owner = owners.get(token);
                    f.approve(owner, token, other);
                    long id = nextApprovalId.getOrDefault(token, 1L);
                    approvals.computeIfAbsent(token, t -> new LinkedHashMap<>()).put(other, id);
                    nextApprovalId.put(token, id + 1);
                }
                case 4 -> {
                    f.ok(f.callAs(owners.get(token), U128.ONE, "nft_revoke",
                            "{\"token_id\":\"" + token + "\",\"account_id\":\"" + other + "\"}"));
                    Map<String, Long> a = approvals.get(token);
                    if (a != null) {
                        a.remove(other);
                        if (a.isEmpty()) {
                            approvals.remove(token);
                        }
                    }
                }
                case 5 -> {
                    f.ok(f.callAs(owners.get(token), U128.ONE, "nft_revoke_all", "{\"token_id\":\"" + token + "\"}"));
                    approvals.remove(token);
                }
                default -> { // nft_transfer_call by the owner or anyone, then the receiver's random outcome
                    String owner = owners.get(token);
                    String sender = random.nextBoolean() ? owner : caller;
                    String expectedPanic = expectedTransferPanic(sender, other, token, null);
                    CallOutcome call = f.callAs(sender, U128.ONE, "nft_transfer_call",
                            "{\"receiver_id\":\"" + other + "\",\"token_id\":\"" + token + "\",\"msg\":\"\"}");
                    assertThat(call.panic()).as(what).isEqualTo(expectedPanic);
                    if (expectedPanic != null) {
                        assertThat(call.promises()).as(what).isEmpty();
                        break;
                    }
                    Map<String, Long> before = approvals.remove(token);
                    int outcome = random.nextInt(3);
                    PromiseResult result = outcome == 0 ? PromiseResult.successfulJson("false")
                            : outcome == 1 ? PromiseResult.successfulJson("true") : PromiseResult.failed();
                    CallOutcome resolved = f.ok(f.resolve(call, result));
                    assertThat(resolved.result()).as(what).isEqualTo(outcome == 0 ? "true" : "false");
                    if (outcome == 0) {
                        owners.put(token, other);
                    } else if (before != null) {
                        approvals.put(token, before);
                    }
                }
            }
            check(f, what);
        }
    }

    private String expectedTransferPanic(String sender, String receiver, String token, Long approvalId) {
        String owner = owners.get(token);
        if (!sender.equals(owner)) {
            Long actual = approvals.getOrDefault(token, Map.of()).get(sender);
            if (actual == null) {
                return "Sender not approved";
            }
            if (approvalId != null && !approvalId.equals(actual)) {
                return "The actual approval_id Some(" + actual + ") is different from the given approval_id Some(" + approvalId + ")";
            }
        }
        return owner.equals(receiver) ? "Current and next owner must differ" : null;
    }

    private void check(NftFixture f, String what) {
        assertThat(f.ok(f.view("nft_total_supply", "{}")).result()).as(what).isEqualTo("\"" + owners.size() + "\"");
        List<String> all = new ArrayList<>();
        for (Map.Entry<String, String> e : owners.entrySet()) {
            StringBuilder a = new StringBuilder();
            for (Map.Entry<String, Long> ap : approvals.getOrDefault(e.getKey(), Map.of()).entrySet()) {
                a.append(a.length() > 0 ? "," : "").append('"').append(ap.getKey()).append("\":").append(ap.getValue());
            }
            String json = NftFixture.tokenJson(e.getKey(), e.getValue(), a.toString());
            assertThat(f.token(e.getKey())).as(what).isEqualTo(json);
            all.add(json);
        }
        assertThat(f.ok(f.view("nft_tokens", "{}")).result()).as(what).isEqualTo("[" + String.join(",", all) + "]");
        for (String account : ACCOUNTS) {
            long count = owners.values().stream().filter(account::equals).count();
            assertThat(f.ok(f.view("nft_supply_for_owner", "{\"account_id\":\"" + account + "\"}")).result()).as(what)
                    .isEqualTo("\"" + count + "\"");
            // pages of 2 add up to the whole list
            String whole = f.ok(f.view("nft_tokens_for_owner", "{\"account_id\":\"" + account + "\"}")).result();
            StringBuilder paged = new StringBuilder();
            for (int from = 0; from < count; from += 2) {
                String page = f.ok(f.view("nft_tokens_for_owner", "{\"account_id\":\"" + account + "\",\"from_index\":\""
                        + from + "\",\"limit\":2}")).result();
                paged.append(paged.length() > 0 ? "," : "").append(page, 1, page.length() - 1);
            }
            assertThat("[" + paged + "]").as(what).isEqualTo(whole);
            for (String id : owners.keySet()) {
                assertThat(whole.contains("\"token_id\":\"" + id + "\",\"owner_id\":\"" + account + "\"")).as(what)
                        .isEqualTo(owners.get(id).equals(account));
            }
        }
    }

    @Test
    void random_royalties_pay_each_its_percent_rounded_down_and_the_owner_the_rest() {
        Random random = new Random(42);
        for (int round = 0; round < 40; round++) {
            NftFixture f = NftFixture.deployed();
            f.mint("t", "alice.near");
            Map<String, Integer> royalties = new TreeMap<>();
            int left = 100;
            int n = random.nextInt(11);
            for (int i = 0; i < n && left > 0; i++) {
                String account = random.nextInt(5) == 0 ? "alice.near" : "r" + i + ".near";
                int percent = 1 + random.nextInt(Math.min(left, 40));
                if (royalties.containsKey(account)) {
                    continue;
                }
                royalties.put(account, percent);
                left -= percent;
                f.ok(f.callAs("owner.near", U128.ZERO, "set_royalty",
                        "{\"account_id\":\"" + account + "\",\"percent\":" + percent + "}"));
            }
            BigInteger balance = new BigInteger(1 + random.nextInt(120), random);
            String json = f.ok(f.view("nft_payout", "{\"token_id\":\"t\",\"balance\":\"" + balance + "\"}")).result();
            BigInteger paid = BigInteger.ZERO;
            for (Map.Entry<String, Integer> r : royalties.entrySet()) {
                paid = paid.add(balance.multiply(BigInteger.valueOf(r.getValue())).divide(BigInteger.valueOf(100)));
            }
            BigInteger rest = balance.subtract(paid);
            BigInteger sum = BigInteger.ZERO;
            int entries = 0;
            for (Map.Entry<String, Integer> r : royalties.entrySet()) {
                BigInteger share = balance.multiply(BigInteger.valueOf(r.getValue())).divide(BigInteger.valueOf(100));
                if (r.getKey().equals("alice.near")) {
                    share = share.add(rest);
                }
                assertThat(json).as("round %d", round).contains("\"" + r.getKey() + "\":\"" + share + "\"");
                sum = sum.add(share);
                entries++;
            }
            if (!royalties.containsKey("alice.near")) {
                assertThat(json).as("round %d", round).contains("\"alice.near\":\"" + rest + "\"");
                sum = sum.add(rest);
                entries++;
            }
            assertThat(sum).isEqualTo(balance);
            assertThat(json.split("\":\"").length - 1).isEqualTo(entries);
        }
    }
}
