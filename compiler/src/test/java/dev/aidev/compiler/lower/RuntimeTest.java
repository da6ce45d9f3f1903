package dev.aidev.compiler.lower;

import static dev.aidev.compiler.ir.Ir.add;
import static dev.aidev.compiler.ir.Ir.extendU;
import static dev.aidev.compiler.ir.Ir.host;
import static dev.aidev.compiler.ir.Ir.i32;
import static dev.aidev.compiler.ir.Ir.i64;
import static dev.aidev.compiler.ir.Ir.load32;
import static dev.aidev.compiler.ir.Ir.str;
import static dev.aidev.compiler.ir.Type.I32;
import static dev.aidev.compiler.ir.Type.I64;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.compiler.emit.Chain;
import dev.aidev.compiler.emit.IrEmitter;
import dev.aidev.compiler.ir.Expr;
import dev.aidev.compiler.ir.FunctionBuilder;
import dev.aidev.compiler.ir.IrBuilder;
import dev.aidev.compiler.ir.Local;
import dev.aidev.vm.NearVm;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs the runtime library on the VM through small exported test functions. */
class RuntimeTest {
    private static final byte[] WASM = build();

    private static void export(IrBuilder b, String name, Consumer<FunctionBuilder> body) {
        b.function("t_" + name, List.of(), null, body);
        b.export(name, "t_" + name);
    }

    private static Expr input() {
        return new Expr.Seq(List.of(new dev.aidev.compiler.ir.Stmt.Eval(host("input", i64(0)))), Runtime.registerBytes(i64(0)));
    }

    /** value_return of a byte string. */
    private static void ret(FunctionBuilder f, Expr s) {
        Local p = f.local(I32);
        f.set(p, s);
        f.eval(host("value_return", extendU(load32(p.get(), 0)), extendU(add(p.get(), i32(4)))));
    }

