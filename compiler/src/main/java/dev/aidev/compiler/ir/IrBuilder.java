package dev.aidev.compiler.ir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Collects the functions, globals and exports of an {@link IrModule}. Function names are unique. */
public final class IrBuilder {
    private final Map<String, IrFunction> functions = new LinkedHashMap<>();
    private final List<IrGlobal> globals = new ArrayList<>();
    private final Map<String, String> exports = new LinkedHashMap<>();

    public boolean has(String function) {
        return functions.containsKey(function);
    }

    public void add(IrFunction f) {
        if (functions.putIfAbsent(f.name(), f) != null) {
            throw new IllegalStateException("Function " + f.name() + " is defined twice.");
        }
    }

    /** Builds and adds a function; {@code body} writes its statements. */
    public void function(String name, List<Type> params, Type result, Consumer<FunctionBuilder> body) {
        FunctionBuilder f = new FunctionBuilder(name, params, result);
        body.accept(f);
        add(f.build());
    }

    public void global(IrGlobal g) {
        globals.add(g);
    }

    public void export(String name, String function) {
        if (exports.putIfAbsent(name, function) != null) {
            throw new IllegalStateException("Export " + name + " is defined twice.");
        }
    }

    public IrModule build() {
        return new IrModule(List.copyOf(functions.values()), globals, exports);
    }
}
