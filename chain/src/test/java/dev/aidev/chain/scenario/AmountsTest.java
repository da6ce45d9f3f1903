package dev.aidev.chain.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class AmountsTest {
    static final BigInteger NEAR = BigInteger.TEN.pow(24);

    @Test
    void near_amounts() {
        assertThat(Amounts.yocto("5 NEAR")).isEqualTo(NEAR.multiply(BigInteger.valueOf(5)));
        assertThat(Amounts.yocto("0.1 NEAR")).isEqualTo(NEAR.divide(BigInteger.TEN));
        assertThat(Amounts.yocto("0.1near")).isEqualTo(NEAR.divide(BigInteger.TEN));
        assertThat(Amounts.yocto("1 yocto")).isEqualTo(BigInteger.ONE);
        assertThat(Amounts.yocto("7 yoctoNEAR")).isEqualTo(BigInteger.valueOf(7));
        assertThat(Amounts.yocto("1000000000000000000000000")).isEqualTo(NEAR);
        assertThat(Amounts.yocto(" 0 ")).isZero();
        assertThat(Amounts.yocto("340282366920938463463374607431768211455")).isEqualTo(BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE));
        assertThat(Amounts.signedYocto("-0.5 NEAR")).isEqualTo(NEAR.divide(BigInteger.TWO).negate());
        assertThat(Amounts.signedYocto("+1 NEAR")).isEqualTo(NEAR);
    }

    @Test
    void bad_near_amounts_say_why() {
        assertThatThrownBy(() -> Amounts.yocto("1.5")).hasMessage("'1.5' is not a whole number of yoctoNEAR; write a fraction of NEAR as \"0.5 NEAR\".");
        assertThatThrownBy(() -> Amounts.yocto("0.0000000000000000000000001 NEAR"))
                .hasMessage("'0.0000000000000000000000001 NEAR' is not a whole number of yoctoNEAR (NEAR has 24 decimals).");
        assertThatThrownBy(() -> Amounts.yocto("-1 NEAR")).hasMessageStartingWith("'-1 NEAR' is not an amount of NEAR");
        assertThatThrownBy(() -> Amounts.yocto("5 N")).hasMessageStartingWith("'5 N' is not an amount of NEAR");
        assertThatThrownBy(() -> Amounts.yocto("340282366920938463463374607431768211456"))
                .hasMessageEndingWith("exceeds the largest balance (2^128 - 1 yoctoNEAR).");
    }

    @Test
    void gas_amounts() {
        assertThat(Amounts.gas("30 Tgas")).isEqualTo(30_000_000_000_000L);
        assertThat(Amounts.gas("30TGas")).isEqualTo(30_000_000_000_000L);
        assertThat(Amounts.gas("2.5 Tgas")).isEqualTo(2_500_000_000_000L);
        assertThat(Amounts.gas("5 Ggas")).isEqualTo(5_000_000_000L);
        assertThat(Amounts.gas("1000")).isEqualTo(1000L);
        assertThat(Amounts.gas("18446744073709551615")).isEqualTo(-1L);
        assertThatThrownBy(() -> Amounts.gas("18446744073709551616")).hasMessageEndingWith("exceeds the largest amount of gas (2^64 - 1).");
        assertThatThrownBy(() -> Amounts.gas("0.5")).hasMessage("'0.5' is not a whole number of gas units.");
        assertThatThrownBy(() -> Amounts.gas("30 Pgas")).hasMessageStartingWith("'30 Pgas' is not an amount of gas");
    }

    @Test
    void formatting_for_messages() {
        assertThat(Amounts.format(NEAR)).isEqualTo("1 NEAR");
        assertThat(Amounts.format(NEAR.divide(BigInteger.valueOf(4)))).isEqualTo("0.25 NEAR");
        assertThat(Amounts.format(BigInteger.ZERO)).isEqualTo("0 NEAR");
        assertThat(Amounts.format(new BigInteger("1000832000000000000000000"))).isEqualTo("1.000832 NEAR");
        assertThat(Amounts.format(new BigInteger("1000832100000000000000000"))).isEqualTo("1000832100000000000000000 yocto (1.000832 NEAR)");
        assertThat(Amounts.formatGas(2_430_000_000_000L)).isEqualTo("2.43 Tgas (2430000000000)");
    }
}
