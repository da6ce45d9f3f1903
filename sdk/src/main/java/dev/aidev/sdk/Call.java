package dev.aidev.sdk;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A state-changing method: the state is read before and written back after it runs.
 * Without {@code payable = true}, a call with an attached deposit panics with
 * {@code Method <name> doesn't accept deposit} (near-sdk-rs's text).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Call {
    /** Whether the method accepts an attached deposit. */
    boolean payable() default false;
}
