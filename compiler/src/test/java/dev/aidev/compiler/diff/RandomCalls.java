package dev.aidev.compiler.diff;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;

/** Helpers for seeded random call sequences (java.util.Random, so every failure replays from its seed). */
final class RandomCalls {
    static final List<String> ACCOUNTS = List.of(Step.ALICE, "bob.test.near", "carol.test.near", Step.CONTRACT);

    private RandomCalls() {}

    static <T> T pick(Random r, List<T> choices) {
        return choices.get(r.nextInt(choices.size()));
    }

    /** Mostly small numbers, sometimes the edges of long. */
    static long interestingLong(Random r) {
        switch (r.nextInt(6)) {
            case 0:
                return Long.MAX_VALUE - r.nextInt(3);
            case 1:
                return Long.MIN_VALUE + r.nextInt(3);
            case 2:
                return r.nextLong();
            default:
                return r.nextInt(2001) - 1000;
        }
    }

    static int interestingInt(Random r) {
        switch (r.nextInt(6)) {
            case 0:
                return Integer.MAX_VALUE - r.nextInt(3);
            case 1:
                return Integer.MIN_VALUE + r.nextInt(3);
            case 2:
                return r.nextInt();
            default:
                return r.nextInt(201) - 100;
        }
    }

    /** A text with ASCII, escapes, non-ASCII and astral characters. */
    static String text(Random r, int maxLength) {
        String alphabet = "abc xyz\"\\/\n\té€😀'";
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(maxLength + 1);
        while (b.length() < n) {
            int i = r.nextInt(alphabet.length());
            char c = alphabet.charAt(i);
            if (Character.isHighSurrogate(c)) {
                b.append(c).append(alphabet.charAt(i + 1));
            } else if (!Character.isLowSurrogate(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A JSON string literal of {@code s}. */
    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"':
                    b.append("\\\"");
                    break;
                case '\\':
                    b.append("\\\\");
                    break;
                case '\n':
                    b.append("\\n");
                    break;
                case '\t':
                    b.append("\\t");
                    break;
                default:
                    b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** Who calls, with an occasional deposit. */
    static Step caller(Random r, Step s) {
        Step out = s.from(pick(r, ACCOUNTS));
        return r.nextInt(8) == 0 && !s.view() ? out.deposit(BigInteger.valueOf(r.nextInt(3))) : out;
    }
}
