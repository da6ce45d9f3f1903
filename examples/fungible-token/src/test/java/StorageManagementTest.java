import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.sdk.U128;
import dev.aidev.sdk.testing.CallOutcome;
import dev.aidev.sdk.testing.PromiseRecord;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** NEP-145 storage management, as near-contract-standards implements it for a fungible token. */
class StorageManagementTest {
    private static final U128 MIN = U128.parse(FtFixture.MIN_STORAGE);
    private FtFixture f;

    @BeforeEach
    void deploy() {
        f = FtFixture.deployed("1000");
    }

    private String storageBalanceOf(String account) {
        return f.ok(f.view("storage_balance_of", "{\"account_id\":\"" + account + "\"}")).result();
    }

    private static PromiseRecord transferTo(long index, String account, U128 amount) {
        return new PromiseRecord(index, account, List.of(), List.of(FtFixture.transferAction(amount)));
    }

    @Test
    void both_bounds_are_the_price_of_one_125_byte_account_entry() {
        assertThat(f.ok(f.view("storage_balance_bounds", "{}")).result())
                .isEqualTo("{\"min\":\"1250000000000000000000\",\"max\":\"1250000000000000000000\"}");
    }

    @Test
    void storage_balance_of_is_null_for_an_unregistered_account() {
        assertThat(storageBalanceOf("alice.near")).isEqualTo("null");
        assertThat(storageBalanceOf("owner.near")).isEqualTo(FtFixture.STORAGE_BALANCE);
    }

    @Test
    void storage_deposit_of_the_minimum_registers_the_caller_without_a_refund() {
        CallOutcome out = f.ok(f.callAs("alice.near", MIN, "storage_deposit", "{}"));
        assertThat(out.result()).isEqualTo(FtFixture.STORAGE_BALANCE);
        assertThat(out.promises()).isEmpty();
        assertThat(out.logs()).isEmpty();
        assertThat(storageBalanceOf("alice.near")).isEqualTo(FtFixture.STORAGE_BALANCE);
        assertThat(f.balanceOf("alice.near")).isEqualTo("0");
        assertThat(f.storage(FtFixture.balanceKey("alice.near"))).isEqualTo(new byte[16]);
    }

    @Test
    void storage_deposit_refunds_the_excess_to_the_caller() {
        CallOutcome out = f.ok(f.callAs("alice.near", U128.ofNear(1), "storage_deposit", "{}"));
        assertThat(out.result()).isEqualTo(FtFixture.STORAGE_BALANCE);
        assertThat(out.promises()).containsExactly(transferTo(0, "alice.near", U128.ofNear(1).sub(MIN)));
        assertThat(out.returnedPromise()).isNull();
    }

    @Test
    void storage_deposit_can_register_another_account_and_refunds_the_caller() {
        CallOutcome out = f.ok(f.callAs("alice.near", MIN.add(U128.of(7)), "storage_deposit",
                "{\"account_id\":\"bob.near\",\"registration_only\":true}"));
        assertThat(out.result()).isEqualTo(FtFixture.STORAGE_BALANCE);
        assertThat(out.promises()).containsExactly(transferTo(0, "alice.near", U128.of(7)));
        assertThat(storageBalanceOf("bob.near")).isEqualTo(FtFixture.STORAGE_BALANCE);
        assertThat(storageBalanceOf("alice.near")).isEqualTo("null");
    }

    @Test
    void registration_only_changes_nothing() {
        assertThat(f.ok(f.callAs("alice.near", MIN, "storage_deposit", "{\"registration_only\":false}")).result())
                .isEqualTo(FtFixture.STORAGE_BALANCE);
        assertThat(f.ok(f.callAs("bob.near", MIN, "storage_deposit", "{\"account_id\":null,\"registration_only\":null}")).result())
                .isEqualTo(FtFixture.STORAGE_BALANCE);
    }

    @Test
    void storage_deposit_below_the_minimum_panics() {
        for (U128 deposit : new U128[] {U128.ZERO, U128.ONE, MIN.sub(U128.ONE)}) {
            CallOutcome out = f.callAs("alice.near", deposit, "storage_deposit", "{}");
            assertThat(out.panic()).isEqualTo("The attached deposit is less than the minimum storage balance");
            assertThat(out.promises()).isEmpty();
        }
        assertThat(storageBalanceOf("alice.near")).isEqualTo("null");
    }

    @Test
    void storage_deposit_for_a_registered_account_refunds_everything_and_logs() {
        f.register("alice.near");
        f.transfer("owner.near", "alice.near", "10");
        CallOutcome out = f.ok(f.callAs("alice.near", U128.of(5), "storage_deposit", "{}"));
        assertThat(out.logs()).containsExactly("The account is already registered, refunding the deposit");
        assertThat(out.promises()).containsExactly(transferTo(0, "alice.near", U128.of(5)));
        assertThat(out.result()).isEqualTo(FtFixture.STORAGE_BALANCE);
        assertThat(f.balanceOf("alice.near")).isEqualTo("10");

        CallOutcome free = f.ok(f.callAs("bob.near", U128.ZERO, "storage_deposit", "{\"account_id\":\"alice.near\"}"));
        assertThat(free.logs()).containsExactly("The account is already registered, refunding the deposit");
        assertThat(free.promises()).isEmpty();
    }

