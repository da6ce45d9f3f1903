package dev.aidev.compiler.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The conformance program PublicKeys compares the JVM and the VM; this pins what both give, so that
 * a case where both fail alike is noticed. The base58 texts were computed independently (Python's
 * integer base conversion over the same bytes: sha256("one"), two zero bytes + sha256("two")[0..30],
 * sha512("three")).
 */
class PublicKeysTest {
    private static final String ONE = "ed25519:8yrudmVfVHFnyizbnM9Ecjzqkpn2kgfsmQFPu4pBpT6C";
    private static final String TWO = "ed25519:11Dn6dxpvL7LrzLqJDjF3tL7TDXwzwx5xthDi8N4pLt";
    private static final String THREE = "secp256k1:2yB5s4AaBPWnfW9motNbWUUVU2uXibm41sSynvFakNpo14qrqy5u6kzoTgwtyPgon4riX8hpgvDRqEEmKLBiXs2E";
    private static final String ZERO = "ed25519:11111111111111111111111111111111";
    private static final String JE = "ed25519:JEKNVnkbo3jma5nREBBJCDoXFVeKkD56V3xKrvRmWxFG";

    private static List<Step> steps;
    private static List<Outcome> out;

    @BeforeAll
    static void run() {
        String source = Sources.read("conformance/PublicKeys.java");
        steps = ConformanceTest.steps(source);
        out = Differential.compile("PublicKeys", source).run(steps);
    }

    private static Outcome call(String method, int nth) {
        return ConformanceTest.outcome(steps, out, method, nth);
    }

    @Test
    void keysTravelAsJsonTextWithLeadingZeroBytesAsOnes() {
        assertEquals(q(ONE), call("owner", 0).result());
        assertEquals(q(TWO), call("owner", 1).result());
        assertEquals(q(THREE), call("owner", 2).result());
        assertEquals(q(ZERO), call("owner", 3).result());
        // no prefix: ed25519
        assertEquals(q(ONE), call("owner", 4).result());
        assertEquals(q(ZERO), call("set_owner", 0).result());
    }

    @Test
    void badJsonKeysAreTheSdksJsonError() {
        for (int i = 5; i <= 10; i++) {
            assertEquals("Failed to deserialize input from JSON.", call("set_owner", i).panic(), "set_owner #" + i);
        }
    }

    @Test
    void parsePanicsWithTheSdksReasons() {
        assertEquals(q("parsed " + JE + " = " + JE + " (33 bytes)"), call("parse", 0).result());
        assertEquals(call("parse", 0).result(), call("parse", 1).result());
        assertEquals("Invalid public key: ed25519 needs 32 bytes, got 3", call("parse", 2).panic());
        assertEquals("Invalid public key: ed25519 needs 32 bytes, got 0", call("parse", 3).panic());
        assertEquals("Invalid public key: secp256k1 needs 64 bytes, got 32", call("parse", 4).panic());
        assertEquals("Invalid public key: bad base58 character '0'", call("parse", 5).panic());
        assertEquals("Invalid public key: bad base58 character 'é'", call("parse", 6).panic());
        assertEquals("Invalid public key: unknown curve Ed25519", call("parse", 7).panic());
        assertEquals("Invalid public key: unknown curve ", call("parse", 8).panic());
        assertEquals("Invalid public key: bad base58 character ':'", call("parse", 9).panic());
        assertEquals("null dereference", call("parse_null", 0).panic());
    }

