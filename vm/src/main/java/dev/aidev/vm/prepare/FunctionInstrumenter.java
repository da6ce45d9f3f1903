package dev.aidev.vm.prepare;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites one function body with NEAR's gas and stack metering, as nearcore's finite-wasm
 * instrumentation does for the Wasmtime VM (prepare_v3 + instrument_v3):
 *
 * <ul>
 *   <li>Every instruction costs {@code regular_op_cost}, except {@code block}, {@code else} and
 *       {@code end} (free) and the bulk memory/table operations (a base plus a cost per element).
 *   <li>Gas is charged before a straight-line run of instructions, for the whole run up to and
 *       including the next branch, call or instruction that may trap. Runs restart after those,
 *       after {@code if}/{@code else}, at the end of a block something branches to, and at the
 *       top of a loop something branches back to (where the {@code loop} instruction's own cost
 *       is charged on every iteration).
 *   <li>On entry a function takes its frame (64 bytes, plus 4 or 8 bytes per parameter and local,
 *       plus its deepest operand stack in bytes) from a budget of {@code max_stack_height} bytes,
 *       and pays {@code ceil(frame / 8)} regular ops for it; it gives the frame back on return.
 * </ul>
 *
 * <p>The budget lives in module globals the host reads and sets, so the interpreter and the AOT
 * compiler run the same metering code and charge identical gas. When a charge does not fit, the
 * code records why in the fault global and executes {@code unreachable}; the VM turns that into
 * NEAR's error. We write this by hand: no Java library instruments WebAssembly, and the placement
 * of charges must match nearcore's exactly for gas to match on failures.
 */
final class FunctionInstrumenter {
    /** Fault codes written to the fault global before the trap. */
    static final int FAULT_GAS = 1;
    static final int FAULT_STACK = 2;

    private static final int FRAME_OVERHEAD = 64;

    /** What a charge point is, for merging (finite-wasm's instrumentation kinds). */
    private enum Kind {
        PURE,
        PRE,
        POST,
        BETWEEN,
        UNREACHABLE,
        GROW,
        LINEAR
    }

    private static final class Point {
        final int offset;
        Kind kind;
        long cost;

        Point(int offset, Kind kind, long cost) {
            this.offset = offset;
            this.kind = kind;
            this.cost = cost;
        }
    }

    /** One decoded instruction: its opcode and where its bytes are. */
    private static final class Insn {
        int op;
        int start;
        int end;
        long imm;
        long[] labels;
        int[] blockResults;
        int match = -1;
    }

    private enum FrameKind {
        FUNC,
        BLOCK,
        LOOP,
        IF
    }

    private static final class Frame {
        final FrameKind kind;
        final int startInsn;
        final int[] results;
        final int baseSp;
        boolean unreachable;
        boolean targeted;

        Frame(FrameKind kind, int startInsn, int[] results, int baseSp) {
            this.kind = kind;
            this.startInsn = startInsn;
            this.results = results;
            this.baseSp = baseSp;
        }
    }

    private final ModuleInfo module;
    private final long opCost;
    private final long linearBase;
    private final long linearUnit;
    private final int gasGlobal;
    private final int stackGlobal;
    private final int pendingGlobal;
    private final int faultGlobal;

    FunctionInstrumenter(
            ModuleInfo module,
            long opCost,
            long linearBase,
            long linearUnit,
            int gasGlobal,
            int stackGlobal,
            int pendingGlobal,
            int faultGlobal) {
        this.module = module;
        this.opCost = opCost;
        this.linearBase = linearBase;
        this.linearUnit = linearUnit;
        this.gasGlobal = gasGlobal;
        this.stackGlobal = stackGlobal;
        this.pendingGlobal = pendingGlobal;
        this.faultGlobal = faultGlobal;
    }

    /** The result of instrumenting one body: the new body bytes and how many locals it declared. */
    record Result(byte[] body, long declaredLocals) {}

