package dev.aidev.vm.host;

/**
 * NEAR account-id rules (near-account-id, validity rules version 2): 2 to 64 characters of
 * {@code a-z 0-9} and the separators {@code - _ .}; no separator first, last or next to another.
 */
public final class AccountIds {
    private AccountIds() {}

    public static boolean isValid(String id) {
        int n = id.length();
        if (n < 2 || n > 64) {
            return false;
        }
        boolean lastSeparator = true;
        for (int i = 0; i < n; i++) {
            char c = id.charAt(i);
            boolean separator = c == '-' || c == '_' || c == '.';
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!separator && !alnum) {
                return false;
            }
            if (separator && lastSeparator) {
                return false;
            }
            lastSeparator = separator;
        }
        return !lastSeparator;
    }

    /** A NEAR-implicit account: 64 lowercase hex characters (an ed25519 public key). */
    public static boolean isNearImplicit(String id) {
        return id.length() == 64 && id.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    /** An Ethereum-implicit account: {@code 0x} and 40 lowercase hex characters. */
    public static boolean isEthImplicit(String id) {
        return id.length() == 42 && id.startsWith("0x")
                && id.substring(2).chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }
}
