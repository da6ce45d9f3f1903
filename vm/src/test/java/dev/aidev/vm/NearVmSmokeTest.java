package dev.aidev.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NearVmSmokeTest {
    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void stores_and_returns_a_json_message(NearVm.Engine engine) {
        byte[] code = Contracts.load("status_message");
        Contracts.MapStorage storage = new Contracts.MapStorage();
        try (NearVm vm = NearVm.create(engine)) {
            VmOutcome set = vm.call(code, "set_status",
                    VmContext.builder().input("{\"text\":\"hi\"}".getBytes(StandardCharsets.UTF_8)).build(), storage);
            assertThat(set.error()).isNull();
            assertThat(set.logs()).containsExactly("{\"text\":\"hi\"}");
            storage.apply(set);
            VmOutcome get = vm.call(code, "get_status", VmContext.builder().view(true).build(), storage);
            assertThat(get.error()).isNull();
            assertThat(((ReturnData.Value) get.returnData()).bytes()).asString().isEqualTo("{\"text\":\"hi\"}");
        }
    }
}
