package dev.aidev.compiler.lower;

import static dev.aidev.compiler.ir.Ir.add;
import static dev.aidev.compiler.ir.Ir.call;
import static dev.aidev.compiler.ir.Ir.eq;
import static dev.aidev.compiler.ir.Ir.eqz;
import static dev.aidev.compiler.ir.Ir.extendU;
import static dev.aidev.compiler.ir.Ir.geS;
import static dev.aidev.compiler.ir.Ir.geU;
import static dev.aidev.compiler.ir.Ir.global;
import static dev.aidev.compiler.ir.Ir.host;
import static dev.aidev.compiler.ir.Ir.i32;
import static dev.aidev.compiler.ir.Ir.i64;
import static dev.aidev.compiler.ir.Ir.load32;
import static dev.aidev.compiler.ir.Ir.load64;
import static dev.aidev.compiler.ir.Ir.ltS;
import static dev.aidev.compiler.ir.Ir.mul;
import static dev.aidev.compiler.ir.Ir.ne;
import static dev.aidev.compiler.ir.Ir.or;
import static dev.aidev.compiler.ir.Ir.str;
import static dev.aidev.compiler.ir.Type.I32;
import static dev.aidev.compiler.ir.Type.I64;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.util.TreePathScanner;
import dev.aidev.compiler.ir.Expr;
import dev.aidev.compiler.ir.IrBuilder;
import dev.aidev.compiler.ir.IrGlobal;
import dev.aidev.compiler.ir.Local;
import dev.aidev.compiler.parse.FrontendResult;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The SDK's {@code Promise} in WebAssembly, scheduled exactly as the SDK (and near-sdk-rs) does:
 * building a promise records its receiver and actions in memory, and the host calls
 * ({@code promise_batch_create}, {@code promise_batch_then}, {@code promise_batch_action_*},
 * {@code promise_and}) are made when the promise is scheduled: when the exported method returns
 * ({@code rt_promise_flush}, every promise not consumed by {@code then}/{@code and}, in creation
 * order, before the state is written) or when it is the method's result ({@code promise_return}).
 *
 * <p>Layouts (all memory is zero when allocated):
 * <ul>
 * <li>promise {@code [0 receiver string (0: joint)][4 actions list][8 joint list][12 after]
 *     [16 consumed][24 i64 index, -1 until scheduled]};
 * <li>action {@code [0 kind][4 a][8 b][12 amount U128][16 i64 gas][24 i64 weight]}: kind 1
 *     function_call (a method, b args), 2 function_call_weight, 3 transfer, 4 create_account,
 *     5 deploy_contract (a code), 6 delete_account (a beneficiary), 7 stake (a public key, amount),
 *     8 add_key_with_full_access (a public key, the nonce in gas), 9 add_key_with_function_call
 *     (a public key, b receiver, amount the allowance or 0 for none, the nonce in gas, the
 *     comma-separated method names at 24), 10 delete_key (a public key); a public key is its
 *     Borsh bytes (see {@link PublicKeys}), which is what the host functions take;
 * <li>promise result {@code [0 successful][4 bytes]};
 * <li>gas: an 8-byte cell holding the u64.
 * </ul>
 * The promises created during the call are in a list under the global {@code promise_pending}.
 */
final class Promises {
    private Promises() {}

    static final String PENDING = "promise_pending";
    static final String FLUSH = "rt_promise_flush";
    static final int FUNCTION_CALL = 1;
    static final int FUNCTION_CALL_WEIGHT = 2;
    static final int TRANSFER = 3;
    static final int CREATE_ACCOUNT = 4;
    static final int DEPLOY_CONTRACT = 5;
    static final int DELETE_ACCOUNT = 6;
    static final int STAKE = 7;
    static final int ADD_FULL_ACCESS_KEY = 8;
    static final int ADD_FUNCTION_CALL_KEY = 9;
    static final int DELETE_KEY = 10;

    /** The promise methods that add stake or access key actions: they need PublicKey and four more host imports. */
    private static final java.util.Set<String> KEY_ACTIONS = java.util.Set.of("stake", "addFullAccessKey", "addAccessKey", "deleteKey");

    /**
     * What of the promise library a contract needs: any of it when a source names the SDK's
     * Promise or PromiseResult; the stake and access key actions only when it calls one of them.
     */
    record Usage(boolean promises, boolean keyActions) {}

