package dev.aidev.compiler.diff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Contract sources kept in the test resources. */
public final class Sources {
    private Sources() {}

    /** The UTF-8 text of the test resource {@code path} (e.g. {@code contracts/Counter.java}). */
    public static String read(String path) {
        try (InputStream in = Sources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
