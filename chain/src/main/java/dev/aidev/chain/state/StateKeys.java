package dev.aidev.chain.state;

import java.util.HexFormat;

/**
 * Keys of state records in the store's state map. Account ids cannot contain ':' , so
 * {@code <kind>:<account>:<rest>} keys never collide, and prefixes select one account's records.
 * Contract data keys are hex (which keeps their byte order and prefixes) so {@code view_state}
 * with a prefix is a range scan.
 */
public final class StateKeys {
    private StateKeys() {}

    public static String account(String accountId) {
        return "a:" + accountId;
    }

    public static String code(String accountId) {
        return "c:" + accountId;
    }

    public static String accessKey(String accountId, String publicKeyText) {
        return "k:" + accountId + ":" + publicKeyText;
    }

    public static String accessKeyPrefix(String accountId) {
        return "k:" + accountId + ":";
    }

    public static String data(String accountId, byte[] key) {
        return dataPrefix(accountId) + HexFormat.of().formatHex(key);
    }

    public static String dataPrefix(String accountId) {
        return "d:" + accountId + ":";
    }

    /** The contract-data key encoded in a state key made by {@link #data}. */
    public static byte[] dataKey(String stateKey, String accountId) {
        return HexFormat.of().parseHex(stateKey.substring(dataPrefix(accountId).length()));
    }

    /** Global contract code (NEP-591), by code hash or by the account that deployed it. */
    public static String globalCodeByHash(byte[] hash) {
        return "g:h:" + HexFormat.of().formatHex(hash);
    }

    public static String globalCodeByAccount(String accountId) {
        return "g:a:" + accountId;
    }

    /** Which global contract an account uses (the global code's key). */
    public static String globalContractUse(String accountId) {
        return "u:" + accountId;
    }

    /** Receipts waiting for input data, and data waiting for its receipt. */
    public static String postponedReceipt(String receiverId, String receiptId) {
        return "p:" + receiverId + ":" + receiptId;
    }

    public static String receivedData(String receiverId, String dataId) {
        return "r:" + receiverId + ":" + dataId;
    }

    /** The receipt waiting for a data id. */
    public static String pendingDataId(String receiverId, String dataId) {
        return "w:" + receiverId + ":" + dataId;
    }

    /** Yielded receipts waiting for resume data (NEP-519), by data id. */
    public static String yieldedReceipt(String receiverId, String dataId) {
        return "y:" + receiverId + ":" + dataId;
    }
}
