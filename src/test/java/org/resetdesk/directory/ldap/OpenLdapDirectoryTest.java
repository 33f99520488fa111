package org.resetdesk.directory.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.unboundid.ldap.sdk.LDAPConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.resetdesk.directory.DirectoryFailure;
import org.resetdesk.directory.DirectoryUser;

/** The OpenLDAP flavor against a real slapd with ppolicy, over StartTLS. */
class OpenLdapDirectoryTest {

    private static SlapdServer slapd;
    private static LdapDirectory directory;

    @BeforeAll
    static void start() throws Exception {
        slapd = SlapdServer.start();
        directory = LdapDirectory.open(properties(SlapdServer.SERVICE_PASSWORD));
    }

    @AfterAll
    static void stop() throws Exception {
        if (directory != null) {
            directory.close();
        }
        if (slapd != null) {
            slapd.close();
        }
    }

    static LdapProperties properties(String bindPassword) {
        return properties(slapd.port(), bindPassword, Duration.ofSeconds(5));
    }

    static LdapProperties properties(int port, String bindPassword, Duration responseTimeout) {
        LdapProperties properties = new LdapProperties(LdapFlavor.OPENLDAP, "ldap://localhost:" + port, true,
                SlapdServer.SERVICE_DN, bindPassword, SlapdServer.BASE, null, slapd.certificate(),
                List.of(SlapdServer.ADMINS), new LdapProperties.Attributes(null, null), Duration.ofSeconds(2),
                responseTimeout, 2);
        properties.requireComplete();
        return properties;
    }

    @Test
    void find_byUidMailOrEmployeeNumber_mapsTheAccount() {
        for (String typed : List.of("alice", "ALICE@example.org", "1001")) {
            DirectoryUser alice = directory.find(typed).join().orElseThrow();

            assertThat(alice.id()).isEqualTo(SlapdServer.dn("alice"));
            assertThat(alice.upn()).isEqualTo("alice@example.org");
            assertThat(alice.firstName()).isEqualTo("Alice");
            assertThat(alice.employeeId()).isEqualTo("1001");
            assertThat(alice.contacts().mobilePhone()).isEqualTo("+40700000001");
            assertThat(alice.administrator()).isFalse();
            assertThat(alice.enabled()).isTrue();
            assertThat(alice.locked()).isFalse();
        }
    }

    @Test
    void find_byTheAccountsOwnId_itsDn_asLaterTurnsLookItUp_butNeverAGroupOrAnEntryThatIsNotThere() {
        assertThat(directory.find(SlapdServer.dn("alice")).join()).map(DirectoryUser::upn)
                .contains("alice@example.org");
        assertThat(directory.find(SlapdServer.ADMINS).join()).isEmpty();
        assertThat(directory.find(SlapdServer.dn("nobody")).join()).isEmpty();
    }

    @Test
    void find_filterSyntaxInWhatTheUserTyped_neitherBreaksNorWidensTheSearch() {
        for (String typed : List.of("*", "a*", "alice)(uid=*", "*)(|(uid=*", "\\2a", "bob)(objectClass=*")) {
            assertThat(directory.find(typed).join()).as(typed).isEmpty();
        }
    }

    @Test
    void find_aMemberOfAGroupInsideTheAdminGroup_isAnAdministrator_andGetsTheNotice() {
        assertThat(directory.find("bob").join().orElseThrow().administrator()).isTrue();
        assertThat(directory.administrators().join()).extracting(DirectoryUser::id)
                .containsExactly(SlapdServer.dn("bob"));
    }

    @Test
    void administrators_areFoundThoughTheirGroupsLiveOutsideTheBaseDn() throws Exception {
        LdapProperties peopleOnly = new LdapProperties(LdapFlavor.OPENLDAP, "ldap://localhost:" + slapd.port(), true,
                SlapdServer.SERVICE_DN, SlapdServer.SERVICE_PASSWORD, "ou=people," + SlapdServer.BASE, null,
                slapd.certificate(), List.of(SlapdServer.ADMINS), new LdapProperties.Attributes(null, null),
                Duration.ofSeconds(2), Duration.ofSeconds(5), 2);
        LdapDirectory people = LdapDirectory.open(peopleOnly);
        try {
            assertThat(people.find("bob").join().orElseThrow().administrator()).isTrue();
        } finally {
            people.close();
        }
    }

