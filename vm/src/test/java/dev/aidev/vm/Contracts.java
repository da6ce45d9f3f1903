package dev.aidev.vm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** Test contracts: .wasm built from the .wat beside it in src/test/resources/contracts. */
public final class Contracts {
    private Contracts() {}

    public static byte[] load(String name) {
        try (InputStream in = Contracts.class.getResourceAsStream("/contracts/" + name + ".wasm")) {
            if (in == null) {
                throw new IllegalArgumentException("no test contract " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A storage backed by a map, applying an outcome's changes the way a chain would. */
    public static final class MapStorage implements Storage {
        public final Map<Bytes, byte[]> data = new HashMap<>();

        @Override
        public byte[] read(Bytes key) {
            return data.get(key);
        }

        public void apply(VmOutcome out) {
            out.storageChanges().forEach((k, v) -> {
                if (v == null) {
                    data.remove(k);
                } else {
                    data.put(k, v);
                }
            });
        }
    }
}
