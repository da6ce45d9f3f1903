package dev.aidev.vm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Compiles WebAssembly text to binary with WABT's {@code wat2wasm} (Debian package {@code wabt},
 * installed by .ci/run), so tests can state their contracts inline.
 */
public final class Wat {
    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    private Wat() {}

    public static byte[] compile(String wat) {
        return CACHE.computeIfAbsent(wat, Wat::run);
    }

    private static byte[] run(String wat) {
        try {
            Path dir = Files.createTempDirectory("wat");
            Path in = dir.resolve("m.wat");
            Path out = dir.resolve("m.wasm");
            Files.writeString(in, wat, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder("wat2wasm", "--no-check", in.toString(), "-o", out.toString())
                    .redirectErrorStream(true)
                    .start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalArgumentException("wat2wasm failed:\n" + log + "\n" + wat);
            }
            byte[] bytes = Files.readAllBytes(out);
            Files.delete(out);
            Files.delete(in);
            Files.delete(dir);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("wat2wasm is needed for the tests (apt-get install wabt)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
