package dev.aidev.vm.prepare;

/**
 * Operand-stack effects of instructions whose operands do not depend on the module, in bytes per
 * value (4 for i32/f32, 8 for i64/f64/references): what finite-wasm's stack analysis counts.
 */
final class Effects {
    private Effects() {}

    private static final int[] NONE = {};
    private static final int[] I = {4};
    private static final int[] L = {8};
    private static final int[] II = {4, 4};
    private static final int[] LL = {8, 8};
    private static final int[] IL = {4, 8};
    private static final int[] III = {4, 4, 4};

    private static int[][] e(int[] pops, int[] pushes) {
        return new int[][] {pops, pushes};
    }

    /** {pops, pushes} for {@code op}, or null if the instruction is not a plain one. */
    static int[][] of(int op) {
        if (op >= 0x28 && op <= 0x3E) {
            return memoryAccess(op);
        }
        if (op >= 0x45 && op <= 0xC4) {
            return numeric(op);
        }
        return switch (op) {
            case 0x3F -> e(NONE, I);
            case 0x40 -> e(I, I);
            case 0x41, 0x43 -> e(NONE, I);
            case 0x42, 0x44 -> e(NONE, L);
            case 0x25 -> e(I, L);
            case 0x26 -> e(IL, NONE);
            case 0xD0, 0xD2 -> e(NONE, L);
            case 0xD1 -> e(L, I);
            case 0xFC00, 0xFC01 -> e(I, I);
            case 0xFC02, 0xFC03 -> e(L, I);
            case 0xFC04, 0xFC05 -> e(I, L);
            case 0xFC06, 0xFC07 -> e(L, L);
            case 0xFC08, 0xFC0A, 0xFC0B, 0xFC0C, 0xFC0E -> e(III, NONE);
            case 0xFC09, 0xFC0D -> e(NONE, NONE);
            case 0xFC0F -> e(new int[] {8, 4}, I);
            case 0xFC10 -> e(NONE, I);
            case 0xFC11 -> e(new int[] {4, 8, 4}, NONE);
            default -> null;
        };
    }

    private static int[][] memoryAccess(int op) {
        return switch (op) {
            case 0x28, 0x2A, 0x2C, 0x2D, 0x2E, 0x2F -> e(I, I);
            case 0x29, 0x2B, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35 -> e(I, L);
            case 0x36, 0x38, 0x3A, 0x3B -> e(II, NONE);
            default -> e(IL, NONE); // 0x37, 0x39, 0x3C, 0x3D, 0x3E
        };
    }

    private static int[][] numeric(int op) {
        if (op == 0x45) {
            return e(I, I);
        }
        if (op <= 0x4F) {
            return e(II, I);
        }
        if (op == 0x50) {
            return e(L, I);
        }
        if (op <= 0x5A) {
            return e(LL, I);
        }
        if (op <= 0x60) {
            return e(II, I);
        }
        if (op <= 0x66) {
            return e(LL, I);
        }
        if (op <= 0x69) {
            return e(I, I);
        }
        if (op <= 0x78) {
            return e(II, I);
        }
        if (op <= 0x7B) {
            return e(L, L);
        }
        if (op <= 0x8A) {
            return e(LL, L);
        }
        if (op <= 0x91) {
            return e(I, I);
        }
        if (op <= 0x98) {
            return e(II, I);
        }
        if (op <= 0x9F) {
            return e(L, L);
        }
        if (op <= 0xA6) {
            return e(LL, L);
        }
        return switch (op) {
            case 0xA7 -> e(L, I);
            case 0xA8, 0xA9 -> e(I, I);
            case 0xAA, 0xAB -> e(L, I);
            case 0xAC, 0xAD -> e(I, L);
            case 0xAE, 0xAF -> e(I, L);
            case 0xB0, 0xB1 -> e(L, L);
            case 0xB2, 0xB3 -> e(I, I);
            case 0xB4, 0xB5, 0xB6 -> e(L, I);
            case 0xB7, 0xB8 -> e(I, L);
            case 0xB9, 0xBA -> e(L, L);
            case 0xBB -> e(I, L);
            case 0xBC, 0xBE -> e(I, I);
            case 0xBD, 0xBF -> e(L, L);
            case 0xC0, 0xC1 -> e(I, I);
            default -> e(L, L); // 0xC2..0xC4
        };
    }
}
