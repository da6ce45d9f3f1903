package dev.aidev.chain.primitives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aidev.vm.Base58;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

class KeysTest {
    @Test
    void crypto_hash_is_sha256_shown_in_base58() {
        CryptoHash h = CryptoHash.of("abc".getBytes(StandardCharsets.UTF_8));
        // sha256("abc") starts with 0xba; sha256("") in Base58 is the well-known empty-code hash.
        assertThat(h.bytes()[0]).isEqualTo((byte) 0xba);
        assertThat(CryptoHash.parse(h.toString())).isEqualTo(h);
        assertThat(CryptoHash.of(new byte[0]).toString()).isEqualTo("GKot5hBsd81kMupNCXHaqbhv3huEbxAFMLnpcX2hniwn");
        assertThatThrownBy(() -> CryptoHash.parse("abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void public_keys_round_trip_through_text_and_borsh() {
        PublicKey key = KeyPair.fromSeed(new byte[32]).publicKey();
        assertThat(PublicKey.parse(key.toString())).isEqualTo(key);
        assertThat(PublicKey.fromBorsh(key.toBorsh())).isEqualTo(key);
        assertThat(PublicKey.parse(key.toString().substring("ed25519:".length()))).isEqualTo(key);
        assertThatThrownBy(() -> PublicKey.fromBorsh(new byte[] {2, 0})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key type");
    }

    @Test
    void key_pair_signs_and_verifies_and_its_secret_text_round_trips() {
        KeyPair pair = KeyPair.generate(new SecureRandom());
        byte[] message = "hello".getBytes(StandardCharsets.UTF_8);
        Signature sig = pair.sign(message);
        assertThat(sig.verify(message, pair.publicKey())).isTrue();
        assertThat(sig.verify("hellp".getBytes(StandardCharsets.UTF_8), pair.publicKey())).isFalse();
        assertThat(Signature.parse(sig.toString())).isEqualTo(sig);
        KeyPair back = KeyPair.parse(pair.secretKeyText());
        assertThat(back).isEqualTo(pair);
        assertThat(back.publicKey()).isEqualTo(pair.publicKey());
        assertThat(pair.toString()).doesNotContain(pair.secretKeyText().substring(8));
    }

    @Test
    void rfc8032_test_vector_1_gives_its_public_key_and_signature() {
        byte[] seed = hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        KeyPair pair = KeyPair.fromSeed(seed);
        assertThat(pair.publicKey().data()).isEqualTo(hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
        assertThat(pair.sign(new byte[0]).data()).isEqualTo(hex(
                "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"));
    }

    @Test
    void a_secret_key_whose_public_half_does_not_match_is_rejected() {
        KeyPair a = KeyPair.fromSeed(new byte[32]);
        byte[] both = Arrays.copyOf(new byte[32], 64);
        both[63] = 1;
        assertThatThrownBy(() -> KeyPair.parse("ed25519:" + Base58.encode(both)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not match");
        assertThatThrownBy(() -> KeyPair.parse("secp256k1:" + Base58.encode(both)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(a.secretKeyText()).startsWith("ed25519:");
    }

    @Test
    void secp256k1_signatures_verify_over_the_32_byte_digest_and_reject_high_s() {
        BigInteger secret = new BigInteger(1, CryptoHash.of("secp".getBytes(StandardCharsets.UTF_8)).bytes());
        ECPoint q = Signature.SECP256K1.getG().multiply(secret).normalize();
        byte[] encoded = q.getEncoded(false);
        PublicKey key = new PublicKey(KeyType.SECP256K1, Arrays.copyOfRange(encoded, 1, 65));
        byte[] digest = CryptoHash.of("tx".getBytes(StandardCharsets.UTF_8)).bytes();

        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, new ECPrivateKeyParameters(secret, Signature.SECP256K1_DOMAIN));
        BigInteger[] rs = signer.generateSignature(digest);
        BigInteger n = Signature.SECP256K1.getN();
        BigInteger low = rs[1].min(n.subtract(rs[1]));
        BigInteger high = rs[1].max(n.subtract(rs[1]));

        assertThat(secp(rs[0], low, 0).verify(digest, key)).isTrue();
        assertThat(secp(rs[0], low, 1).verify(digest, key)).isTrue(); // v is not used to verify, only range-checked
        assertThat(secp(rs[0], low, 4).verify(digest, key)).isFalse();
        assertThat(secp(rs[0], high, 0).verify(digest, key)).isFalse();
        assertThat(secp(rs[0], low, 0).verify(Arrays.copyOf(digest, 31), key)).isFalse();
        assertThat(secp(rs[0], low, 0).verify(digest, KeyPair.fromSeed(new byte[32]).publicKey())).isFalse();
        assertThat(secp(rs[0], low, 0).verify(digest, new PublicKey(KeyType.SECP256K1, new byte[64]))).isFalse();
    }

    @Test
    void borsh_rejects_an_ed25519_signature_with_top_bits_set_like_nearcore() {
        byte[] data = new byte[64];
        data[63] = (byte) 0x20;
        byte[] bytes = new BorshWriter().tag(0).fixed(data).toByteArray();
        assertThatThrownBy(() -> Signature.read(new BorshReader(bytes), "signature"))
                .isInstanceOf(BorshException.class).hasMessageContaining("offset 1");
    }

    private static Signature secp(BigInteger r, BigInteger s, int v) {
        byte[] data = new byte[65];
        put32(r, data, 0);
        put32(s, data, 32);
        data[64] = (byte) v;
        return new Signature(KeyType.SECP256K1, data);
    }

    private static void put32(BigInteger x, byte[] out, int at) {
        byte[] b = x.toByteArray();
        int n = Math.min(b.length, 32);
        System.arraycopy(b, b.length - n, out, at + 32 - n, n);
    }

    static byte[] hex(String s) {
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}