    /**
     * Instruments the body of defined function {@code typeIndex}.
     *
     * @param body the body bytes (locals and code, without the size prefix)
     */
    Result instrument(byte[] body, int typeIndex) throws PrepareException {
        ModuleInfo.FuncType type = module.types.get(typeIndex);
        WasmReader r = new WasmReader(body);
        List<Integer> localSizes = new ArrayList<>();
        for (int p : type.params()) {
            localSizes.add(p);
        }
        int groups = r.u32AsInt();
        long declared = 0;
        int localsStart = r.pos();
        for (int g = 0; g < groups; g++) {
            long count = r.u32();
            int size = ModuleInfo.valueSize(r.u8());
            declared += count;
            if (declared > 50_000_000L) {
                throw PrepareException.tooManyLocals("function declares " + declared + " locals");
            }
            for (long i = 0; i < count; i++) {
                localSizes.add(size);
            }
        }
        int localsEnd = r.pos();
        List<Insn> code = decode(r);

        long frameSize = FRAME_OVERHEAD;
        for (int s : localSizes) {
            frameSize += s;
        }
        long maxOperands = analyse(code, localSizes, type);
        long stackCharge = frameSize + maxOperands;
        long frameGas = (frameSize + 7) / 8 * opCost;

        List<Point> points = merge(chargePoints(code));
        boolean needsScratch = points.stream().anyMatch(p -> p.kind == Kind.LINEAR);
        boolean needsF32 = code.stream().anyMatch(in -> canonicalizesF32(in.op));
        boolean needsF64 = code.stream().anyMatch(in -> canonicalizesF64(in.op));

        // Locals: the originals, then scratch locals the metering code needs.
        List<Integer> extra = new ArrayList<>();
        int next = localSizes.size();
        int scratch32 = -1;
        int scratch64 = -1;
        int scratchF32 = -1;
        int scratchF64 = -1;
        if (needsScratch) {
            extra.add(0x7F);
            scratch32 = next++;
            extra.add(0x7E);
            scratch64 = next++;
        }
        if (needsF32) {
            extra.add(0x7D);
            scratchF32 = next++;
        }
        if (needsF64) {
            extra.add(0x7C);
            scratchF64 = next++;
        }
        WasmWriter out = new WasmWriter();
        out.u32(groups + (long) extra.size());
        out.bytes(body, localsStart, localsEnd);
        for (int t : extra) {
            out.u32(1).u8(t);
        }

        emitStackCheck(out, stackCharge);
        emitConstantCharge(out, frameGas);
        out.u8(0x02).u8(type.results().length == 0 ? 0x40 : type.resultCodes()[0]);

        int pi = 0;
        int depth = 0;
        for (int k = 0; k < code.size() - 1; k++) {
            while (pi < points.size() && points.get(pi).offset == k) {
                emitPoint(out, points.get(pi), scratch32, scratch64);
                pi++;
            }
            Insn in = code.get(k);
            switch (in.op) {
                case 0x02, 0x03, 0x04 -> depth++;
                case 0x0B -> depth--;
                default -> {}
            }
            if (in.op == 0x0F) {
                out.u8(0x0C).u32(depth);
            } else {
                out.bytes(body, in.start, in.end);
            }
            if (canonicalizesF32(in.op)) {
                // t = result; select(t, canonical NaN, t == t)
                out.u8(0x21).u32(scratchF32).u8(0x20).u32(scratchF32);
                out.u8(0x43).bytes(new byte[] {0, 0, (byte) 0xC0, 0x7F});
                out.u8(0x20).u32(scratchF32).u8(0x20).u32(scratchF32).u8(0x5B).u8(0x1B);
            } else if (canonicalizesF64(in.op)) {
                out.u8(0x21).u32(scratchF64).u8(0x20).u32(scratchF64);
                out.u8(0x44).bytes(new byte[] {0, 0, 0, 0, 0, 0, (byte) 0xF8, 0x7F});
                out.u8(0x20).u32(scratchF64).u8(0x20).u32(scratchF64).u8(0x61).u8(0x1B);
            }
        }
        out.u8(0x0B);
        emitStackRestore(out, stackCharge);
        out.u8(0x0B);
        return new Result(out.toByteArray(), declared);
    }

    // ---- decoding ----

