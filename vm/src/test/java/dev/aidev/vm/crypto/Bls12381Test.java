package dev.aidev.vm.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;
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

    // ------------------------------------------------------------ pairing

    @Test
    void hardPartExponentIdentity() {
        BigInteger x = Bls12381.X_ABS.negate();
        BigInteger xm1 = x.subtract(BigInteger.ONE);
        BigInteger e = xm1.pow(2).multiply(x.add(P))
                .multiply(x.pow(2).add(P.pow(2)).subtract(BigInteger.ONE)).add(BigInteger.valueOf(3));
        BigInteger three = BigInteger.valueOf(3);
        BigInteger phi = P.pow(4).subtract(P.pow(2)).add(BigInteger.ONE);
        assertThat(phi.mod(R)).isZero();
        assertThat(e).isEqualTo(phi.divide(R).multiply(three));
    }

    @Test
    void hardPartMatchesPlainExponentiation() {
        Fp12x381 f = Bls12381.millerLoop(G1.toAffine(), G2.toAffine());
        Fp12x381 t = f.conj().mul(f.inv());
        assertThat(t.mul(f)).isEqualTo(f.conj());
        t = t.frob().frob().mul(t);
        BigInteger e = P.pow(4).subtract(P.pow(2)).add(BigInteger.ONE).divide(R)
                .multiply(BigInteger.valueOf(3));
        Fp12x381 viaChain = Bls12381.hardPart(t);
        assertThat(viaChain).isEqualTo(t.pow(e));
        // a non-degenerate pairing value of order r
        assertThat(viaChain.isOne()).isFalse();
        assertThat(viaChain.pow(R).isOne()).isTrue();
    }

    @Test
    void frobeniusIsPthPower() {
        Fp12x381 f = Bls12381.millerLoop(G1.toAffine(), G2.toAffine());
        assertThat(f.frob()).isEqualTo(f.pow(P));
        assertThat(f.mul(f.inv()).isOne()).isTrue();
    }

    @Test
    void pairingBilinearity() {
        Random rnd = new Random(42);
        BigInteger a = rnd(rnd);
        BigInteger b = rnd(rnd);
        byte[] input = cat(enc1(G1.mul(a)), enc2(G2.mul(b)),
                enc1(G1.mul(a.multiply(b).mod(R)).neg()), enc2(G2));
        assertThat(Bls12381.pairingCheck(input)).isZero();
        // e(aP, bQ) e(abP, Q) != 1
        byte[] notOne = cat(enc1(G1.mul(a)), enc2(G2.mul(b)),
                enc1(G1.mul(a.multiply(b).mod(R))), enc2(G2));
        assertThat(Bls12381.pairingCheck(notOne)).isEqualTo(2);
        // e(P, Q) e(-P, Q) == 1; e(P,Q) alone is not one
        assertThat(Bls12381.pairingCheck(cat(enc1(G1), enc2(G2), enc1(G1.neg()), enc2(G2)))).isZero();
        assertThat(Bls12381.pairingCheck(cat(enc1(G1), enc2(G2)))).isEqualTo(2);
        // e(P, Q)^2 e(-P, 2Q) == 1 via moving the scalar to the other side
        assertThat(Bls12381.pairingCheck(cat(enc1(G1.dbl()), enc2(G2), enc1(G1.neg()), enc2(G2.dbl()))))
                .isZero();
    }

    // ------------------------------------------------------------ map to curve (RFC 9380 J.9.1 / J.10.1)

    /**
     * RFC 9380 J.9.1 (BLS12381G1_XMD:SHA-256_SSWU_RO_, msg "" and "abc"): {u0, u1, Q0.x, Q0.y,
     * Q1.x, Q1.y, P.x, P.y}.
     */
    private static final String[][] G1_RO = {
        {"0ba14bd907ad64a016293ee7c2d276b8eae71f25a4b941eece7b0d89f17f75cb3ae5438a614fb61d6835ad59f29c564f",
            "019b9bd7979f12657976de2884c7cce192b82c177c80e0ec604436a7f538d231552f0d96d9f7babe5fa3b19b3ff25ac9",
            "11a3cce7e1d90975990066b2f2643b9540fa40d6137780df4e753a8054d07580db3b7f1f03396333d4a359d1fe3766fe",
            "0eeaf6d794e479e270da10fdaf768db4c96b650a74518fc67b04b03927754bac66f3ac720404f339ecdcc028afa091b7",
            "160003aaf1632b13396dbad518effa00fff532f604de1a7fc2082ff4cb0afa2d63b2c32da1bef2bf6c5ca62dc6b72f9c",
            "0d8bb2d14e20cf9f6036152ed386d79189415b6d015a20133acb4e019139b94e9c146aaad5817f866c95d609a361735e",
            "052926add2207b76ca4fa57a8734416c8dc95e24501772c814278700eed6d1e4e8cf62d9c09db0fac349612b759e79a1",
            "08ba738453bfed09cb546dbb0783dbb3a5f1f566ed67bb6be0e8c67e2e81a4cc68ee29813bb7994998f3eae0c9c6a265"},
        {"0d921c33f2bad966478a03ca35d05719bdf92d347557ea166e5bba579eea9b83e9afa5c088573c2281410369fbd32951",
            "003574a00b109ada2f26a37a91f9d1e740dffd8d69ec0c35e1e9f4652c7dba61123e9dd2e76c655d956e2b3462611139",
            "125435adce8e1cbd1c803e7123f45392dc6e326d292499c2c45c5865985fd74fe8f042ecdeeec5ecac80680d04317d80",
            "0e8828948c989126595ee30e4f7c931cbd6f4570735624fd25aef2fa41d3f79cfb4b4ee7b7e55a8ce013af2a5ba20bf2",
            "11def93719829ecda3b46aa8c31fc3ac9c34b428982b898369608e4f042babee6c77ab9218aad5c87ba785481eff8ae4",
            "0007c9cef122ccf2efd233d6eb9bfc680aa276652b0661f4f820a653cec1db7ff69899f8e52b8e92b025a12c822a6ce6",
            "03567bc5ef9c690c2ab2ecdf6a96ef1c139cc0b2f284dca0a9a7943388a49a3aee664ba5379a7655d3c68900be2f6903",
            "0b9c15f3fe6e5cf4211f346271d7b01c8f3b28be689c8429c85b67af215533311f0b8dfaaa154fa6b88176c229f2885d"},
    };

    /** RFC 9380 J.10.1 (G2, msg "" and "abc"): {u0, u1, Q0.x, Q0.y, Q1.x, Q1.y}, Fp2 as "c0,c1". */
    private static final String[][] G2_RO = {
        {"03dbc2cce174e91ba93cbb08f26b917f98194a2ea08d1cce75b2b9cc9f21689d80bd79b594a613d0a68eb807dfdc1cf8,05a2acec64114845711a54199ea339abd125ba38253b70a92c876df10598bd1986b739cad67961eb94f7076511b3b39a",
            "02f99798e8a5acdeed60d7e18e9120521ba1f47ec090984662846bc825de191b5b7641148c0dbc237726a334473eee94,145a81e418d4010cc027a68f14391b30074e89e60ee7a22f87217b2f6eb0c4b94c9115b436e6fa4607e95a98de30a435",
            "019ad3fc9c72425a998d7ab1ea0e646a1f6093444fc6965f1cad5a3195a7b1e099c050d57f45e3fa191cc6d75ed7458c,171c88b0b0efb5eb2b88913a9e74fe111a4f68867b59db252ce5868af4d1254bfab77ebde5d61cd1a86fb2fe4a5a1c1d",
            "0ba10604e62bdd9eeeb4156652066167b72c8d743b050fb4c1016c31b505129374f76e03fa127d6a156213576910fef3,0eb22c7a543d3d376e9716a49b72e79a89c9bfe9feee8533ed931cbb5373dde1fbcd7411d8052e02693654f71e15410a",
            "113d2b9cd4bd98aee53470b27abc658d91b47a78a51584f3d4b950677cfb8a3e99c24222c406128c91296ef6b45608be,13855912321c5cb793e9d1e88f6f8d342d49c0b0dbac613ee9e17e3c0b3c97dfbb5a49cc3fb45102fdbaf65e0efe2632",
            "0fd3def0b7574a1d801be44fde617162aa2e89da47f464317d9bb5abc3a7071763ce74180883ad7ad9a723a9afafcdca,056f617902b3c0d0f78a9a8cbda43a26b65f602f8786540b9469b060db7b38417915b413ca65f875c130bebfaa59790c"},
        {"15f7c0aa8f6b296ab5ff9c2c7581ade64f4ee6f1bf18f55179ff44a2cf355fa53dd2a2158c5ecb17d7c52f63e7195771,01c8067bf4c0ba709aa8b9abc3d1cef589a4758e09ef53732d670fd8739a7274e111ba2fcaa71b3d33df2a3a0c8529dd",
            "187111d5e088b6b9acfdfad078c4dacf72dcd17ca17c82be35e79f8c372a693f60a033b461d81b025864a0ad051a06e4,08b852331c96ed983e497ebc6dee9b75e373d923b729194af8e72a051ea586f3538a6ebb1e80881a082fa2b24df9f566",
            "12b2e525281b5f4d2276954e84ac4f42cf4e13b6ac4228624e17760faf94ce5706d53f0ca1952f1c5ef75239aeed55ad,05d8a724db78e570e34100c0bc4a5fa84ad5839359b40398151f37cff5a51de945c563463c9efbdda569850ee5a53e77",
            "02eacdc556d0bdb5d18d22f23dcb086dd106cad713777c7e6407943edbe0b3d1efe391eedf11e977fac55f9b94f2489c,04bbe48bfd5814648d0b9e30f0717b34015d45a861425fabc1ee06fdfce36384ae2c808185e693ae97dcde118f34de41",
            "19f18cc5ec0c2f055e47c802acc3b0e40c337256a208001dde14b25afced146f37ea3d3ce16834c78175b3ed61f3c537,15b0dadc256a258b4c68ea43605dffa6d312eef215c19e6474b3e101d33b661dfee43b51abbf96fee68fc6043ac56a58",
            "05e47c1781286e61c7ade887512bd9c2cb9f640d3be9cf87ea0bad24bd0ebfe946497b48a581ab6c7d4ca74b5147287f,19f98db2f4a1fcdf56a9ced7b320ea9deecf57c8e59236b0dc21f6ee7229aa9705ce9ac7fe7a31c72edca0d92370c096"},
    };

    /** RFC 9380 J.10.1 P for msg "" (hash_to_curve output), Fp2 as "c0,c1". */
    private static final String[] G2_RO_EMPTY_P = {
        "0141ebfbdca40eb85b87142e130ab689c673cf60f1a3e98d69335266f30d9b8d4ac44c1038e9dcdd5393faf5c41fb78a,05cb8437535e20ecffaef7752baddf98034139c38452458baeefab379ba13dff5bf5dd71b72418717047f5b0f37da03d",
        "0503921d7f6a12805e72940b963c0cf3471c7b2a524950ca195d11062ee75ec076daf2d4bc358c4b190c0c98064fdd92,12424ac32561493f3fe3c260708a12b7c620e7be00099a974e259ddc7d1f6395c3c811cdd19f1e8dbf3e9ecfdcbab8d6"};

    @Test
    void mapToCurveG1MatchesRfc9380Vectors() {
        for (String[] v : G1_RO) {
            Bls12381Point q0 = Bls12381Map.mapToCurveG1(h(v[0]));
            Bls12381Point q1 = Bls12381Map.mapToCurveG1(h(v[1]));
            assertThat(q0).isEqualTo(pt1(v[2], v[3]));
            assertThat(q1).isEqualTo(pt1(v[4], v[5]));
            Bls12381Point expected = pt1(v[6], v[7]);
            assertThat(q0.add(q1).mul(Bls12381Map.H_EFF_G1)).isEqualTo(expected);
            // the host function: clear_cofactor(map_to_curve(u)) per element, concatenated
            byte[] out = Bls12381.mapFpToG1(cat(fp(h(v[0])), fp(h(v[1]))));
            assertThat(out).hasSize(192);
            Bls12381Point r0 = Bls12381.readPoint(out, 0, false);
            Bls12381Point r1 = Bls12381.readPoint(out, 96, false);
            assertThat(r0).isEqualTo(q0.mul(Bls12381Map.H_EFF_G1));
            assertThat(Bls12381.inSubgroup(r0)).isTrue();
            assertThat(r0.add(r1)).isEqualTo(expected);
            // summing the two outputs with p1_sum gives the hash_to_curve result
            assertThat(Bls12381.p1Sum(cat(one(0, Arrays.copyOfRange(out, 0, 96)),
                    one(0, Arrays.copyOfRange(out, 96, 192))))).isEqualTo(enc1(expected));
        }
    }

    @Test
    void mapToCurveG2MatchesRfc9380Vectors() {
        for (String[] v : G2_RO) {
            Bls12381Point q0 = Bls12381Map.mapToCurveG2(f2(v[0]));
            Bls12381Point q1 = Bls12381Map.mapToCurveG2(f2(v[1]));
            assertThat(q0).isEqualTo(pt2(v[2], v[3]));
            assertThat(q1).isEqualTo(pt2(v[4], v[5]));
            byte[] in = new byte[192];
            Fp2x381 u0 = f2(v[0]);
            Fp2x381 u1 = f2(v[1]);
            Fp381.write(u0.c1, in, 0);
            Fp381.write(u0.c0, in, 48);
            Fp381.write(u1.c1, in, 96);
            Fp381.write(u1.c0, in, 144);
            byte[] out = Bls12381.mapFp2ToG2(in);
            assertThat(out).hasSize(384);
            Bls12381Point r0 = Bls12381.readPoint(out, 0, true);
            Bls12381Point r1 = Bls12381.readPoint(out, 192, true);
            assertThat(Bls12381.inSubgroup(r0)).isTrue();
            assertThat(r0).isEqualTo(q0.mul(Bls12381Map.H_EFF_G2));
            assertThat(r0.add(r1)).isEqualTo(q0.add(q1).mul(Bls12381Map.H_EFF_G2));
            if (v == G2_RO[0]) {
                assertThat(r0.add(r1)).isEqualTo(pt2(G2_RO_EMPTY_P[0], G2_RO_EMPTY_P[1]));
            }
        }
    }

    @Test
    void mapRejectsNonCanonicalFieldElements() {
        assertThat(Bls12381.mapFpToG1(fp(P))).isNull();
        assertThat(Bls12381.mapFpToG1(cat(fp(BigInteger.ONE), fp(P.add(BigInteger.ONE))))).isNull();
        assertThat(Bls12381.mapFpToG1(fp(P.subtract(BigInteger.ONE)))).hasSize(96);
        assertThat(Bls12381.mapFp2ToG2(cat(fp(P), fp(BigInteger.ONE)))).isNull();
        assertThat(Bls12381.mapFp2ToG2(cat(fp(BigInteger.ONE), fp(P)))).isNull();
        assertThat(Bls12381.mapFpToG1(new byte[0])).isEmpty();
        assertThat(Bls12381.mapFp2ToG2(new byte[0])).isEmpty();
        // u = 0 is the exceptional SSWU case: still a valid subgroup point
        Bls12381Point z1 = Bls12381.readPoint(Bls12381.mapFpToG1(new byte[48]), 0, false);
        assertThat(z1).isNotNull();
        assertThat(Bls12381.inSubgroup(z1)).isTrue();
        Bls12381Point z2 = Bls12381.readPoint(Bls12381.mapFp2ToG2(new byte[96]), 0, true);
        assertThat(z2).isNotNull();
        assertThat(Bls12381.inSubgroup(z2)).isTrue();
    }

    // ------------------------------------------------------------ host-function semantics

    private static final byte[] INF1 = inf(96);
    private static final byte[] INF2 = inf(192);

    private static byte[] inf(int n) {
        byte[] b = new byte[n];
        b[0] = 0x40;
        return b;
    }

    /** An on-curve G1 point outside the subgroup. */
    private static Bls12381Point nonSubgroupG1() {
        for (int x = 1; ; x++) {
            BigInteger y = Fp381.sqrt(BigInteger.valueOf((long) x * x * x + 4));
            if (y != null) {
                Bls12381Point pt = pt1(Integer.toHexString(x), y.toString(16));
                if (!Bls12381.inSubgroup(pt)) {
                    return pt;
                }
            }
        }
    }

    /** map_to_curve output before cofactor clearing: on the curve, not in G2. */
    private static Bls12381Point nonSubgroupG2() {
        return Bls12381Map.mapToCurveG2(f2(G2_RO[0][0]));
    }

    @Test
    void lengthErrorsCarryNearcoreMessages() {
        assertThatThrownBy(() -> Bls12381.p1Sum(new byte[96]))
                .isInstanceOf(CryptoInputException.class)
                .hasMessage("Incorrect input length for bls12381_p1_sum: 96 is not divisible by 97");
        assertThatThrownBy(() -> Bls12381.p2Sum(new byte[1]))
                .hasMessage("Incorrect input length for bls12381_p2_sum: 1 is not divisible by 193");
        assertThatThrownBy(() -> Bls12381.g1Multiexp(new byte[127]))
                .hasMessage("Incorrect input length for bls12381_p1_multiexp: 127 is not divisible by 128");
        assertThatThrownBy(() -> Bls12381.g2Multiexp(new byte[225]))
                .hasMessage("Incorrect input length for bls12381_p2_multiexp: 225 is not divisible by 224");
        assertThatThrownBy(() -> Bls12381.mapFpToG1(new byte[47]))
                .hasMessage("Incorrect input length for bls12381_map_fp_to_g1: 47 is not divisible by 48");
        assertThatThrownBy(() -> Bls12381.mapFp2ToG2(new byte[48]))
                .hasMessage("Incorrect input length for bls12381_map_fp2_to_g2: 48 is not divisible by 96");
        assertThatThrownBy(() -> Bls12381.p1Decompress(new byte[49]))
                .hasMessage("Incorrect input length for bls12381_p1_decompress: 49 is not divisible by 48");
        assertThatThrownBy(() -> Bls12381.p2Decompress(new byte[97]))
                .hasMessage("Incorrect input length for bls12381_p2_decompress: 97 is not divisible by 96");
        assertThatThrownBy(() -> Bls12381.pairingCheck(new byte[287]))
                .hasMessage("Incorrect input length for bls12381_pairing_check: 287 is not divisible by 288");
    }

    @Test
    void emptyInputs() {
        assertThat(Bls12381.p1Sum(new byte[0])).isEqualTo(INF1);
        assertThat(Bls12381.p2Sum(new byte[0])).isEqualTo(INF2);
        assertThat(Bls12381.g1Multiexp(new byte[0])).isEqualTo(INF1);
        assertThat(Bls12381.g2Multiexp(new byte[0])).isEqualTo(INF2);
        assertThat(Bls12381.p1Decompress(new byte[0])).isEmpty();
        assertThat(Bls12381.p2Decompress(new byte[0])).isEmpty();
        assertThat(Bls12381.pairingCheck(new byte[0])).isZero();
    }

    @Test
    void p1SumAddsSubtractsAndHandlesInfinity() {
        Bls12381Point a = G1.mul(BigInteger.valueOf(5));
        Bls12381Point b = G1.mul(BigInteger.valueOf(7));
        assertThat(Bls12381.p1Sum(cat(one(0, enc1(a)), one(0, enc1(b)))))
                .isEqualTo(enc1(G1.mul(BigInteger.valueOf(12))));
        assertThat(Bls12381.p1Sum(cat(one(0, enc1(a)), one(1, enc1(b)))))
                .isEqualTo(enc1(G1.mul(BigInteger.valueOf(2)).neg()));
        assertThat(Bls12381.p1Sum(cat(one(0, enc1(a)), one(1, enc1(a))))).isEqualTo(INF1);
        assertThat(Bls12381.p1Sum(cat(one(0, enc1(a)), one(0, enc1(a)))))
                .isEqualTo(enc1(G1.mul(BigInteger.TEN)));
        assertThat(Bls12381.p1Sum(cat(one(1, INF1), one(0, enc1(a))))).isEqualTo(enc1(a));
        // sign byte other than 0/1
        assertThat(Bls12381.p1Sum(one(2, enc1(a)))).isNull();
        // points outside the subgroup are fine for sums
        Bls12381Point ns = nonSubgroupG1();
        assertThat(Bls12381.p1Sum(cat(one(0, enc1(ns)), one(0, enc1(ns))))).isEqualTo(enc1(ns.dbl()));
    }

    @Test
    void p2SumAddsSubtracts() {
        Bls12381Point a = G2.mul(BigInteger.valueOf(3));
        assertThat(Bls12381.p2Sum(cat(one(0, enc2(a)), one(0, enc2(G2)))))
                .isEqualTo(enc2(G2.mul(BigInteger.valueOf(4))));
        assertThat(Bls12381.p2Sum(cat(one(0, enc2(a)), one(1, enc2(a))))).isEqualTo(INF2);
        assertThat(Bls12381.p2Sum(one(1, enc2(G2)))).isEqualTo(enc2(G2.neg()));
        assertThat(Bls12381.p2Sum(one(0xff, enc2(G2)))).isNull();
        Bls12381Point ns = nonSubgroupG2();
        assertThat(Bls12381.p2Sum(cat(one(0, enc2(ns)), one(0, enc2(ns))))).isEqualTo(enc2(ns.dbl()));
    }

    @Test
    void invalidPointEncodingsAreRejected() {
        byte[] g = enc1(G1);
        // compressed flag in an uncompressed input
        byte[] c = g.clone();
        c[0] |= (byte) 0x80;
        assertThat(Bls12381.p1Sum(one(0, c))).isNull();
        // sign flag without compression
        byte[] s = g.clone();
        s[0] |= 0x20;
        assertThat(Bls12381.p1Sum(one(0, s))).isNull();
        // infinity flag with non-zero payload
        byte[] i = INF1.clone();
        i[95] = 1;
        assertThat(Bls12381.p1Sum(one(0, i))).isNull();
        byte[] i2 = INF1.clone();
        i2[0] = 0x60;
        assertThat(Bls12381.p1Sum(one(0, i2))).isNull();
        // not on the curve
        byte[] off = g.clone();
        off[95] ^= 1;
        assertThat(Bls12381.p1Sum(one(0, off))).isNull();
        // all zero bytes: (0, 0) is not on the curve (infinity needs the 0x40 flag)
        assertThat(Bls12381.p1Sum(one(0, new byte[96]))).isNull();
        // coordinate >= p (y + p)
        byte[] big = cat(fp(G1.x.c0), fp(G1.y.c0.add(P)));
        assertThat(Bls12381.p1Sum(one(0, big))).isNull();
        // G2: not on the twist, and c1/c0 swapped
        byte[] g2 = enc2(G2);
        byte[] g2off = g2.clone();
        g2off[191] ^= 1;
        assertThat(Bls12381.p2Sum(one(0, g2off))).isNull();
        byte[] swapped = cat(Arrays.copyOfRange(g2, 48, 96), Arrays.copyOfRange(g2, 0, 48),
                Arrays.copyOfRange(g2, 96, 192));
        assertThat(Bls12381.p2Sum(one(0, swapped))).isNull();
        // one bad item poisons the whole call
        assertThat(Bls12381.p1Sum(cat(one(0, g), one(0, off)))).isNull();
    }

    @Test
    void zeroXCornerCaseDependsOnVersion() {
        // (0, 2) is on y^2 = x^3 + 4 but not in G1 (NEP-488)
        Bls12381Point z = pt1("0", "2");
        byte[] enc = enc1(z);
        assertThat(Bls12381.p1Sum(one(0, enc), 0)).isNull();
        assertThat(Bls12381.p1Sum(one(0, enc), 1)).isEqualTo(enc);
        assertThat(Bls12381.p1Sum(one(0, enc))).isEqualTo(enc);
        byte[] comp = Bls12381.compress(z, false);
        assertThat(Bls12381.p1Decompress(comp, 0)).isNull();
        assertThat(Bls12381.p1Decompress(comp, 1)).isEqualTo(enc);
        // multiexp requires the subgroup either way
        assertThat(Bls12381.g1Multiexp(cat(enc, le32(BigInteger.ONE)))).isNull();
        assertThat(Bls12381.pairingCheck(cat(enc, enc2(G2)))).isEqualTo(1);
    }

    @Test
    void g1MultiexpMatchesSumAndScalarSemantics() {
        Random rnd = new Random(7);
        Bls12381Point expected = Bls12381Point.INFINITY;
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        ByteArrayOutputStream sumIn = new ByteArrayOutputStream();
        for (int i = 0; i < 3; i++) {
            BigInteger k = rnd(rnd);
            BigInteger s = new BigInteger(256, rnd);
            Bls12381Point p = G1.mul(k);
            in.writeBytes(cat(enc1(p), le32(s)));
            Bls12381Point sp = p.mul(s);
            sumIn.writeBytes(one(0, enc1(sp)));
            expected = expected.add(sp);
        }
        byte[] res = Bls12381.g1Multiexp(in.toByteArray());
        assertThat(res).isEqualTo(enc1(expected));
        assertThat(Bls12381.p1Sum(sumIn.toByteArray())).isEqualTo(res);
        // scalars are little-endian and not reduced: s and s + r give the same result; 0 gives O
        BigInteger s = BigInteger.valueOf(0x0102);
        assertThat(Bls12381.g1Multiexp(cat(enc1(G1), le32(s)))).isEqualTo(enc1(G1.mul(s)));
        assertThat(Bls12381.g1Multiexp(cat(enc1(G1), le32(s.add(R))))).isEqualTo(enc1(G1.mul(s)));
        BigInteger max = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
        assertThat(Bls12381.g1Multiexp(cat(enc1(G1), le32(max))))
                .isEqualTo(enc1(G1.mul(max.mod(R))));
        assertThat(Bls12381.g1Multiexp(cat(enc1(G1), le32(BigInteger.ZERO)))).isEqualTo(INF1);
        assertThat(Bls12381.g1Multiexp(cat(INF1, le32(s)))).isEqualTo(INF1);
        // subgroup required
        assertThat(Bls12381.g1Multiexp(cat(enc1(nonSubgroupG1()), le32(s)))).isNull();
    }

    @Test
    void g2MultiexpMatchesSum() {
        BigInteger a = BigInteger.valueOf(123456789);
        BigInteger b = R.subtract(BigInteger.valueOf(5));
        byte[] res = Bls12381.g2Multiexp(cat(enc2(G2), le32(a), enc2(G2.dbl()), le32(b)));
        Bls12381Point expected = G2.mul(a.add(b.shiftLeft(1)).mod(R));
        assertThat(res).isEqualTo(enc2(expected));
        assertThat(Bls12381.p2Sum(cat(one(0, enc2(G2.mul(a))), one(1, enc2(G2.mul(BigInteger.TEN))))))
                .isEqualTo(res);
        assertThat(Bls12381.g2Multiexp(cat(enc2(nonSubgroupG2()), le32(a)))).isNull();
    }

    @Test
    void decompressRoundTrips() {
        Random rnd = new Random(3);
        for (int i = 0; i < 4; i++) {
            Bls12381Point p = G1.mul(rnd(rnd));
            Bls12381Point q = G2.mul(rnd(rnd));
            assertThat(Bls12381.p1Decompress(Bls12381.compress(p, false))).isEqualTo(enc1(p));
            assertThat(Bls12381.p1Decompress(Bls12381.compress(p.neg(), false))).isEqualTo(enc1(p.neg()));
            assertThat(Bls12381.p2Decompress(Bls12381.compress(q, true))).isEqualTo(enc2(q));
            assertThat(Bls12381.p2Decompress(Bls12381.compress(q.neg(), true))).isEqualTo(enc2(q.neg()));
        }
        // concatenation, infinity, non-subgroup points
        byte[] c = cat(Bls12381.compress(G1, false), Bls12381.compress(Bls12381Point.INFINITY, false),
                Bls12381.compress(nonSubgroupG1(), false));
        assertThat(Bls12381.p1Decompress(c)).isEqualTo(cat(enc1(G1), INF1, enc1(nonSubgroupG1())));
        assertThat(Bls12381.p2Decompress(cat(Bls12381.compress(nonSubgroupG2(), true),
                Bls12381.compress(Bls12381Point.INFINITY, true))))
                .isEqualTo(cat(enc2(nonSubgroupG2()), INF2));
        // G1 generator known compressed form
        assertThat(Bls12381.p1Decompress(Hex.decode(
                "97f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb")))
                .isEqualTo(enc1(G1));
    }

    @Test
    void decompressRejectsBadEncodings() {
        byte[] g = Bls12381.compress(G1, false);
        byte[] noFlag = g.clone();
        noFlag[0] &= 0x7f;
        assertThat(Bls12381.p1Decompress(noFlag)).isNull();
        byte[] badInf = new byte[48];
        badInf[0] = (byte) 0xe0; // infinity with sign bit
        assertThat(Bls12381.p1Decompress(badInf)).isNull();
        byte[] badInf2 = new byte[48];
        badInf2[0] = (byte) 0xc0;
        badInf2[47] = 1;
        assertThat(Bls12381.p1Decompress(badInf2)).isNull();
        // x >= p
        byte[] big = fp(P);
        big[0] |= (byte) 0x80;
        assertThat(Bls12381.p1Decompress(big)).isNull();
        // x with no point: find x such that x^3 + 4 is not a square
        int x = 1;
        while (Fp381.isSquare(BigInteger.valueOf((long) x * x * x + 4))) {
            x++;
        }
        byte[] notOnCurve = fp(BigInteger.valueOf(x));
        notOnCurve[0] |= (byte) 0x80;
        assertThat(Bls12381.p1Decompress(notOnCurve)).isNull();
        assertThat(Bls12381.p1Decompress(cat(g, notOnCurve))).isNull();
        byte[] g2 = Bls12381.compress(G2, true);
        g2[0] &= 0x7f;
        assertThat(Bls12381.p2Decompress(g2)).isNull();
    }

    @Test
    void pairingCheckRejectsInvalidInputs() {
        byte[] ok = cat(enc1(G1), enc2(G2));
        assertThat(Bls12381.pairingCheck(cat(enc1(nonSubgroupG1()), enc2(G2)))).isEqualTo(1);
        assertThat(Bls12381.pairingCheck(cat(enc1(G1), enc2(nonSubgroupG2())))).isEqualTo(1);
        byte[] bad = ok.clone();
        bad[0] |= (byte) 0x80;
        assertThat(Bls12381.pairingCheck(bad)).isEqualTo(1);
        byte[] bad2 = ok.clone();
        bad2[96] |= (byte) 0x80;
        assertThat(Bls12381.pairingCheck(bad2)).isEqualTo(1);
        // an invalid later pair still yields 1
        assertThat(Bls12381.pairingCheck(cat(enc1(G1), enc2(G2), enc1(G1.neg()), enc2(G2), bad)))
                .isEqualTo(1);
        // infinity contributes a factor of one
        assertThat(Bls12381.pairingCheck(cat(INF1, enc2(G2)))).isZero();
        assertThat(Bls12381.pairingCheck(cat(enc1(G1), INF2))).isZero();
        assertThat(Bls12381.pairingCheck(cat(INF1, enc2(G2), enc1(G1), enc2(G2)))).isEqualTo(2);
    }

    // ------------------------------------------------------------ EIP-2537 vectors (converted)

    /** EIP-2537 64-byte padded Fp sequence -> NEAR 48-byte Fp sequence. */
    private static byte[] eipFps(String hex) {
        byte[] in = Hex.decode(hex);
        byte[] out = new byte[in.length / 64 * 48];
        for (int i = 0; i < in.length / 64; i++) {
            for (int j = 0; j < 16; j++) {
                assertThat(in[i * 64 + j]).isZero();
            }
            System.arraycopy(in, i * 64 + 16, out, i * 48, 48);
        }
        return out;
    }

    /** EIP-2537 Fp2 sequence (c0 || c1, padded) -> NEAR (c1 || c0, 48 bytes each). */
    private static byte[] eipFp2s(String hex) {
        byte[] fps = eipFps(hex);
        byte[] out = new byte[fps.length];
        for (int i = 0; i < fps.length / 96; i++) {
            System.arraycopy(fps, i * 96, out, i * 96 + 48, 48);
            System.arraycopy(fps, i * 96 + 48, out, i * 96, 48);
        }
        return out;
    }

    @Test
    void eip2537MapFpToG1Vectors() {
        String[][] v = {
            {"00000000000000000000000000000000156c8a6a2c184569d69a76be144b5cdc5141d2d2ca4fe341f011e25e3969c55ad9e9b9ce2eb833c81a908e5fa4ac5f03",
                "00000000000000000000000000000000184bb665c37ff561a89ec2122dd343f20e0f4cbcaec84e3c3052ea81d1834e192c426074b02ed3dca4e7676ce4ce48ba0000000000000000000000000000000004407b8d35af4dacc809927071fc0405218f1401a6d15af775810e4e460064bcc9468beeba82fdc751be70476c888bf3"},
            {"00000000000000000000000000000000147e1ed29f06e4c5079b9d14fc89d2820d32419b990c1c7bb7dbea2a36a045124b31ffbde7c99329c05c559af1c6cc82",
                "00000000000000000000000000000000009769f3ab59bfd551d53a5f846b9984c59b97d6842b20a2c565baa167945e3d026a3755b6345df8ec7e6acb6868ae6d000000000000000000000000000000001532c00cf61aa3d0ce3e5aa20c3b531a2abd2c770a790a2613818303c6b830ffc0ecf6c357af3317b9575c567f11cd2c"},
        };
        byte[] all = new byte[0];
        byte[] allOut = new byte[0];
        for (String[] t : v) {
            assertThat(Bls12381.mapFpToG1(eipFps(t[0]))).isEqualTo(eipFps(t[1]));
            all = cat(all, eipFps(t[0]));
            allOut = cat(allOut, eipFps(t[1]));
        }
        assertThat(Bls12381.mapFpToG1(all)).isEqualTo(allOut);
    }

    @Test
    void eip2537MapFp2ToG2Vectors() {
        String[][] v = {
            {"0000000000000000000000000000000007355d25caf6e7f2f0cb2812ca0e513bd026ed09dda65b177500fa31714e09ea0ded3a078b526bed3307f804d4b93b040000000000000000000000000000000002829ce3c021339ccb5caf3e187f6370e1e2a311dec9b75363117063ab2015603ff52c3d3b98f19c2f65575e99e8b78c",
                "0000000000000000000000000000000000e7f4568a82b4b7dc1f14c6aaa055edf51502319c723c4dc2688c7fe5944c213f510328082396515734b6612c4e7bb700000000000000000000000000000000126b855e9e69b1f691f816e48ac6977664d24d99f8724868a184186469ddfd4617367e94527d4b74fc86413483afb35b000000000000000000000000000000000caead0fd7b6176c01436833c79d305c78be307da5f6af6c133c47311def6ff1e0babf57a0fb5539fce7ee12407b0a42000000000000000000000000000000001498aadcf7ae2b345243e281ae076df6de84455d766ab6fcdaad71fab60abb2e8b980a440043cd305db09d283c895e3d"},
            {"00000000000000000000000000000000138879a9559e24cecee8697b8b4ad32cced053138ab913b99872772dc753a2967ed50aabc907937aefb2439ba06cc50c000000000000000000000000000000000a1ae7999ea9bab1dcc9ef8887a6cb6e8f1e22566015428d220b7eec90ffa70ad1f624018a9ad11e78d588bd3617f9f2",
                "00000000000000000000000000000000108ed59fd9fae381abfd1d6bce2fd2fa220990f0f837fa30e0f27914ed6e1454db0d1ee957b219f61da6ff8be0d6441f000000000000000000000000000000000296238ea82c6d4adb3c838ee3cb2346049c90b96d602d7bb1b469b905c9228be25c627bffee872def773d5b2a2eb57d00000000000000000000000000000000033f90f6057aadacae7963b0a0b379dd46750c1c94a6357c99b65f63b79e321ff50fe3053330911c56b6ceea08fee65600000000000000000000000000000000153606c417e59fb331b7ae6bce4fbf7c5190c33ce9402b5ebe2b70e44fca614f3f1382a3625ed5493843d0b0a652fc3f"},
        };
        for (String[] t : v) {
            assertThat(Bls12381.mapFp2ToG2(eipFp2s(t[0]))).isEqualTo(eipFp2s(t[1]));
        }
    }
}
