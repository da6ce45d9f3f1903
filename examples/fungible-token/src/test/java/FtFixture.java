import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.sdk.PromiseResult;
import dev.aidev.sdk.U128;
import dev.aidev.sdk.testing.CallOutcome;
import dev.aidev.sdk.testing.JvmContract;
import dev.aidev.sdk.testing.PromiseRecord;
import java.nio.charset.StandardCharsets;

/** An FtContract on a MockBlockchain, with the calls and expected texts the tests share. */
final class FtFixture {
    static final String FT = "ft.near";
    static final String OWNER = "owner.near";
    static final String ALICE = "alice.near";
    static final String BOB = "bob.near";
    static final String DEFI = "defi.near";
    static final U128 ONE_YOCTO = U128.ONE_YOCTO;
    /** near-sdk-rs's example charges 125 bytes (69-byte key, 16-byte value, 40) at 10^19 yocto each. */
    static final String MIN_STORAGE = "1250000000000000000000";
    static final String STORAGE_BALANCE = "{\"total\":\"" + MIN_STORAGE + "\",\"available\":\"0\"}";
    static final String NOT_ONE_YOCTO = "Requires attached deposit of exactly 1 yoctoNEAR";
    static final String BAD_JSON = "Failed to deserialize input from JSON.";

    final JvmContract<FtContract> ft = JvmContract.of(FtContract.class);

    private FtFixture() {
        ft.chain().currentAccountId(FT).caller(OWNER).attachedDeposit(U128.ZERO);
    }

    /** A fresh token account, not initialized. */
    static FtFixture undeployed() {
        return new FtFixture();
    }

    /** {@code new_default_meta} with {@code totalSupply} for OWNER. */
    static FtFixture deployed(String totalSupply) {
        FtFixture f = new FtFixture();
        f.ft.chain().caller(FT);
        f.ok(f.ft.init("new_default_meta", "{\"owner_id\":\"" + OWNER + "\",\"total_supply\":\"" + totalSupply + "\"}"));
        return f;
    }

    /** A call signed and sent by {@code account} with {@code deposit} attached. */
    CallOutcome callAs(String account, U128 deposit, String method, String args) {
        ft.chain().caller(account).attachedDeposit(deposit).promiseResults();
        return ft.call(method, args);
    }

    /** The ft_resolve_transfer callback, as the runtime runs it after ft_on_transfer gave {@code result}. */
    CallOutcome resolve(String sender, String receiver, String amount, PromiseResult result) {
        ft.chain().caller(FT).attachedDeposit(U128.ZERO).promiseResults(result);
        return ft.call("ft_resolve_transfer", "{\"sender_id\":\"" + sender + "\",\"receiver_id\":\"" + receiver
                + "\",\"amount\":\"" + amount + "\"}");
    }

    CallOutcome view(String method, String args) {
        ft.chain().attachedDeposit(U128.ZERO).promiseResults();
        return ft.view(method, args);
    }

    /** storage_deposit of exactly the minimum, by the account itself. */
    void register(String account) {
        ok(callAs(account, U128.parse(MIN_STORAGE), "storage_deposit", "{}"));
    }

    void transfer(String from, String to, String amount) {
        ok(callAs(from, ONE_YOCTO, "ft_transfer", "{\"receiver_id\":\"" + to + "\",\"amount\":\"" + amount + "\"}"));
    }

    /** The balance as ft_balance_of returns it, without the JSON quotes. */
    String balanceOf(String account) {
        String json = ok(view("ft_balance_of", "{\"account_id\":\"" + account + "\"}")).result();
        return json.substring(1, json.length() - 1);
    }

    String totalSupply() {
        String json = ok(view("ft_total_supply", "{}")).result();
        return json.substring(1, json.length() - 1);
    }

    CallOutcome ok(CallOutcome out) {
        assertThat(out.panic()).as("panic").isNull();
        return out;
    }

    byte[] storage(byte[] key) {
        return ft.chain().storageGet(key);
    }

    /** The storage key of an account's balance: prefix "t", then Borsh of the account ID. */
    static byte[] balanceKey(String account) {
        byte[] id = account.getBytes(StandardCharsets.UTF_8);
        byte[] key = new byte[1 + 4 + id.length];
        key[0] = 't';
        key[1] = (byte) id.length;
        System.arraycopy(id, 0, key, 5, id.length);
        return key;
    }

    static String transferEvent(String from, String to, String amount) {
        return "EVENT_JSON:{\"standard\":\"nep141\",\"version\":\"1.0.0\",\"event\":\"ft_transfer\",\"data\":[{\"old_owner_id\":\""
                + from + "\",\"new_owner_id\":\"" + to + "\",\"amount\":\"" + amount + "\"}]}";
    }

    static String transferEvent(String from, String to, String amount, String memo) {
        return "EVENT_JSON:{\"standard\":\"nep141\",\"version\":\"1.0.0\",\"event\":\"ft_transfer\",\"data\":[{\"old_owner_id\":\""
                + from + "\",\"new_owner_id\":\"" + to + "\",\"amount\":\"" + amount + "\",\"memo\":\"" + memo + "\"}]}";
    }

    static String mintEvent(String owner, String amount) {
        return "EVENT_JSON:{\"standard\":\"nep141\",\"version\":\"1.0.0\",\"event\":\"ft_mint\",\"data\":[{\"owner_id\":\""
                + owner + "\",\"amount\":\"" + amount + "\",\"memo\":\"new tokens are minted\"}]}";
    }

    static String burnEvent(String owner, String amount) {
        return "EVENT_JSON:{\"standard\":\"nep141\",\"version\":\"1.0.0\",\"event\":\"ft_burn\",\"data\":[{\"owner_id\":\""
                + owner + "\",\"amount\":\"" + amount + "\",\"memo\":\"refund\"}]}";
    }

    static String transferAction(U128 amount) {
        return "Transfer(" + amount + ")";
    }

    /** The JSON arguments of the single function call of {@code promise}. */
    static String functionCallArgs(PromiseRecord promise) {
        String action = promise.actions().get(0);
        int start = action.indexOf(", ") + 2;
        int end = action.lastIndexOf(", ");
        end = action.lastIndexOf(", ", end - 1);
        end = action.lastIndexOf(", ", end - 1);
        return action.substring(start, end);
    }
}
