import dev.aidev.sdk.*;

// Promises created in an @Init constructor are scheduled before the state is written, as the
// SDK's runner does; a callback chain is built across helper methods.
//> call new {"owner": "owner.test.near"}
//> view owner
//> call notify {"n": 2}
//> call new {"owner": "other.test.near"}
@NearContract
public class PromiseInit {
    private final String owner;

    @Init
    public PromiseInit(AccountId owner) {
        this.owner = owner.toString();
        Promise.create(owner).transfer(U128.of(1000));
        Env.log("welcome " + owner);
    }

    @View
    public String owner() {
        return owner;
    }

    @Call
    public Promise notify(int n) {
        Promise last = null;
        for (int i = 0; i < n; i++) {
            Promise p = ping(i);
            last = last == null ? p : last.then(p);
        }
        return last;
    }

    private Promise ping(int i) {
        return Promise.create(AccountId.of(owner)).functionCall("ping", "{\"i\":" + i + "}", U128.ZERO, Gas.tgas(1 + i));
    }
}
