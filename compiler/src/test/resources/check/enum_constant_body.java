import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

@NearContract
class Enums {
    enum Op {
        ADD {
            long apply(long a, long b) {
                return a + b;
            }
        },
        SUB;

        long apply(long a, long b) {
            return a - b;
        }
    }

    @Call
    public long run(Op op) {
        return op.apply(1, 2);
    }
}
