package dev.aidev.vm.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

class Ed25519Test {
    private static byte[] h(String s) {
        return Hex.decode(s);
    }

    @Test
    void rfc8032Test1EmptyMessage() {
        byte[] pk = h("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        byte[] sig = h("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        assertThat(Ed25519.verify(sig, new byte[0], pk)).isTrue();
        assertThat(Ed25519.verify(sig, new byte[] {0}, pk)).isFalse();
    }

    @Test
    void rfc8032Test2OneByte() {
        byte[] pk = h("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c");
        byte[] sig = h("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                + "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
        assertThat(Ed25519.verify(sig, h("72"), pk)).isTrue();
        assertThat(Ed25519.verify(sig, h("73"), pk)).isFalse();
    }

    @Test
    void agreesWithBouncyCastleSigner() {
        SecureRandom rnd = new SecureRandom(new byte[] {1, 2, 3});
        for (int i = 0; i < 10; i++) {
            byte[] sk = new byte[32];
            rnd.nextBytes(sk);
            byte[] pk = new byte[32];
            org.bouncycastle.math.ec.rfc8032.Ed25519.generatePublicKey(sk, 0, pk, 0);
            byte[] msg = new byte[i * 7];
            rnd.nextBytes(msg);
            byte[] sig = new byte[64];
            org.bouncycastle.math.ec.rfc8032.Ed25519.sign(sk, 0, msg, 0, msg.length, sig, 0);
            assertThat(Ed25519.verify(sig, msg, pk)).isTrue();
            byte[] bad = sig.clone();
            bad[i % 32] ^= 1;
            assertThat(Ed25519.verify(bad, msg, pk)).isFalse();
        }
    }

    @Test
    void nonCanonicalSIsRejected() {
        byte[] pk = h("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        byte[] sig = h("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        // s + L encodes the same scalar but is non-canonical
        java.math.BigInteger s = new java.math.BigInteger(1, reverse(java.util.Arrays.copyOfRange(sig, 32, 64)));
        byte[] sPlusL = reverse(to32(s.add(Ed25519.L)));
        System.arraycopy(sPlusL, 0, sig, 32, 32);
        assertThat(Ed25519.verify(sig, new byte[0], pk)).isFalse();
    }

    @Test
    void invalidPointIsFalseAndLengthsThrow() {
        // y = 2 has no x on the curve (x^2 = 3/(4d+1) is a non-residue)
        byte[] pk = new byte[32];
        pk[0] = 2;
        assertThat(Ed25519.decompress(pk)).isNull();
        assertThat(Ed25519.verify(new byte[64], new byte[0], pk)).isFalse();
        assertThatThrownBy(() -> Ed25519.verify(new byte[63], new byte[0], new byte[32]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("invalid signature length");
        assertThatThrownBy(() -> Ed25519.verify(new byte[64], new byte[0], new byte[33]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("invalid public key length");
    }

    private static byte[] reverse(byte[] b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = b[b.length - 1 - i];
        }
        return out;
    }

    private static byte[] to32(java.math.BigInteger v) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[32];
        int n = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - n, out, 32 - n, n);
        return out;
    }
}
