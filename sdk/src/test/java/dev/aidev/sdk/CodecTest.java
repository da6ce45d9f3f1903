package dev.aidev.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Type;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodecTest {
    enum Color { RED, GREEN }

    record Message(AccountId sender, String text, boolean premium, U128 amount, Optional<Long> maxItems) {}

    record Renamed(@Name("owner_id") String owner, Color color, List<Integer> items) {}

    static final class Holder {
        List<Integer> ints;
        Optional<String> note;
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static Type type(String field) throws NoSuchFieldException {
        return Holder.class.getDeclaredField(field).getGenericType();
    }

    @Test
    void borsh_encodes_primitives_little_endian() {
        assertThat(hex(Borsh.encode(true))).isEqualTo("01");
        assertThat(hex(Borsh.encode((byte) -1))).isEqualTo("ff");
        assertThat(hex(Borsh.encode((short) 0x0102))).isEqualTo("0201");
        assertThat(hex(Borsh.encode(1))).isEqualTo("01000000");
        assertThat(hex(Borsh.encode(-2L))).isEqualTo("feffffffffffffff");
        assertThat(hex(Borsh.encode('A'))).isEqualTo("4100");
        assertThat(hex(Borsh.encode("hé"))).isEqualTo("03000000" + "68c3a9");
    }

    @Test
    void borsh_encodes_sdk_types() {
        assertThat(hex(Borsh.encode(U64.MAX))).isEqualTo("ffffffffffffffff");
        assertThat(hex(Borsh.encode(U128.of(258)))).isEqualTo("0201" + "00".repeat(14));
        assertThat(hex(Borsh.encode(AccountId.of("ab")))).isEqualTo("020000006162");
        assertThat(hex(Borsh.encode(Gas.tgas(1)))).isEqualTo("0010a5d4e8000000");
        assertThat(hex(Borsh.encode(Timestamp.ofNanos(1)))).isEqualTo("0100000000000000");
        assertThat(hex(Borsh.encode(PublicKey.of(PublicKey.Curve.ED25519, new byte[32])))).isEqualTo("00" + "00".repeat(32));
        assertThat(hex(Borsh.encode(Color.GREEN))).isEqualTo("01");
    }

    @Test
    void borsh_encodes_records_lists_and_options() throws Exception {
        Message m = new Message(AccountId.of("ab"), "x", true, U128.ONE, Optional.of(7L));
        assertThat(hex(Borsh.encode(m))).isEqualTo("020000006162" + "0100000078" + "01" + "01" + "00".repeat(15)
                + "01" + "0700000000000000");
        assertThat(hex(Borsh.encode(type("ints"), List.of(1, 2)))).isEqualTo("02000000" + "01000000" + "02000000");
        assertThat(hex(Borsh.encode(type("note"), Optional.empty()))).isEqualTo("00");
        assertThat(hex(Borsh.encode(type("note"), Optional.of("a")))).isEqualTo("01" + "0100000061");
        assertThat(hex(Borsh.encode(new int[] {5}))).isEqualTo("01000000" + "05000000");
    }

    @Test
    void borsh_round_trips() throws Exception {
        Message m = new Message(AccountId.of("alice.near"), "hello", false, U128.MAX, Optional.empty());
        assertThat(Borsh.decode(Borsh.encode(m), Message.class)).isEqualTo(m);
        Renamed r = new Renamed("o", Color.GREEN, List.of(1, -2));
        assertThat(Borsh.decode(Borsh.encode(r), Renamed.class)).isEqualTo(r);
        assertThat(Borsh.decode(Borsh.encode(U64.MAX), U64.class)).isEqualTo(U64.MAX);
        assertThat(Borsh.decode(Borsh.encode('z'), char.class)).isEqualTo('z');
        assertThat(Borsh.decode(Borsh.encode((short) -5), short.class)).isEqualTo((short) -5);
        assertThat(Borsh.decode(Borsh.encode(type("ints"), List.of(3)), type("ints"))).isEqualTo(List.of(3));
    }

    @Test
    void borsh_rejects_truncated_and_trailing_bytes() {
        assertThatThrownBy(() -> Borsh.decode(new byte[] {1, 0}, Integer.class)).isInstanceOf(ContractPanic.class);
        assertThatThrownBy(() -> Borsh.decode(new byte[] {1, 0, 0, 0, 0}, Integer.class)).isInstanceOf(ContractPanic.class);
        assertThatThrownBy(() -> Borsh.decode(new byte[] {2}, Boolean.class)).isInstanceOf(ContractPanic.class);
    }

    @Test
    void json_encodes_like_serde_json() {
        Message m = new Message(AccountId.of("alice.near"), "hi \"x\"\n\u0001é", true, U128.of(5), Optional.empty());
        assertThat(Json.encode(m)).isEqualTo(
                "{\"sender\":\"alice.near\",\"text\":\"hi \\\"x\\\"\\n\\u0001é\",\"premium\":true,\"amount\":\"5\",\"max_items\":null}");
        assertThat(Json.encode(new Renamed("bob.near", Color.RED, List.of(1, 2))))
                .isEqualTo("{\"owner_id\":\"bob.near\",\"color\":\"RED\",\"items\":[1,2]}");
        assertThat(Json.encode(U64.MAX)).isEqualTo("\"18446744073709551615\"");
        assertThat(Json.encode(-3L)).isEqualTo("-3");
        assertThat(Json.encode(Optional.of("a"))).isEqualTo("\"a\"");
        assertThat(Json.encode(null)).isEqualTo("null");
        assertThat(Json.encode(new String[] {"a/b"})).isEqualTo("[\"a/b\"]");
    }

    @Test
    void json_round_trips_and_ignores_unknown_keys() {
        String json = "{\"sender\":\"alice.near\",\"text\":\"\\u00e9\\n\",\"premium\":false,\"amount\":\"10\",\"extra\":[1,{}]}";
        Message m = Json.decode(json, Message.class);
        assertThat(m).isEqualTo(new Message(AccountId.of("alice.near"), "é\n", false, U128.of(10), Optional.empty()));
        assertThat(Json.decode(Json.encode(m), Message.class)).isEqualTo(m);
        Renamed r = Json.decode("{\"owner_id\":\"o\",\"color\":\"GREEN\",\"items\":[]}", Renamed.class);
        assertThat(r).isEqualTo(new Renamed("o", Color.GREEN, List.of()));
    }

    @Test
    void json_decoding_is_strict_like_serde() {
        assertThatThrownBy(() -> Json.decode("1.0", long.class)).isInstanceOf(ContractPanic.class);
        assertThatThrownBy(() -> Json.decode("2147483648", int.class)).isInstanceOf(ContractPanic.class);
        assertThatThrownBy(() -> Json.decode("5", U128.class)).isInstanceOf(ContractPanic.class);
        assertThatThrownBy(() -> Json.decode("\"Bad\"", AccountId.class)).isInstanceOf(ContractPanic.class);
        assertThatThrownBy(() -> Json.decode("\"BLUE\"", Color.class)).isInstanceOf(ContractPanic.class);
        assertThatThrownBy(() -> Json.decode("{\"text\":\"x\"}", Message.class))
                .hasMessage("Failed to deserialize JSON.");
        assertThatThrownBy(() -> Json.decode("1 2", long.class)).isInstanceOf(ContractPanic.class);
        // Digits of other scripts are not JSON digits (Character.isDigit would take them).
        assertThatThrownBy(() -> Json.decode("1\u0661", long.class)).isInstanceOf(ContractPanic.class);
    }

    @Test
    void a_repeated_key_is_an_error_only_where_it_is_read() {
        String renamed = "{\"owner_id\":\"o\",\"color\":\"GREEN\",\"items\":[]";
        assertThatThrownBy(() -> Json.decode(renamed + ",\"color\":\"RED\"}", Renamed.class))
                .hasMessage("Failed to deserialize JSON.");
        assertThat(Json.decode(renamed + ",\"x\":1,\"x\":2}", Renamed.class))
                .isEqualTo(new Renamed("o", Color.GREEN, List.of()));
    }

    @Test
    void snake_case_follows_the_documented_rule() {
        assertThat(Json.snakeCase("receiverId")).isEqualTo("receiver_id");
        assertThat(Json.snakeCase("getMessages")).isEqualTo("get_messages");
        assertThat(Json.snakeCase("getHTTPStatus")).isEqualTo("get_http_status");
        assertThat(Json.snakeCase("ft2Transfer")).isEqualTo("ft2_transfer");
        assertThat(Json.snakeCase("new")).isEqualTo("new");
        assertThat(Json.snakeCase("nftToken")).isEqualTo("nft_token");
    }

    @Test
    void events_use_nep297_key_order() {
        assertThat(Events.format("nep171", "1.0.0", "nft_mint", "[{\"owner_id\":\"a.near\"}]"))
                .isEqualTo("EVENT_JSON:{\"standard\":\"nep171\",\"version\":\"1.0.0\",\"event\":\"nft_mint\","
                        + "\"data\":[{\"owner_id\":\"a.near\"}]}");
        assertThat(Events.format("nep297", "1.0.0", "ping", null))
                .isEqualTo("EVENT_JSON:{\"standard\":\"nep297\",\"version\":\"1.0.0\",\"event\":\"ping\"}");
    }
}