    private static byte[] build() {
        IrBuilder b = new IrBuilder();
        Runtime.install(b);
        // {"a": i64, "n": i32, "s": string, "f": bool, "u": u128} -> [a,n,"s",f,"u"]
        export(b, "echo", f -> {
            Local in = f.local(I32);
            f.set(in, input());
            f.eval(Runtime.bufBegin());
            f.eval(Runtime.buf("u8", i32('[')));
            f.eval(Runtime.buf("json_i64", Runtime.jsonReadI64(Runtime.jsonArg(in.get(), "a"))));
            f.eval(Runtime.buf("u8", i32(',')));
            f.eval(Runtime.buf("json_i64", dev.aidev.compiler.ir.Ir.extendS(Runtime.jsonReadI32(Runtime.jsonArg(in.get(), "n")))));
            f.eval(Runtime.buf("u8", i32(',')));
            f.eval(Runtime.buf("json_str", Runtime.jsonReadStr(Runtime.jsonArg(in.get(), "s"))));
            f.eval(Runtime.buf("u8", i32(',')));
            f.eval(Runtime.buf("bytes", dev.aidev.compiler.ir.Ir.ifElse(Runtime.jsonReadBool(Runtime.jsonArg(in.get(), "f")), str("true"), str("false"))));
            f.eval(Runtime.buf("u8", i32(',')));
            f.eval(Runtime.buf("json_u128", Runtime.jsonReadU128(Runtime.jsonArg(in.get(), "u"))));
            f.eval(Runtime.buf("u8", i32(']')));
            ret(f, Runtime.bufEnd());
        });
        // {"a": i64, "b": i64} -> "a op b" for each checked op, as decimal text.
        for (String op : List.of("add", "sub", "mul", "div", "rem")) {
            export(b, op + "64", f -> {
                Local in = f.local(I32);
                f.set(in, input());
                ret(f, Runtime.i64ToStr(Runtime.checked(op, Runtime.jsonReadI64(Runtime.jsonArg(in.get(), "a")),
                        Runtime.jsonReadI64(Runtime.jsonArg(in.get(), "b")), str("T.java:1:2"))));
            });
            export(b, op + "32", f -> {
                Local in = f.local(I32);
                f.set(in, input());
                ret(f, Runtime.i64ToStr(dev.aidev.compiler.ir.Ir.extendS(Runtime.checked(op, Runtime.jsonReadI32(Runtime.jsonArg(in.get(), "a")),
                        Runtime.jsonReadI32(Runtime.jsonArg(in.get(), "b")), str("T.java:3:4")))));
            });
        }
        export(b, "concat_eq", f -> {
            Local in = f.local(I32);
            Local s = f.local(I32);
            f.set(in, input());
            f.set(s, Runtime.concat(Runtime.jsonReadStr(Runtime.jsonArg(in.get(), "x")), Runtime.jsonReadStr(Runtime.jsonArg(in.get(), "y"))));
            ret(f, Runtime.concat(s.get(), dev.aidev.compiler.ir.Ir.ifElse(Runtime.strEq(s.get(), str("abcd")), str("=abcd"), str("!=abcd"))));
        });
        // u128 a+b, a-b, cmp, and Borsh round trip of the sum.
        export(b, "u128", f -> {
            Local in = f.local(I32);
            Local a = f.local(I32);
            Local c = f.local(I32);
            f.set(in, input());
            f.set(a, Runtime.jsonReadU128(Runtime.jsonArg(in.get(), "a")));
            f.set(c, Runtime.jsonReadU128(Runtime.jsonArg(in.get(), "b")));
            f.eval(Runtime.bufBegin());
            f.eval(Runtime.buf("u128", Runtime.u128Op("add", a.get(), c.get())));
            f.eval(Runtime.buf("borsh_str", str("xyz")));
            f.eval(Runtime.buf("i64", i64(-2)));
            f.eval(Runtime.rdBegin(Runtime.bufEnd()));
            Local sum = f.local(I32);
            f.set(sum, Runtime.rd("u128", I32));
            Local s = f.local(I32);
            f.set(s, Runtime.rd("str", I32));
            Local v = f.local(I64);
            f.set(v, Runtime.rd("i64", I64));
            f.eval(Runtime.rdFinish());
            f.eval(Runtime.bufBegin());
            f.eval(Runtime.buf("json_u128", sum.get()));
            f.eval(Runtime.buf("u8", i32(' ')));
            f.eval(Runtime.buf("bytes", s.get()));
            f.eval(Runtime.buf("json_i64", v.get()));
            f.eval(Runtime.buf("u8", i32(' ')));
            f.eval(Runtime.buf("json_i64", dev.aidev.compiler.ir.Ir.extendS(Runtime.u128Op("cmp", a.get(), c.get()))));
            f.eval(Runtime.buf("u8", i32(' ')));
            f.eval(Runtime.buf("json_u128", Runtime.u128Op("sub", a.get(), c.get())));
            ret(f, Runtime.bufEnd());
        });
        return IrEmitter.emit(b.build());
    }

    private static String run(String method, String args) {
        return Chain.result(new Chain(WASM, NearVm.Engine.INTERPRETER).call(method, args));
    }

    private static String fail(String method, String args) {
        return Chain.failure(new Chain(WASM, NearVm.Engine.INTERPRETER).call(method, args));
    }

    @Test
    void readsEveryArgumentKindAndWritesThemBackAsJson() {
        assertThat(run("echo", "{\"a\": -9223372036854775808, \"zz\": {\"k\": [1, 2.5e3, null, true]}, \"n\": 2147483647,"
                + " \"s\": \"h\\u00e9\\\"\\n\\ud83d\\ude00/\", \"f\": false, \"u\": \"340282366920938463463374607431768211455\"}"))
                .isEqualTo("[-9223372036854775808,2147483647,\"hé\\\"\\n😀/\",false,\"340282366920938463463374607431768211455\"]");
        assertThat(run("echo", "{\"u\":\"0\",\"f\":true,\"s\":\"\\u0001\",\"n\":-1,\"a\":0}"))
                .isEqualTo("[0,-1,\"\\u0001\",true,\"0\"]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"a\":1,\"n\":1,\"s\":\"\",\"f\":true}",
        "{\"a\":1,\"n\":1,\"s\":\"\",\"f\":true,\"u\":\"1\"",
        "{\"a\":1,\"n\":1,\"s\":\"\",\"f\":true,\"u\":\"1\"} x",
        "{\"a\":1.5,\"n\":1,\"s\":\"\",\"f\":true,\"u\":\"1\"}",
        "{\"a\":01,\"n\":1,\"s\":\"\",\"f\":true,\"u\":\"1\"}",
        "{\"a\":9223372036854775808,\"n\":1,\"s\":\"\",\"f\":true,\"u\":\"1\"}",
        "{\"a\":1,\"n\":2147483648,\"s\":\"\",\"f\":true,\"u\":\"1\"}",
        "{\"a\":1,\"n\":1,\"s\":5,\"f\":true,\"u\":\"1\"}",
        "{\"a\":1,\"n\":1,\"s\":\"\",\"f\":1,\"u\":\"1\"}",
        "{\"a\":1,\"n\":1,\"s\":\"\",\"f\":true,\"u\":\"-1\"}",
        "{\"a\":1,\"n\":1,\"s\":\"\",\"f\":true,\"u\":\"340282366920938463463374607431768211456\"}",
        "{\"a\":1,\"n\":1,\"s\":\"\\ud800\",\"f\":true,\"u\":\"1\"}",
        "{\"a\":1,\"n\":1,\"s\":\"\",\"f\":tru,\"u\":\"1\"}",
        "[1]",
        "''",
    })
    void malformedOrMissingArgumentsPanicWithNearSdksMessage(String input) {
        assertThat(fail("echo", input)).isEqualTo("Smart contract panicked: " + Runtime.JSON_ERROR);
    }

