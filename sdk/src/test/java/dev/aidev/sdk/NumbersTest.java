package dev.aidev.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void u128_addition_past_the_maximum_panics_with_integer_overflow() {
        assertThatThrownBy(() -> U128.MAX.add(U128.ONE)).isInstanceOf(ContractPanic.class).hasMessage("integer overflow");
        assertThatThrownBy(() -> U128.MAX.mul(U128.of(2))).hasMessage("integer overflow");
    }

    @Test
    void u128_subtraction_below_zero_panics_with_integer_underflow() {
        assertThatThrownBy(() -> U128.ZERO.sub(U128.ONE)).hasMessage("integer underflow");
        assertThatThrownBy(() -> U128.of(-1)).hasMessage("integer underflow");
    }

    @Test
    void u128_division_by_zero_panics() {
        assertThatThrownBy(() -> U128.ONE.div(U128.ZERO)).hasMessage("division by zero");
    }

    @Test
    void u128_near_helpers_convert_to_yocto() {
        assertThat(U128.ofNear("0.1")).isEqualTo(U128.parse("100000000000000000000000"));
        assertThat(U128.ofNear("1.25").toString()).isEqualTo("1250000000000000000000000");
        assertThat(U128.ofNear(2)).isEqualTo(U128.parse("2000000000000000000000000"));
        assertThatThrownBy(() -> U128.ofNear("0.0000000000000000000000001")).isInstanceOf(ContractPanic.class);
        assertThatThrownBy(() -> U128.ofNear("-1")).isInstanceOf(ContractPanic.class);
    }

    @Test
    void u128_parses_and_prints_decimal_and_little_endian() {
        U128 max = U128.parse(BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE).toString());
        assertThat(max).isEqualTo(U128.MAX);
        assertThatThrownBy(() -> U128.parse("340282366920938463463374607431768211456")).hasMessage("integer overflow");
        assertThatThrownBy(() -> U128.parse("1e3")).isInstanceOf(ContractPanic.class);
        byte[] le = U128.of(0x0102).toLittleEndian();
        assertThat(le).hasSize(16).startsWith(0x02, 0x01, 0x00);
        assertThat(U128.fromLittleEndian(U128.MAX.toLittleEndian())).isEqualTo(U128.MAX);
        assertThat(U128.of(7).compareTo(U128.of(9))).isNegative();
    }

    @Test
    void u64_is_unsigned_and_checked() {
        assertThat(U64.MAX.toString()).isEqualTo("18446744073709551615");
        assertThat(U64.parse("18446744073709551615")).isEqualTo(U64.MAX);
        assertThatThrownBy(() -> U64.MAX.add(U64.of(1))).hasMessage("integer overflow");
        assertThatThrownBy(() -> U64.ZERO.sub(U64.of(1))).hasMessage("integer underflow");
        assertThatThrownBy(() -> U64.parse("4294967296").mul(U64.parse("4294967296"))).hasMessage("integer overflow");
        assertThat(U64.parse("4294967296").mul(U64.parse("4294967295")).toString()).isEqualTo("18446744069414584320");
        assertThat(U64.MAX.compareTo(U64.of(1))).isPositive();
    }

    @Test
    void gas_and_timestamp_are_checked() {
        assertThat(Gas.tgas(30).asGas()).isEqualTo(30_000_000_000_000L);
        assertThatThrownBy(() -> Gas.ZERO.sub(Gas.ofGas(1))).hasMessage("integer underflow");
        assertThat(Timestamp.ofSeconds(2).plusSeconds(3).nanos()).isEqualTo(5_000_000_000L);
        assertThatThrownBy(() -> Timestamp.ofSeconds(Long.MAX_VALUE)).hasMessage("integer overflow");
    }

    @Test
    void account_ids_follow_near_rules() {
        for (String ok : new String[] {"alice.near", "a1", "a-b_c.d", "0x1234", "near", "a".repeat(64)}) {
            assertThat(AccountId.isValid(ok)).as(ok).isTrue();
        }
        assertThatThrownBy(() -> AccountId.of("a")).hasMessage("the Account ID is too short");
        assertThatThrownBy(() -> AccountId.of("a".repeat(65))).hasMessage("the Account ID is too long");
        assertThatThrownBy(() -> AccountId.of("Alice.near")).hasMessage("the Account ID contains an invalid character");
        assertThatThrownBy(() -> AccountId.of("a b")).hasMessage("the Account ID contains an invalid character");
        for (String redundant : new String[] {"a..b", ".ab", "ab.", "a-.b", "a__b", "-ab"}) {
            assertThatThrownBy(() -> AccountId.of(redundant)).as(redundant)
                    .hasMessage("the Account ID has a redundant separator");
        }
        assertThat(AccountId.of("x.alice.near").isSubAccountOf(AccountId.of("alice.near"))).isTrue();
    }

    @Test
    void public_keys_print_as_curve_and_base58() {
        byte[] key = new byte[32];
        key[31] = 1;
        PublicKey pk = PublicKey.of(PublicKey.Curve.ED25519, key);
        assertThat(PublicKey.parse(pk.toString())).isEqualTo(pk);
        assertThat(PublicKey.parse("ed25519:11111111111111111111111111111111").key()).isEqualTo(new byte[32]);
        assertThatThrownBy(() -> PublicKey.parse("ed25519:111")).isInstanceOf(ContractPanic.class);
    }
}
