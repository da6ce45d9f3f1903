package dev.aidev.sdk.standards;

/**
 * Checks of base64 text in the standards' metadata ({@code reference_hash}, {@code media_hash}),
 * which near-sdk-rs holds as {@code Base64VecU8}: the standard alphabet, padded.
 */
public final class Base64s {
    private Base64s() {}

    /**
     * How many bytes the padded base64 {@code text} decodes to, or -1 when it is not base64: length
     * a multiple of 4, at most two {@code =} at the end, only the standard alphabet before them.
     * With {@code canonical}, also -1 when the last character before the padding has stray bits
     * set (text another encoder would not write).
     */
    public static int decodedLength(String text, boolean canonical) {
        int length = text.length();
        if (length % 4 != 0) {
            return -1;
        }
        int padding = 0;
        while (padding < 2 && padding < length && text.charAt(length - 1 - padding) == '=') {
            padding++;
        }
        for (int i = 0; i < length - padding; i++) {
            if (value(text.charAt(i)) < 0) {
                return -1;
            }
        }
        if (canonical && padding > 0) {
            int last = value(text.charAt(length - 1 - padding));
            int strayBits = padding == 1 ? last & 0x3 : last & 0xF;
            if (strayBits != 0) {
                return -1;
            }
        }
        return length / 4 * 3 - padding;
    }

    private static int value(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == '+') {
            return 62;
        }
        if (c == '/') {
            return 63;
        }
        return -1;
    }
}
