import dev.aidev.sdk.*;

// if/else chains, while, do-while, for with break and continue, nested loops, ?:, && and ||.
//> view classify {"n": -5}
//> view classify {"n": 0}
//> view classify {"n": 7}
//> view classify {"n": 1000}
//> view primes {"limit": 50}
//> view collatz {"n": 27}
//> view digits {"n": 0}
//> view digits {"n": -1234567}
//> view logic {"a": true, "b": false}
//> view logic {"a": false, "b": true}
//> view short_circuit {"d": 0}
//> view short_circuit {"d": 5}
//> view triangle {"rows": 4}
@NearContract
public class ControlFlow {
    public ControlFlow() {}

    @View
    public String classify(int n) {
        if (n < 0) {
            return "negative";
        } else if (n == 0) {
            return "zero";
        } else if (n < 100) {
            return n % 2 == 0 ? "small even" : "small odd";
        }
        return "big";
    }

    @View
    public String primes(int limit) {
        String out = "";
        int count = 0;
        for (int n = 2; ; n++) {
            if (n > limit) {
                break;
            }
            boolean prime = true;
            for (int d = 2; d * d <= n; d++) {
                if (n % d == 0) {
                    prime = false;
                    break;
                }
            }
            if (!prime) {
                continue;
            }
            count++;
            out += n + ",";
        }
        return count + ":" + out;
    }

    @View
    public int collatz(long n) {
        int steps = 0;
        while (n != 1) {
            n = n % 2 == 0 ? n / 2 : 3 * n + 1;
            steps++;
        }
        return steps;
    }

    @View
    public int digits(long n) {
        int d = 0;
        do {
            d++;
            n /= 10;
        } while (n != 0);
        return d;
    }

    @View
    public String logic(boolean a, boolean b) {
        return (a && b) + " " + (a || b) + " " + (!a) + " " + (a != b) + " " + (a == b) + " " + (a & b) + " " + (a | b) + " " + (a ^ b);
    }

    @View
    public boolean shortCircuit(int d) {
        // 10 / d must not run when d == 0.
        return d != 0 && 10 / d > 1 || d == 0;
    }

    @View
    public String triangle(int rows) {
        String s = "";
        int i = 0;
        while (true) {
            if (i++ >= rows) {
                break;
            }
            for (int j = 0; j < i; j++) {
                s += "*";
            }
            s += "/";
        }
        return s;
    }
}
