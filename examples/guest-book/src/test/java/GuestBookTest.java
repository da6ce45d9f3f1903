import static org.assertj.core.api.Assertions.assertThat;

import dev.aidev.sdk.U128;
import dev.aidev.sdk.testing.CallOutcome;
import dev.aidev.sdk.testing.JvmContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GuestBook on the JVM (JvmContract + MockBlockchain); scenarios/ runs the same calls on the chain. */
class GuestBookTest {
    private JvmContract<GuestBook> book;

    @BeforeEach
    void deploy() {
        book = JvmContract.of(GuestBook.class);
        book.chain().currentAccountId("book.near").caller("alice.near");
    }

    private CallOutcome sign(String account, String text, U128 deposit) {
        book.chain().caller(account).attachedDeposit(deposit);
        CallOutcome out = book.call("add_message", "{\"text\":\"" + text + "\"}");
        book.chain().attachedDeposit(U128.ZERO);
        return out;
    }

    @Test
    void a_new_book_is_empty() {
        assertThat(book.view("get_messages", "{\"from_index\":0,\"limit\":10}").result()).isEqualTo("[]");
        assertThat(book.view("total_messages", "{}").result()).isEqualTo("0");
    }

    @Test
    void add_message_records_the_predecessor_and_logs() {
        CallOutcome out = sign("alice.near", "hi", U128.ZERO);
        assertThat(out.panic()).isNull();
        assertThat(out.logs()).containsExactly("message from alice.near: hi");
        assertThat(book.view("get_messages", "{\"from_index\":0,\"limit\":10}").result())
                .isEqualTo("[{\"sender\":\"alice.near\",\"text\":\"hi\",\"premium\":false}]");
    }

    @Test
    void a_message_is_premium_from_exactly_one_near() {
        sign("alice.near", "almost", U128.ofNear(1).sub(U128.ONE_YOCTO));
        CallOutcome out = sign("bob.near", "rich", U128.ofNear(1));
        assertThat(out.logs()).containsExactly("premium message from bob.near: rich");
        assertThat(book.view("get_messages", "{\"from_index\":0,\"limit\":2}").result())
                .isEqualTo("[{\"sender\":\"alice.near\",\"text\":\"almost\",\"premium\":false},"
                        + "{\"sender\":\"bob.near\",\"text\":\"rich\",\"premium\":true}]");
    }

    @Test
    void get_messages_pages_from_an_index_and_stops_at_the_end() {
        for (int i = 0; i < 5; i++) {
            sign("alice.near", "m" + i, U128.ZERO);
        }
        assertThat(book.view("total_messages", "{}").result()).isEqualTo("5");
        assertThat(book.view("get_messages", "{\"from_index\":3,\"limit\":10}").result())
                .isEqualTo("[{\"sender\":\"alice.near\",\"text\":\"m3\",\"premium\":false},"
                        + "{\"sender\":\"alice.near\",\"text\":\"m4\",\"premium\":false}]");
        assertThat(book.view("get_messages", "{\"from_index\":1,\"limit\":1}").result())
                .isEqualTo("[{\"sender\":\"alice.near\",\"text\":\"m1\",\"premium\":false}]");
        assertThat(book.view("get_messages", "{\"from_index\":9,\"limit\":1}").result()).isEqualTo("[]");
    }

    @Test
    void negative_paging_arguments_panic() {
        assertThat(book.view("get_messages", "{\"from_index\":-1,\"limit\":1}").panic())
                .isEqualTo("from_index and limit must not be negative");
    }

    @Test
    void add_message_as_a_view_call_fails_and_writes_nothing() {
        assertThat(book.view("add_message", "{\"text\":\"sneaky\"}").panic())
                .isEqualTo("predecessor_account_id is not allowed in view calls");
        assertThat(book.view("total_messages", "{}").result()).isEqualTo("0");
    }
}