    private List<Insn> decode(WasmReader r) throws PrepareException {
        List<Insn> code = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        open.add(-1);
        while (true) {
            Insn in = new Insn();
            in.start = r.pos();
            int op = r.u8();
            in.op = op;
            switch (op) {
                case 0x00, 0x01, 0x0F, 0x1A, 0x1B, 0xD1 -> {}
                case 0x02, 0x03, 0x04 -> in.blockResults = blockType(r);
                case 0x05 -> {}
                case 0x0B -> {}
                case 0x0C, 0x0D -> in.imm = r.u32();
                case 0x0E -> {
                    int n = r.u32AsInt();
                    if (n > 1_000_000) {
                        throw PrepareException.deserialization("br_table too large");
                    }
                    in.labels = new long[n + 1];
                    for (int i = 0; i <= n; i++) {
                        in.labels[i] = r.u32();
                    }
                }
                case 0x10 -> in.imm = r.u32();
                case 0x11 -> {
                    in.imm = r.u32();
                    r.u32();
                }
                case 0x1C -> {
                    int n = r.u32AsInt();
                    if (n != 1) {
                        throw PrepareException.deserialization("typed select must have one type");
                    }
                    in.blockResults = new int[] {ModuleInfo.valueSize(r.u8())};
                }
                case 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26 -> in.imm = r.u32();
                case 0x3F, 0x40 -> {
                    if (r.u8() != 0) {
                        throw PrepareException.deserialization("multiple memories are not enabled");
                    }
                }
                case 0x41 -> r.skipSigned(32);
                case 0x42 -> r.skipSigned(64);
                case 0x43 -> r.skip(4);
                case 0x44 -> r.skip(8);
                case 0xD0 -> ModuleInfo.refType(r.u8());
                case 0xD2 -> in.imm = r.u32();
                case 0xFC -> {
                    int sub = r.u32AsInt();
                    in.op = 0xFC00 | sub;
                    switch (sub) {
                        case 0, 1, 2, 3, 4, 5, 6, 7 -> {}
                        case 8 -> {
                            r.u32();
                            zeroByte(r);
                        }
                        case 9, 13, 15, 16, 17 -> r.u32();
                        case 10 -> {
                            zeroByte(r);
                            zeroByte(r);
                        }
                        case 11 -> zeroByte(r);
                        case 12, 14 -> {
                            r.u32();
                            r.u32();
                        }
                        default -> throw PrepareException.deserialization("unknown 0xFC opcode " + sub);
                    }
                }
                default -> {
                    if ((op >= 0x28 && op <= 0x3E)) {
                        r.u32();
                        r.u32();
                    } else if (op >= 0x45 && op <= 0xC4) {
                        // numeric, no immediates
                    } else {
                        throw PrepareException.deserialization(
                                String.format("opcode 0x%02x is unknown or uses a feature NEAR does not enable", op));
                    }
                }
            }
            in.end = r.pos();
            int idx = code.size();
            code.add(in);
            if (op == 0x02 || op == 0x03 || op == 0x04) {
                open.add(idx);
            } else if (op == 0x05) {
                int top = open.get(open.size() - 1);
                if (top < 0 || code.get(top).op != 0x04) {
                    throw PrepareException.deserialization("else without if");
                }
            } else if (op == 0x0B) {
                int top = open.remove(open.size() - 1);
                if (top >= 0) {
                    code.get(top).match = idx;
                }
                if (open.isEmpty()) {
                    if (!r.atEnd()) {
                        throw PrepareException.deserialization("bytes after the end of a function body");
                    }
                    return code;
                }
            }
        }
    }

    private static void zeroByte(WasmReader r) throws PrepareException {
        if (r.u8() != 0) {
            throw PrepareException.deserialization("multiple memories are not enabled");
        }
    }

    private int[] blockType(WasmReader r) throws PrepareException {
        int b = r.u8();
        if (b == 0x40) {
            return new int[0];
        }
        if (b == 0x7F || b == 0x7E || b == 0x7D || b == 0x7C || b == 0x70 || b == 0x6F) {
            return new int[] {ModuleInfo.valueSize(b)};
        }
        throw PrepareException.deserialization("block types with a type index need multi-value, which NEAR does not enable");
    }

