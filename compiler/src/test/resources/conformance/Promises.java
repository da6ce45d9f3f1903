import dev.aidev.sdk.*;

// The Promise API: create, functionCall, functionCallWeight, transfer, createAccount,
// deployContract, deleteAccount, then, and, schedule, returning a promise (promise_return),
// promises scheduled when the method ends (creation order, before the state is written),
// Promise.result / PromiseResult / Env.promiseResultsCount in callbacks, @Private callbacks, Gas.
// The harness compares the receipts (receiver, dependencies, actions) and the returned receipt.
//> call call_then {"receiver": "counter.test.near"}
//> call from=contract.test.near result="41" on_done {"tag": "a"}
//> call from=contract.test.near result=failed on_done {"tag": "b"}
//> call on_done {"tag": "c"}
//> call from=contract.test.near on_done {"tag": "d"}
//> call several {"a": "a.test.near", "b": "b.test.near"}
//> call joint {"a": "a.test.near", "b": "b.test.near"}
//> call from=contract.test.near result="1" result=failed on_both {}
//> call scheduled_then_more {"a": "a.test.near"}
//> call no_promise {"give": false}
//> call no_promise {"give": true}
//> call then_twice {}
//> call action_on_joint {}
//> call callback_joint {}
//> view in_view {}
//> call deploy {"sub": "sub.contract.test.near"}
//> call gas {"t": 3}
//> call gas {"t": -1}
//> call gas {"t": 9223372}
//> call logged_then_failed {}
//> call from=contract.test.near result="1" bad_result {"i": -1}
//> call from=contract.test.near result="1" bad_result {"i": 1}
//> call from=contract.test.near result="1" bad_result {"i": 0}
//> view count
@NearContract
public class Promises {
    private int calls;

    public Promises() {}

    @Call
    public Promise callThen(AccountId receiver) {
        calls++;
        Promise get = Promise.create(receiver).functionCall("get_num", "{}", U128.ZERO, Gas.tgas(5));
        Promise back = Promise.create(Env.currentAccountId())
                .functionCallWeight("on_done", "{\"tag\":\"x\"}", U128.ZERO, Gas.tgas(5), 0);
        return get.then(back);
    }

    @Private
    @Call
    public String onDone(String tag) {
        calls++;
        long n = Env.promiseResultsCount();
        PromiseResult r = Promise.result(0);
        if (!r.isSuccessful()) {
            return tag + " failed of " + n + " bytes " + r.value().length;
        }
        return tag + " ok " + r.json() + " of " + n + " bytes " + r.value().length;
    }

    @Call
    public void several(AccountId a, AccountId b) {
        Promise first = Promise.create(a).transfer(U128.of(5));
        Env.log("first built");
        Promise second = Promise.create(b).createAccount().transfer(U128.of(7)).deleteAccount(a);
        Promise third = Promise.create(b).functionCall("ping", "{\"n\":1}", U128.ONE, Gas.ofGas(1000));
        second.then(third);
        Promise.create(a).functionCallWeight("pong", "[]", U128.ZERO, Gas.ZERO, 3);
        Env.log("all built " + (first == second));
        calls++;
    }

    @Call
    public Promise joint(AccountId a, AccountId b) {
        Promise both = Promise.create(a).functionCall("x", "{}", U128.ZERO, Gas.tgas(2))
                .and(Promise.create(b).functionCall("y", "{}", U128.ZERO, Gas.tgas(2)));
        return both.then(Promise.create(Env.currentAccountId()).functionCall("on_both", "{}", U128.ZERO, Gas.tgas(3)));
    }

    @Private
    @Call
    public String onBoth() {
        String s = "count " + Env.promiseResultsCount();
        for (int i = 0; i < Env.promiseResultsCount(); i++) {
            s += " " + Promise.result(i).isSuccessful();
        }
        return s;
    }

    @Call
    public long scheduledThenMore(AccountId a) {
        Promise p = Promise.create(a).transfer(U128.of(1));
        long index = p.schedule();
        p.transfer(U128.of(2));
        Promise q = Promise.create(a).transfer(U128.of(3));
        return index + q.schedule() + p.schedule();
    }

    @Call
    public Promise noPromise(boolean give) {
        return give ? Promise.create(Env.predecessorAccountId()).transfer(U128.of(9)) : null;
    }

    @Call
    public void thenTwice() {
        Promise a = Promise.create(Env.currentAccountId());
        Promise b = Promise.create(Env.currentAccountId());
        a.then(b);
        Env.log("once");
        Promise.create(Env.currentAccountId()).then(b);
    }

    @Call
    public void actionOnJoint() {
        Promise j = Promise.create(Env.currentAccountId()).and(Promise.create(Env.currentAccountId()));
        j.transfer(U128.ONE);
    }

    @Call
    public void callbackJoint() {
        Promise j = Promise.create(Env.currentAccountId()).and(Promise.create(Env.currentAccountId()));
        Promise.create(Env.currentAccountId()).then(j);
    }

    @View
    public int inView() {
        Promise.create(Env.currentAccountId()).transfer(U128.ONE);
        return 1;
    }

    @Call
    public void deploy(AccountId sub) {
        byte[] code = {0, 97, 115, 109, 1, 0, 0, 0, -1};
        Promise.create(sub).createAccount().transfer(U128.of(100)).deployContract(code);
    }

    @Call
    public String gas(long t) {
        Gas g = Gas.tgas(t);
        Gas h = g.add(Gas.ofGas(5)).sub(Gas.ZERO);
        Gas none = null;
        return g + " " + none + " " + g.toString() + " " + h.asGas() + " " + g.compareTo(h) + " " + h.compareTo(g) + " " + g.equals(Gas.tgas(t)) + " "
                + (Env.prepaidGas().asGas() > 0);
    }

    @Call
    public void loggedThenFailed() {
        Promise.create(Env.currentAccountId()).transfer(U128.ONE);
        Env.log("before the panic");
        Promise.result(0);
    }

    @Call
    public String badResult(long i) {
        return Promise.result(i).json();
    }

    @View
    public int count() {
        return calls;
    }
}
