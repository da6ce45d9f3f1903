package dev.aidev.vm.prepare;

import dev.aidev.vm.gas.RuntimeParams;
import java.util.ArrayList;
import java.util.List;

/**
 * Prepares contract code the way nearcore's {@code prepare_v3} does before running it: checks the
 * module against NEAR's rules (imports only from {@code env}, limits on functions, locals, tables
 * and function bodies, the enabled WebAssembly features), replaces the module's memory with NEAR's
 * ({@code initial_memory_pages} to {@code max_memory_pages}), drops custom sections and adds gas and
 * stack metering to every function (see {@link FunctionInstrumenter}).
 *
 * <p>Names and signatures of imported functions are not checked here; as in nearcore, an unknown
 * import fails later, when the module is linked.
 */
public final class Preparer {
    private static final int SECTION_CUSTOM = 0;
    private static final int SECTION_TYPE = 1;
    private static final int SECTION_IMPORT = 2;
    private static final int SECTION_FUNCTION = 3;
    private static final int SECTION_TABLE = 4;
    private static final int SECTION_MEMORY = 5;
    private static final int SECTION_GLOBAL = 6;
    private static final int SECTION_EXPORT = 7;
    private static final int SECTION_START = 8;
    private static final int SECTION_ELEMENT = 9;
    private static final int SECTION_CODE = 10;
    private static final int SECTION_DATA = 11;
    private static final int SECTION_DATA_COUNT = 12;

    /** Position of each section id in the binary format's order (tag after memory, data count before code). */
    private static final int[] RANK = {0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 13, 11, 6};

    private Preparer() {}

    /**
     * A prepared module: instrumented bytes and the indexes of the metering globals.
     *
     * @param startFunction the module's start function, or -1; the VM runs it after setting the
     *     gas budget, so it is metered like the method (nearcore exports it and calls it likewise)
     */
    public record Prepared(
            byte[] wasm, int gasGlobal, int stackGlobal, int pendingGlobal, int faultGlobal, int startFunction) {}

    public static Prepared prepare(byte[] code, RuntimeParams params) throws PrepareException {
        try {
            return new Preparer.Run(code, params).run();
        } catch (MalformedWasm e) {
            throw PrepareException.deserialization(e.getMessage());
        } catch (RuntimeException e) {
            // A module so broken that decoding it fails in an unforeseen way is still the
            // contract's fault, reported as NEAR reports undecodable modules.
            throw PrepareException.deserialization(String.valueOf(e));
        }
    }

    private static final class Run {
        private final byte[] code;
        private final RuntimeParams params;
        private final ModuleInfo info = new ModuleInfo();
        private final List<Integer> definedFunctionTypes = new ArrayList<>();
        private final byte[][] sections = new byte[14][];
        private byte[] globalsBody;
        private int globalCount;
        private int startFunction = -1;
        private int tableCount;
        private int memoryCount;
        private byte[] codeSection;

        Run(byte[] code, RuntimeParams params) {
            this.code = code;
            this.params = params;
        }

        Prepared run() throws PrepareException {
            if (code.length < 8
                    || code[0] != 0 || code[1] != 'a' || code[2] != 's' || code[3] != 'm'
                    || code[4] != 1 || code[5] != 0 || code[6] != 0 || code[7] != 0) {
                throw PrepareException.deserialization("not a WebAssembly module (bad magic or version)");
            }
            WasmReader r = new WasmReader(code, 8, code.length);
            int lastRank = 0;
            while (!r.atEnd()) {
                int id = r.u8();
                int size = r.u32AsInt();
                int start = r.pos();
                r.skip(size);
                if (id > 13) {
                    throw PrepareException.deserialization("unknown section id " + id);
                }
                if (id == SECTION_CUSTOM) {
                    continue; // nearcore discards custom sections (discard_custom_sections)
                }
                if (id == 13) {
                    throw PrepareException.deserialization("exception handling (tag section) is not enabled");
                }
                int rank = rank(id);
                if (rank <= lastRank) {
                    throw PrepareException.deserialization("section " + id + " out of order or repeated");
                }
                lastRank = rank;
                WasmReader s = new WasmReader(code, start, start + size);
                switch (id) {
                    case SECTION_TYPE -> types(s);
                    case SECTION_IMPORT -> imports(s);
                    case SECTION_FUNCTION -> functions(s);
                    case SECTION_TABLE -> tables(s);
                    case SECTION_MEMORY -> memories(s);
                    case SECTION_GLOBAL -> globals(s);
                    case SECTION_START -> startFunction = s.u32AsInt();
                    case SECTION_EXPORT -> exports(s);
                    case SECTION_CODE -> codeSection = code(s);
                    default -> {}
                }
                if (id != SECTION_CODE && id != SECTION_MEMORY && id != SECTION_GLOBAL) {
                    sections[id] = java.util.Arrays.copyOfRange(code, start, start + size);
                }
            }
            if (codeSection == null && !definedFunctionTypes.isEmpty()) {
                throw PrepareException.deserialization("function and code section have inconsistent lengths");
            }
            if (startFunction >= 0) {
                ModuleInfo.FuncType t = info.functionType(startFunction);
                if (t.params().length != 0 || t.results().length != 0) {
                    throw PrepareException.deserialization("start function must take and return nothing");
                }
            }
            return assemble();
        }