    @Test
    void storage_deposit_checks_the_account_id() {
        assertThat(f.callAs("alice.near", MIN, "storage_deposit", "{\"account_id\":\"Bob\"}").panic()).isEqualTo(FtFixture.BAD_JSON);
        assertThat(f.callAs("alice.near", MIN, "storage_deposit", "{\"registration_only\":\"yes\"}").panic())
                .isEqualTo(FtFixture.BAD_JSON);
    }

    @Test
    void storage_withdraw_requires_one_yocto() {
        f.register("alice.near");
        assertThat(f.callAs("alice.near", U128.ZERO, "storage_withdraw", "{}").panic()).isEqualTo(FtFixture.NOT_ONE_YOCTO);
        assertThat(f.callAs("alice.near", U128.of(2), "storage_withdraw", "{}").panic()).isEqualTo(FtFixture.NOT_ONE_YOCTO);
    }

    @Test
    void storage_withdraw_of_nothing_returns_the_storage_balance() {
        f.register("alice.near");
        for (String args : new String[] {"{}", "{\"amount\":null}", "{\"amount\":\"0\"}"}) {
            CallOutcome out = f.ok(f.callAs("alice.near", U128.ONE, "storage_withdraw", args));
            assertThat(out.result()).as(args).isEqualTo(FtFixture.STORAGE_BALANCE);
            assertThat(out.promises()).isEmpty();
        }
    }

    @Test
    void storage_withdraw_of_a_positive_amount_panics_because_nothing_is_available() {
        f.register("alice.near");
        assertThat(f.callAs("alice.near", U128.ONE, "storage_withdraw", "{\"amount\":\"1\"}").panic())
                .isEqualTo("The amount is greater than the available storage balance");
    }

    @Test
    void storage_withdraw_by_an_unregistered_account_panics() {
        assertThat(f.callAs("alice.near", U128.ONE, "storage_withdraw", "{}").panic())
                .isEqualTo("The account alice.near is not registered");
    }

    @Test
    void storage_unregister_requires_one_yocto() {
        f.register("alice.near");
        assertThat(f.callAs("alice.near", U128.ZERO, "storage_unregister", "{}").panic()).isEqualTo(FtFixture.NOT_ONE_YOCTO);
        assertThat(storageBalanceOf("alice.near")).isEqualTo(FtFixture.STORAGE_BALANCE);
    }

    @Test
    void storage_unregister_of_an_unregistered_account_logs_and_returns_false() {
        CallOutcome out = f.ok(f.callAs("alice.near", U128.ONE, "storage_unregister", "{}"));
        assertThat(out.result()).isEqualTo("false");
        assertThat(out.logs()).containsExactly("The account alice.near is not registered");
        assertThat(out.promises()).isEmpty();
    }

    @Test
    void storage_unregister_with_a_zero_balance_removes_the_account_and_returns_the_deposit_plus_one_yocto() {
        f.register("alice.near");
        CallOutcome out = f.ok(f.callAs("alice.near", U128.ONE, "storage_unregister", "{}"));
        assertThat(out.result()).isEqualTo("true");
        assertThat(out.logs()).containsExactly("Closed @alice.near with 0");
        assertThat(out.promises()).containsExactly(transferTo(0, "alice.near", MIN.add(U128.ONE)));
        assertThat(storageBalanceOf("alice.near")).isEqualTo("null");
        assertThat(f.storage(FtFixture.balanceKey("alice.near"))).isNull();
        f.register("alice.near");
    }

    @Test
    void storage_unregister_with_tokens_needs_force() {
        f.register("alice.near");
        f.transfer("owner.near", "alice.near", "10");
        for (String args : new String[] {"{}", "{\"force\":false}", "{\"force\":null}"}) {
            CallOutcome out = f.callAs("alice.near", U128.ONE, "storage_unregister", args);
            assertThat(out.panic()).as(args).isEqualTo("Can't unregister the account with the positive balance without force");
        }
        assertThat(f.balanceOf("alice.near")).isEqualTo("10");
    }

    @Test
    void forced_unregister_burns_the_tokens_without_an_event() {
        f.register("alice.near");
        f.transfer("owner.near", "alice.near", "10");
        CallOutcome out = f.ok(f.callAs("alice.near", U128.ONE, "storage_unregister", "{\"force\":true}"));
        assertThat(out.result()).isEqualTo("true");
        assertThat(out.logs()).containsExactly("Closed @alice.near with 10");
        assertThat(out.promises()).containsExactly(transferTo(0, "alice.near", MIN.add(U128.ONE)));
        assertThat(f.totalSupply()).isEqualTo("990");
        assertThat(f.balanceOf("alice.near")).isEqualTo("0");
        assertThat(storageBalanceOf("alice.near")).isEqualTo("null");
    }

    @Test
    void the_owner_can_unregister_too() {
        CallOutcome out = f.ok(f.callAs("owner.near", U128.ONE, "storage_unregister", "{\"force\":true}"));
        assertThat(out.logs()).containsExactly("Closed @owner.near with 1000");
        assertThat(f.totalSupply()).isEqualTo("0");
    }

    @Test
    void storage_views_need_no_deposit_and_storage_calls_are_payable() {
        assertThat(f.view("storage_balance_bounds", "").panic()).isNull();
        assertThat(f.callAs("alice.near", U128.ofNear(5), "storage_deposit", "{}").panic()).isNull();
    }
}