    @ParameterizedTest
    @CsvSource({
        "add64, 9223372036854775806, 1, 9223372036854775807",
        "add64, 9223372036854775807, 1, integer overflow at T.java:1:2",
        "sub64, -9223372036854775807, 1, -9223372036854775808",
        "sub64, -9223372036854775808, 1, integer overflow at T.java:1:2",
        "mul64, 3037000499, 3037000499, 9223372030926249001",
        "mul64, 3037000500, 3037000500, integer overflow at T.java:1:2",
        "mul64, -1, -9223372036854775808, integer overflow at T.java:1:2",
        "mul64, -9223372036854775808, -1, integer overflow at T.java:1:2",
        "mul64, 0, -9223372036854775808, 0",
        "div64, -7, 2, -3",
        "div64, 1, 0, division by zero at T.java:1:2",
        "div64, -9223372036854775808, -1, integer overflow at T.java:1:2",
        "rem64, -7, 2, -1",
        "rem64, -9223372036854775808, -1, 0",
        "rem64, 5, 0, division by zero at T.java:1:2",
        "add32, 2147483647, 1, integer overflow at T.java:3:4",
        "add32, 2147483646, 1, 2147483647",
        "sub32, -2147483648, 1, integer overflow at T.java:3:4",
        "mul32, 65536, 32768, integer overflow at T.java:3:4",
        "mul32, -65536, 32768, -2147483648",
        "div32, -2147483648, -1, integer overflow at T.java:3:4",
        "rem32, 7, -3, 1",
    })
    void checkedArithmeticMatchesJavaExactOrPanicsWithTheLocation(String op, long a, long b, String expected) {
        String args = "{\"a\":" + a + ",\"b\":" + b + "}";
        if (expected.startsWith("integer") || expected.startsWith("division")) {
            assertThat(fail(op, args)).isEqualTo("Smart contract panicked: " + expected);
        } else {
            assertThat(run(op, args)).isEqualTo(expected);
        }
    }

    @Test
    void concatenatesAndComparesStrings() {
        assertThat(run("concat_eq", "{\"x\":\"ab\",\"y\":\"cd\"}")).isEqualTo("abcd=abcd");
        assertThat(run("concat_eq", "{\"x\":\"é\",\"y\":\"\"}")).isEqualTo("é!=abcd");
    }

    @Test
    void u128ArithmeticDecimalAndBorshRoundTrip() {
        assertThat(run("u128", "{\"a\":\"18446744073709551615\",\"b\":\"1\"}"))
                .isEqualTo("\"18446744073709551616\" xyz-2 1 \"18446744073709551614\"");
        assertThat(fail("u128", "{\"a\":\"1\",\"b\":\"2\"}")).isEqualTo("Smart contract panicked: integer underflow");
        assertThat(fail("u128", "{\"a\":\"340282366920938463463374607431768211455\",\"b\":\"1\"}"))
                .isEqualTo("Smart contract panicked: integer overflow");
    }
}