    // ---- analysis: maximal operand stack (bytes) and branch targets ----

    private long analyse(List<Insn> code, List<Integer> localSizes, ModuleInfo.FuncType type)
            throws PrepareException {
        int[] stack = new int[64];
        int sp = 0;
        long sum = 0;
        long max = 0;
        List<Frame> frames = new ArrayList<>();
        frames.add(new Frame(FrameKind.FUNC, -1, type.results(), 0));
        for (int i = 0; i < code.size(); i++) {
            Insn in = code.get(i);
            Frame top = frames.get(frames.size() - 1);
            int op = in.op;
            // Control instructions keep the frame structure even in unreachable code.
            switch (op) {
                case 0x02, 0x03 -> {
                    frames.add(new Frame(op == 0x02 ? FrameKind.BLOCK : FrameKind.LOOP, i, in.blockResults, sp));
                    continue;
                }
                case 0x04 -> {
                    if (!top.unreachable) {
                        if (sp <= top.baseSp) {
                            throw PrepareException.deserialization("type mismatch: if without a condition");
                        }
                        sum -= stack[--sp];
                    }
                    Frame f = new Frame(FrameKind.IF, i, in.blockResults, sp);
                    f.unreachable = top.unreachable;
                    // An if whose condition is unreachable is itself unreachable code.
                    frames.add(f);
                    continue;
                }
                case 0x05 -> {
                    while (sp > top.baseSp) {
                        sum -= stack[--sp];
                    }
                    Frame parent = frames.get(frames.size() - 2);
                    top.unreachable = parent.unreachable;
                    continue;
                }
                case 0x0B -> {
                    frames.remove(frames.size() - 1);
                    while (sp > top.baseSp) {
                        sum -= stack[--sp];
                    }
                    for (int s : top.results) {
                        stack = push(stack, sp, s);
                        sp++;
                        sum += s;
                    }
                    max = Math.max(max, sum);
                    continue;
                }
                case 0x0C, 0x0D -> markTarget(frames, in.imm);
                case 0x0E -> {
                    for (long l : in.labels) {
                        markTarget(frames, l);
                    }
                }
                default -> {}
            }
            if (top.unreachable) {
                continue;
            }
            int[] pops;
            int[] pushes;
            switch (op) {
                case 0x00 -> {
                    top.unreachable = true;
                    continue;
                }
                case 0x0C, 0x0F -> {
                    top.unreachable = true;
                    continue;
                }
                case 0x0E -> {
                    top.unreachable = true;
                    continue;
                }
                case 0x01 -> {
                    continue;
                }
                case 0x0D -> {
                    pops = new int[] {4};
                    pushes = new int[0];
                }
                case 0x10 -> {
                    ModuleInfo.FuncType t = module.functionType(in.imm);
                    pops = t.params();
                    pushes = t.results();
                }
                case 0x11 -> {
                    if (in.imm >= module.types.size()) {
                        throw PrepareException.deserialization("call_indirect to unknown type " + in.imm);
                    }
                    ModuleInfo.FuncType t = module.types.get((int) in.imm);
                    pops = concat(t.params(), 4);
                    pushes = t.results();
                }
                case 0x1A -> {
                    if (sp <= top.baseSp) {
                        throw PrepareException.deserialization("type mismatch: drop on an empty stack");
                    }
                    sum -= stack[--sp];
                    continue;
                }
                case 0x1B, 0x1C -> {
                    if (sp - top.baseSp < 3) {
                        throw PrepareException.deserialization("type mismatch: select needs three operands");
                    }
                    sum -= stack[--sp];
                    int a = stack[--sp];
                    sum -= a;
                    sum -= stack[--sp];
                    stack[sp++] = a;
                    sum += a;
                    continue;
                }
                case 0x20 -> {
                    pops = new int[0];
                    pushes = new int[] {local(localSizes, in.imm)};
                }
                case 0x21 -> {
                    pops = new int[] {local(localSizes, in.imm)};
                    pushes = new int[0];
                }
                case 0x22 -> {
                    int s = local(localSizes, in.imm);
                    pops = new int[] {s};
                    pushes = new int[] {s};
                }
                case 0x23 -> {
                    pops = new int[0];
                    pushes = new int[] {module.globalSize(in.imm)};
                }
                case 0x24 -> {
                    pops = new int[] {module.globalSize(in.imm)};
                    pushes = new int[0];
                }
                default -> {
                    int[][] effect = Effects.of(op);
                    if (effect == null) {
                        throw PrepareException.deserialization(String.format("unsupported opcode 0x%x", op));
                    }
                    pops = effect[0];
                    pushes = effect[1];
                }
            }
            if (sp - top.baseSp < pops.length) {
                throw PrepareException.deserialization("type mismatch: operand stack underflow");
            }
            for (int k = 0; k < pops.length; k++) {
                sum -= stack[--sp];
            }
            for (int s : pushes) {
                stack = push(stack, sp, s);
                sp++;
                sum += s;
            }
            max = Math.max(max, sum);
        }
        // Remember which blocks and loops are branch targets, for charge placement.
        this.targets = collectTargets(code);
        return max;
    }

