package org.resetdesk.directory.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import javax.net.ssl.SSLContext;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.util.ssl.PEMFileTrustManager;
import com.unboundid.util.ssl.SSLUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.resetdesk.directory.DirectoryAdapter;
import org.resetdesk.directory.DirectoryFailure;
import org.resetdesk.directory.DirectoryUser;

/** The Active Directory flavor against a real Samba domain controller, over LDAPS. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ActiveDirectoryDirectoryTest {

    private static SambaDomainController dc;
    private static LdapDirectory directory;

    @BeforeAll
    static void start() throws Exception {
        dc = SambaDomainController.start();
        directory = LdapDirectory.open(properties(SambaDomainController.ADMINISTRATOR,
                SambaDomainController.ADMINISTRATOR_PASSWORD));
    }

    @AfterAll
    static void stop() throws Exception {
        if (directory != null) {
            directory.close();
        }
        if (dc != null) {
            dc.close();
        }
    }

    private static LdapProperties properties(String bindDn, String bindPassword) {
        return properties("ldaps://localhost:636", bindDn, bindPassword);
    }

    private static LdapProperties properties(String url, String bindDn, String bindPassword) {
        LdapProperties properties = new LdapProperties(LdapFlavor.ACTIVE_DIRECTORY, url, false,
                bindDn, bindPassword, SambaDomainController.BASE, null, dc.certificate(),
                List.of(SambaDomainController.ADMINS), new LdapProperties.Attributes(null, null),
                Duration.ofSeconds(2), Duration.ofSeconds(5), 2);
        properties.requireComplete();
        return properties;
    }

    private static String alice() {
        return SambaDomainController.userDn("Alice Example");
    }

    @Test
    void find_byUpnSamAccountNameOrEmployeeId_mapsTheAccountAndItsContacts() {
        for (String typed : List.of("alice@resetdesk.test", "ALICE", "1001")) {
            DirectoryUser alice = directory.find(typed).join().orElseThrow();

            assertThat(alice.id()).isEqualToIgnoringCase(alice());
            assertThat(alice.upn()).isEqualTo("alice@resetdesk.test");
            assertThat(alice.lastName()).isEqualTo("Example");
            assertThat(alice.employeeId()).isEqualTo("1001");
            assertThat(alice.contacts().mobilePhone()).isEqualTo("+40700000001");
            assertThat(alice.contacts().alternateEmail()).isEqualTo("alice.private@example.net");
            assertThat(alice.administrator()).isFalse();
            assertThat(alice.enabled()).isTrue();
            assertThat(alice.locked()).isFalse();
        }
    }

    @Test
    void find_filterSyntaxInWhatTheUserTyped_neitherBreaksNorWidensTheSearch() {
        for (String typed : List.of("*", "a*", "alice)(sAMAccountName=*", "*)(|(cn=*", "\\2a")) {
            assertThat(directory.find(typed).join()).as(typed).isEmpty();
        }
    }

    @Test
    void find_aDisabledAccount_isNotEnabled() {
        assertThat(directory.find("dave").join().orElseThrow().enabled()).isFalse();
    }

    @Test
    void find_aMemberOfAGroupInsideTheAdminGroup_isAnAdministrator_andGetsTheNotice() {
        assertThat(directory.find("bob").join().orElseThrow().administrator()).isTrue();
        assertThat(directory.administrators().join()).extracting(DirectoryUser::upn)
                .containsExactly("bob@resetdesk.test");
    }

    @Test
    void find_aMemberOfAProtectedGroupSuchAsDomainAdmins_isAnAdministrator_thoughNoGroupIsConfiguredForIt() {
        assertThat(directory.find("grace").join().orElseThrow().administrator()).isTrue();
        assertThat(directory.find("frank").join().orElseThrow().administrator()).isFalse();
    }

    @Test
    void resetPassword_replacesUnicodePwd_andTheNewOneSignsIn() {
        directory.resetPassword(alice(), "Fresh-Pass-2026-a!", false).join();

        assertThat(binds("alice@resetdesk.test", "Fresh-Pass-2026-a!")).isTrue();
        assertThat(binds("alice@resetdesk.test", SambaDomainController.START_PASSWORD)).isFalse();
    }

    @Test
    void resetPassword_thatTheDomainPolicyRefuses_isAPolicyViolation_andNothingChanged() {
        directory.resetPassword(SambaDomainController.userDn("Dave Disabled"), "Known-Pass-2026-d!", false).join();

        // too short and too simple for the domain's complexity rule: 0000052D
        assertThatThrownBy(() -> directory.resetPassword(SambaDomainController.userDn("Dave Disabled"), "short1",
                false).join()).cause().isInstanceOfSatisfying(DirectoryFailure.class, failure -> {
                    assertThat(failure.reason()).isEqualTo(DirectoryFailure.Reason.POLICY_VIOLATION);
                    assertThat(failure.detail()).contains("0000052D");
                });
        // Samba 4.17 ignores LDAP_SERVER_POLICY_HINTS, so history is not checked on an administrator's reset
        // here; Windows domain controllers check it (see the README).
    }

    @Test
    void resetPassword_temporary_setsPwdLastSetToZero() throws Exception {
        directory.resetPassword(alice(), "Temporary-Pass-77x!", true).join();

        try (LDAPConnection admin = connect()) {
            admin.bind(SambaDomainController.ADMINISTRATOR, SambaDomainController.ADMINISTRATOR_PASSWORD);
            assertThat(admin.getEntry(alice(), "pwdLastSet").getAttributeValue("pwdLastSet")).isEqualTo("0");
        }
    }

    @Test
    void unlock_afterRealFailedBindsLockedTheAccount_letsItSignInAgain() {
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(binds("carol@resetdesk.test", "Wrong-Password-1!")).isFalse();
        }
        assertThat(binds("carol@resetdesk.test", SambaDomainController.START_PASSWORD)).as("locked").isFalse();
        assertThat(directory.find("carol").join().orElseThrow().locked()).isTrue();

        directory.unlock(SambaDomainController.userDn("Carol Locked")).join();

        assertThat(directory.find("carol").join().orElseThrow().locked()).isFalse();
        assertThat(binds("carol@resetdesk.test", SambaDomainController.START_PASSWORD)).isTrue();
    }

    @Test
    void resetPassword_byAnAccountWithoutTheRight_isInsufficientPrivileges() throws Exception {
        LdapDirectory plainUser = LdapDirectory.open(properties("frank@resetdesk.test",
                SambaDomainController.START_PASSWORD));
        try {
            assertThatThrownBy(() -> plainUser.resetPassword(SambaDomainController.userDn("Dave Disabled"),
                    "Not-Allowed-2026!", false).join()).cause()
                    .isInstanceOfSatisfying(DirectoryFailure.class, failure -> assertThat(failure.reason())
                            .isEqualTo(DirectoryFailure.Reason.INSUFFICIENT_PRIVILEGES));
        } finally {
            plainUser.close();
        }
    }

    @Test
    void wrongServiceCredentials_makeTheDirectoryUnavailable_withoutNamingThePassword() throws Exception {
        LdapDirectory wrong = LdapDirectory.open(properties(SambaDomainController.ADMINISTRATOR, "Not-It-2026!"));
        try {
            assertThatThrownBy(() -> wrong.find("alice").join()).cause()
                    .isInstanceOfSatisfying(DirectoryFailure.class, failure -> {
                        assertThat(failure.reason()).isEqualTo(DirectoryFailure.Reason.UNAVAILABLE);
                        assertThat(failure.detail()).doesNotContain("Not-It-2026!");
                    });
        } finally {
            wrong.close();
        }
    }

    @Test
    void aDomainControllerThatIsDown_failsOverToTheNext() throws Exception {
        LdapDirectory failover = LdapDirectory.open(properties("ldaps://localhost:1 ldaps://localhost:636",
                SambaDomainController.ADMINISTRATOR, SambaDomainController.ADMINISTRATOR_PASSWORD));
        try {
            assertThat(failover.find("alice").join()).isPresent();
        } finally {
            failover.close();
        }
    }

    @Test
    void hybrid_aSyncedAccountFoundInTheCloud_isResetInActiveDirectory_aCloudOnlyOneInTheCloud() {
        CloudDirectory cloud = new CloudDirectory();
        HybridDirectory hybrid = new HybridDirectory(cloud, directory);

        DirectoryUser synced = hybrid.find("bob@resetdesk.test").join().orElseThrow();
        hybrid.resetPassword(synced.id(), "Hybrid-Pass-2026-b!", false).join();

        assertThat(synced.id()).isEqualTo("cloud-bob"); // the cloud's id, the one a Teams token names
        assertThat(synced.contacts().mobilePhone()).isEqualTo("+40799999999"); // the cloud's methods
        assertThat(synced.administrator()).isTrue(); // Active Directory says so
        assertThat(binds("bob@resetdesk.test", "Hybrid-Pass-2026-b!")).isTrue();
        assertThat(hybrid.unlocks(synced)).isTrue();
        assertThat(cloud.resets).isEmpty();

        DirectoryUser cloudOnly = hybrid.find("guest@resetdesk.test").join().orElseThrow();
        hybrid.resetPassword(cloudOnly.id(), "Cloud-Pass-2026-g!", false).join();
        assertThat(cloud.resets).containsExactly("cloud-guest");
        assertThat(hybrid.unlocks(cloudOnly)).isFalse();
    }

    @Test
    void hybrid_nothingTypedReachesActiveDirectoryWithoutTheCloud_andOnlyTheUpnMatches() {
        HybridDirectory hybrid = new HybridDirectory(new CloudDirectory(), directory);

        // an on-premises DN or a mail address that AD knows: the cloud knows neither, so there is no account
        assertThat(hybrid.find(SambaDomainController.userDn("Alice Example")).join()).isEmpty();
        assertThat(hybrid.find("alice.private@example.net").join()).isEmpty();
        // a synced cloud account whose UPN is no AD account's UPN, though it is Frank's sAMAccountName (which the
        // ordinary user filter matches): it is not matched to Frank, and stays the cloud's
        DirectoryUser mismatched = hybrid.find("frank").join().orElseThrow();
        assertThat(mismatched.administrator()).isFalse();
        assertThatThrownBy(() -> hybrid.resetPassword(mismatched.id(), "Not-Franks-2026!", false).join()).cause()
                .isInstanceOfSatisfying(DirectoryFailure.class, failure -> assertThat(failure.reason())
                        .isEqualTo(DirectoryFailure.Reason.SYNCED_ACCOUNT));
        assertThat(binds("frank@resetdesk.test", SambaDomainController.START_PASSWORD)).isTrue();
    }

    /** Stands in for Entra ID only: synced accounts (bob, and "frank" whose UPN AD lacks) and a cloud-only one. */
    private static final class CloudDirectory implements DirectoryAdapter {

        private final List<String> resets = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public CompletableFuture<Optional<DirectoryUser>> find(String identifier) {
            DirectoryUser.Contacts methods = new DirectoryUser.Contacts(null, "+40799999999");
            return CompletableFuture.completedFuture(switch (identifier) {
                case "bob@resetdesk.test", "cloud-bob" -> Optional.of(new DirectoryUser("cloud-bob",
                        "bob@resetdesk.test", "Bob Admin", "Bob", "Admin", null, null, methods, false, true, false,
                        true));
                case "guest@resetdesk.test", "cloud-guest" -> Optional.of(new DirectoryUser("cloud-guest",
                        "guest@resetdesk.test", "Guest", null, null, null, null, methods, false, true, false, false));
                case "frank", "cloud-frank" -> Optional.of(new DirectoryUser("cloud-frank", "frank", "Frank Plain",
                        "Frank", "Plain", null, null, methods, false, true, false, true));
                default -> Optional.empty();
            });
        }

        @Override
        public CompletableFuture<Void> resetPassword(String userId, String newPassword, boolean temporary) {
            if (userId.equals("cloud-bob") || userId.equals("cloud-frank")) {
                // as Entra answers for an account mastered on-premises
                return CompletableFuture.failedFuture(new DirectoryFailure(DirectoryFailure.Reason.SYNCED_ACCOUNT,
                        "synced"));
            }
            resets.add(userId);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<List<DirectoryUser>> administrators() {
            return CompletableFuture.completedFuture(List.of());
        }

        @Override
        public CompletableFuture<Void> unlock(String userId) {
            return CompletableFuture.failedFuture(new DirectoryFailure(DirectoryFailure.Reason.UNSUPPORTED, "cloud"));
        }

        @Override
        public boolean unlocks() {
            return false;
        }
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void theDomainControllerStopped_makesCallsUnavailable_andAChangeIsNeverReportedDone() throws Exception {
        dc.stop();

        assertThatThrownBy(() -> directory.find("alice").join()).cause()
                .isInstanceOfSatisfying(DirectoryFailure.class, failure ->
                        assertThat(failure.reason()).isEqualTo(DirectoryFailure.Reason.UNAVAILABLE));
        assertThatThrownBy(() -> directory.resetPassword(alice(), "After-Stop-2026!", false).join()).cause()
                .isInstanceOfSatisfying(DirectoryFailure.class, failure -> assertThat(failure.reason())
                        .isIn(DirectoryFailure.Reason.UNAVAILABLE, DirectoryFailure.Reason.OUTCOME_UNKNOWN));
    }

    private static LDAPConnection connect() throws Exception {
        SSLContext tls = new SSLUtil(new PEMFileTrustManager(dc.certificate().toFile())).createSSLContext();
        return new LDAPConnection(tls.getSocketFactory(), "localhost", 636);
    }

    private static boolean binds(String user, String password) {
        try (LDAPConnection connection = connect()) {
            connection.bind(user, password);
            return true;
        } catch (LDAPException e) {
            return false;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
