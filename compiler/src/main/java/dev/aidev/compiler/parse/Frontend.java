package dev.aidev.compiler.parse;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import dev.aidev.compiler.Diagnostic;
import dev.aidev.compiler.Diagnostic.Severity;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The front end: javac itself, in process, through the Compiler Tree API. It parses and attributes
 * the sources with the SDK on the class path (no class files are written), so a contract's types
 * are resolved exactly as Java resolves them, and Java's own errors are reported as javac words
 * them, in our {@link Diagnostic} format. A project that uses the SDK's NEP standards gets their
 * sources added (see {@link StandardSources}): they are compiled with it.
 *
 * <pre>{@code
 * FrontendResult result = Frontend.analyze(Frontend.projectSources(dir));
 * }</pre>
 */
public final class Frontend {
    /** The SDK's marker annotation, whose class file locates the SDK on this JVM's class path. */
    static final String SDK_MARKER = "dev.aidev.sdk.NearContract";

    /** Contracts are Java 17 whatever JDK runs the compiler, so the subset does not drift. */
    private static final String RELEASE = "17";

    private Frontend() {}

    /** Analyzes sources against the SDK of this JVM; diagnostics name the files as given. */
    public static FrontendResult analyze(List<Path> sources) {
        return analyze(sources, sdkClassPath(), null);
    }

    /**
     * Parses and attributes {@code sources}.
     *
     * @param classPath what the sources compile against (the SDK, see {@link #sdkClassPath()})
     * @param displayRoot if not null, diagnostics name files under it relative to it
     */
    public static FrontendResult analyze(List<Path> sources, List<Path> classPath, Path displayRoot) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("The contract compiler needs a JDK (javac), not a JRE.");
        }
        DiagnosticCollector<JavaFileObject> collected = new DiagnosticCollector<>();
        StandardJavaFileManager files =
                javac.getStandardFileManager(collected, Locale.ROOT, StandardCharsets.UTF_8);
        List<JavaFileObject> objects = new ArrayList<>();
        for (JavaFileObject object : files.getJavaFileObjectsFromPaths(sources)) {
            objects.add(object);
        }
        Map<String, SourceFile> byUri = new HashMap<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            SourceFile source = read(sources.get(i), displayRoot);
            byUri.put(objects.get(i).toUri().toString(), source);
            texts.add(source.text());
        }
        if (StandardSources.used(texts)) {
            for (StandardSources.Source standard : StandardSources.find(classPath)) {
                JavaFileObject object = standard.fileObject();
                objects.add(object);
                byUri.put(object.toUri().toString(), new SourceFile(standard.displayName(), standard.text()));
            }
        }
        List<String> options = List.of(
                "--release", RELEASE,
                "-proc:none",
                "-implicit:none",
                // Attribute every class even after an error, so one run reports all of them.
                "-XDshould-stop.ifError=FLOW",
                "-classpath", classPath.stream().map(Path::toString)
                        .collect(Collectors.joining(File.pathSeparator)));
        JavacTask task = (JavacTask) javac.getTask(
                new StringWriter(), files, collected, options, null, objects);
        List<CompilationUnitTree> units = new ArrayList<>();
        try {
            task.parse().forEach(units::add);
            task.analyze();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<CompilationUnitTree, SourceFile> unitSources = new HashMap<>();
        for (CompilationUnitTree unit : units) {
            unitSources.put(unit, byUri.get(unit.getSourceFile().toUri().toString()));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (javax.tools.Diagnostic<? extends JavaFileObject> d : collected.getDiagnostics()) {
            Severity severity = severity(d.getKind());
            if (severity == Severity.NOTE) {
                continue; // javac's notes are summaries ("uses unchecked operations"), not findings
            }
            String message = d.getMessage(Locale.ROOT);
            SourceFile source = d.getSource() == null ? null : byUri.get(d.getSource().toUri().toString());
            if (source == null) {
                diagnostics.add(new Diagnostic(
                        d.getSource() == null ? null : d.getSource().getName(), 0, 0, severity, message, null));
            } else {
                diagnostics.add(source.diagnostic(d.getPosition(), severity, message));
            }
        }
        return new FrontendResult(task, units, unitSources, diagnostics);
    }

    /**
     * The {@code .java} files of a project with the conventional layout, {@code src/main/java/**},
     * sorted so that diagnostics and output do not depend on the file system's order.
     */
    public static List<Path> projectSources(Path projectDir) {
        Path root = projectDir.resolve("src/main/java");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where this JVM loads the SDK from: the class path contracts compile against. */
    public static List<Path> sdkClassPath() {
        try {
            Class<?> marker = Class.forName(SDK_MARKER, false, Frontend.class.getClassLoader());
            CodeSource code = marker.getProtectionDomain().getCodeSource();
            if (code == null || code.getLocation() == null) {
                throw new IllegalStateException("Cannot tell where the SDK (" + SDK_MARKER + ") was loaded from.");
            }
            return List.of(Path.of(code.getLocation().toURI()));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The SDK (" + SDK_MARKER + ") is not on the class path.", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The SDK's location is not a file path.", e);
        }
    }

    private static SourceFile read(Path path, Path displayRoot) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            text = ""; // javac reports the unreadable file itself
        }
        return new SourceFile(displayName(path, displayRoot), text);
    }

    static String displayName(Path path, Path displayRoot) {
        Path shown = path;
        if (displayRoot != null) {
            Path root = displayRoot.toAbsolutePath().normalize();
            Path absolute = path.toAbsolutePath().normalize();
            if (absolute.startsWith(root)) {
                shown = root.relativize(absolute);
            }
        }
        return shown.toString().replace(File.separatorChar, '/');
    }

    private static Severity severity(javax.tools.Diagnostic.Kind kind) {
        switch (kind) {
            case ERROR:
                return Severity.ERROR;
            case WARNING:
            case MANDATORY_WARNING:
                return Severity.WARNING;
            default:
                return Severity.NOTE;
        }
    }
}
