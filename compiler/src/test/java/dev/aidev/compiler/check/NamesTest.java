package dev.aidev.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void exportNamesAreSnakeCaseAsNearSdkRsWritesThem() {
        assertThat(Names.snakeCase("getMessages")).isEqualTo("get_messages");
        assertThat(Names.snakeCase("ftTransferCall")).isEqualTo("ft_transfer_call");
        assertThat(Names.snakeCase("receiverId")).isEqualTo("receiver_id");
        assertThat(Names.snakeCase("getURL")).isEqualTo("get_url");
        assertThat(Names.snakeCase("getHTTPStatus")).isEqualTo("get_http_status");
        assertThat(Names.snakeCase("nft2Owner")).isEqualTo("nft2_owner");
        assertThat(Names.snakeCase("get")).isEqualTo("get");
        assertThat(Names.snakeCase("already_snake")).isEqualTo("already_snake");
    }
}
