package dev.aidev.vm.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Random;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class AltBn128Test {
    private static final BigInteger P = AltBn128.P;
    private static final BigInteger R = AltBn128.R;

    /** EIP-197 generator of G2, Ethereum order: x.im, x.re, y.im, y.re (big-endian). */
    private static final String G2_ETH =
            "198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c2"
                    + "1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed"
                    + "090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b"
                    + "12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa";

    // go-ethereum core/vm/testdata/precompiles/bn256Pairing.json (EIP-197 test vectors)
    private static final String JEFF1 =
            "1c76476f4def4bb94541d57ebba1193381ffa7aa76ada664dd31c16024c43f59"
                    + "3034dd2920f673e204fee2811c678745fc819b55d3e9d294e45c9b03a76aef41"
                    + "209dd15ebff5d46c4bd888e51a93cf99a7329636c63514396b4a452003a35bf7"
                    + "04bf11ca01483bfa8b34b43561848d28905960114c8ac04049af4b6315a41678"
                    + "2bb8324af6cfc93537a2ad1a445cfd0ca2a71acd7ac41fadbf933c2a51be344d"
                    + "120a2a4cf30c1bf9845f20c6fe39e07ea2cce61f0c9bb048165fe5e4de877550"
                    + "111e129f1cf1097710d41c4ac70fcdfa5ba2023c6ff1cbeac322de49d1b6df7c"
                    + "2032c61a830e3c17286de9462bf242fca2883585b93870a73853face6a6bf411"
                    + G2_ETH;
    private static final String JEFF6 =
            "1c76476f4def4bb94541d57ebba1193381ffa7aa76ada664dd31c16024c43f59"
                    + "3034dd2920f673e204fee2811c678745fc819b55d3e9d294e45c9b03a76aef41"
                    + "209dd15ebff5d46c4bd888e51a93cf99a7329636c63514396b4a452003a35bf7"
                    + "04bf11ca01483bfa8b34b43561848d28905960114c8ac04049af4b6315a41678"
                    + "2bb8324af6cfc93537a2ad1a445cfd0ca2a71acd7ac41fadbf933c2a51be344d"
                    + "120a2a4cf30c1bf9845f20c6fe39e07ea2cce61f0c9bb048165fe5e4de877550"
                    + "111e129f1cf1097710d41c4ac70fcdfa5ba2023c6ff1cbeac322de49d1b6df7c"
                    + "103188585e2364128fe25c70558f1560f4f9350baf3959e603cc91486e110936"
                    + G2_ETH;
    private static final String G1_GEN_ETH =
            "0000000000000000000000000000000000000000000000000000000000000001"
                    + "0000000000000000000000000000000000000000000000000000000000000002";
    private static final String TWO_POINT_MATCH_2 = G1_GEN_ETH + G2_ETH + G1_GEN_ETH
            + "198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c2"
            + "1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed"
            + "275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec"
            + "1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d";

    // ------------------------------------------------------------ helpers

    private static byte[] le32(BigInteger v) {
        byte[] out = new byte[32];
        AltBn128.putLe(v, out, 0);
        return out;
    }

    private static byte[] rev32(byte[] be, int off) {
        byte[] out = new byte[32];
        for (int i = 0; i < 32; i++) {
            out[i] = be[off + 31 - i];
        }
        return out;
    }

    /** EIP-197 big-endian pairing input -> NEAR little-endian layout. */
    static byte[] ethPairingToNear(String hex) {
        byte[] in = Hex.decode(hex);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int off = 0; off < in.length; off += 192) {
            out.writeBytes(rev32(in, off)); // x
            out.writeBytes(rev32(in, off + 32)); // y
            out.writeBytes(rev32(in, off + 96)); // x.re
            out.writeBytes(rev32(in, off + 64)); // x.im
            out.writeBytes(rev32(in, off + 160)); // y.re
            out.writeBytes(rev32(in, off + 128)); // y.im
        }
        return out.toByteArray();
    }

    private static byte[] g1(BigInteger[] p) {
        byte[] out = new byte[64];
        if (p != null) {
            AltBn128.putLe(p[0], out, 0);
            AltBn128.putLe(p[1], out, 32);
        }
        return out;
    }

    private static byte[] g2(Fp2[] q) {
        byte[] out = new byte[128];
        if (q != null) {
            AltBn128.putLe(q[0].re, out, 0);
            AltBn128.putLe(q[0].im, out, 32);
            AltBn128.putLe(q[1].re, out, 64);
            AltBn128.putLe(q[1].im, out, 96);
        }
        return out;
    }

    private static final BigInteger[] G1_GEN = {BigInteger.ONE, BigInteger.TWO};
    private static final Fp2[] G2_GEN = {
        new Fp2(new BigInteger("10857046999023057135944570762232829481370756359578518086990519993285655852781"),
                new BigInteger("11559732032986387107991004021392285783925812861821192530917403151452391805634"), P),
        new Fp2(new BigInteger("8495653923123431417604973247489272438418190587263600148770280649306958101930"),
                new BigInteger("4082367875863433681332203403145435568316851327593401208105741076214120093531"), P)
    };

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    // ------------------------------------------------------------ pairing

    @Test
    void eip197VectorsConvertedToNearLayout() {
        assertThat(AltBn128.pairingCheck(ethPairingToNear(JEFF1))).isTrue();
        assertThat(AltBn128.pairingCheck(ethPairingToNear(JEFF6))).isFalse();
        assertThat(AltBn128.pairingCheck(ethPairingToNear(G1_GEN_ETH + G2_ETH))).isFalse();
        assertThat(AltBn128.pairingCheck(ethPairingToNear(TWO_POINT_MATCH_2))).isTrue();
        assertThat(AltBn128.pairingCheck(new byte[0])).isTrue();
    }

    @Test
    void generatorConstantsMatchEip197() {
        assertThat(ethPairingToNear(G1_GEN_ETH + G2_ETH)).isEqualTo(concat(g1(G1_GEN), g2(G2_GEN)));
    }

    @Test
    void bilinearity() {
        BigInteger a = new BigInteger("123456789123456789123456789");
        BigInteger b = new BigInteger("987654321987654321");
        BigInteger[] aP = AltBn128.G1.mul(G1_GEN, a);
        Fp2[] bQ = AltBn128.G2.mul(G2_GEN, b);
        BigInteger[] minusAbP = AltBn128.G1.neg(AltBn128.G1.mul(G1_GEN, a.multiply(b).mod(R)));
        // e(aP, bQ) * e(-abP, Q) == 1
        assertThat(AltBn128.pairingCheck(concat(g1(aP), g2(bQ), g1(minusAbP), g2(G2_GEN)))).isTrue();
        // e(P, Q) * e(-P, Q) == 1
        assertThat(AltBn128.pairingCheck(
                concat(g1(G1_GEN), g2(G2_GEN), g1(AltBn128.G1.neg(G1_GEN)), g2(G2_GEN)))).isTrue();
        // e(aP, bQ) != e(abP, Q) when the sign is wrong
        assertThat(AltBn128.pairingCheck(
                concat(g1(aP), g2(bQ), g1(AltBn128.G1.neg(minusAbP)), g2(G2_GEN)))).isFalse();
        // the reduced pairing has order r and is not degenerate
        Fp12 e = AltBn128.pairing(G1_GEN, G2_GEN);
        assertThat(e.isOne()).isFalse();
        assertThat(e.pow(R).isOne()).isTrue();
        assertThat(e.mul(e.inv()).isOne()).isTrue();
    }

    @Test
    void infinityPairsAreNeutral() {
        assertThat(AltBn128.pairingCheck(concat(new byte[64], g2(G2_GEN)))).isTrue();
        assertThat(AltBn128.pairingCheck(concat(g1(G1_GEN), new byte[128]))).isTrue();
        assertThat(AltBn128.pairingCheck(concat(new byte[64], g2(G2_GEN), g1(G1_GEN), g2(G2_GEN)))).isFalse();
    }

    @Test
    void g2MustBeOnTwistAndInSubgroup() {
        // not on the twist
        byte[] bad = g2(new Fp2[] {G2_GEN[0], G2_GEN[1].add(Fp2.one(P))});
        assertThatThrownBy(() -> AltBn128.pairingCheck(concat(g1(G1_GEN), bad)))
                .isInstanceOf(CryptoInputException.class).hasMessageStartingWith("invalid g2: [");
        // on the twist but outside the order-r subgroup: find a twist point from a small x
        Fp2[] q = null;
        for (int x = 1; q == null; x++) {
            Fp2 fx = Fp2.of(x, 0, P);
            Fp2 y = fx.sqr().mul(fx).add(Fp2.of(3, 0, P).mul(Fp2.of(9, 1, P).inv())).sqrt();
            if (y != null) {
                q = new Fp2[] {fx, y};
            }
        }
        assertThat(AltBn128.G2.mul(q, R)).isNotNull(); // cofactor part present
        byte[] enc = g2(q);
        assertThatThrownBy(() -> AltBn128.pairingCheck(concat(g1(G1_GEN), enc)))
                .isInstanceOf(CryptoInputException.class).hasMessageStartingWith("invalid g2: [");
    }

    // ------------------------------------------------------------ G1

    @Test
    void generatorDoubling() {
        byte[] two = AltBn128.g1Sum(concat(new byte[] {0}, g1(G1_GEN), new byte[] {0}, g1(G1_GEN)));
        // EIP-196 add of (1,2)+(1,2)
        assertThat(two).isEqualTo(concat(
                le32(new BigInteger("030644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd3", 16)),
                le32(new BigInteger("15ed738c0e0a7c92e7845f96b2ae9c0a68a6a449e3538fc7ff3ebf7a5a18a2c4", 16))));
        byte[] viaMul = AltBn128.g1Multiexp(concat(g1(G1_GEN), le32(BigInteger.TWO)));
        assertThat(viaMul).isEqualTo(two);
    }

    @Test
    void sumWithSigns() {
        byte[] zero = AltBn128.g1Sum(concat(new byte[] {0}, g1(G1_GEN), new byte[] {1}, g1(G1_GEN)));
        assertThat(zero).isEqualTo(new byte[64]);
        assertThat(AltBn128.g1Sum(new byte[0])).isEqualTo(new byte[64]);
        assertThat(AltBn128.g1Sum(concat(new byte[] {1}, g1(G1_GEN))))
                .isEqualTo(g1(AltBn128.G1.neg(G1_GEN)));
        assertThat(AltBn128.g1Sum(concat(new byte[] {0}, new byte[64]))).isEqualTo(new byte[64]);
    }

    @Test
    void multiexpEdgeCases() {
        assertThat(AltBn128.g1Multiexp(new byte[0])).isEqualTo(new byte[64]);
        assertThat(AltBn128.g1Multiexp(concat(g1(G1_GEN), le32(BigInteger.ZERO)))).isEqualTo(new byte[64]);
        assertThat(AltBn128.g1Multiexp(concat(g1(G1_GEN), le32(R.subtract(BigInteger.ONE)))))
                .isEqualTo(g1(AltBn128.G1.neg(G1_GEN)));
        assertThat(AltBn128.g1Multiexp(concat(new byte[64], le32(BigInteger.TEN)))).isEqualTo(new byte[64]);
    }

    @RepeatedTest(10)
    void multiexpEqualsRepeatedSum(RepetitionInfo info) {
        Random rnd = new Random(42L + info.getCurrentRepetition());
        int n = 1 + rnd.nextInt(4);
        ByteArrayOutputStream me = new ByteArrayOutputStream();
        ByteArrayOutputStream sum = new ByteArrayOutputStream();
        for (int i = 0; i < n; i++) {
            BigInteger[] pt = AltBn128.G1.mul(G1_GEN, new BigInteger(250, rnd).mod(R));
            int k = rnd.nextInt(6);
            me.writeBytes(g1(pt));
            me.writeBytes(le32(BigInteger.valueOf(k)));
            for (int j = 0; j < k; j++) {
                sum.writeBytes(new byte[] {0});
                sum.writeBytes(g1(pt));
            }
        }
        assertThat(AltBn128.g1Multiexp(me.toByteArray())).isEqualTo(AltBn128.g1Sum(sum.toByteArray()));
    }

    @Test
    void multiexpIsLinear() {
        Random rnd = new Random(7);
        BigInteger a = new BigInteger(256, rnd).mod(R);
        BigInteger b = new BigInteger(256, rnd).mod(R);
        BigInteger[] pt = AltBn128.G1.mul(G1_GEN, new BigInteger(256, rnd).mod(R));
        byte[] lhs = AltBn128.g1Multiexp(concat(g1(pt), le32(a), g1(pt), le32(b)));
        byte[] rhs = AltBn128.g1Multiexp(concat(g1(pt), le32(a.add(b).mod(R))));
        assertThat(lhs).isEqualTo(rhs);
    }

    // ------------------------------------------------------------ errors

    @Test
    void errorMessagesMatchNearcore() {
        assertThatThrownBy(() -> AltBn128.g1Multiexp(new byte[95]))
                .isInstanceOf(CryptoInputException.class)
                .hasMessage("slice of size 95 cannot be precisely split into chunks of size 96");
        assertThatThrownBy(() -> AltBn128.g1Sum(new byte[64]))
                .hasMessage("slice of size 64 cannot be precisely split into chunks of size 65");
        assertThatThrownBy(() -> AltBn128.pairingCheck(new byte[193]))
                .hasMessage("slice of size 193 cannot be precisely split into chunks of size 192");
        assertThatThrownBy(() -> AltBn128.g1Sum(concat(new byte[] {2}, g1(G1_GEN))))
                .isInstanceOf(CryptoInputException.class).hasMessage("invalid bool: [2]");
        // x = p is not a valid fq
        byte[] xp = concat(le32(P), le32(BigInteger.TWO), le32(BigInteger.ONE));
        StringBuilder want = new StringBuilder("invalid fq: [");
        byte[] pl = le32(P);
        for (int i = 0; i < 32; i++) {
            want.append(i > 0 ? ", " : "").append(Integer.toHexString(pl[i] & 0xff).toUpperCase());
        }
        assertThatThrownBy(() -> AltBn128.g1Multiexp(xp)).hasMessage(want + "]");
        // (1, 3) not on the curve: message lists all 64 bytes
        byte[] off = concat(le32(BigInteger.ONE), le32(BigInteger.valueOf(3)), le32(BigInteger.ONE));
        assertThatThrownBy(() -> AltBn128.g1Multiexp(off))
                .hasMessage("invalid g1: [1" + ", 0".repeat(31) + ", 3" + ", 0".repeat(31) + "]");
        // scalar = r rejected
        byte[] fr = concat(g1(G1_GEN), le32(R));
        assertThatThrownBy(() -> AltBn128.g1Multiexp(fr)).hasMessageStartingWith("invalid fr: [1, 0, 0, F0,");
    }
}
