package dev.aidev.sdk;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * A cross-contract call or batch of actions on one receiver, built fluently and scheduled the way
 * near-sdk-rs schedules its {@code Promise}:
 *
 * <pre>{@code
 * @Call
 * public Promise transferAndLog(AccountId token, U128 amount) {
 *     return Promise.create(token)
 *             .functionCall("ft_transfer", "{\"receiver_id\":\"bob.near\",\"amount\":\"" + amount + "\"}",
 *                     U128.ONE_YOCTO, Gas.tgas(10))
 *             .then(Promise.create(Env.currentAccountId())
 *                     .functionCall("on_transfer", "{}", U128.ZERO, Gas.tgas(5)));
 * }
 * }</pre>
 *
 * <p>A promise is scheduled (its host calls made) when {@link #schedule()} is called, or when the
 * exported method returns: a returned promise becomes the call's result ({@code promise_return});
 * every other promise created during the call and not passed to {@link #then} or {@link #and} is
 * scheduled then, in creation order (as near-sdk-rs schedules a promise when it is dropped).
 */
public final class Promise {
    private static final ThreadLocal<List<Promise>> PENDING = ThreadLocal.withInitial(ArrayList::new);

    private final String receiverId; // null for a joint promise
    private final List<LongConsumer> actions = new ArrayList<>();
    private final List<Promise> joint;
    private Promise after;
    private boolean consumed;
    private long index = -1;

    private Promise(String receiverId, List<Promise> joint) {
        this.receiverId = receiverId;
        this.joint = joint;
        PENDING.get().add(this);
    }

    /** A new batch of actions on {@code receiverId}. */
    public static Promise create(AccountId receiverId) {
        return new Promise(receiverId.toString(), null);
    }

    /** The {@code index}th result this callback receives ({@code promise_result}). */
    public static PromiseResult result(long index) {
        return Env.host().promiseResult(index);
    }

    /** Calls {@code method} with JSON arguments, attaching {@code deposit} and {@code gas}. */
    public Promise functionCall(String method, String argsJson, U128 deposit, Gas gas) {
        byte[] args = argsJson.getBytes(StandardCharsets.UTF_8);
        return add(i -> Env.host().promiseBatchActionFunctionCall(i, method, args, deposit, gas.asGas()));
    }

    /**
     * Like {@link #functionCall} and also shares unused gas by {@code weight}
     * ({@code promise_batch_action_function_call_weight}).
     */
    public Promise functionCallWeight(String method, String argsJson, U128 deposit, Gas gas, long weight) {
        byte[] args = argsJson.getBytes(StandardCharsets.UTF_8);
        return add(i -> Env.host().promiseBatchActionFunctionCallWeight(i, method, args, deposit, gas.asGas(), weight));
    }

    public Promise transfer(U128 amount) {
        return add(i -> Env.host().promiseBatchActionTransfer(i, amount));
    }

    public Promise createAccount() {
        return add(i -> Env.host().promiseBatchActionCreateAccount(i));
    }

    public Promise deployContract(byte[] code) {
        byte[] copy = code.clone();
        return add(i -> Env.host().promiseBatchActionDeployContract(i, copy));
    }

    public Promise stake(U128 amount, PublicKey publicKey) {
        return add(i -> Env.host().promiseBatchActionStake(i, amount, publicKey.toBytes()));
    }

    public Promise addFullAccessKey(PublicKey publicKey, long nonce) {
        return add(i -> Env.host().promiseBatchActionAddKeyWithFullAccess(i, publicKey.toBytes(), nonce));
    }

    /**
     * Adds a function-call access key for {@code receiverId}; {@code allowance} null is unlimited,
     * {@code methodNames} is comma-separated (empty: any method).
     */
    public Promise addAccessKey(PublicKey publicKey, U128 allowance, AccountId receiverId, String methodNames,
            long nonce) {
        return add(i -> Env.host().promiseBatchActionAddKeyWithFunctionCall(i, publicKey.toBytes(), nonce,
                allowance, receiverId.toString(), methodNames));
    }

    public Promise deleteKey(PublicKey publicKey) {
        return add(i -> Env.host().promiseBatchActionDeleteKey(i, publicKey.toBytes()));
    }

    public Promise deleteAccount(AccountId beneficiaryId) {
        return add(i -> Env.host().promiseBatchActionDeleteAccount(i, beneficiaryId.toString()));
    }

    /**
     * Runs {@code callback} after this promise completes (its results reach the callback through
     * {@link #result}); returns {@code callback}.
     */
    public Promise then(Promise callback) {
        if (callback.joint != null) {
            throw Env.panic("Cannot callback joint promise.");
        }
        if (callback.after != null || callback.index >= 0) {
            throw Env.panic("Cannot callback promise which is already scheduled after another");
        }
        callback.after = this;
        consumed = true;
        return callback;
    }

    /** A joint promise that completes when both complete ({@code promise_and}). */
    public Promise and(Promise other) {
        List<Promise> both = new ArrayList<>();
        both.add(this);
        both.add(other);
        consumed = true;
        other.consumed = true;
        return new Promise(null, both);
    }

    /** Makes the host calls for this promise (once) and returns its promise index. */
    public long schedule() {
        if (index >= 0) {
            return index;
        }
        if (joint != null) {
            long[] indices = new long[joint.size()];
            for (int i = 0; i < indices.length; i++) {
                indices[i] = joint.get(i).schedule();
            }
            index = Env.host().promiseAnd(indices);
        } else {
            index = after == null
                    ? Env.host().promiseBatchCreate(receiverId)
                    : Env.host().promiseBatchThen(after.schedule(), receiverId);
            for (LongConsumer action : actions) {
                action.accept(index);
            }
        }
        return index;
    }

    /**
     * Schedules every promise created on this thread since the last call that is not yet scheduled
     * and not part of another promise, in creation order. The runtime calls this when an exported
     * method returns.
     */
    public static void scheduleAll() {
        List<Promise> pending = new ArrayList<>(PENDING.get());
        for (Promise p : pending) {
            if (!p.consumed && p.index < 0) {
                p.schedule();
            }
        }
        PENDING.get().clear();
    }

    static void resetPending() {
        PENDING.get().clear();
    }

    private Promise add(LongConsumer action) {
        if (joint != null) {
            throw Env.panic("Cannot add action to a joint promise.");
        }
        actions.add(action);
        if (index >= 0) { // already scheduled: the action goes straight to the host
            action.accept(index);
        }
        return this;
    }
}