    static Usage used(FrontendResult frontend) {
        boolean[] found = {false, false};
        for (CompilationUnitTree unit : frontend.units()) {
            new TreePathScanner<Void, Void>() {
                private void check() {
                    Element e = frontend.trees().getElement(getCurrentPath());
                    if (e instanceof TypeElement t) {
                        String n = t.getQualifiedName().toString();
                        if (n.equals("dev.aidev.sdk.Promise") || n.equals("dev.aidev.sdk.PromiseResult")) {
                            found[0] = true;
                        }
                    }
                }

                @Override
                public Void visitIdentifier(IdentifierTree node, Void v) {
                    check();
                    return super.visitIdentifier(node, v);
                }

                @Override
                public Void visitMemberSelect(MemberSelectTree node, Void v) {
                    check();
                    Element e = frontend.trees().getElement(getCurrentPath());
                    if (e instanceof javax.lang.model.element.ExecutableElement m && KEY_ACTIONS.contains(m.getSimpleName().toString())
                            && ((TypeElement) m.getEnclosingElement()).getQualifiedName().contentEquals("dev.aidev.sdk.Promise")) {
                        found[1] = true;
                    }
                    return super.visitMemberSelect(node, v);
                }
            }.scan(unit, null);
        }
        return new Usage(found[0], found[1]);
    }