        private static int rank(int id) {
            return RANK[id];
        }

        private void types(WasmReader s) throws PrepareException {
            int n = s.u32AsInt();
            for (int i = 0; i < n; i++) {
                if (s.u8() != 0x60) {
                    throw PrepareException.deserialization("type " + i + " is not a function type");
                }
                int np = s.u32AsInt();
                if (np > 1000) {
                    throw PrepareException.deserialization("type " + i + " has too many parameters");
                }
                int[] p = new int[np];
                for (int k = 0; k < np; k++) {
                    p[k] = ModuleInfo.valueSize(s.u8());
                }
                int nr = s.u32AsInt();
                if (nr > 1) {
                    throw PrepareException.deserialization("multi-value results are not enabled on NEAR");
                }
                int[] res = new int[nr];
                int[] codes = new int[nr];
                for (int k = 0; k < nr; k++) {
                    codes[k] = s.u8();
                    res[k] = ModuleInfo.valueSize(codes[k]);
                }
                info.types.add(new ModuleInfo.FuncType(p, res, codes));
            }
        }

        private void imports(WasmReader s) throws PrepareException {
            int n = s.u32AsInt();
            for (int i = 0; i < n; i++) {
                String module = s.name();
                String field = s.name();
                int kind = s.u8();
                if (!module.equals("env")) {
                    throw PrepareException.instantiate("import '" + module + "." + field + "' is not from module env");
                }
                switch (kind) {
                    case 0 -> {
                        int t = s.u32AsInt();
                        if (t >= info.types.size()) {
                            throw PrepareException.deserialization("import " + field + " has unknown type " + t);
                        }
                        info.functionTypes.add(t);
                        info.importedFunctions++;
                    }
                    case 1 -> throw PrepareException.instantiate("table import env." + field);
                    case 2 -> throw PrepareException.memory("memory import env." + field);
                    case 3 -> throw PrepareException.instantiate("global import env." + field);
                    default -> throw PrepareException.deserialization("import env." + field + " of unknown kind " + kind);
                }
            }
        }

        private void functions(WasmReader s) throws PrepareException {
            int n = s.u32AsInt();
            for (int i = 0; i < n; i++) {
                int t = s.u32AsInt();
                if (t >= info.types.size()) {
                    throw PrepareException.deserialization("function " + i + " has unknown type " + t);
                }
                definedFunctionTypes.add(t);
                info.functionTypes.add(t);
            }
        }

        /** Export names must be unique and refer to things the module has. */
        private void exports(WasmReader s) throws PrepareException {
            int n = s.u32AsInt();
            java.util.Set<String> names = new java.util.HashSet<>();
            for (int i = 0; i < n; i++) {
                String name = s.name();
                int kind = s.u8();
                long index = s.u32();
                if (!names.add(name)) {
                    throw PrepareException.deserialization("duplicate export name '" + name + "'");
                }
                long limit = switch (kind) {
                    case 0 -> info.functionTypes.size();
                    case 1 -> tableCount;
                    case 2 -> memoryCount;
                    case 3 -> info.globalSizes.size();
                    default -> throw PrepareException.deserialization("export '" + name + "' of unknown kind " + kind);
                };
                if (index >= limit) {
                    throw PrepareException.deserialization("export '" + name + "' refers to a missing item " + index);
                }
            }
        }

        private void tables(WasmReader s) throws PrepareException {
            int n = s.u32AsInt();
            tableCount = n;
            if (n > params.maxTablesPerContract) {
                throw PrepareException.tooManyTables(n + " tables, limit " + params.maxTablesPerContract);
            }
            for (int i = 0; i < n; i++) {
                ModuleInfo.refType(s.u8());
                int flags = s.u8();
                long initial = s.u32();
                if (flags == 1) {
                    s.u32();
                } else if (flags != 0) {
                    throw PrepareException.deserialization("invalid table limits flags " + flags);
                }
                if (initial > params.maxElementsPerContractTable) {
                    throw PrepareException.tooManyTableElements(
                            "table of " + initial + " elements, limit " + params.maxElementsPerContractTable);
                }
            }
        }

        private void memories(WasmReader s) throws PrepareException {
            int n = s.u32AsInt();
            memoryCount = n;
            if (n > 1) {
                throw PrepareException.deserialization("multiple memories are not enabled");
            }
            for (int i = 0; i < n; i++) {
                int flags = s.u8();
                long min = s.u32();
                long max = flags == 1 ? s.u32() : -1;
                if (flags > 1) {
                    throw PrepareException.deserialization("shared or 64-bit memories are not enabled");
                }
                if (min > 65536 || max > 65536 || (max >= 0 && max < min)) {
                    throw PrepareException.deserialization("invalid memory limits");
                }
            }
        }

