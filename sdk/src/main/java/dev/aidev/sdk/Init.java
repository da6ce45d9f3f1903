package dev.aidev.sdk;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An initializer: a public static method returning the contract class, or a public constructor.
 * It runs only when there is no state yet (otherwise it panics with
 * {@code The contract has already been initialized}) and its result is written as the state.
 * A constructor is exported as {@code new} unless {@link Name} says otherwise.
 *
 * <p>As in near-sdk-rs, an initializer rejects an attached deposit unless {@code payable = true}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface Init {
    /** Whether the initializer accepts an attached deposit. */
    boolean payable() default false;
}
