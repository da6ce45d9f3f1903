package dev.aidev.compiler.ir;

/**
 * A mutable global. When {@code heapBase} is set, its initial value is the first free address after
 * the data segment, which only the emitter knows.
 */
public record IrGlobal(String name, Type type, long init, boolean heapBase) {}
