package dev.aidev.vm.host;

import com.dylibso.chicory.runtime.HostFunction;
import dev.aidev.vm.crypto.AltBn128;
import dev.aidev.vm.crypto.Bls12381;
import dev.aidev.vm.crypto.CryptoInputException;
import dev.aidev.vm.gas.ExtCost;
import dev.aidev.vm.gas.GasCounter;
import java.util.List;
import java.util.function.Function;

/**
 * The elliptic-curve host functions: alt_bn128_* (charged per element after splitting the input)
 * and bls12381_* (charged per whole element of the input after reading it, as nearcore's Wasmtime
 * runner does).
 */
final class MathHost {
    private final VmLogic vm;
    private final GasCounter gas;

    MathHost(VmLogic vm) {
        this.vm = vm;
        this.gas = vm.gas();
    }

    void register(List<HostFunction> f) {
        vm.v(f, "alt_bn128_g1_multiexp", 3, a -> {
            curveOp(ExtCost.alt_bn128_g1_multiexp_base, ExtCost.alt_bn128_g1_multiexp_element, 96, a,
                    AltBn128::g1Multiexp);
            return 0;
        });
        vm.v(f, "alt_bn128_g1_sum", 3, a -> {
            curveOp(ExtCost.alt_bn128_g1_sum_base, ExtCost.alt_bn128_g1_sum_element, 65, a, AltBn128::g1Sum);
            return 0;
        });
        vm.r(f, "alt_bn128_pairing_check", 2, a -> {
            gas.payBase(ExtCost.alt_bn128_pairing_check_base);
            byte[] data = vm.memOrRegister(a[1], a[0]);
            gas.payPer(ExtCost.alt_bn128_pairing_check_element, elements(data, 192));
            try {
                return AltBn128.pairingCheck(data) ? 1 : 0;
            } catch (CryptoInputException e) {
                throw HostErrors.altBn128InvalidInput(e.getMessage());
            }
        });
        bls(f, "bls12381_p1_sum", ExtCost.bls12381_p1_sum_base, ExtCost.bls12381_p1_sum_element, 97, Bls12381::p1Sum);
        bls(f, "bls12381_p2_sum", ExtCost.bls12381_p2_sum_base, ExtCost.bls12381_p2_sum_element, 193, Bls12381::p2Sum);
        bls(f, "bls12381_g1_multiexp", ExtCost.bls12381_g1_multiexp_base, ExtCost.bls12381_g1_multiexp_element, 128,
                Bls12381::g1Multiexp);
        bls(f, "bls12381_g2_multiexp", ExtCost.bls12381_g2_multiexp_base, ExtCost.bls12381_g2_multiexp_element, 224,
                Bls12381::g2Multiexp);
        bls(f, "bls12381_map_fp_to_g1", ExtCost.bls12381_map_fp_to_g1_base, ExtCost.bls12381_map_fp_to_g1_element, 48,
                Bls12381::mapFpToG1);
        bls(f, "bls12381_map_fp2_to_g2", ExtCost.bls12381_map_fp2_to_g2_base,
                ExtCost.bls12381_map_fp2_to_g2_element, 96, Bls12381::mapFp2ToG2);
        bls(f, "bls12381_p1_decompress", ExtCost.bls12381_p1_decompress_base,
                ExtCost.bls12381_p1_decompress_element, 48, Bls12381::p1Decompress);
        bls(f, "bls12381_p2_decompress", ExtCost.bls12381_p2_decompress_base,
                ExtCost.bls12381_p2_decompress_element, 96, Bls12381::p2Decompress);
        vm.r(f, "bls12381_pairing_check", 2, a -> {
            gas.payBase(ExtCost.bls12381_pairing_base);
            byte[] data = vm.memOrRegister(a[1], a[0]);
            gas.payPer(ExtCost.bls12381_pairing_element, data.length / 288);
            try {
                return Bls12381.pairingCheck(data);
            } catch (CryptoInputException e) {
                throw HostErrors.bls12381InvalidInput(e.getMessage());
            }
        });
    }

    private void bls(List<HostFunction> f, String name, ExtCost base, ExtCost element, int size,
            Function<byte[], byte[]> op) {
        vm.r(f, name, 3, a -> {
            gas.payBase(base);
            byte[] data = vm.memOrRegister(a[1], a[0]);
            gas.payPer(element, data.length / size);
            byte[] result;
            try {
                result = op.apply(data);
            } catch (CryptoInputException e) {
                throw HostErrors.bls12381InvalidInput(e.getMessage());
            }
            if (result == null) {
                return 1;
            }
            vm.setRegister(a[2], result);
            return 0;
        });
    }

    private void curveOp(ExtCost base, ExtCost element, int size, long[] a, Function<byte[], byte[]> op) {
        gas.payBase(base);
        byte[] data = vm.memOrRegister(a[1], a[0]);
        gas.payPer(element, elements(data, size));
        byte[] result;
        try {
            result = op.apply(data);
        } catch (CryptoInputException e) {
            throw HostErrors.altBn128InvalidInput(e.getMessage());
        }
        vm.setRegister(a[2], result);
    }

    /** nearcore's split_elements: the input must be whole elements. */
    private static long elements(byte[] data, int size) {
        if (data.length % size != 0) {
            throw HostErrors.altBn128InvalidInput(
                    "slice of size " + data.length + " cannot be precisely split into chunks of size " + size);
        }
        return data.length / size;
    }
}
