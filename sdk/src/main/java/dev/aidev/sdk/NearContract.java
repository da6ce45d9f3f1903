package dev.aidev.sdk;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the contract class. Its instance fields, in declaration order, are the contract state,
 * Borsh-encoded under the storage key {@code STATE}; its public {@link Init}, {@link Call} and
 * {@link View} methods are the exported methods.
 *
 * <pre>{@code
 * @NearContract
 * public class Counter {
 *     private long value;
 *
 *     @Call
 *     public long increment(long by) { value = Math.addExact(value, by); return value; }
 *
 *     @View
 *     public long get() { return value; }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NearContract {}
