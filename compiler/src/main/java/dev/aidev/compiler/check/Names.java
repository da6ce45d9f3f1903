package dev.aidev.compiler.check;

import dev.aidev.sdk.Json;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import java.util.Map;

/**
 * The names a contract shows to the world: export names of methods and JSON keys of parameters,
 * record components and fields. As near-sdk-rs: snake_case of the Java name, unless
 * {@code @Name("...")} says otherwise.
 */
public final class Names {
    static final String SDK = "dev.aidev.sdk.";

    private Names() {}

    /**
     * {@code getMessages} → {@code get_messages}, {@code ftTransferCall} → {@code ft_transfer_call},
     * {@code getURL} → {@code get_url}. The SDK's rule, so the JVM run and the WASM agree on names.
     */
    public static String snakeCase(String name) {
        return Json.snakeCase(name);
    }

    /** The JSON key or export name of an element: its {@code @Name} value, else snake_case. */
    public static String externalName(Element element) {
        String explicit = nameAnnotation(element);
        return explicit != null ? explicit : snakeCase(element.getSimpleName().toString());
    }

    /** The value of an element's {@code @Name}, or null. */
    static String nameAnnotation(Element element) {
        AnnotationMirror name = annotation(element, "Name");
        if (name == null) {
            return null;
        }
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : name.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals("value")) {
                return String.valueOf(e.getValue().getValue());
            }
        }
        return null;
    }

    /** An SDK annotation ({@code dev.aidev.sdk.<simpleName>}) on an element, or null. */
    static AnnotationMirror annotation(Element element, String simpleName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            Element type = mirror.getAnnotationType().asElement();
            if (type.toString().equals(SDK + simpleName)) {
                return mirror;
            }
        }
        return null;
    }

    /** A boolean attribute of an annotation, with its default when not written. */
    static boolean booleanAttribute(AnnotationMirror mirror, String attribute) {
        if (mirror == null) {
            return false;
        }
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(attribute)) {
                return Boolean.TRUE.equals(e.getValue().getValue());
            }
        }
        return false;
    }
}