    /**
     * Adds the promise library when {@code used}; otherwise only an empty {@code rt_promise_flush},
     * so a contract without promises imports no promise host function.
     */
    static void install(IrBuilder b, Usage usage) {
        boolean used = usage.promises();
        if (!used) {
            b.function(FLUSH, List.of(), null, f -> {});
            return;
        }
        b.global(new IrGlobal(PENDING, I32, 0, false));
        b.function("rt_promise_new", List.of(I32, I32), I32, f -> {
            Local p = f.local(I32);
            f.set(p, Runtime.alloc(i32(32)));
            f.store32(p.get(), 0, f.param(0).get());
            f.store32(p.get(), 4, Runtime.listNew(i32(4)));
            f.store32(p.get(), 8, f.param(1).get());
            f.store64(p.get(), 24, i64(-1));
            f.if_(eqz(global(PENDING, I32)), () -> f.setGlobal(PENDING, Runtime.listNew(i32(4))));
            f.eval(Runtime.listAdd(global(PENDING, I32), p.get()));
            f.ret(p.get());
        });
        b.function("rt_promise_action", List.of(I32, I32), I32, f -> {
            Local p = f.param(0);
            f.if_(load32(p.get(), 8), () -> f.eval(Runtime.panic(str("Cannot add action to a joint promise."))));
            f.eval(Runtime.listAdd(load32(p.get(), 4), f.param(1).get()));
            // Already scheduled: the action goes straight to the host.
            f.if_(geS(load64(p.get(), 24), i64(0)), () -> f.eval(call("rt_promise_run", null, load64(p.get(), 24), f.param(1).get())));
            f.ret(p.get());
        });
        b.function("rt_promise_run", List.of(I64, I32), null, f -> {
            Local idx = f.param(0);
            Local a = f.param(1);
            Local k = f.local(I32);
            f.set(k, load32(a.get(), 0));
            Expr sa = load32(a.get(), 4);
            Expr sb = load32(a.get(), 8);
            f.if_(or(eq(k.get(), i32(FUNCTION_CALL)), eq(k.get(), i32(FUNCTION_CALL_WEIGHT))), () -> {
                // The method name and the arguments leave as Java's UTF-8 encoder writes them.
                f.store32(a.get(), 4, Runtime.utf8Out(sa));
                f.store32(a.get(), 8, Runtime.utf8Out(sb));
                f.ifElse(eq(k.get(), i32(FUNCTION_CALL)),
                        () -> f.eval(host("promise_batch_action_function_call", idx.get(), len(sa), ptr(sa), len(sb), ptr(sb),
                                extendU(load32(a.get(), 12)), load64(a.get(), 16))),
                        () -> f.eval(host("promise_batch_action_function_call_weight", idx.get(), len(sa), ptr(sa), len(sb), ptr(sb),
                                extendU(load32(a.get(), 12)), load64(a.get(), 16), load64(a.get(), 24))));
                f.ret();
            });
            f.if_(eq(k.get(), i32(TRANSFER)), () -> {
                f.eval(host("promise_batch_action_transfer", idx.get(), extendU(load32(a.get(), 12))));
                f.ret();
            });
            f.if_(eq(k.get(), i32(CREATE_ACCOUNT)), () -> {
                f.eval(host("promise_batch_action_create_account", idx.get()));
                f.ret();
            });
            f.if_(eq(k.get(), i32(DEPLOY_CONTRACT)), () -> {
                f.eval(host("promise_batch_action_deploy_contract", idx.get(), len(sa), ptr(sa)));
                f.ret();
            });
            f.if_(eq(k.get(), i32(DELETE_ACCOUNT)), () -> {
                f.eval(host("promise_batch_action_delete_account", idx.get(), len(sa), ptr(sa)));
                f.ret();
            });
            if (usage.keyActions()) {
                keyActions(f, idx, a, k);
            }
        });
        b.function("rt_promise_then", List.of(I32, I32), I32, f -> {
            Local p = f.param(0);
            Local cb = f.param(1);
            f.if_(load32(cb.get(), 8), () -> f.eval(Runtime.panic(str("Cannot callback joint promise."))));
            f.if_(or(ne(load32(cb.get(), 12), i32(0)), geS(load64(cb.get(), 24), i64(0))),
                    () -> f.eval(Runtime.panic(str("Cannot callback promise which is already scheduled after another"))));
            f.store32(cb.get(), 12, p.get());
            f.store32(p.get(), 16, i32(1));
            f.ret(cb.get());
        });
        b.function("rt_promise_and", List.of(I32, I32), I32, f -> {
            Local both = f.local(I32);
            f.set(both, Runtime.listNew(i32(2)));
            f.eval(Runtime.listAdd(both.get(), f.param(0).get()));
            f.eval(Runtime.listAdd(both.get(), f.param(1).get()));
            f.store32(f.param(0).get(), 16, i32(1));
            f.store32(f.param(1).get(), 16, i32(1));
            f.ret(call("rt_promise_new", I32, i32(0), both.get()));
        });
        b.function("rt_promise_schedule", List.of(I32), I64, f -> {
            Local p = f.param(0);
            Local i = f.local(I32);
            Local n = f.local(I32);
            Local list = f.local(I32);
            Local arr = f.local(I32);
            Local recv = f.local(I32);
            f.if_(geS(load64(p.get(), 24), i64(0)), () -> f.ret(load64(p.get(), 24)));
            f.set(list, load32(p.get(), 8));
            f.if_(list.get(), () -> {
                f.set(n, load32(list.get(), 0));
                f.set(arr, Runtime.alloc(mul(n.get(), i32(8))));
                f.block(done -> f.loop(top -> {
                    f.brIf(done, geU(i.get(), n.get()));
                    f.store64(add(arr.get(), mul(i.get(), i32(8))), 0,
                            call("rt_promise_schedule", I64, Runtime.listGet(list.get(), i.get(), str("Promise"))));
                    f.set(i, add(i.get(), i32(1)));
                    f.br(top);
                }));
                f.store64(p.get(), 24, host("promise_and", extendU(arr.get()), extendU(n.get())));
                f.ret(load64(p.get(), 24));
            });
            f.set(recv, load32(p.get(), 0));
            f.ifElse(eqz(load32(p.get(), 12)),
                    () -> f.store64(p.get(), 24, host("promise_batch_create", len(recv.get()), ptr(recv.get()))),
                    () -> {
                        Local after = f.local(I64);
                        f.set(after, call("rt_promise_schedule", I64, load32(p.get(), 12)));
                        f.store64(p.get(), 24, host("promise_batch_then", after.get(), len(recv.get()), ptr(recv.get())));
                    });
            f.set(list, load32(p.get(), 4));
            f.block(done -> f.loop(top -> {
                f.brIf(done, geU(i.get(), load32(list.get(), 0)));
                f.eval(call("rt_promise_run", null, load64(p.get(), 24), Runtime.listGet(list.get(), i.get(), str("Promise"))));
                f.set(i, add(i.get(), i32(1)));
                f.br(top);
            }));
            f.ret(load64(p.get(), 24));
        });
        b.function(FLUSH, List.of(), null, f -> {
            Local list = f.local(I32);
            Local i = f.local(I32);
            Local p = f.local(I32);
            f.set(list, global(PENDING, I32));
            f.if_(eqz(list.get()), () -> f.ret());
            f.block(done -> f.loop(top -> {
                f.brIf(done, geU(i.get(), load32(list.get(), 0)));
                f.set(p, Runtime.listGet(list.get(), i.get(), str("Promise")));
                f.if_(and(eqz(load32(p.get(), 16)), ltS(load64(p.get(), 24), i64(0))),
                        () -> f.eval(call("rt_promise_schedule", I64, p.get())));
                f.set(i, add(i.get(), i32(1)));
                f.br(top);
            }));
            f.setGlobal(PENDING, i32(0));
        });
        // Promise.result(i): promise_result writes a successful result's bytes to register 0.
        b.function("rt_promise_result", List.of(I64), I32, f -> {
            Local r = f.local(I32);
            Local code = f.local(I64);
            // A negative index would reach the host as a huge u64; report it as the SDK's runner does.
            f.if_(ltS(f.param(0).get(), i64(0)), () -> f.eval(Runtime.panic(Runtime.concat(str("Accessed invalid promise result index: "),
                    Runtime.i64ToStr(f.param(0).get())))));
            f.set(r, Runtime.alloc(i32(8)));
            f.set(code, host("promise_result", f.param(0).get(), i64(0)));
            f.ifElse(eq(code.get(), i64(1)), () -> {
                f.store32(r.get(), 0, i32(1));
                f.store32(r.get(), 4, Runtime.registerBytes(i64(0)));
            }, () -> f.store32(r.get(), 4, Runtime.strNew(i32(0))));
            f.ret(r.get());
        });
        // An action with its values captured when it is added, as the SDK's lambdas capture them.
        b.function("rt_promise_act", List.of(I32, I32, I32, I32, I32, I64, I64), I32, f -> {
            Local a = f.local(I32);
            f.set(a, Runtime.alloc(i32(32)));
            f.store32(a.get(), 0, f.param(1).get());
            f.store32(a.get(), 4, f.param(2).get());
            f.store32(a.get(), 8, f.param(3).get());
            f.store32(a.get(), 12, f.param(4).get());
            f.store64(a.get(), 16, f.param(5).get());
            f.store64(a.get(), 24, f.param(6).get());
            f.ret(call("rt_promise_action", I32, f.param(0).get(), a.get()));
        });
    }

