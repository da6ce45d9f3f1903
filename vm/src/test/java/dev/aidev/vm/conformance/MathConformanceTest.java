package dev.aidev.vm.conformance;

import static dev.aidev.vm.conformance.Conformance.FAILS;
import static dev.aidev.vm.conformance.Conformance.assertGas;
import static dev.aidev.vm.conformance.Conformance.assertHostError;
import static dev.aidev.vm.conformance.Conformance.contract;
import static dev.aidev.vm.conformance.Conformance.hex;
import static dev.aidev.vm.conformance.Conformance.returned;
import static dev.aidev.vm.conformance.Conformance.u64;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.vm.NearVm;
import dev.aidev.vm.VmOutcome;
import dev.aidev.vm.conformance.Conformance.Contract;
import dev.aidev.vm.conformance.Conformance.Gas;
import dev.aidev.vm.gas.ExtCost;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * sha256, keccak256, keccak512, ripemd160, ecrecover, ed25519_verify and the alt_bn128 functions
 * (r2-host.md §1 Math / crypto): each starts with its own *_base (not {@code base}), reads its
 * input from memory or a register, pays per byte/block/element, then writes the register.
 */
class MathConformanceTest {
    // ---------------------------------------------------------------------------------------------
    // Hashes

    /** {@code f(len, 0, reg 1)} over {@code input} in memory, then value_return of register 1. */
    private static VmOutcome hashOfMemory(NearVm.Engine engine, String f, byte[] input, int digestLength,
            Gas charge) {
        Contract c = contract().data(0, input).call(f, input.length, 0, 1).returnRegister(1);
        VmOutcome out = c.run(engine);
        assertGas(out, c, charge.readMemory(input.length).writeRegister(digestLength).returnRegister(digestLength));
        return out;
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void sha256_of_abc_is_the_fips_180_digest_and_charges_base_plus_bytes(NearVm.Engine engine) {
        VmOutcome out = hashOfMemory(engine, "sha256", "abc".getBytes(), 32,
                new Gas().base(ExtCost.sha256_base).times(ExtCost.sha256_byte, 3));
        assertThat(hex(returned(out))).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void sha256_reads_its_input_from_a_register_when_len_is_u64_max(NearVm.Engine engine) {
        Contract c = contract().data(0, "0123456789")
                .call("write_register", 4, 10, 0)
                .call("sha256", -1, 4, 1)
                .returnRegister(1);
        VmOutcome out = c.run(engine);
        assertThat(hex(returned(out))).isEqualTo("84d89877f0d4041efb6bf91a16f0248f2fd573e6af05c19f96bedb9f882f7882");
        assertGas(out, c, new Gas()
                .base(ExtCost.base).readMemory(10).writeRegister(10)
                .base(ExtCost.sha256_base).readRegister(10).times(ExtCost.sha256_byte, 10).writeRegister(32)
                .returnRegister(32));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void keccak256_of_the_empty_string_is_ethereums_empty_hash(NearVm.Engine engine) {
        VmOutcome out = hashOfMemory(engine, "keccak256", new byte[0], 32, new Gas().base(ExtCost.keccak256_base));
        assertThat(hex(returned(out))).isEqualTo("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void keccak512_of_the_empty_string_is_the_original_keccak_not_sha3(NearVm.Engine engine) {
        VmOutcome out = hashOfMemory(engine, "keccak512", new byte[0], 64, new Gas().base(ExtCost.keccak512_base));
        assertThat(hex(returned(out))).isEqualTo("0eab42de4c3ceb9235fc91acffe746b29c29a8c366b7c60e4e67c466f36a4304"
                + "c00fa9caf9d87976ba469bcbe06713b435f091ef2769fb160cdab33d3670680e");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void keccak256_charges_per_byte(NearVm.Engine engine) {
        VmOutcome out = hashOfMemory(engine, "keccak256", "abc".getBytes(), 32,
                new Gas().base(ExtCost.keccak256_base).times(ExtCost.keccak256_byte, 3));
        assertThat(hex(returned(out))).isEqualTo("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void ripemd160_of_abc_charges_one_block(NearVm.Engine engine) {
        VmOutcome out = hashOfMemory(engine, "ripemd160", "abc".getBytes(), 20,
                new Gas().base(ExtCost.ripemd160_base).times(ExtCost.ripemd160_block, 1));
        assertThat(hex(returned(out))).isEqualTo("8eb208f7e05d987a9b044a8e98c6b087f15a0bfc");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void ripemd160_charges_blocks_as_n_plus_8_over_64_plus_1(NearVm.Engine engine) {
        // 55 bytes fit one padded block; 56 need two: (56 + 8) / 64 + 1 = 2.
        byte[] b55 = new byte[55];
        byte[] b56 = new byte[56];
        hashOfMemory(engine, "ripemd160", b55, 20, new Gas().base(ExtCost.ripemd160_base).times(ExtCost.ripemd160_block, 1));
        hashOfMemory(engine, "ripemd160", b56, 20, new Gas().base(ExtCost.ripemd160_base).times(ExtCost.ripemd160_block, 2));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_hash_input_out_of_bounds_is_memory_access_violation_after_its_base_and_read_cost(NearVm.Engine engine) {
        Contract c = contract().body("i64.const 100", "i64.const " + (1024L * 65536 - 50), "i64.const 1",
                "call $sha256 " + FAILS);
        VmOutcome out = c.run(engine);
        assertHostError(out, "MemoryAccessViolation", "Accessed memory outside the bounds.");
        assertGas(out, c, new Gas().base(ExtCost.sha256_base).readMemory(100));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_hash_of_a_missing_register_is_invalid_register_id_after_its_base(NearVm.Engine engine) {
        Contract c = contract().body("i64.const -1", "i64.const 9", "i64.const 1", "call $keccak256 " + FAILS);
        VmOutcome out = c.run(engine);
        assertHostError(out, "InvalidRegisterId", "Accessed invalid register id: 9");
        assertGas(out, c, new Gas().base(ExtCost.keccak256_base));
    }

    // ---------------------------------------------------------------------------------------------
    // ecrecover: OpenZeppelin's ECRecovery vector, keccak256("OpenZeppelin") signed by
    // 0x2cc1166f6212628a0deef2b33befb2187d35b86c with v = 0 (27).

    static final byte[] EC_HASH = hex("7dbaf558b0a1a5dc7a67202117ab143c1d8605a983e4a743bc06fcc03162dc0d");
    static final byte[] EC_SIG = hex("5d99b6f7f6d1f73d1a26497f2b1c89b24c0993913f86e9a2d02cd69887d9c94f"
            + "3c880358579d811b21dd1b7fd9bb01c1d81d10e69f0384e675c32b39643be892");

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void ecrecover_recovers_the_64_byte_key_of_a_known_ethereum_signer(NearVm.Engine engine) {
        // ecrecover into register 1, keccak256 of register 1 into register 2, return register 2;
        // the Ethereum address is its last 20 bytes.
        Contract c = contract().data(0, EC_HASH).data(32, EC_SIG)
                .body("i32.const 200")
                .call("ecrecover", 32, 0, 64, 32, 0, 0, 1)
                .body("i64.store")
                .call("keccak256", -1, 1, 2)
                .returnRegister(2)
                .body("i64.const 8", "i64.const 200", "call $log_utf8");
        VmOutcome out = c.run(engine);
        byte[] digest = returned(out);
        assertThat(hex(Arrays.copyOfRange(digest, 12, 32))).isEqualTo("2cc1166f6212628a0deef2b33befb2187d35b86c");
        assertThat(out.logs()).hasSize(1);
        assertThat(out.logs().get(0).getBytes()).containsExactly(u64(1));
        Gas gas = new Gas()
                .base(ExtCost.ecrecover_base).readMemory(64).readMemory(32).writeRegister(64)
                .base(ExtCost.keccak256_base).readRegister(64).times(ExtCost.keccak256_byte, 64).writeRegister(32)
                .returnRegister(32)
                .base(ExtCost.base).base(ExtCost.utf8_decoding_base).readMemory(8).times(ExtCost.utf8_decoding_byte, 8)
                .base(ExtCost.log_base).times(ExtCost.log_byte, 8);
        assertGas(out, c, gas);
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void ecrecover_with_the_wrong_v_recovers_another_key_and_an_invalid_signature_returns_zero(NearVm.Engine engine) {
        byte[] zeroR = EC_SIG.clone();
        Arrays.fill(zeroR, 0, 32, (byte) 0);
        Contract c = contract().data(0, EC_HASH).data(32, zeroR)
                .body("i32.const 200")
                .call("ecrecover", 32, 0, 64, 32, 0, 0, 1)
                .body("i64.store")
                .call("value_return", 8, 200);
        VmOutcome out = c.run(engine);
        assertThat(returned(out)).containsExactly(u64(0));
        // Nothing written to the register on failure.
        assertGas(out, c, new Gas().base(ExtCost.ecrecover_base).readMemory(64).readMemory(32)
                .base(ExtCost.base).readMemory(8));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void ecrecover_rejects_a_short_signature_before_reading_the_hash(NearVm.Engine engine) {
        Contract c = contract().data(0, EC_HASH).data(32, EC_SIG)
                .body("i64.const 32", "i64.const 0", "i64.const 63", "i64.const 32", "i64.const 0", "i64.const 0",
                        "i64.const 1", "call $ecrecover " + FAILS, "drop");
        VmOutcome out = c.run(engine);
        assertHostError(out, "ECRecoverError",
                "ECDSA recover error: The length of the signature: 63, exceeds the limit of 64 bytes");
        assertGas(out, c, new Gas().base(ExtCost.ecrecover_base).readMemory(63));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void ecrecover_rejects_v_above_3_before_reading_the_hash(NearVm.Engine engine) {
        Contract c = contract().data(0, EC_HASH).data(32, EC_SIG)
                .body("i64.const 32", "i64.const 0", "i64.const 64", "i64.const 32", "i64.const 4", "i64.const 0",
                        "i64.const 1", "call $ecrecover " + FAILS, "drop");
        VmOutcome out = c.run(engine);
        assertHostError(out, "ECRecoverError",
                "ECDSA recover error: V recovery byte 0 through 3 are valid but was provided 4");
        assertGas(out, c, new Gas().base(ExtCost.ecrecover_base).readMemory(64));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void ecrecover_rejects_a_hash_that_is_not_32_bytes(NearVm.Engine engine) {
        Contract c = contract().data(0, EC_HASH).data(32, EC_SIG)
                .body("i64.const 31", "i64.const 0", "i64.const 64", "i64.const 32", "i64.const 1", "i64.const 0",
                        "i64.const 1", "call $ecrecover " + FAILS, "drop");
        VmOutcome out = c.run(engine);
        assertHostError(out, "ECRecoverError",
                "ECDSA recover error: The length of the hash: 31, exceeds the limit of 32 bytes");
        assertGas(out, c, new Gas().base(ExtCost.ecrecover_base).readMemory(64).readMemory(31));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void ecrecover_rejects_a_malleability_flag_other_than_0_or_1(NearVm.Engine engine) {
        Contract c = contract().data(0, EC_HASH).data(32, EC_SIG)
                .body("i64.const 32", "i64.const 0", "i64.const 64", "i64.const 32", "i64.const 0", "i64.const 2",
                        "i64.const 1", "call $ecrecover " + FAILS, "drop");
        VmOutcome out = c.run(engine);
        assertHostError(out, "ECRecoverError",
                "ECDSA recover error: Malleability flag needs to be 0 or 1, but is instead 2");
        assertGas(out, c, new Gas().base(ExtCost.ecrecover_base).readMemory(64).readMemory(32));
    }

    // ---------------------------------------------------------------------------------------------
    // ed25519_verify: RFC 8032 §7.1 tests 1 and 2.

    static final byte[] RFC1_PK = hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    static final byte[] RFC1_SIG = hex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
            + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    static final byte[] RFC2_PK = hex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c");
    static final byte[] RFC2_MSG = hex("72");
    static final byte[] RFC2_SIG = hex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
            + "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");

    /** ed25519_verify(sig at 0, msg at 100, pk at 200); stores the result at 300 and returns it. */
    private static Contract ed25519(byte[] sig, byte[] msg, byte[] pk) {
        return contract().data(0, sig).data(100, msg).data(200, pk)
                .body("i32.const 300")
                .call("ed25519_verify", sig.length, 0, msg.length, 100, pk.length, 200)
                .body("i64.store")
                .call("value_return", 8, 300);
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void ed25519_verify_accepts_rfc8032_test_1_with_an_empty_message(NearVm.Engine engine) {
        Contract c = ed25519(RFC1_SIG, new byte[0], RFC1_PK);
        VmOutcome out = c.run(engine);
        assertThat(returned(out)).containsExactly(u64(1));
        assertGas(out, c, new Gas().base(ExtCost.ed25519_verify_base).readMemory(64).readMemory(0).readMemory(32)
                .base(ExtCost.base).readMemory(8));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void ed25519_verify_accepts_rfc8032_test_2_and_charges_per_message_byte(NearVm.Engine engine) {
        Contract c = ed25519(RFC2_SIG, RFC2_MSG, RFC2_PK);
        VmOutcome out = c.run(engine);
        assertThat(returned(out)).containsExactly(u64(1));
        assertGas(out, c, new Gas().base(ExtCost.ed25519_verify_base).readMemory(64).readMemory(1)
                .times(ExtCost.ed25519_verify_byte, 1).readMemory(32)
                .base(ExtCost.base).readMemory(8));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void ed25519_verify_returns_zero_for_a_signature_over_another_message(NearVm.Engine engine) {
        Contract c = ed25519(RFC2_SIG, hex("73"), RFC2_PK);
        assertThat(returned(c.run(engine))).containsExactly(u64(0));
        Contract wrongKey = ed25519(RFC2_SIG, RFC2_MSG, RFC1_PK);
        assertThat(returned(wrongKey.run(engine))).containsExactly(u64(0));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void ed25519_verify_returns_zero_for_a_non_canonical_s_without_reading_message_or_key(NearVm.Engine engine) {
        byte[] sig = RFC2_SIG.clone();
        sig[63] |= (byte) 0xE0;
        Contract c = ed25519(sig, RFC2_MSG, RFC2_PK);
        VmOutcome out = c.run(engine);
        assertThat(returned(out)).containsExactly(u64(0));
        assertGas(out, c, new Gas().base(ExtCost.ed25519_verify_base).readMemory(64)
                .base(ExtCost.base).readMemory(8));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void ed25519_verify_rejects_a_signature_that_is_not_64_bytes(NearVm.Engine engine) {
        Contract c = contract().data(0, RFC2_SIG).data(100, RFC2_MSG).data(200, RFC2_PK)
                .body("i64.const 63", "i64.const 0", "i64.const 1", "i64.const 100", "i64.const 32", "i64.const 200",
                        "call $ed25519_verify " + FAILS, "drop");
        VmOutcome out = c.run(engine);
        assertHostError(out, "Ed25519VerifyInvalidInput", "ED25519 signature verification error: invalid signature length");
        assertGas(out, c, new Gas().base(ExtCost.ed25519_verify_base).readMemory(63));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void ed25519_verify_rejects_a_public_key_that_is_not_32_bytes_after_paying_for_the_message(NearVm.Engine engine) {
        Contract c = contract().data(0, RFC2_SIG).data(100, RFC2_MSG).data(200, RFC2_PK)
                .body("i64.const 64", "i64.const 0", "i64.const 1", "i64.const 100", "i64.const 33", "i64.const 200",
                        "call $ed25519_verify " + FAILS, "drop");
        VmOutcome out = c.run(engine);
        assertHostError(out, "Ed25519VerifyInvalidInput", "ED25519 signature verification error: invalid public key length");
        assertGas(out, c, new Gas().base(ExtCost.ed25519_verify_base).readMemory(64).readMemory(1)
                .times(ExtCost.ed25519_verify_byte, 1).readMemory(33));
    }

    // ---------------------------------------------------------------------------------------------
    // alt_bn128: field elements are 32-byte little-endian; G = (1, 2); 2G from EIP-196's ecAdd(G, G).

    static final byte[] G = concat(le32("01"), le32("02"));
    static final byte[] TWO_G = concat(
            le32("030644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd3"),
            le32("15ed738c0e0a7c92e7845f96b2ae9c0a68a6a449e3538fc7ff3ebf7a5a18a2c4"));

    static byte[] le32(String bigEndianHex) {
        byte[] be = hex(bigEndianHex.length() % 2 == 0 ? bigEndianHex : "0" + bigEndianHex);
        byte[] le = new byte[32];
        for (int i = 0; i < be.length; i++) {
            le[i] = be[be.length - 1 - i];
        }
        return le;
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void alt_bn128_g1_sum_of_g_and_g_is_2g_and_charges_per_element(NearVm.Engine engine) {
        byte[] input = concat(new byte[] {0}, G, new byte[] {0}, G);
        Contract c = contract().data(0, input).call("alt_bn128_g1_sum", input.length, 0, 1).returnRegister(1);
        VmOutcome out = c.run(engine);
        assertThat(returned(out)).containsExactly(TWO_G);
        assertGas(out, c, new Gas().base(ExtCost.alt_bn128_g1_sum_base).readMemory(130)
                .times(ExtCost.alt_bn128_g1_sum_element, 2).writeRegister(64).returnRegister(64));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void alt_bn128_g1_sum_with_a_negated_term_cancels_to_the_point_at_infinity(NearVm.Engine engine) {
        byte[] input = concat(new byte[] {0}, G, new byte[] {1}, G);
        Contract c = contract().data(0, input).call("alt_bn128_g1_sum", input.length, 0, 1).returnRegister(1);
        assertThat(returned(c.run(engine))).containsExactly(new byte[64]);
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void alt_bn128_g1_multiexp_of_g_times_2_is_2g(NearVm.Engine engine) {
        byte[] input = concat(G, le32("02"));
        Contract c = contract().data(0, input).call("alt_bn128_g1_multiexp", input.length, 0, 1).returnRegister(1);
        VmOutcome out = c.run(engine);
        assertThat(returned(out)).containsExactly(TWO_G);
        assertGas(out, c, new Gas().base(ExtCost.alt_bn128_g1_multiexp_base).readMemory(96)
                .times(ExtCost.alt_bn128_g1_multiexp_element, 1).writeRegister(64).returnRegister(64));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void alt_bn128_pairing_check_of_no_pairs_is_1(NearVm.Engine engine) {
        Contract c = contract().body("i32.const 300").call("alt_bn128_pairing_check", 0, 0).body("i64.store")
                .call("value_return", 8, 300);
        VmOutcome out = c.run(engine);
        assertThat(returned(out)).containsExactly(u64(1));
        assertGas(out, c, new Gas().base(ExtCost.alt_bn128_pairing_check_base).readMemory(0)
                .base(ExtCost.base).readMemory(8));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void alt_bn128_input_that_is_not_whole_elements_is_invalid_input_with_nearcores_message(NearVm.Engine engine) {
        Contract c = contract().data(0, G)
                .body("i64.const 4", "i64.const 0", "i64.const 1", "call $alt_bn128_g1_multiexp " + FAILS);
        VmOutcome out = c.run(engine);
        // nearcore alt_bn128 tests: check_err(b"XXXX", "slice of size 4 cannot be precisely split into chunks of size 96")
        assertHostError(out, "AltBn128InvalidInput",
                "AltBn128 invalid input: slice of size 4 cannot be precisely split into chunks of size 96");
        assertGas(out, c, new Gas().base(ExtCost.alt_bn128_g1_multiexp_base).readMemory(4));
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void alt_bn128_g1_sum_rejects_a_point_not_on_the_curve(NearVm.Engine engine) {
        byte[] input = concat(new byte[] {0}, le32("01"), le32("03"));
        Contract c = contract().data(0, input)
                .body("i64.const 65", "i64.const 0", "i64.const 1", "call $alt_bn128_g1_sum " + FAILS);
        VmOutcome out = c.run(engine);
        assertThat(out.error()).isNotNull();
        assertThat(out.error().kind()).isEqualTo("AltBn128InvalidInput");
        assertThat(out.error().message()).startsWith("AltBn128 invalid input: invalid g1");
        assertGas(out, c, new Gas().base(ExtCost.alt_bn128_g1_sum_base).readMemory(65)
                .times(ExtCost.alt_bn128_g1_sum_element, 1));
    }
}
