package dev.aidev.chain.primitives;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An access key: a nonce and what the key may do. Borsh {@code AccessKey{nonce: u64, permission:
 * enum {0 FunctionCall{allowance: Option<u128>, receiver_id: String, method_names: Vec<String>},
 * 1 FullAccess}}} (nearcore core/primitives-core/src/account.rs; near-api-js schema.ts).
 *
 * @param nonce unsigned 64-bit; use {@link Long#toUnsignedString} to show it
 */
public record AccessKey(long nonce, Permission permission) {
    public AccessKey {
        Objects.requireNonNull(permission, "permission");
    }

    public static AccessKey fullAccess() {
        return new AccessKey(0, new FullAccess());
    }

    /** What a key may do. */
    public sealed interface Permission permits FunctionCallPermission, FullAccess {
        void write(BorshWriter w);
    }

    /**
     * A key that may only call {@code methodNames} (any method when empty) on {@code receiverId},
     * paying at most {@code allowance} yoctoNEAR for gas (unlimited when empty).
     */
    public record FunctionCallPermission(Optional<BigInteger> allowance, String receiverId, List<String> methodNames)
            implements Permission {
        public FunctionCallPermission {
            Objects.requireNonNull(allowance, "allowance");
            Objects.requireNonNull(receiverId, "receiverId");
            methodNames = List.copyOf(methodNames);
        }

        @Override
        public void write(BorshWriter w) {
            w.tag(0).option(allowance, BorshWriter::u128).string(receiverId).vec(methodNames, BorshWriter::string);
        }
    }

    /** A key that may do anything the account can. */
    public record FullAccess() implements Permission {
        @Override
        public void write(BorshWriter w) {
            w.tag(1);
        }
    }

    public static AccessKey read(BorshReader r, String what) {
        long nonce = r.u64(what + " nonce");
        int at = r.offset();
        int tag = r.u8(what + " permission tag");
        Permission permission = switch (tag) {
            case 0 -> new FunctionCallPermission(
                    r.option(what + " allowance", x -> x.u128("allowance")),
                    // nearcore reads receiver_id as a plain String here (not AccountId): it is checked
                    // when the key is added, not when the bytes are parsed.
                    r.string(what + " receiver_id"),
                    r.vec(what + " method_names", x -> x.string("method name")));
            case 1 -> new FullAccess();
            // Newer nearcore adds gas keys as tags 2 (GasKeyFunctionCall) and 3 (GasKeyFullAccess).
            case 2, 3 -> throw r.error(at, "Access key permission tag " + tag + " at offset " + at
                    + " is a gas key, which is not supported.");
            default -> throw r.error(at, "Expected " + what + " permission tag (0 FunctionCall or 1 FullAccess) at offset "
                    + at + ", got " + tag + ".");
        };
        return new AccessKey(nonce, permission);
    }

    public void write(BorshWriter w) {
        w.u64(nonce);
        permission.write(w);
    }
}
