package dev.aidev.compiler.lower;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.compiler.emit.Chain;
import dev.aidev.vm.NearVm;
import dev.aidev.vm.VmOutcome;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StatusMessageTest {
    static final String SOURCE = Compile.source("StatusMessage");

    static final byte[] WASM = Compile.wasm("StatusMessage", SOURCE);

    private static byte[] borshString(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b.length);
        out.write(0);
        out.write(0);
        out.write(0);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(NearVm.Engine.class)
    void storesStatusesInALookupMapUnderItsPrefix(NearVm.Engine engine) {
        Chain chain = new Chain(WASM, engine);

        assertThat(Chain.result(chain.call("get_status", "{\"account_id\": \"alice.test.near\"}"))).isEqualTo("null");
        VmOutcome first = chain.call("set_status", "{\"message\": \"hello \\\"world\\\"\"}");
        assertThat(first.logs()).containsExactly("first status of alice.test.near");
        VmOutcome second = chain.call("set_status", "{\"message\": \"héllo\"}");
        assertThat(second.logs()).containsExactly("replaced 'hello \"world\"'");

        assertThat(Chain.result(chain.call("get_status", "{\"account_id\": \"alice.test.near\"}"))).isEqualTo("\"héllo\"");
        assertThat(Chain.result(chain.call("has_status", "{\"account_id\": \"bob.test.near\"}"))).isEqualTo("false");
        assertThat(Chain.result(chain.call("summary", ""))).isEqualTo("\"alice.test.near (2 updates)\"");
        byte[] key = ("r" + new String(borshString("alice.test.near"), StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);
        assertThat(chain.storage()).containsKey(dev.aidev.vm.Bytes.of(key));
        // STATE: the map's prefix, then lastAuthor and updates.
        ByteArrayOutputStream state = new ByteArrayOutputStream();
        state.writeBytes(borshString("r"));
        state.writeBytes(borshString("alice.test.near"));
        state.writeBytes(new byte[] {2, 0, 0, 0});
        assertThat(chain.state("STATE")).isEqualTo(state.toByteArray());

        assertThat(Chain.failure(chain.call("set_status", "{\"message\": \"123456789012345678901\"}")))
                .isEqualTo("Smart contract panicked: Message too long: 21 chars");
        assertThat(Chain.result(chain.call("clear", ""))).isNull();
        assertThat(Chain.failure(chain.call("clear", ""))).isEqualTo("Smart contract panicked: No status to clear");
        assertThat(Chain.result(chain.call("has_status", "{\"account_id\": \"alice.test.near\"}"))).isEqualTo("false");
    }
}
