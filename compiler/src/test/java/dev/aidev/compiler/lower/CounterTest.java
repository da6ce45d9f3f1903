package dev.aidev.compiler.lower;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.compiler.emit.Chain;
import dev.aidev.vm.NearVm;
import dev.aidev.vm.VmOutcome;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CounterTest {
    static final String SOURCE = Compile.source("Counter");

    static final byte[] WASM = Compile.wasm("Counter", SOURCE);

    private static byte[] state(long value, int calls) {
        return ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putLong(value).putInt(calls).array();
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void countsAcrossCallsWithStateInBorsh(NearVm.Engine engine) {
        Chain chain = new Chain(WASM, engine);

        assertThat(Chain.failure(chain.call("get", ""))).isEqualTo("Smart contract panicked: The contract is not initialized");
        assertThat(Chain.result(chain.call("create", "{\"start\": 40}"))).isNull();
        assertThat(chain.state("STATE")).isEqualTo(state(40, 0));
        assertThat(Chain.failure(chain.call("create", "{\"start\": 1}")))
                .isEqualTo("Smart contract panicked: The contract has already been initialized");

        VmOutcome out = chain.call("increment", "{\"by\": 2}");
        assertThat(Chain.result(out)).isEqualTo("42");
        assertThat(out.logs()).containsExactly("value 42 after 1 calls by alice.test.near");
        assertThat(chain.state("STATE")).isEqualTo(state(42, 1));

        assertThat(Chain.result(chain.call("get", ""))).isEqualTo("42");
        assertThat(Chain.result(chain.call("is_even", ""))).isEqualTo("true");
        assertThat(Chain.result(chain.call("decrement", ""))).isNull();
        assertThat(Chain.result(chain.call("is_even", ""))).isEqualTo("false");
        assertThat(Chain.result(chain.call("sum_to", "{\"n\": 10}"))).isEqualTo("37");
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void panicsAsNearSdkDoes(NearVm.Engine engine) {
        Chain chain = new Chain(WASM, engine);
        chain.call("create", "{\"start\": 9223372036854775806}");

        assertThat(Chain.failure(chain.call("increment", "{\"by\": 2}")))
                .isEqualTo("Smart contract panicked: integer overflow at Counter.java:19:17");
        assertThat(Chain.failure(chain.call("increment", "{\"by\": \"2\"}")))
                .isEqualTo("Smart contract panicked: Failed to deserialize input from JSON.");
        assertThat(Chain.failure(chain.deposit("increment", "{\"by\": 1}", BigInteger.ONE)))
                .isEqualTo("Smart contract panicked: Method increment doesn't accept deposit");
        assertThat(Chain.result(chain.call("increment", "{\"by\": 1}"))).isEqualTo("9223372036854775807");
        assertThat(Chain.failure(chain.call("sum_to", "{\"n\": 2147483647}"))).startsWith("Exceeded the prepaid gas");
        chain.call("create", "{\"start\": -9223372036854775808}");
    }
}
