package dev.aidev.sdk;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides a derived name: the export name of a method (default: its snake_case name), or the
 * JSON key of a parameter, record component or field (default: its snake_case name, see
 * {@link Json#snakeCase(String)}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.PARAMETER,
        ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Name {
    String value();
}
