package dev.aidev.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A smoke test of 'aidev bench nft': the output's shape and sane gas figures for every method. */
class BenchNftCommandTest {
    @Test
    void prints_size_and_gas_per_method_on_the_set_up_state() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                "bench", "nft", "--project", "../examples/non-fungible-token");
        String text = out.toString();
        assertThat(code).as(err.toString()).isZero();
        Matcher size = Pattern.compile("non-fungible token WASM: ([0-9,]+) bytes").matcher(text);
        assertThat(size.find()).isTrue();
        assertThat(Long.parseLong(size.group(1).replace(",", ""))).isBetween(1_000L, 60_000L);
        assertThat(text).doesNotContain("FAILED").doesNotContain("set-up");
        for (String call : new String[] {"new_default_meta (init)", "nft_mint (token 4)", "nft_transfer (1 yocto)",
            "nft_transfer by approved (1 yocto)", "nft_transfer_call (1st receipt)", "nft_approve (new approval)",
            "nft_revoke (1 yocto)", "nft_transfer_payout (1 yocto)", "nft_token (view)", "nft_tokens (view, 3 tokens)",
            "nft_supply_for_owner (view)", "nft_tokens_for_owner (view, 3)", "nft_payout (view, 1 royalty)"}) {
            Matcher m = Pattern.compile(Pattern.quote(call) + " +([0-9,]+)\\n").matcher(text);
            assertThat(m.find()).as(call + " in\n" + text).isTrue();
            // Between 1 Ggas and 300 Tgas: a call that ran and was metered.
            assertThat(Long.parseLong(m.group(1).replace(",", ""))).isBetween(1_000_000_000L, 300_000_000_000_000L);
        }
    }

    @Test
    void tokens_sets_how_many_tokens_the_owner_holds_and_must_be_at_least_three() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                "bench", "nft", "--project", "../examples/non-fungible-token", "--tokens", "5");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("nft_mint (token 6)", "nft_tokens (view, 5 tokens)", "nft_tokens_for_owner (view, 5)")
                .doesNotContain("FAILED");

        StringWriter err2 = new StringWriter();
        assertThat(Main.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err2, true),
                "bench", "nft", "--tokens", "2")).isEqualTo(2);
        assertThat(err2.toString()).contains("--tokens must be at least 3 (got 2)");
    }

    @Test
    void help_ends_with_examples() {
        StringWriter out = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "bench", "nft", "--help");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Examples:", "./aidev bench nft");
    }
}
