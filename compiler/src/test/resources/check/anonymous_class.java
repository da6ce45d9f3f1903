import dev.aidev.sdk.Call;
import dev.aidev.sdk.NearContract;

@NearContract
class Anonymous {
    interface Rule {
        boolean test(long v);
    }

    @Call
    public boolean check(long v) {
        Rule positive = new Rule() {
            @Override
            public boolean test(long value) {
                return value > 0;
            }
        };
        return positive.test(v);
    }
}
