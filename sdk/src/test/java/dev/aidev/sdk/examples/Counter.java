package dev.aidev.sdk.examples;

import dev.aidev.sdk.Call;
import dev.aidev.sdk.Env;
import dev.aidev.sdk.Init;
import dev.aidev.sdk.NearContract;
import dev.aidev.sdk.Private;
import dev.aidev.sdk.U128;
import dev.aidev.sdk.View;

/** The counter of docs/compiler-design.md, plus a payable and a private method. */
@NearContract
public class Counter {
    private long value;

    /** Private: without a public no-argument constructor a call before init panics. */
    private Counter() {}

    @Init
    public static Counter create(long start) {
        Counter c = new Counter();
        c.value = start;
        return c;
    }

    @Call
    public long increment(long by) {
        value = Math.addExact(value, by);
        Env.log("value " + value);
        return value;
    }

    @Call(payable = true)
    public String donate() {
        return Env.attachedDeposit().toString();
    }

    @Call
    @Private
    public void reset() {
        value = 0;
    }

    @Call
    public void fail(String why) {
        value = -1;
        throw new IllegalStateException(why);
    }

    @View
    public long get() {
        return value;
    }

    @View
    public U128 asU128() {
        return U128.of(value);
    }
}
