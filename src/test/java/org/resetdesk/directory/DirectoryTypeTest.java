package org.resetdesk.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.resetdesk.ResetDeskApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** {@code resetdesk.directory.type} is a closed choice; anything else stops the start naming the setting. */
class DirectoryTypeTest {

    @Test
    void parse_knownTypes_inAnyCase() {
        assertThat(DirectoryTypeCheck.parse("demo")).isEqualTo(DirectoryType.DEMO);
        assertThat(DirectoryTypeCheck.parse("Entra")).isEqualTo(DirectoryType.ENTRA);
        assertThat(DirectoryTypeCheck.parse("ldap")).isEqualTo(DirectoryType.LDAP);
        assertThatThrownBy(() -> DirectoryTypeCheck.parse(" entra")).hasMessageContaining("without spaces");
    }

    @Test
    void parse_anUnknownType_namesTheSettingAndTheChoices() {
        assertThatThrownBy(() -> DirectoryTypeCheck.parse("azure"))
                .hasMessage("resetdesk.directory.type is 'azure'; it must be one of: demo, entra, ldap");
    }

    @Test
    void start_withAMisspeltType_failsBeforeAnythingElse() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(ResetDeskApplication.class)
                .properties("server.port=0", "resetdesk.directory.type=entr");

        assertThatThrownBy(() -> app.run().close()).satisfies(error -> {
            Throwable root = error;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            assertThat(root).hasMessageContaining("resetdesk.directory.type is 'entr'");
        });
    }

    @Test
    void start_onEntraWithoutItsSettings_namesEachMissingOne() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(ResetDeskApplication.class)
                .properties("server.port=0", "resetdesk.directory.type=entra", "resetdesk.notify.dev-outbox=false");

        assertThatThrownBy(() -> app.run().close()).satisfies(error -> {
            Throwable root = error;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            assertThat(root).hasMessageContaining("resetdesk.directory.entra.tenant-id is not set")
                    .hasMessageContaining("resetdesk.directory.entra.client-id is not set")
                    .hasMessageContaining("client-secret");
        });
    }

    @Test
    void start_onLdapWithPlainLdapAndNoStartTls_isRefused_namingTheSetting() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(ResetDeskApplication.class)
                .properties("server.port=0", "resetdesk.directory.type=ldap", "resetdesk.notify.dev-outbox=false",
                        "resetdesk.directory.ldap.flavor=openldap", "resetdesk.directory.ldap.url=ldap://localhost:1",
                        "resetdesk.directory.ldap.bind-dn=cn=svc,dc=example,dc=org",
                        "resetdesk.directory.ldap.bind-password=unused", "resetdesk.directory.ldap.base-dn=dc=example,dc=org");

        assertThatThrownBy(() -> app.run().close()).satisfies(error -> {
            Throwable root = error;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            assertThat(root).hasMessageContaining("resetdesk.directory.ldap.url: ldap://localhost:1 is plain LDAP");
        });
    }

    @Test
    void start_onEntraWithLdapSettings_isHybrid_andRefusesAnythingButActiveDirectory() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(ResetDeskApplication.class)
                .properties("server.port=0", "resetdesk.directory.type=entra", "resetdesk.notify.dev-outbox=false",
                        "resetdesk.directory.entra.tenant-id=aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
                        "resetdesk.directory.entra.client-id=client", "resetdesk.directory.entra.client-secret=secret",
                        "resetdesk.admin.token=admin-token-for-this-test-only",
                        "resetdesk.notify.email.type=smtp", "resetdesk.notify.email.from=resetdesk@example.org",
                        "spring.mail.host=localhost",
                        "resetdesk.directory.ldap.flavor=openldap", "resetdesk.directory.ldap.url=ldaps://localhost:1",
                        "resetdesk.directory.ldap.bind-dn=cn=svc,dc=example,dc=org",
                        "resetdesk.directory.ldap.bind-password=unused", "resetdesk.directory.ldap.base-dn=dc=example,dc=org");

        assertThatThrownBy(() -> app.run().close()).satisfies(error -> {
            Throwable root = error;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            assertThat(root).hasMessageContaining("resetdesk.directory.ldap.flavor must be active-directory");
        });
    }

    @Test
    void start_onEntraWithActiveDirectorySettings_resetsThroughTheHybridDirectory() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(ResetDeskApplication.class)
                .properties("server.port=0", "resetdesk.directory.type=entra", "resetdesk.notify.dev-outbox=false",
                        "resetdesk.directory.entra.tenant-id=aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
                        "resetdesk.directory.entra.client-id=client", "resetdesk.directory.entra.client-secret=secret",
                        "resetdesk.admin.token=admin-token-for-this-test-only",
                        "resetdesk.notify.email.type=smtp", "resetdesk.notify.email.from=resetdesk@example.org",
                        "spring.mail.host=localhost",
                        "resetdesk.directory.ldap.flavor=active-directory",
                        "resetdesk.directory.ldap.url=ldaps://localhost:1",
                        "resetdesk.directory.ldap.bind-dn=svc@example.org",
                        "resetdesk.directory.ldap.bind-password=unused", "resetdesk.directory.ldap.base-dn=dc=example,dc=org");

        try (var context = app.run()) {
            assertThat(context.getBean(org.resetdesk.directory.DirectoryAdapter.class))
                    .satisfies(directory -> assertThat(directory.getClass().getSimpleName()).isEqualTo("HybridDirectory"));
        }
    }
}
