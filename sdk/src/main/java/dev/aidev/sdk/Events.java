package dev.aidev.sdk;

/**
 * NEP-297 events: a log line {@code EVENT_JSON:} followed by a JSON object with the keys
 * {@code standard}, {@code version}, {@code event} and {@code data}, in that order (as
 * near-sdk-rs's event macro writes them).
 *
 * <pre>{@code
 * Events.emit("nep141", "1.0.0", "ft_mint",
 *         List.of(new FtMint(ownerId, amount, null)));
 * }</pre>
 */
public final class Events {
    private Events() {}

    /** Logs the event; {@code data} is encoded as JSON (records with snake_case keys). */
    public static void emit(String standard, String version, String event, Object data) {
        Env.log(format(standard, version, event, Json.encode(data)));
    }

    /** Logs an event without a {@code data} key. */
    public static void emit(String standard, String version, String event) {
        Env.log(format(standard, version, event, null));
    }

    /** The log line for an event whose {@code data} is already JSON (null: no data key). */
    public static String format(String standard, String version, String event, String dataJson) {
        StringBuilder sb = new StringBuilder("EVENT_JSON:{\"standard\":");
        sb.append(Json.encode(standard)).append(",\"version\":").append(Json.encode(version))
                .append(",\"event\":").append(Json.encode(event));
        if (dataJson != null) {
            sb.append(",\"data\":").append(dataJson);
        }
        return sb.append('}').toString();
    }
}
