package org.resetdesk.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** The key that seals authenticator secrets: required outside demo mode, generated and kept in demo mode. */
class StoreKeyTest {

    @TempDir
    Path data;

    private final EnrollmentConfiguration configuration = new EnrollmentConfiguration();

    @Test
    void withARealDirectoryAndNoKey_theStartIsRefusedNamingTheSetting() {
        StoreProperties noKey = new StoreProperties(null, List.of(), data.resolve("store-key"));

        for (String type : List.of("entra", "ldap")) {
            assertThatThrownBy(() -> configuration.storeCipher(noKey,
                    new MockEnvironment().withProperty("resetdesk.directory.type", type)))
                    .hasMessageContaining("resetdesk.store.encryption-key is not set")
                    .hasMessageContaining("resetdesk.directory.type is " + type);
        }
        assertThat(data.resolve("store-key")).doesNotExist();
    }

    @Test
    void inDemoModeWithoutAKey_oneIsGeneratedOnce_andKeptForTheNextStart() throws Exception {
        StoreProperties noKey = new StoreProperties(null, List.of(), data.resolve("store-key"));

        String first = configuration.storeCipher(noKey, new MockEnvironment()).currentKeyId();
        String second = configuration.storeCipher(noKey, new MockEnvironment()).currentKeyId();

        assertThat(first).isEqualTo(second);
        assertThat(Files.size(data.resolve("store-key"))).isEqualTo(32);
    }

    @Test
    void aConfiguredKey_isUsed_andNeverPrinted() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        StoreProperties properties = new StoreProperties(key, List.of(key), data.resolve("store-key"));

        assertThat(configuration.storeCipher(properties, new MockEnvironment()
                .withProperty("resetdesk.directory.type", "entra")).currentKeyId()).hasSize(16);
        assertThat(properties.toString()).doesNotContain(key).contains("encryptionKey=set");
    }
}
