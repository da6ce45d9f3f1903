package dev.aidev.vm.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

class Bls12381Test {
    private static final BigInteger P = Bls12381.P;
    private static final BigInteger R = Bls12381.R;
    private static final Bls12381Point G1 = Bls12381.G1;
    private static final Bls12381Point G2 = Bls12381.G2;

    // ------------------------------------------------------------ helpers

    private static byte[] cat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] enc1(Bls12381Point p) {
        byte[] out = new byte[96];
        Bls12381.writePoint(p, false, out, 0);
        return out;
    }

    private static byte[] enc2(Bls12381Point p) {
        byte[] out = new byte[192];
        Bls12381.writePoint(p, true, out, 0);
        return out;
    }

    private static byte[] le32(BigInteger v) {
        byte[] out = new byte[32];
        for (int i = 0; i < 32; i++) {
            out[i] = v.shiftRight(8 * i).byteValue();
        }
        return out;
    }

    private static byte[] fp(BigInteger v) {
        byte[] out = new byte[48];
        Fp381.write(v, out, 0);
        return out;
    }

    private static BigInteger h(String hex) {
        return new BigInteger(hex.startsWith("0x") ? hex.substring(2) : hex, 16);
    }

    private static Bls12381Point pt1(String x, String y) {
        return Bls12381Point.affine(Fp2x381.of(h(x)), Fp2x381.of(h(y)));
    }

    /** RFC 9380 vector style "c0,c1" Fp2 elements. */
    private static Fp2x381 f2(String s) {
        String[] parts = s.split(",");
        return new Fp2x381(h(parts[0]), h(parts[1]));
    }

    private static Bls12381Point pt2(String x, String y) {
        return Bls12381Point.affine(f2(x), f2(y));
    }

    private static byte[] one(int sign, byte[] point) {
        return cat(new byte[] {(byte) sign}, point);
    }

    private static BigInteger rnd(Random r) {
        return new BigInteger(255, r).mod(R);
    }

    // ------------------------------------------------------------ generators / encoding

    @Test
    void generatorsAreOnCurveAndInSubgroup() {
        assertThat(G1.isOnCurve(Bls12381.B_G1)).isTrue();
        assertThat(G2.isOnCurve(Bls12381.B_G2)).isTrue();
        assertThat(Bls12381.inSubgroup(G1)).isTrue();
        assertThat(Bls12381.inSubgroup(G2)).isTrue();
        assertThat(G1.mul(R.subtract(BigInteger.ONE))).isEqualTo(G1.neg());
    }

    @Test
    void compressedGeneratorsMatchKnownEncodings() {
        assertThat(Hex.toHexString(Bls12381.compress(G1, false))).isEqualTo(
                "97f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb");
        assertThat(Hex.toHexString(Bls12381.compress(G2, true))).isEqualTo(
                "93e02b6052719f607dacd3a088274f65596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e"
                        + "024aa2b2f08f0a91260805272dc51051c6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb8");
    }
}
