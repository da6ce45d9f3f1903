package dev.aidev.compiler.lower;

import dev.aidev.compiler.ir.Type;

/** How a Java type is represented in WebAssembly, and so how it is read and written as JSON and Borsh. */
enum ValueKind {
    /** the SDK's {@code Promise}: an object scheduled when the call ends (see {@code Promises}). */
    PROMISE(Type.I32),
    /** the SDK's {@code PromiseResult}: {@code [u32 successful][bytes]}. */
    PROMISE_RESULT(Type.I32),
    /** the SDK's {@code Gas}: a cell holding the u64 amount. */
    GAS(Type.I32),
    /** {@code java.lang.StringBuilder}: a cell holding the string built so far. */
    BUILDER(Type.I32),
    BOOL(Type.I32),
    /** byte, short, char and int: i32. */
    INT(Type.I32),
    LONG(Type.I64),
    /** a string object; also {@code AccountId}. */
    STRING(Type.I32),
    /** 16 bytes little-endian; also the SDK's {@code U64}, below 2^64 (see {@code U64s}). */
    U128(Type.I32),
    /** a storage collection: its prefix as a byte string. */
    COLLECTION(Type.I32),
    /** the contract class itself (an object). */
    CONTRACT(Type.I32),
    /** a record or class of the contract's sources: {@code [u32 class id][fields in 8-byte slots]}. */
    STRUCT(Type.I32),
    /** an enum constant: its ordinal + 1, so that null is 0. */
    ENUM(Type.I32),
    /** {@code java.util.List}: {@code [size][capacity][data][immutable]}, elements in i32 slots. */
    LIST(Type.I32),
    /** an array: {@code [u32 length][padding][elements]}, 8-byte elements for long, else 4. */
    ARRAY(Type.I32),
    /** a box ({@code Integer}, {@code Long}, ...): a cell holding the i32 or i64 value. */
    BOX(Type.I32),
    /** the SDK's {@code Vector}: {@code [u32 len][prefix]}, mutable (push changes len). */
    VECTOR(Type.I32),
    /** {@code java.util.Optional}: a cell holding the value's i32 reference, 0 when empty. */
    OPTIONAL(Type.I32),
    /**
     * a value of a type variable ({@code T} in a generic class or method): a reference to any
     * object, string or box, passed along as it is (generics are erased, as on the JVM).
     */
    ANY(Type.I32);

    final Type type;

    ValueKind(Type type) {
        this.type = type;
    }
}
