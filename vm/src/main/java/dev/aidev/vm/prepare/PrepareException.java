package dev.aidev.vm.prepare;

/**
 * The contract failed NEAR's preparation: {@link #kind()} is nearcore's {@code PrepareError}
 * variant, {@link #getMessage()} its display text.
 */
public final class PrepareException extends Exception {
    private final String kind;
    private final String detail;

    PrepareException(String kind, String message, String detail) {
        super(message);
        this.kind = kind;
        this.detail = detail;
    }

    public String kind() {
        return kind;
    }

    /** What exactly was wrong, for diagnostics (not part of NEAR's error). */
    public String detail() {
        return detail;
    }

    static PrepareException deserialization(String detail) {
        return new PrepareException("Deserialization", "Error happened while deserializing the module.", detail);
    }

    static PrepareException serialization(String detail) {
        return new PrepareException("Serialization", "Error happened while serializing the module.", detail);
    }

    static PrepareException instantiate(String detail) {
        return new PrepareException("Instantiate", "Error happened during instantiation.", detail);
    }

    static PrepareException memory(String detail) {
        return new PrepareException("Memory", "Error creating memory.", detail);
    }

    static PrepareException tooManyFunctions(String detail) {
        return new PrepareException("TooManyFunctions", "Too many functions in contract.", detail);
    }

    static PrepareException tooManyLocals(String detail) {
        return new PrepareException("TooManyLocals", "Too many locals declared in the contract.", detail);
    }

    static PrepareException tooManyTables(String detail) {
        return new PrepareException("TooManyTables", "Too many tables declared in the contract.", detail);
    }

    static PrepareException tooManyTableElements(String detail) {
        return new PrepareException("TooManyTableElements", "Too many table elements declared in the contract.", detail);
    }

    static PrepareException functionBodyTooLarge(String detail) {
        return new PrepareException("FunctionBodyTooLarge", "A function body in the contract exceeds the size limit.", detail);
    }

    static PrepareException instrumentedCodeTooLarge(String detail) {
        return new PrepareException("InstrumentedCodeTooLarge", "The instrumented code exceeds the size limit.", detail);
    }
}