        private void globals(WasmReader s) throws PrepareException {
            int n = s.u32AsInt();
            int bodyStart = s.pos();
            for (int i = 0; i < n; i++) {
                info.globalSizes.add(ModuleInfo.valueSize(s.u8()));
                int mut = s.u8();
                if (mut > 1) {
                    throw PrepareException.deserialization("invalid global mutability");
                }
                skipConstExpr(s);
            }
            globalCount = n;
            globalsBody = s.slice(bodyStart, s.end());
        }

        private static void skipConstExpr(WasmReader s) throws PrepareException {
            while (true) {
                int op = s.u8();
                switch (op) {
                    case 0x0B -> {
                        return;
                    }
                    case 0x41 -> s.skipSigned(32);
                    case 0x42 -> s.skipSigned(64);
                    case 0x43 -> s.skip(4);
                    case 0x44 -> s.skip(8);
                    case 0x23, 0xD2 -> s.u32();
                    case 0xD0 -> s.u8();
                    default -> throw PrepareException.deserialization(
                            String.format("opcode 0x%02x is not allowed in a constant expression", op));
                }
            }
        }

        private byte[] code(WasmReader s) throws PrepareException {
            int n = s.u32AsInt();
            if (n != definedFunctionTypes.size()) {
                throw PrepareException.deserialization("function and code section have inconsistent lengths");
            }
            long functions = (long) info.importedFunctions + n;
            if (functions > params.maxFunctionsNumberPerContract) {
                throw PrepareException.tooManyFunctions(
                        functions + " functions, limit " + params.maxFunctionsNumberPerContract);
            }
            int gas = globalCount;
            FunctionInstrumenter fi = new FunctionInstrumenter(
                    info, params.regularOpCost, params.linearOpBaseCost, params.linearOpUnitCost,
                    gas, gas + 1, gas + 2, gas + 3);
            WasmWriter out = new WasmWriter();
            out.u32(n);
            long locals = 0;
            for (int i = 0; i < n; i++) {
                int size = s.u32AsInt();
                int from = s.pos();
                s.skip(size);
                if (size > params.maxFunctionBodySize) {
                    throw PrepareException.functionBodyTooLarge(
                            "function " + (info.importedFunctions + i) + " body is " + size + " bytes, limit "
                                    + params.maxFunctionBodySize);
                }
                byte[] body = s.slice(from, from + size);
                locals += declaredLocals(body);
                if (locals > params.maxLocalsPerContract) {
                    throw PrepareException.tooManyLocals(locals + " locals, limit " + params.maxLocalsPerContract);
                }
                FunctionInstrumenter.Result res = fi.instrument(body, definedFunctionTypes.get(i));
                out.sized(res.body());
            }
            return out.toByteArray();
        }

        private static long declaredLocals(byte[] body) {
            WasmReader r = new WasmReader(body);
            int groups = r.u32AsInt();
            long total = 0;
            for (int g = 0; g < groups; g++) {
                total += r.u32();
                r.u8();
            }
            return total;
        }

        private Prepared assemble() throws PrepareException {
            WasmWriter out = new WasmWriter();
            out.bytes(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
            section(out, SECTION_TYPE, sections[SECTION_TYPE]);
            section(out, SECTION_IMPORT, sections[SECTION_IMPORT]);
            section(out, SECTION_FUNCTION, sections[SECTION_FUNCTION]);
            section(out, SECTION_TABLE, sections[SECTION_TABLE]);
            WasmWriter mem = new WasmWriter().u32(1).u8(1).u32(params.initialMemoryPages).u32(params.maxMemoryPages);
            section(out, SECTION_MEMORY, mem.toByteArray());
            WasmWriter globals = new WasmWriter().u32(globalCount + 4L);
            if (globalsBody != null) {
                globals.bytes(globalsBody);
            }
            globals.u8(0x7E).u8(1).u8(0x42).s64(0).u8(0x0B); // remaining gas
            globals.u8(0x7E).u8(1).u8(0x42).s64(params.maxStackHeight).u8(0x0B); // remaining stack
            globals.u8(0x7E).u8(1).u8(0x42).s64(0).u8(0x0B); // gas of the charge that failed
            globals.u8(0x7F).u8(1).u8(0x41).s32(0).u8(0x0B); // fault code
            section(out, SECTION_GLOBAL, globals.toByteArray());
            section(out, SECTION_EXPORT, sections[SECTION_EXPORT]);
            // The start function is run by the VM after the gas budget is set, not at instantiation.
            section(out, SECTION_ELEMENT, sections[SECTION_ELEMENT]);
            section(out, SECTION_DATA_COUNT, sections[SECTION_DATA_COUNT]);
            section(out, SECTION_CODE, codeSection);
            section(out, SECTION_DATA, sections[SECTION_DATA]);
            byte[] wasm = out.toByteArray();
            if (wasm.length > params.number("max_instrumented_code_size")) {
                throw PrepareException.instrumentedCodeTooLarge(
                        "instrumented module is " + wasm.length + " bytes");
            }
            int g = globalCount;
            return new Prepared(wasm, g, g + 1, g + 2, g + 3, startFunction);
        }

        private static void section(WasmWriter out, int id, byte[] body) {
            if (body != null) {
                out.u8(id).sized(body);
            }
        }
    }
}
