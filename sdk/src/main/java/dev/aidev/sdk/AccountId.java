package dev.aidev.sdk;

/**
 * A valid NEAR account ID (near-account-id's rules): 2 to 64 characters of {@code a-z 0-9} and
 * the separators {@code - _ .}; no leading, trailing or doubled separator. Immutable.
 * JSON: a string; Borsh: like {@code String}.
 */
public final class AccountId implements Comparable<AccountId> {
    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 64;

    private final String value;

    private AccountId(String value) {
        this.value = value;
    }

    /** The account ID {@code value}; panics with the reason when it is not valid. */
    public static AccountId of(String value) {
        String problem = problem(value);
        if (problem != null) {
            throw Env.panic(problem);
        }
        return new AccountId(value);
    }

    public static boolean isValid(String value) {
        return problem(value) == null;
    }

    /** near-account-id's error texts (UNVERIFIED wording), or null when valid. */
    static String problem(String id) {
        if (id == null || id.length() < MIN_LENGTH) {
            return "the Account ID is too short";
        }
        if (id.length() > MAX_LENGTH) {
            return "the Account ID is too long";
        }
        boolean lastWasSeparator = true; // a leading separator counts as redundant
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean separator = c == '-' || c == '_' || c == '.';
            if (separator) {
                if (lastWasSeparator) {
                    return "the Account ID has a redundant separator";
                }
            } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                return "the Account ID contains an invalid character";
            }
            lastWasSeparator = separator;
        }
        if (lastWasSeparator) {
            return "the Account ID has a redundant separator";
        }
        return null;
    }

    /** Whether this is {@code parent} or a sub-account of it ({@code a.parent}). */
    public boolean isSubAccountOf(AccountId parent) {
        return value.endsWith("." + parent.value);
    }

    @Override
    public int compareTo(AccountId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountId && ((AccountId) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
