package org.resetdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without {@code resetdesk.admin.token} the admin API does not exist. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PasswordCheckDisabledTest {

    @LocalServerPort
    int port;

    @Test
    void check_noAdminTokenConfigured_isNotFound() {
        assertThat(new AdminHttp(port).check("anything", "{\"password\":\"Vx7!qTz9-kWm\"}").statusCode())
                .isEqualTo(404);
    }

    @Test
    void check_noAdminTokenConfiguredAndNoToken_isNotFound() {
        assertThat(new AdminHttp(port).check(null, "{\"password\":\"Vx7!qTz9-kWm\"}").statusCode()).isEqualTo(404);
    }
}
