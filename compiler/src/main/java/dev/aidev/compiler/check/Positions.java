package dev.aidev.compiler.check;

/** Finding a word in the source text: javac's public API gives only where trees start and end. */
final class Positions {
    private Positions() {}

    /** The offset of {@code word} as a whole word in {@code text[from, to)}, or -1. */
    static long word(String text, long from, long to, String word) {
        int limit = (int) Math.min(to < 0 ? text.length() : to, text.length());
        int at = (int) Math.max(from, 0);
        while (true) {
            at = text.indexOf(word, at);
            if (at < 0 || at + word.length() > limit) {
                return -1;
            }
            boolean startsWord = at == 0 || !Character.isJavaIdentifierPart(text.charAt(at - 1));
            int after = at + word.length();
            boolean endsWord = after >= text.length() || !Character.isJavaIdentifierPart(text.charAt(after));
            if (startsWord && endsWord) {
                return at;
            }
            at = after;
        }
    }
}
