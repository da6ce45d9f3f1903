package dev.aidev.sdk;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A NEAR standard the annotated class implements, listed by the contract's NEP-330
 * {@code contract_source_metadata} (near-sdk-rs's {@code contract_metadata(standard(...))}). The
 * compiler lists the standards of the contract class and of the types its state holds, so a
 * contract keeping the SDK's {@code FungibleToken} in a field lists NEP-141 and NEP-145 itself.
 *
 * <pre>{@code
 * @NearContract
 * @Standard(name = "nep171", version = "1.2.0")
 * public class MyNft { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Standard.List.class)
public @interface Standard {
    /** The standard's name as NEP-330 writes it, e.g. {@code nep141}. */
    String name();

    /** The version implemented, e.g. {@code 1.0.0}. */
    String version();

    /** Several standards on one class. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        Standard[] value();
    }
}
