package dev.aidev.compiler.lower;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.compiler.CompileResult;
import dev.aidev.compiler.ContractCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the promise lowering adds to a module, and the diagnostics for the parts of the Promise and
 * String API the back end does not compile (the behaviour itself is in the conformance programs
 * Promises, PromiseResultBytes, PublicKeys and StringMethods, and in cli's CrossContractPromisesTest
 * and AccessKeyPromisesTest).
 */
class PromiseLoweringTest {
    private static CompileResult compile(String className, String source) throws IOException {
        Path dir = Files.createTempDirectory("aidev-promise");
        Path file = dir.resolve(className + ".java");
        Files.writeString(file, source);
        return ContractCompiler.compile(List.of(file),
                ContractCompiler.Options.builder().displayRoot(dir).backend(new WasmBackend()).build());
    }

    private static boolean contains(byte[] wasm, String text) {
        return new String(wasm, StandardCharsets.ISO_8859_1).contains(text);
    }

    @Test
    void a_contract_without_promises_imports_no_promise_function() {
        byte[] wasm = Compile.wasm("Counter", Compile.source("Counter"));
        assertThat(contains(wasm, "promise_")).isFalse();
    }

    @Test
    void a_contract_with_promises_imports_only_what_it_uses() throws IOException {
        CompileResult r = compile("Pay", """
                import dev.aidev.sdk.*;

                @NearContract
                public class Pay {
                    public Pay() {}

                    @Call
                    public void pay(AccountId to) {
                        Promise.create(to).transfer(U128.ONE);
                    }
                }
                """);
        assertThat(r.hasErrors()).as(r.render()).isFalse();
        byte[] wasm = r.wasm().orElseThrow();
        assertThat(contains(wasm, "promise_batch_create")).isTrue();
        assertThat(contains(wasm, "promise_batch_action_transfer")).isTrue();
        // Reached from the scheduler, which handles every action kind.
        assertThat(contains(wasm, "promise_batch_then")).isTrue();
        assertThat(contains(wasm, "promise_result")).isFalse();
        assertThat(contains(wasm, "promise_return")).isFalse();
        // The stake and access key actions only come with a call of one of them.
        assertThat(contains(wasm, "promise_batch_action_stake")).isFalse();
        assertThat(contains(wasm, "promise_batch_action_delete_key")).isFalse();
    }

    @Test
    void unsupported_promise_and_string_methods_are_diagnostics() throws IOException {
        CompileResult r = compile("Odd", """
                import dev.aidev.sdk.*;

                @NearContract
                public class Odd {
                    public Odd() {}

                    @Call
                    public boolean odd() {
                        return PromiseResult.failed().isSuccessful();
                    }
                }
                """);
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.render()).contains("Odd.java:9:")
                .contains("error: PromiseResult.failed() is not supported by the WebAssembly back end yet");
    }

    @Test
    void the_key_actions_call_their_host_functions() throws IOException {
        CompileResult s = compile("Keys", """
                import dev.aidev.sdk.*;

                @NearContract
                public class Keys {
                    public Keys() {}

                    @Call
                    public void revoke(String key) {
                        Promise.create(Env.currentAccountId()).deleteKey(PublicKey.parse(key));
                    }
                }
                """);
        assertThat(s.hasErrors()).as(s.render()).isFalse();
        byte[] wasm = s.wasm().orElseThrow();
        for (String host : List.of("promise_batch_action_delete_key", "promise_batch_action_add_key_with_full_access",
                "promise_batch_action_add_key_with_function_call", "promise_batch_action_stake")) {
            assertThat(contains(wasm, host)).as(host).isTrue();
        }
    }
}
