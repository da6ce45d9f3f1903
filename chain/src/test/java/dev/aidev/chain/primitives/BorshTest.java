package dev.aidev.chain.primitives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BorshTest {
    private static final BigInteger U128_MAX = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

    @Test
    void integers_are_little_endian() {
        byte[] bytes = new BorshWriter().u8(0xAB).u16(0x0102).u32(0x01020304L).u64(0x0102030405060708L)
                .u128(BigInteger.valueOf(0x0102)).toByteArray();
        assertThat(bytes).containsExactly(
                0xAB, 0x02, 0x01, 0x04, 0x03, 0x02, 0x01, 0x08, 0x07, 0x06, 0x05, 0x04, 0x03, 0x02, 0x01,
                0x02, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void every_kind_of_value_round_trips() {
        byte[] bytes = new BorshWriter()
                .u8(255).u16(65535).u32(0xFFFF_FFFFL).u64(-1L).u128(U128_MAX).u128(BigInteger.ZERO)
                .bool(true).bool(false).string("héllo ✓").bytes(new byte[] {1, 2, 3}).fixed(new byte[] {9, 8})
                .option(Optional.of(BigInteger.TEN), BorshWriter::u128).option(Optional.empty(), BorshWriter::u128)
                .vec(List.of("a", "bc"), BorshWriter::string).tag(7)
                .toByteArray();
        BorshReader r = new BorshReader(bytes);
        assertThat(r.u8("a")).isEqualTo(255);
        assertThat(r.u16("b")).isEqualTo(65535);
        assertThat(r.u32("c")).isEqualTo(0xFFFF_FFFFL);
        assertThat(Long.toUnsignedString(r.u64("d"))).isEqualTo("18446744073709551615");
        assertThat(r.u128("e")).isEqualTo(U128_MAX);
        assertThat(r.u128("f")).isZero();
        assertThat(r.bool("g")).isTrue();
        assertThat(r.bool("h")).isFalse();
        assertThat(r.string("i")).isEqualTo("héllo ✓");
        assertThat(r.bytes("j")).containsExactly(1, 2, 3);
        assertThat(r.fixed(2, "k")).containsExactly(9, 8);
        assertThat(r.option("l", x -> x.u128("l"))).contains(BigInteger.TEN);
        assertThat(r.option("m", x -> x.u128("m"))).isEmpty();
        assertThat(r.vec("n", x -> x.string("n"))).containsExactly("a", "bc");
        assertThat(r.u8("o")).isEqualTo(7);
        r.finish("test value");
    }

    @Test
    void writer_rejects_values_out_of_range() {
        BorshWriter w = new BorshWriter();
        assertThatThrownBy(() -> w.u8(256)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w.u16(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w.u32(1L << 32)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w.u128(U128_MAX.add(BigInteger.ONE))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w.u128(BigInteger.valueOf(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_truncated_integer_names_the_field_and_the_offset() {
        BorshReader r = new BorshReader(new byte[] {1, 2, 3});
        r.u8("tag");
        assertThatThrownBy(() -> r.u64("nonce"))
                .isInstanceOf(BorshException.class)
                .hasMessage("Expected nonce (u64, 8 bytes) at offset 1, but only 2 bytes remain.")
                .extracting(e -> ((BorshException) e).offset()).isEqualTo(1);
    }

    @Test
    void a_length_beyond_the_input_is_an_error_not_an_allocation() {
        byte[] bytes = new BorshWriter().u32(0xFFFF_FFFFL).u8(1).toByteArray();
        assertThatThrownBy(() -> new BorshReader(bytes).bytes("code"))
                .isInstanceOf(BorshException.class).hasMessageContaining("offset 0");
        assertThatThrownBy(() -> new BorshReader(bytes).vec("actions", x -> x.u8("a")))
                .isInstanceOf(BorshException.class).hasMessageContaining("4294967295 items");
    }

    @Test
    void invalid_utf8_is_an_error_at_the_string() {
        byte[] bytes = new BorshWriter().u8(0).bytes(new byte[] {(byte) 0xC3, (byte) 0x28}).toByteArray();
        BorshReader r = new BorshReader(bytes);
        r.u8("x");
        assertThatThrownBy(() -> r.string("method_name"))
                .isInstanceOf(BorshException.class)
                .hasMessage("Expected method_name (string) at offset 1 to be UTF-8, but it is not.");
    }

    @Test
    void bad_bool_and_option_tags_are_errors() {
        assertThatThrownBy(() -> new BorshReader(new byte[] {2}).bool("flag"))
                .isInstanceOf(BorshException.class).hasMessageContaining("0 or 1, got 2");
        assertThatThrownBy(() -> new BorshReader(new byte[] {5}).option("allowance", x -> x.u128("a")))
                .isInstanceOf(BorshException.class).hasMessageContaining("allowance option tag");
    }

    @Test
    void trailing_bytes_are_an_error() {
        BorshReader r = new BorshReader(new byte[] {1, 2});
        r.u8("a");
        assertThatThrownBy(() -> r.finish("value"))
                .isInstanceOf(BorshException.class)
                .hasMessage("Unexpected 1 trailing bytes after value at offset 1.");
    }

    @Test
    void account_ids_are_checked_while_reading() {
        byte[] bytes = new BorshWriter().string("Alice.near").toByteArray();
        assertThatThrownBy(() -> new BorshReader(bytes).accountId("signer_id"))
                .isInstanceOf(BorshException.class).hasMessageContaining("valid account id");
    }
}
