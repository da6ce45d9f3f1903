import dev.aidev.sdk.*;

// Multi-dimensional arrays: new T[a][b] (every dimension checked before allocating), new T[a][],
// nested and jagged initializers, element reads and writes, length at each level, enhanced for,
// JSON arguments and results, and a 2D array in the state (Borsh).
//> call new {"rows": 2, "cols": 3}
//> call set {"r": 1, "c": 2, "v": 9}
//> call set {"r": 2, "c": 0, "v": 1}
//> view grid {}
//> view sum {"m": [[1, 2], [3], []]}
//> view transpose {"m": [["a", "b"], ["c", "d"]]}
//> view make {"a": 2, "b": 2}
//> view make {"a": 0, "b": -1}
//> view make {"a": 2, "b": 0}
//> view jagged {}
@NearContract
public class MultiArrays {
    private long[][] cells;

    @Init
    public MultiArrays(int rows, int cols) {
        cells = new long[rows][cols];
    }

    @Call
    public void set(int r, int c, long v) {
        cells[r][c] = v;
    }

    @View
    public long[][] grid() {
        return cells;
    }

    @View
    public int sum(int[][] m) {
        int total = 0;
        for (int[] row : m) {
            for (int x : row) {
                total += x;
            }
        }
        return total * 100 + m.length;
    }

    @View
    public String[][] transpose(String[][] m) {
        String[][] t = new String[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    @View
    public String make(int a, int b) {
        int[][][] cube = new int[a][b][2];
        return cube.length + " " + (a > 0 ? cube[0].length + " " + (b > 0 ? cube[0][0].length : -1) : "-");
    }

    @View
    public String jagged() {
        int[][] tri = new int[3][];
        for (int i = 0; i < tri.length; i++) {
            tri[i] = new int[i + 1];
            tri[i][i] = i * 10;
        }
        char[][] letters = {{'a', 'b'}, {'c'}};
        String out = "";
        for (int[] row : tri) {
            out += row.length + ":" + row[row.length - 1] + " ";
        }
        int[][] nothing = new int[2][];
        return out + letters[0][1] + letters[1][0] + " " + (nothing[1] == null);
    }
}
