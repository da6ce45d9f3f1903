import dev.aidev.sdk.*;
import java.nio.charset.StandardCharsets;

// Env's hashes (sha256, keccak256, keccak512), ed25519Verify (a valid signature, a wrong message,
// a tampered signature, wrong lengths), randomSeed, input, and the raw storage functions
// (storageWrite/Read/Remove/HasKey with byte[] keys and a String key).
//> view hashes {"text": "hello near"}
//> view hashes {"text": ""}
//> view verify {"msg": "hello near", "sig": "bf6e8d63190b955efded7dccf6304ec14dfe6af5e24a99297b0e79a09856da2db34790cb7950a0e6557cee31c8203574ad1dec24628e8af737eabcc1efac430f", "pk": "755c4cb9256ca7cdc4acfdc6cfeeda849017e5b9f9514e99191bd67e0b0d4276"}
//> view verify {"msg": "hello NEAR", "sig": "bf6e8d63190b955efded7dccf6304ec14dfe6af5e24a99297b0e79a09856da2db34790cb7950a0e6557cee31c8203574ad1dec24628e8af737eabcc1efac430f", "pk": "755c4cb9256ca7cdc4acfdc6cfeeda849017e5b9f9514e99191bd67e0b0d4276"}
//> view verify {"msg": "hello near", "sig": "00" , "pk": "755c4cb9256ca7cdc4acfdc6cfeeda849017e5b9f9514e99191bd67e0b0d4276"}
//> view seed {}
//> view echo_input {"any": "x y",  "extra": [1, 2]}
//> call raw {"key": "k1", "value": "v1"}
//> call raw {"key": "k1", "value": "v2"}
//> view read {"key": "k1"}
//> view read {"key": "nope"}
//> call remove {"key": "k1"}
//> call remove {"key": "k1"}
@NearContract
public class Crypto {
    public Crypto() {}

    static String hex(byte[] b) {
        String digits = "0123456789abcdef";
        StringBuilder out = new StringBuilder();
        for (byte x : b) {
            out.append(digits.charAt((x >> 4) & 15)).append(digits.charAt(x & 15));
        }
        return out.toString();
    }

    static byte[] unhex(String s) {
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (digit(s.charAt(2 * i)) * 16 + digit(s.charAt(2 * i + 1)));
        }
        return out;
    }

    static int digit(char c) {
        return c <= '9' ? c - '0' : c - 'a' + 10;
    }

    @View
    public String hashes(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return hex(Env.sha256(b)) + " " + hex(Env.keccak256(b)) + " " + hex(Env.keccak512(b)).substring(0, 32);
    }

    @View
    public boolean verify(String msg, String sig, String pk) {
        return Env.ed25519Verify(unhex(sig), msg.getBytes(StandardCharsets.UTF_8), unhex(pk));
    }

    @View
    public String seed() {
        byte[] s = Env.randomSeed();
        return s.length + ":" + hex(s);
    }

    @View
    public String echoInput(String any) {
        return new String(Env.input(), StandardCharsets.UTF_8);
    }

    @Call
    public String raw(String key, String value) {
        boolean had = Env.storageHasKey(key.getBytes(StandardCharsets.UTF_8));
        boolean replaced = Env.storageWrite(key, value.getBytes(StandardCharsets.UTF_8));
        return had + " " + replaced;
    }

    @View
    public String read(String key) {
        byte[] v = Env.storageRead(key.getBytes(StandardCharsets.UTF_8));
        return v == null ? "none" : new String(v, StandardCharsets.UTF_8);
    }

    @Call
    public boolean remove(String key) {
        return Env.storageRemove(key.getBytes(StandardCharsets.UTF_8));
    }
}
