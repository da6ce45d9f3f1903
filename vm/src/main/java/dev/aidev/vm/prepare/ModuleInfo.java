package dev.aidev.vm.prepare;

import java.util.ArrayList;
import java.util.List;

/** What preparation needs to know of a module: its types, functions and globals. */
final class ModuleInfo {
    /** A function type, with value sizes in bytes and the raw result value-type codes. */
    record FuncType(int[] params, int[] results, int[] resultCodes) {}

    final List<FuncType> types = new ArrayList<>();
    /** The type index of every function, imported ones first. */
    final List<Integer> functionTypes = new ArrayList<>();
    int importedFunctions;
    /** Sizes of all globals, in index order. */
    final List<Integer> globalSizes = new ArrayList<>();

    FuncType functionType(long funcIndex) throws PrepareException {
        if (funcIndex >= functionTypes.size()) {
            throw PrepareException.deserialization("call to unknown function " + funcIndex);
        }
        return types.get(functionTypes.get((int) funcIndex));
    }

    int globalSize(long idx) throws PrepareException {
        if (idx >= globalSizes.size()) {
            throw PrepareException.deserialization("unknown global " + idx);
        }
        return globalSizes.get((int) idx);
    }

    /** The size in bytes finite-wasm counts for a value of this type (v128 is not enabled). */
    static int valueSize(int code) throws PrepareException {
        return switch (code) {
            case 0x7F, 0x7D -> 4;
            case 0x7E, 0x7C -> 8;
            case 0x70, 0x6F -> 8;
            case 0x7B -> throw PrepareException.deserialization("SIMD (v128) is not enabled on NEAR");
            default -> throw PrepareException.deserialization(String.format("invalid value type 0x%02x", code));
        };
    }

    static void refType(int code) throws PrepareException {
        if (code != 0x70 && code != 0x6F) {
            throw PrepareException.deserialization(String.format("invalid reference type 0x%02x", code));
        }
    }
}
