package dev.aidev.compiler.check;

/**
 * The words of the checker's diagnostics, in one place: they are an API (the agent repairs code
 * from them) and docs/java-subset.md quotes them. Every subset diagnostic reads
 * {@code <what> is not supported in contracts; <what to do instead>}.
 */
final class Messages {
    static final String FLOAT_HINT = "use long or U128 fixed-point, for example amounts in yoctoNEAR";
    static final String THREAD_HINT = "a contract call runs on a single thread";
    static final String REFLECTION_HINT = "contracts have no reflection; call methods and read fields directly";
    static final String LAMBDA_HINT = "write a named method and call it, or use a loop";
    static final String COLLECTION_HINT =
            "keep state in the SDK's LookupMap, IterableMap, LookupSet, IterableSet or TreeMap, "
                    + "and use java.util.List in memory";
    static final String HASH_HINT = "identity hash codes differ between runs; compare with equals";
    static final String JDK_HINT = "docs/java-subset.md lists the java.* API contracts can use";
    static final String PANIC_HINT = "throw new IllegalStateException(message) to panic";

    private Messages() {}

    static String unsupported(String what, String instead) {
        return what + " is not supported in contracts; " + instead;
    }
}
