package dev.aidev.vm;

import java.util.Arrays;

/** NEAR public keys: text form {@code ed25519:<base58>} / {@code secp256k1:<base58>} and Borsh bytes. */
public final class PublicKeys {
    private PublicKeys() {}

    /** Borsh bytes (type byte + key) to NEAR's text form. */
    public static String toText(byte[] borsh) {
        if (borsh.length == 33 && borsh[0] == 0) {
            return "ed25519:" + Base58.encode(Arrays.copyOfRange(borsh, 1, 33));
        }
        if (borsh.length == 65 && borsh[0] == 1) {
            return "secp256k1:" + Base58.encode(Arrays.copyOfRange(borsh, 1, 65));
        }
        throw new IllegalArgumentException("not a Borsh-encoded NEAR public key (" + borsh.length + " bytes)");
    }

    /** NEAR's text form (a bare Base58 key means ed25519) to Borsh bytes. */
    public static byte[] fromText(String text) {
        String type = "ed25519";
        String data = text;
        int colon = text.indexOf(':');
        if (colon >= 0) {
            type = text.substring(0, colon);
            data = text.substring(colon + 1);
        }
        byte[] key = Base58.decode(data);
        int tag;
        int len;
        switch (type) {
            case "ed25519" -> {
                tag = 0;
                len = 32;
            }
            case "secp256k1" -> {
                tag = 1;
                len = 64;
            }
            default -> throw new IllegalArgumentException("unknown key type '" + type + "' (ed25519 or secp256k1)");
        }
        if (key.length != len) {
            throw new IllegalArgumentException(type + " keys are " + len + " bytes, this one is " + key.length);
        }
        byte[] out = new byte[len + 1];
        out[0] = (byte) tag;
        System.arraycopy(key, 0, out, 1, len);
        return out;
    }
}