    private boolean[] targets;

    private static int[] push(int[] stack, int sp, int size) {
        int[] s = sp < stack.length ? stack : java.util.Arrays.copyOf(stack, stack.length * 2);
        s[sp] = size;
        return s;
    }

    private static int[] concat(int[] a, int last) {
        int[] r = java.util.Arrays.copyOf(a, a.length + 1);
        r[a.length] = last;
        return r;
    }

    private static int local(List<Integer> localSizes, long idx) throws PrepareException {
        if (idx >= localSizes.size()) {
            throw PrepareException.deserialization("unknown local " + idx);
        }
        return localSizes.get((int) idx);
    }

    private static void markTarget(List<Frame> frames, long depth) throws PrepareException {
        if (depth >= frames.size()) {
            throw PrepareException.deserialization("branch to unknown label " + depth);
        }
        frames.get(frames.size() - 1 - (int) depth).targeted = true;
    }

    /** Which instruction indexes open a block or loop that some branch targets. */
    private static boolean[] collectTargets(List<Insn> code) {
        boolean[] t = new boolean[code.size()];
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < code.size(); i++) {
            Insn in = code.get(i);
            switch (in.op) {
                case 0x02, 0x03, 0x04 -> open.add(i);
                case 0x0B -> {
                    if (!open.isEmpty()) {
                        open.remove(open.size() - 1);
                    }
                }
                case 0x0C, 0x0D -> mark(t, open, in.imm);
                case 0x0E -> {
                    for (long l : in.labels) {
                        mark(t, open, l);
                    }
                }
                default -> {}
            }
        }
        return t;
    }

    private static void mark(boolean[] t, List<Integer> open, long depth) {
        int at = open.size() - 1 - (int) depth;
        if (at >= 0) {
            t[open.get(at)] = true;
        }
    }

    // ---- charge placement ----

    /** The charge points of the body, before merging, in program order. */
    private List<Point> chargePoints(List<Insn> code) {
        List<Point> pts = new ArrayList<>();
        // Reachability per open frame, as the validator tracks it.
        List<boolean[]> frames = new ArrayList<>();
        List<Integer> frameInsns = new ArrayList<>();
        frames.add(new boolean[] {false});
        frameInsns.add(-1);
        for (int i = 0; i < code.size(); i++) {
            Insn in = code.get(i);
            boolean[] top = frames.get(frames.size() - 1);
            boolean dead = top[0];
            int op = in.op;
            switch (op) {
                case 0x02 -> {
                    pts.add(new Point(i, dead ? Kind.UNREACHABLE : Kind.PURE, 0));
                    frames.add(new boolean[] {dead});
                    frameInsns.add(i);
                }
                case 0x03 -> {
                    boolean targeted = targets[i];
                    pts.add(new Point(i, dead ? Kind.UNREACHABLE : targeted ? Kind.PRE : Kind.PURE, 0));
                    frames.add(new boolean[] {dead});
                    frameInsns.add(i);
                    pts.add(new Point(i + 1, dead ? Kind.UNREACHABLE : targeted ? Kind.POST : Kind.PURE, opCost));
                }
                case 0x04 -> {
                    pts.add(new Point(i, dead ? Kind.UNREACHABLE : Kind.PRE, opCost));
                    frames.add(new boolean[] {dead});
                    frameInsns.add(i);
                    pts.add(new Point(i + 1, dead ? Kind.UNREACHABLE : Kind.POST, 0));
                }
                case 0x05 -> {
                    pts.add(new Point(i, dead ? Kind.UNREACHABLE : Kind.PRE, 0));
                    boolean parentDead = frames.get(frames.size() - 2)[0];
                    top[0] = parentDead;
                    pts.add(new Point(i + 1, parentDead ? Kind.UNREACHABLE : Kind.POST, 0));
                }
                case 0x0B -> {
                    int openerAt = frameInsns.get(frameInsns.size() - 1);
                    int openerOp = openerAt < 0 ? -1 : code.get(openerAt).op;
                    boolean forward = openerOp == 0x04 || (openerOp == 0x02 && targets[openerAt]);
                    frames.remove(frames.size() - 1);
                    frameInsns.remove(frameInsns.size() - 1);
                    if (frames.isEmpty()) {
                        pts.add(new Point(i, dead ? Kind.UNREACHABLE : Kind.PURE, 0));
                        break;
                    }
                    boolean parentDead = frames.get(frames.size() - 1)[0];
                    if (forward) {
                        pts.add(new Point(i, dead ? Kind.UNREACHABLE : Kind.PRE, 0));
                        pts.add(new Point(i + 1, parentDead ? Kind.UNREACHABLE : Kind.POST, 0));
                    } else {
                        pts.add(new Point(i, dead ? Kind.UNREACHABLE : Kind.PURE, 0));
                    }
                }
                case 0x00, 0x0C, 0x0E, 0x0F -> {
                    pts.add(new Point(i, dead ? Kind.UNREACHABLE : Kind.PRE, opCost));
                    top[0] = true;
                    pts.add(new Point(i + 1, Kind.UNREACHABLE, 0));
                }
                default -> {
                    if (dead) {
                        pts.add(new Point(i, Kind.UNREACHABLE, opCost));
                    } else if (isLinear(op)) {
                        pts.add(new Point(i, Kind.LINEAR, 0));
                        pts.add(new Point(i + 1, Kind.POST, 0));
                    } else if (op == 0x40 || op == (0xFC00 | 15)) {
                        pts.add(new Point(i, Kind.GROW, opCost));
                        pts.add(new Point(i + 1, Kind.POST, 0));
                    } else if (hasSideEffect(op)) {
                        pts.add(new Point(i, Kind.PRE, opCost));
                        pts.add(new Point(i + 1, Kind.POST, 0));
                    } else {
                        pts.add(new Point(i, Kind.PURE, opCost));
                    }
                }
            }
        }
        return pts;
    }

    /** Merges neighbouring points the way finite-wasm's optimiser does. */
    private static List<Point> merge(List<Point> pts) {
        List<Point> out = new ArrayList<>();
        for (Point p : pts) {
            if (!out.isEmpty()) {
                Point last = out.get(out.size() - 1);
                Kind k = combine(last.kind, p.kind);
                if (k != null) {
                    last.kind = k;
                    last.cost += p.cost;
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }

    private static Kind combine(Kind a, Kind b) {
        if (a == Kind.PURE && b == Kind.PURE) {
            return Kind.PURE;
        }
        if (a == Kind.UNREACHABLE && b == Kind.UNREACHABLE) {
            return Kind.UNREACHABLE;
        }
        if (a == Kind.POST && b == Kind.PRE) {
            return Kind.BETWEEN;
        }
        if (a == Kind.PURE && b == Kind.PRE) {
            return Kind.PRE;
        }
        if (a == Kind.POST && b == Kind.PURE) {
            return Kind.POST;
        }
        return null;
    }

    private static boolean isLinear(int op) {
        return op == (0xFC00 | 8) || op == (0xFC00 | 10) || op == (0xFC00 | 11)
                || op == (0xFC00 | 12) || op == (0xFC00 | 14) || op == (0xFC00 | 17);
    }

    /**
     * Float operations whose NaN results nearcore's Wasmtime canonicalizes (cranelift NaN
     * canonicalization): arithmetic, rounding, min/max and conversions between f32 and f64.
     * Their NaNs become the positive canonical NaN, so NaN bits are deterministic.
     */
    private static boolean canonicalizesF32(int op) {
        return (op >= 0x8D && op <= 0x97) || op == 0xB6;
    }

    private static boolean canonicalizesF64(int op) {
        return (op >= 0x9B && op <= 0xA5) || op == 0xBB;
    }

    /** Instructions that branch, call or may trap: they end a straight-line run. */
    private static boolean hasSideEffect(int op) {
        if (op >= 0x28 && op <= 0x3E) {
            return true; // loads and stores
        }
        return switch (op) {
            case 0x0D, 0x10, 0x11, 0x25, 0x26 -> true;
            case 0x6D, 0x6E, 0x6F, 0x70, 0x7F, 0x80, 0x81, 0x82 -> true; // integer div/rem
            case 0xA8, 0xA9, 0xAA, 0xAB, 0xAE, 0xAF, 0xB0, 0xB1 -> true; // trapping truncations
            default -> false;
        };
    }

    // ---- emission ----

    private void emitPoint(WasmWriter out, Point p, int scratch32, int scratch64) {
        switch (p.kind) {
            case UNREACHABLE -> {}
            case LINEAR -> {
                out.u8(0x22).u32(scratch32); // local.tee count
                out.u8(0xAD); // i64.extend_i32_u
                out.u8(0x42).s64(linearUnit).u8(0x7E); // i64.mul
                out.u8(0x42).s64(linearBase).u8(0x7C); // i64.add
                out.u8(0x21).u32(scratch64);
                out.u8(0x23).u32(gasGlobal).u8(0x20).u32(scratch64).u8(0x54); // i64.lt_u
                out.u8(0x04).u8(0x40);
                out.u8(0x20).u32(scratch64).u8(0x24).u32(pendingGlobal);
                out.u8(0x41).s32(FAULT_GAS).u8(0x24).u32(faultGlobal);
                out.u8(0x00).u8(0x0B);
                out.u8(0x23).u32(gasGlobal).u8(0x20).u32(scratch64).u8(0x7D).u8(0x24).u32(gasGlobal);
                out.u8(0x20).u32(scratch32);
            }
            default -> emitConstantCharge(out, p.cost);
        }
    }

    private void emitConstantCharge(WasmWriter out, long cost) {
        if (cost == 0) {
            return;
        }
        out.u8(0x23).u32(gasGlobal).u8(0x42).s64(cost).u8(0x54); // gas < cost (unsigned)
        out.u8(0x04).u8(0x40);
        out.u8(0x42).s64(cost).u8(0x24).u32(pendingGlobal);
        out.u8(0x41).s32(FAULT_GAS).u8(0x24).u32(faultGlobal);
        out.u8(0x00).u8(0x0B);
        out.u8(0x23).u32(gasGlobal).u8(0x42).s64(cost).u8(0x7D).u8(0x24).u32(gasGlobal);
    }

    private void emitStackCheck(WasmWriter out, long charge) {
        out.u8(0x23).u32(stackGlobal).u8(0x42).s64(charge).u8(0x54);
        out.u8(0x04).u8(0x40);
        out.u8(0x41).s32(FAULT_STACK).u8(0x24).u32(faultGlobal);
        out.u8(0x00).u8(0x0B);
        out.u8(0x23).u32(stackGlobal).u8(0x42).s64(charge).u8(0x7D).u8(0x24).u32(stackGlobal);
    }

    private void emitStackRestore(WasmWriter out, long charge) {
        out.u8(0x23).u32(stackGlobal).u8(0x42).s64(charge).u8(0x7C).u8(0x24).u32(stackGlobal);
    }
}
