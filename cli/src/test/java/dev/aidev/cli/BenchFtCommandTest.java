package dev.aidev.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A smoke test of 'aidev bench ft' with tiny measuring times: the output's shape and sane values, not timings. */
class BenchFtCommandTest {
    @Test
    void prints_size_gas_per_method_and_calls_per_second() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                "bench", "ft", "--project", "../examples/fungible-token", "--receiver", "../examples/token-receiver",
                "--seconds", "0.01");
        String text = out.toString();
        assertThat(code).as(err.toString()).isZero();
        Matcher size = Pattern.compile("fungible token WASM: ([0-9,]+) bytes").matcher(text);
        assertThat(size.find()).isTrue();
        assertThat(Long.parseLong(size.group(1).replace(",", ""))).isBetween(1_000L, 40_000L);
        assertThat(text).doesNotContain("FAILED");
        for (String call : new String[] {"new_default_meta (init)", "ft_transfer (1 yocto)",
            "ft_transfer_call (1st receipt)", "storage_deposit (new account)", "ft_balance_of (view)"}) {
            Matcher m = Pattern.compile(Pattern.quote(call) + " +([0-9,]+)\\n").matcher(text);
            assertThat(m.find()).as(call + " in\n" + text).isTrue();
            // Between 1 Ggas and 300 Tgas: a call that ran and was metered.
            assertThat(Long.parseLong(m.group(1).replace(",", ""))).isBetween(1_000_000_000L, 300_000_000_000_000L);
        }
        // The full ft_transfer_call chain on the local chain: conversion, three receipts, total.
        String gas = " +([0-9,]+)";
        for (String chain : new String[] {"take-my-money (keeps all)", "400 (returns 400)", "panic (panics, full refund)",
            "send_tokens"}) {
            Matcher m = Pattern.compile(Pattern.quote(chain) + gas.repeat(5) + "\n").matcher(text);
            assertThat(m.find()).as(chain + " in\n" + text).isTrue();
            long total = Long.parseLong(m.group(5).replace(",", ""));
            long parts = 0;
            for (int i = 1; i <= 4; i++) {
                parts += Long.parseLong(m.group(i).replace(",", ""));
            }
            // Refund receipts burn nothing, so the parts are the whole.
            assertThat(parts).isEqualTo(total);
        }
        assertThat(text).containsPattern("kept_of \\(view\\) +[0-9,]+\n");
        assertThat(text).containsPattern("ft_balance_of \\(view\\) +aot +[0-9,.]+ +[0-9.]+")
                .containsPattern("ft_transfer \\(1 yocto\\) +interpreter +[0-9,.]+ +[0-9.]+");
    }

    @Test
    void rejects_a_negative_measuring_time() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), "bench", "ft", "--seconds", "-1");
        assertThat(code).isEqualTo(ExitCodes.USAGE);
    }
}
