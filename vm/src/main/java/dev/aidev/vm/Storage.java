package dev.aidev.vm;

/**
 * The contract's storage as it was before the call. The VM keeps the call's writes apart and
 * reports them in {@link VmOutcome#storageChanges()}, so a failed call leaves storage untouched.
 */
@FunctionalInterface
public interface Storage {
    /** The value under {@code key}, or null if there is none. */
    byte[] read(Bytes key);
}