    @Test
    void resetPassword_setsItThroughPasswordModify_andTheNewOneSignsIn() {
        directory.resetPassword(SlapdServer.dn("alice"), "Fresh-Pass-2026-a", false).join();

        assertThat(slapd.binds(SlapdServer.dn("alice"), "Fresh-Pass-2026-a")).isTrue();
        assertThat(slapd.binds(SlapdServer.dn("alice"), SlapdServer.START_PASSWORD)).isFalse();
    }

    @Test
    void resetPassword_refusedByPpolicy_isAPolicyViolationWithItsReason_andNothingChanged() {
        String dn = SlapdServer.dn("bob");
        directory.resetPassword(dn, "First-Pass-2026-b", false).join();
        directory.resetPassword(dn, "Second-Pass-2026-b", false).join();

        assertThatThrownBy(() -> directory.resetPassword(dn, "First-Pass-2026-b", false).join())
                .cause().isInstanceOfSatisfying(DirectoryFailure.class, failure -> {
                    assertThat(failure.reason()).isEqualTo(DirectoryFailure.Reason.POLICY_VIOLATION);
                    assertThat(failure.detail()).contains("history");
                });
        assertThatThrownBy(() -> directory.resetPassword(dn, "short", false).join())
                .cause().isInstanceOfSatisfying(DirectoryFailure.class, failure ->
                        assertThat(failure.reason()).isEqualTo(DirectoryFailure.Reason.POLICY_VIOLATION));
        assertThat(slapd.binds(dn, "Second-Pass-2026-b")).isTrue();
    }

    @Test
    void resetPassword_temporary_setsPwdReset() throws Exception {
        directory.resetPassword(SlapdServer.dn("alice"), "Temporary-Pass-77x", true).join();

        try (LDAPConnection root = slapd.root()) {
            assertThat(root.getEntry(SlapdServer.dn("alice"), "pwdReset").getAttributeValue("pwdReset"))
                    .isEqualTo("TRUE");
        }
    }

    @Test
    void unlock_afterRealFailedBindsLockedTheAccount_letsItSignInAgain() {
        String dn = SlapdServer.dn("carol");
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(slapd.binds(dn, "wrong-password")).isFalse();
        }
        assertThat(slapd.binds(dn, SlapdServer.START_PASSWORD)).as("locked").isFalse();
        assertThat(directory.find("carol").join().orElseThrow().locked()).isTrue();

        directory.unlock(dn).join();

        assertThat(directory.find("carol").join().orElseThrow().locked()).isFalse();
        assertThat(slapd.binds(dn, SlapdServer.START_PASSWORD)).isTrue();
        directory.unlock(dn).join(); // unlocking an account that isn't locked is done, not an error
    }

    @Test
    void aChangeWhoseAnswerNeverComes_isReportedAsMayNotHaveChanged_neverAsDone() throws Exception {
        try (FreezingProxy proxy = new FreezingProxy(slapd.port())) {
            LdapDirectory throughProxy = LdapDirectory.open(properties(proxy.port(), SlapdServer.SERVICE_PASSWORD,
                    Duration.ofSeconds(1)));
            try {
                String dn = throughProxy.find("erin").join().orElseThrow().id(); // the connection is up and bound
                proxy.freeze();

                assertThatThrownBy(() -> throughProxy.resetPassword(dn, "Sent-But-Unanswered-1", false).join())
                        .cause().isInstanceOfSatisfying(DirectoryFailure.class, failure -> {
                            assertThat(failure.reason()).isEqualTo(DirectoryFailure.Reason.OUTCOME_UNKNOWN);
                            assertThat(failure.detail()).doesNotContain("Sent-But-Unanswered-1");
                        });
                // and indeed the directory did change it: "not done" would have been a lie too
                assertThat(slapd.binds(dn, "Sent-But-Unanswered-1")).isTrue();
            } finally {
                throughProxy.close();
            }
        }
    }

    @Test
    void wrongServiceCredentials_makeTheDirectoryUnavailable_withoutNamingThePassword() throws Exception {
        LdapDirectory wrong = LdapDirectory.open(properties("not-the-service-password"));
        try {
            CompletableFuture<?> found = wrong.find("alice");

            assertThatThrownBy(found::join).isInstanceOf(CompletionException.class).cause()
                    .isInstanceOfSatisfying(DirectoryFailure.class, failure -> {
                        assertThat(failure.reason()).isEqualTo(DirectoryFailure.Reason.UNAVAILABLE);
                        assertThat(failure.detail()).doesNotContain("not-the-service-password");
                    });
        } finally {
            wrong.close();
        }
    }
}
