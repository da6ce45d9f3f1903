package dev.aidev.compiler.emit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a WebAssembly binary module (spec §5, "Binary Format") with what NEAR contracts need:
 * function imports from {@code env}, one defined memory exported as {@code memory}, mutable
 * globals, functions, data segments and function exports. We write our own: no maintained Java
 * library encodes WebAssembly, and this much of the format is small and stable.
 *
 * <p>Imports must all be declared before the first function, because imported functions come
 * first in the function index space.
 *
 * <pre>{@code
 * WasmEncoder w = new WasmEncoder();
 * int ret = w.importFunction("env", "value_return", new FuncType(List.of(I64, I64), List.of()));
 * w.memory(17);
 * w.data(1024, "42".getBytes());
 * int get = w.function(new FuncType(List.of(), List.of()), List.of(),
 *         new Code().i64Const(2).i64Const(1024).call(ret).end());
 * w.exportFunction("get", get);
 * byte[] wasm = w.encode();
 * }</pre>
 */
public final class WasmEncoder {
    /** NEAR contracts built by near-sdk-rs start with 17 pages and no maximum. */
    public static final int DEFAULT_MEMORY_PAGES = 17;

    private record Import(String module, String name, int type) {}

    private record Function(int type, List<ValType> locals, Code body) {}

    private record Global(ValType type, boolean mutable, long init) {}

    private record Data(int offset, byte[] bytes) {}

    private record Export(String name, int kind, int index) {}

    private final Map<FuncType, Integer> types = new LinkedHashMap<>();
    private final List<Import> imports = new ArrayList<>();
    private final List<Function> functions = new ArrayList<>();
    private final List<Global> globals = new ArrayList<>();
    private final List<Data> data = new ArrayList<>();
    private final List<Export> exports = new ArrayList<>();
    private int memoryPages = -1;

    private int type(FuncType t) {
        return types.computeIfAbsent(t, k -> types.size());
    }

    /** Declares an imported function; returns its function index. */
    public int importFunction(String module, String name, FuncType type) {
        if (!functions.isEmpty()) {
            throw new IllegalStateException("Import " + module + "." + name + " declared after a function.");
        }
        imports.add(new Import(module, name, type(type)));
        return imports.size() - 1;
    }

    /**
     * Adds a function; returns its function index. {@code body} must end with {@code end}. Locals
     * are numbered after the parameters.
     */
    public int function(FuncType type, List<ValType> locals, Code body) {
        functions.add(new Function(type(type), List.copyOf(locals), body));
        return imports.size() + functions.size() - 1;
    }

    /** Defines the module's memory with {@code minPages} and no maximum, exported as {@code memory}. */
    public void memory(int minPages) {
        if (memoryPages >= 0) {
            throw new IllegalStateException("The module has one memory already.");
        }
        memoryPages = minPages;
        exports.add(new Export("memory", 2, 0));
    }

    /** Adds a global initialised to a constant; returns its global index. */
    public int global(ValType type, boolean mutable, long init) {
        globals.add(new Global(type, mutable, init));
        return globals.size() - 1;
    }

    /** An active data segment at a constant offset of memory 0. */
    public void data(int offset, byte[] bytes) {
        data.add(new Data(offset, bytes.clone()));
    }

    public void exportFunction(String name, int function) {
        exports.add(new Export(name, 0, function));
    }

    public void exportGlobal(String name, int global) {
        exports.add(new Export(name, 3, global));
    }

    public byte[] encode() {
        ByteWriter out = new ByteWriter();
        out.bytes(new byte[] {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00});
        section(out, 1, types.size(), w -> {
            for (FuncType t : types.keySet()) {
                w.u8(0x60);
                w.u32(t.params().size());
                t.params().forEach(p -> w.u8(p.code));
                w.u32(t.results().size());
                t.results().forEach(p -> w.u8(p.code));
            }
        });
        section(out, 2, imports.size(), w -> {
            for (Import i : imports) {
                w.name(i.module());
                w.name(i.name());
                w.u8(0x00);
                w.u32(i.type());
            }
        });
        section(out, 3, functions.size(), w -> functions.forEach(f -> w.u32(f.type())));
        if (memoryPages >= 0) {
            section(out, 5, 1, w -> {
                w.u8(0x00);
                w.u32(memoryPages);
            });
        }
        section(out, 6, globals.size(), w -> {
            for (Global g : globals) {
                w.u8(g.type().code);
                w.u8(g.mutable() ? 1 : 0);
                constExpr(w, g.type(), g.init());
            }
        });
        section(out, 7, exports.size(), w -> {
            for (Export e : exports) {
                w.name(e.name());
                w.u8(e.kind());
                w.u32(e.index());
            }
        });
        section(out, 10, functions.size(), w -> {
            for (Function f : functions) {
                ByteWriter body = new ByteWriter();
                // Locals are run-length encoded: consecutive locals of one type form one entry.
                List<int[]> runs = new ArrayList<>();
                for (ValType t : f.locals()) {
                    if (!runs.isEmpty() && runs.get(runs.size() - 1)[1] == t.code) {
                        runs.get(runs.size() - 1)[0]++;
                    } else {
                        runs.add(new int[] {1, t.code});
                    }
                }
                body.u32(runs.size());
                for (int[] r : runs) {
                    body.u32(r[0]);
                    body.u8(r[1]);
                }
                body.bytes(f.body().out.toArray());
                w.sized(body);
            }
        });
        section(out, 11, data.size(), w -> {
            for (Data d : data) {
                w.u32(0);
                constExpr(w, ValType.I32, d.offset());
                w.u32(d.bytes().length);
                w.bytes(d.bytes());
            }
        });
        return out.toArray();
    }

    private static void constExpr(ByteWriter w, ValType t, long v) {
        w.u8(t == ValType.I32 ? 0x41 : 0x42);
        w.s64(t == ValType.I32 ? (int) v : v);
        w.u8(0x0B);
    }

    private interface Content {
        void write(ByteWriter w);
    }

    /** A section with a vector of {@code count} entries; empty sections are left out. */
    private static void section(ByteWriter out, int id, int count, Content content) {
        if (count == 0) {
            return;
        }
        ByteWriter w = new ByteWriter();
        w.u32(count);
        content.write(w);
        out.u8(id);
        out.sized(w);
    }
}
