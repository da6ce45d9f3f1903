package dev.aidev.vm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ModuleCacheTest {
    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void a_contract_is_prepared_and_compiled_once_per_code_hash(NearVm.Engine engine) {
        byte[] code = Contracts.load("status_message");
        byte[] other = Wat.compile("(module (func (export \"main\")))");
        try (NearVm vm = NearVm.create(engine)) {
            assertThat(vm.isCached(code)).isFalse();
            VmOutcome first = vm.call(code, "get_status", VmContext.builder().view(true).build(), k -> null);
            assertThat(vm.isCached(code)).isTrue();
            VmOutcome second = vm.call(code.clone(), "get_status", VmContext.builder().view(true).build(), k -> null);
            assertThat(vm.compilations()).isEqualTo(1);
            assertThat(second).usingRecursiveComparison().isEqualTo(first);
            vm.call(other, "main", VmContext.builder().build(), k -> null);
            assertThat(vm.compilations()).isEqualTo(2);
            // A module that fails preparation is remembered too.
            byte[] broken = {0, 'a', 's', 'm', 1, 0, 0, 0, 99};
            vm.call(broken, "main", VmContext.builder().build(), k -> null);
            vm.call(broken, "main", VmContext.builder().build(), k -> null);
            assertThat(vm.compilations()).isEqualTo(3);
        }
    }
}
