package dev.aidev.compiler.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;

/**
 * The SDK's NEP standards ({@code dev.aidev.sdk.standards.**}) as sources. They are contract code
 * (a ledger the contract keeps in a field and calls), so they must be compiled to WebAssembly with
 * the contract, not merely type-checked against: the SDK jar ships their {@code .java} files beside
 * their classes, and the front end adds them to a compilation whose sources mention the package.
 * Compiled as sources they also pass the subset check like the contract's own code.
 *
 * <p>The trigger is textual: using a standard needs an import or a qualified name, both of which
 * contain the package name; a project that does not use them pays nothing.
 */
final class StandardSources {
    /** The package of the standards. */
    static final String PACKAGE = "dev.aidev.sdk.standards";

    private static final String DIRECTORY = PACKAGE.replace('.', '/');

    /** Diagnostics in a standard's source name it {@code sdk:dev/aidev/sdk/standards/...}. */
    static final String SCHEME = "sdk";

    /** Sources read per class-path entry, keyed by path, size and modification time. */
    private static final Map<String, List<Source>> CACHE = new ConcurrentHashMap<>();

    private StandardSources() {}

    /** One standard's source file: its path under the SDK root and its text. */
    record Source(String path, String text) {
        String displayName() {
            return SCHEME + ":" + path;
        }

        JavaFileObject fileObject() {
            URI uri = URI.create(SCHEME + ":/" + path);
            return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return text;
                }
            };
        }
    }

    /** Whether any of the project's source texts uses the standards. */
    static boolean used(List<String> texts) {
        return texts.stream().anyMatch(t -> t.contains(PACKAGE));
    }

    /**
     * The standards' sources found on {@code classPath} (directories or jars), sorted by path, from
     * the first entry that has any.
     */
    static List<Source> find(List<Path> classPath) {
        for (Path entry : classPath) {
            List<Source> sources = CACHE.computeIfAbsent(cacheKey(entry), k -> read(entry));
            if (!sources.isEmpty()) {
                return sources;
            }
        }
        return List.of();
    }

    private static String cacheKey(Path entry) {
        try {
            BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class);
            return entry.toAbsolutePath() + "|" + a.size() + "|" + a.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return entry.toAbsolutePath() + "|missing";
        }
    }

    private static List<Source> read(Path entry) {
        try {
            if (Files.isDirectory(entry)) {
                return readUnder(entry);
            }
            if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(entry, (ClassLoader) null)) {
                    return readUnder(jar.getPath("/"));
                }
            }
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the SDK's standard sources from " + entry, e);
        }
    }

    private static List<Source> readUnder(Path root) throws IOException {
        Path dir = root.resolve(DIRECTORY);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                sources.add(new Source(relative, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return List.copyOf(sources);
    }
}
