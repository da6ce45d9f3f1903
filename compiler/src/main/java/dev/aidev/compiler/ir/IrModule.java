package dev.aidev.compiler.ir;

import java.util.List;
import java.util.Map;

/**
 * A whole contract: its functions (the contract's and the runtime's), globals, and exports
 * (exported name to function name). Exported functions take and return nothing, as NEAR calls them.
 */
public record IrModule(List<IrFunction> functions, List<IrGlobal> globals, Map<String, String> exports) {
    public IrModule {
        functions = List.copyOf(functions);
        globals = List.copyOf(globals);
        exports = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(exports));
    }
}
