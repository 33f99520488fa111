package org.resetdesk.directory.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What {@code resetdesk.directory.type=ldap} refuses at start, and the flavors' defaults. */
class LdapPropertiesTest {

    private static LdapProperties settings(LdapFlavor flavor, String url, boolean startTls, String filter) {
        return new LdapProperties(flavor, url, startTls, "cn=svc,dc=example,dc=org", "service-password",
                "dc=example,dc=org", filter, null, List.of(), new LdapProperties.Attributes(null, null),
                Duration.ofSeconds(5), Duration.ofSeconds(10), 4);
    }

    @Test
    void plainLdapWithoutStartTls_isRefused_becausePasswordsWouldTravelInClear() {
        assertThatThrownBy(() -> settings(LdapFlavor.OPENLDAP, "ldap://ldap.example.org", false, null)
                .requireComplete()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("resetdesk.directory.ldap.url").hasMessageContaining("start-tls=true");
        settings(LdapFlavor.OPENLDAP, "ldap://ldap.example.org", true, null).requireComplete();
        settings(LdapFlavor.ACTIVE_DIRECTORY, "ldaps://dc1.example.org ldaps://dc2.example.org:636", false, null)
                .requireComplete();
    }

    @Test
    void everyMissingSetting_isNamed_andThePasswordNever() {
        LdapProperties empty = new LdapProperties(null, null, false, null, null, null, "(uid=x)", null, List.of(),
                null, Duration.ofSeconds(5), Duration.ofSeconds(10), 4);

        assertThatThrownBy(empty::requireComplete).hasMessageContaining("flavor").hasMessageContaining("url")
                .hasMessageContaining("bind-dn").hasMessageContaining("bind-password").hasMessageContaining("base-dn")
                .hasMessageContaining("user-filter has no {0}");
        assertThatThrownBy(() -> settings(LdapFlavor.OPENLDAP, "https://ldap.example.org", false, null)
                .requireComplete()).hasMessageContaining("is not ldap://").hasMessageNotContaining("service-password");
    }

    @Test
    void eachFlavor_hasItsOwnFilterAndContactAttributes() {
        LdapProperties ad = settings(LdapFlavor.ACTIVE_DIRECTORY, "ldaps://dc1", false, null);
        LdapProperties openLdap = settings(LdapFlavor.OPENLDAP, "ldaps://ldap", false, " (mail={0}) ");

        assertThat(ad.filterTemplate()).contains("userPrincipalName={0}", "sAMAccountName={0}", "employeeID={0}");
        assertThat(ad.alternateEmailAttribute()).isEqualTo("otherMailbox");
        assertThat(openLdap.filterTemplate()).isEqualTo("(mail={0})");
        assertThat(openLdap.alternateEmailAttribute()).isNull();
        assertThat(openLdap.mobileAttribute()).isEqualTo("mobile");
    }

    @Test
    void printed_theSettingsNeverShowTheBindPassword() {
        assertThat(settings(LdapFlavor.OPENLDAP, "ldaps://ldap", false, null).toString())
                .doesNotContain("service-password").contains("bindPassword=(set)");
    }

    @Test
    void everyCallMustEndBeforeTheFlowGivesUpOnIt_soALateChangeCannotOverwriteANewerOne() {
        LdapProperties twoServers = settings(LdapFlavor.ACTIVE_DIRECTORY, "ldaps://dc1 ldaps://dc2", false, null);

        assertThat(twoServers.longestCall()).isEqualTo(Duration.ofSeconds(20)); // 2 x 5 s to connect + 10 s
        assertThatThrownBy(() -> twoServers.requireComplete(Duration.ofSeconds(10)))
                .hasMessageContaining("must be shorter than resetdesk.reset.directory-timeout");
        twoServers.requireComplete(Duration.ofSeconds(30));
    }
}
