import dev.aidev.sdk.*;

// @Init, not initialized, already initialized, @Private callbacks, Env context, require and panic.
//> view owner
//> call from=bob.test.near init {"owner": "bob.test.near", "limit": 3}
//> call init {"owner": "alice.test.near", "limit": 1}
//> view owner
//> call from=carol.test.near callback {"v": 1}
//> call from=contract.test.near callback {"v": 7}
//> call from=bob.test.near take {}
//> call from=bob.test.near take {}
//> call from=bob.test.near take {}
//> call from=bob.test.near take {}
//> call from=carol.test.near take {}
//> view context
//> call fail {"how": 0}
//> call fail {"how": 1}
//> call fail {"how": 2}
//> call fail {"how": 3}
@NearContract
public class Lifecycle {
    private String owner;
    private int limit;
    private int taken;
    private long lastCallback;

    private Lifecycle() {}

    @Init
    public static Lifecycle init(AccountId owner, int limit) {
        Lifecycle l = new Lifecycle();
        l.owner = owner.toString();
        l.limit = limit;
        Env.log("initialized by " + Env.predecessorAccountId());
        return l;
    }

    @View
    public String owner() {
        return owner;
    }

    @Call
    @Private
    public long callback(long v) {
        lastCallback = v;
        return v * 2;
    }

    @Call
    public int take() {
        Env.require(Env.predecessorAccountId().toString().equals(owner), "Only the owner can take");
        if (taken >= limit) {
            throw Env.panic("Limit " + limit + " reached");
        }
        taken++;
        return limit - taken;
    }

    @View
    public String context() {
        return Env.currentAccountId() + " " + Env.predecessorAccountId() + " " + Env.signerAccountId() + " "
                + Env.blockHeight() + " " + Env.blockTimestamp() + " " + Env.epochHeight() + " " + lastCallback;
    }

    @Call
    public void fail(int how) {
        Env.log("about to fail " + how);
        taken = 100;
        if (how == 0) {
            throw new IllegalArgumentException("bad argument");
        }
        if (how == 1) {
            Env.panic("explicit panic");
        }
        if (how == 2) {
            throw new IllegalStateException();
        }
        Env.require(false, "required");
    }
}
