package dev.aidev.vm.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

class HashesTest {
    private static String hex(byte[] b) {
        return Hex.toHexString(b);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void sha256Vectors() {
        assertThat(hex(Hashes.sha256(new byte[0])))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(hex(Hashes.sha256(ascii("abc"))))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void keccak256VectorsUseOriginalPadding() {
        assertThat(hex(Hashes.keccak256(new byte[0])))
                .isEqualTo("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
        assertThat(hex(Hashes.keccak256(ascii("abc"))))
                .isEqualTo("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
    }

    @Test
    void keccak512Vectors() {
        assertThat(hex(Hashes.keccak512(new byte[0])))
                .isEqualTo("0eab42de4c3ceb9235fc91acffe746b29c29a8c366b7c60e4e67c466f36a4304"
                        + "c00fa9caf9d87976ba469bcbe06713b435f091ef2769fb160cdab33d3670680e");
        assertThat(Hashes.keccak512(ascii("abc"))).hasSize(64);
    }

    @Test
    void ripemd160Vectors() {
        assertThat(hex(Hashes.ripemd160(new byte[0])))
                .isEqualTo("9c1185a5c5e9fc54612808977ee8f548b2258d31");
        assertThat(hex(Hashes.ripemd160(ascii("abc"))))
                .isEqualTo("8eb208f7e05d987a9b044a8e98c6b087f15a0bfc");
        assertThat(hex(Hashes.ripemd160(ascii("message digest"))))
                .isEqualTo("5d0689ef49d2fae572b881b123a85ffa21595f36");
    }
}
