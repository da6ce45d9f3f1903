package dev.aidev.vm.host;

import com.dylibso.chicory.runtime.HostFunction;
import dev.aidev.vm.crypto.AltBn128;
import dev.aidev.vm.crypto.CryptoInputException;
import dev.aidev.vm.gas.ExtCost;
import dev.aidev.vm.gas.GasCounter;
import java.util.List;
import java.util.function.Function;

/** The elliptic-curve host functions (alt_bn128_*), which charge per element after splitting the input. */
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
