package dev.aidev.chain.primitives;

import java.util.Objects;

/** A delegate action and the sender's signature over its {@link DelegateAction#nep461Hash()}. */
public record SignedDelegateAction(DelegateAction delegateAction, Signature signature) {
    public SignedDelegateAction {
        Objects.requireNonNull(delegateAction, "delegateAction");
        Objects.requireNonNull(signature, "signature");
    }

    public static SignedDelegateAction read(BorshReader r) {
        return new SignedDelegateAction(DelegateAction.read(r), Signature.read(r, "SignedDelegateAction signature"));
    }

    public void write(BorshWriter w) {
        delegateAction.write(w);
        signature.write(w);
    }

    /** Whether the signature is the delegate action's public key signing its NEP-461 hash (nearcore {@code verify}). */
    public boolean verify() {
        return signature.verify(delegateAction.nep461Hash().bytes(), delegateAction.publicKey());
    }
}