    @Test
    void bytesAreTheCurveThenTheKey() {
        // curve 0, the two zero bytes, then sha256("two") from 63, -60 (0xc4), -52 (0xcc); key() is 32 bytes
        assertEquals("[0,0,0,63,-60,-52,", call("bytes", 0).result().substring(0, 18));
        assertEquals(true, call("bytes", 0).result().endsWith(",-1032]"));
        assertEquals(true, call("bytes", 1).result().startsWith("[1,"));
        assertEquals(true, call("bytes", 1).result().endsWith(",-1064]"));
        assertEquals("Invalid public key: secp256k1 needs 64 bytes, got 32", call("from_bytes", 2).panic());
        assertEquals("Invalid public key: unknown curve", call("from_bytes", 3).panic());
        assertEquals("Invalid public key: ed25519 needs 32 bytes, got 0", call("from_bytes", 4).panic());
        assertEquals(true, call("from_bytes", 1).result().startsWith("\"secp256k1:"));
    }

    @Test
    void curvesAreEnumConstants() {
        assertEquals("\"ED25519 ED25519 0 32 edwards true true 2\"", call("curves", 0).result());
        assertEquals("\"SECP256K1 SECP256K1 1 64 koblitz false true 2\"", call("curves", 1).result());
        assertEquals(q("secp256k1:" + "1".repeat(64)), call("of_curve", 0).result());
        assertEquals("Invalid public key: ed25519 needs 32 bytes, got 64", call("of_curve", 1).panic());
        assertEquals("null dereference", call("of_curve", 2).panic());
        assertEquals("Failed to deserialize input from JSON.", call("of_curve", 3).panic());
    }

    @Test
    void equalsComparesCurveAndKey() {
        assertEquals("\"true true false true\"", call("same", 0).result());
        assertEquals("\"false true false true\"", call("same", 1).result());
        assertEquals("\"signer " + ZERO + "\"", call("signer", 1).result());
    }

    @Test
    void keysAreBorshInStateRecordsListsOptionalsAndMapKeys() {
        assertEquals("{\"label\":\"y\",\"key\":\"" + JE + "\",\"more\":[],\"backup\":\"" + TWO + "\"}", call("holder", 1).result());
        assertEquals("\"b\"", call("owner_of", 0).result());
        assertEquals("null", call("owner_of", 1).result());
        assertEquals(q("owner " + ONE + ", previous " + ZERO + " " + ONE + " " + TWO + " " + THREE + " " + ZERO
                + ", b's backup " + TWO + " Optional[" + TWO + "]"), call("summary", 0).result());
        // STATE after the owner became ed25519:111...: the curve byte 0 and 32 zero key bytes, with
        // no length (33 zero bytes are 44 base64 'A's), then the u32 count 4 of the previous keys
        String state = call("set_owner", 3).storage().get("U1RBVEU=");
        assertEquals(true, state.startsWith("A".repeat(44) + "BAAA"), state);
    }

    @Test
    void keyAndStakeActionsReachTheReceipts() {
        assertEquals(List.of("sub.contract.test.near <- []: CreateAccount; Transfer(1000000000000000000000000); AddKey(" + ONE + ", 0)"),
                call("add_full", 0).receipts());
        assertEquals(List.of("contract.test.near <- []: AddKey(" + JE + ", 7, 250000000000000000000000, app.test.near, vote,withdraw)"),
                call("add_limited", 0).receipts());
        assertEquals(List.of("contract.test.near <- []: AddKey(" + THREE + ", 0, null, app.test.near, )"), call("add_limited", 1).receipts());
        assertEquals(List.of("contract.test.near <- []: DeleteKey(" + JE + ")"), call("delete_key", 0).receipts());
        assertEquals(List.of("contract.test.near <- []: Stake(100000000000000000000000000, " + ONE + ")"), call("stake", 0).receipts());
        assertEquals(List.of("x.test.near <- []: CreateAccount; AddKey(" + JE + ", 1); AddKey(" + ONE + ", 2, null, y.test.near, a); DeleteKey("
                + ONE + "); Stake(5, " + JE + ")"), call("all_in_order", 0).receipts());
        assertEquals("null dereference", call("null_key", 0).panic());
        assertNull(call("stake", 0).panic());
    }

    private static String q(String s) {
        return "\"" + s + "\"";
    }
}
