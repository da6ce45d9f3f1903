package dev.aidev.compiler.ir;

/** The IR's value types: WebAssembly's integers. References are i32 addresses (0 is null). */
public enum Type {
    I32,
    I64
}
