import dev.aidev.sdk.*;

// Labeled break and continue: out of nested for, while, enhanced for and do loops, out of a
// switch inside a loop (a label on a statement that is not a loop is rejected by the checker).
//> view first_pair {"target": 10}
//> view first_pair {"target": 1000}
//> view skip_rows {"rows": 5}
//> view search {"words": ["alpha", "beta", "gamma", "delta"], "letter": "m"}
//> view search {"words": ["x", "y"], "letter": "z"}
//> view switch_exit {"codes": [1, 2, 3, 9, 4]}
//> view countdown {"n": 12}
@NearContract
public class Labels {
    public Labels() {}

    @View
    public String firstPair(int target) {
        String found = "none";
        outer:
        for (int a = 1; a < 20; a++) {
            for (int b = a; b < 20; b++) {
                if (a * b == target) {
                    found = a + "x" + b;
                    break outer;
                }
            }
        }
        return found;
    }

    @View
    public String skipRows(int rows) {
        StringBuilder out = new StringBuilder();
        rowLoop:
        for (int r = 0; r < rows; r++) {
            int c = 0;
            while (c < rows) {
                if (c > r) {
                    out.append('|');
                    continue rowLoop;
                }
                if ((r + c) % 3 == 2) {
                    c++;
                    continue;
                }
                out.append(r * 10 + c).append(',');
                c++;
            }
            out.append("end");
        }
        return out.toString();
    }

    @View
    public String search(java.util.List<String> words, String letter) {
        int index = -1;
        scan:
        for (String w : words) {
            index++;
            for (int i = 0; i < w.length(); i++) {
                if (letter.equals(w.substring(i, i + 1))) {
                    break scan;
                }
            }
            if (index == words.size() - 1) {
                index = -1;
            }
        }
        return "index " + index;
    }

    @View
    public int switchExit(int[] codes) {
        int sum = 0;
        loop:
        for (int code : codes) {
            switch (code) {
                case 9:
                    break loop;
                case 2:
                    continue loop;
                default:
                    sum += code;
                    break;
            }
            sum += 100;
        }
        return sum;
    }

    @View
    public int countdown(int n) {
        int steps = 0;
        down:
        do {
            n--;
            steps++;
            if (n % 5 == 0) {
                continue down;
            }
            if (n < 3) {
                break down;
            }
        } while (n > 0);
        return steps * 100 + n;
    }
}