    /** Stake and the access key actions; the key is passed as its Borsh bytes, as nearcore reads it. */
    private static void keyActions(dev.aidev.compiler.ir.FunctionBuilder f, Local idx, Local a, Local k) {
        Expr key = load32(a.get(), 4);
        f.if_(eq(k.get(), i32(STAKE)), () -> {
            f.eval(host("promise_batch_action_stake", idx.get(), extendU(load32(a.get(), 12)), len(key), ptr(key)));
            f.ret();
        });
        f.if_(eq(k.get(), i32(ADD_FULL_ACCESS_KEY)), () -> {
            f.eval(host("promise_batch_action_add_key_with_full_access", idx.get(), len(key), ptr(key), load64(a.get(), 16)));
            f.ret();
        });
        f.if_(eq(k.get(), i32(ADD_FUNCTION_CALL_KEY)), () -> {
            // nearcore reads the allowance as a u128 and takes 0 as "no allowance" (unlimited).
            Local allowance = f.local(I32);
            f.set(allowance, load32(a.get(), 12));
            f.if_(eqz(allowance.get()), () -> f.set(allowance, Runtime.alloc(i32(16))));
            Expr receiver = load32(a.get(), 8);
            Expr names = load32(a.get(), 24);
            f.eval(host("promise_batch_action_add_key_with_function_call", idx.get(), len(key), ptr(key), load64(a.get(), 16),
                    extendU(allowance.get()), len(receiver), ptr(receiver), len(names), ptr(names)));
            f.ret();
        });
        f.eval(host("promise_batch_action_delete_key", idx.get(), len(key), ptr(key)));
    }

    private static Expr and(Expr a, Expr b) {
        return dev.aidev.compiler.ir.Ir.and(a, b);
    }

    private static Expr len(Expr s) {
        return extendU(load32(s, 0));
    }

    private static Expr ptr(Expr s) {
        return extendU(add(s, i32(4)));
    }

    /** A new promise on {@code receiver} (an account ID string, checked not null). */
    static Expr create(Expr receiver) {
        return call("rt_promise_new", I32, receiver, i32(0));
    }

    /** Adds an action to promise {@code p}; returns {@code p}. */
    static Expr action(Expr p, int kind, Expr a, Expr b, Expr amount, Expr gas, Expr weight) {
        return call("rt_promise_act", I32, p, i32(kind), a, b, amount, gas, weight);
    }

    static Expr then(Expr p, Expr callback) {
        return call("rt_promise_then", I32, p, callback);
    }

    static Expr and2(Expr p, Expr other) {
        return call("rt_promise_and", I32, p, other);
    }

    /** Schedules {@code p} (once) and returns its promise index. */
    static Expr schedule(Expr p) {
        return call("rt_promise_schedule", I64, p);
    }

    static Expr flush() {
        return call(FLUSH, null);
    }

    static Expr result(Expr index) {
        return call("rt_promise_result", I32, index);
    }
}
