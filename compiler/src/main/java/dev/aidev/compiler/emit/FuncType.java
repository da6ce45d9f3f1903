package dev.aidev.compiler.emit;

import java.util.List;

/** A function signature. At most one result: NEAR does not enable multi-value. */
public record FuncType(List<ValType> params, List<ValType> results) {
    public FuncType {
        params = List.copyOf(params);
        results = List.copyOf(results);
        if (results.size() > 1) {
            throw new IllegalArgumentException("At most one result is allowed (no multi-value), got " + results.size() + ".");
        }
    }

    public static FuncType of(List<ValType> params, ValType result) {
        return new FuncType(params, result == null ? List.of() : List.of(result));
    }
}
