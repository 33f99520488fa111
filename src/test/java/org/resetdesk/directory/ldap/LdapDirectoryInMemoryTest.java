package org.resetdesk.directory.ldap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.resetdesk.TestTls;
import org.resetdesk.directory.DirectoryUser;

/**
 * Fast checks of the search and the mapping on UnboundID's in-memory server over LDAPS, which needs no installed
 * server: what the user typed is escaped, a custom filter is used as written, two matches are none, the account's
 * DN finds it again, and the contact attributes are the configured ones.
 */
class LdapDirectoryInMemoryTest {

    private static final String BASE = "dc=example,dc=org";
    private static InMemoryDirectoryServer server;
    private static Path certificate;

    @BeforeAll
    static void start() throws Exception {
        Path folder = Files.createTempDirectory("resetdesk-inmemory-ldap");
        TestTls tls = TestTls.create(folder, "inmemory");
        certificate = folder.resolve("inmemory.crt");
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPSConfig("ldaps", 0,
                new SSLUtil(new KeyStoreKeyManager(tls.keyStore.toFile(), TestTls.PASSWORD.toCharArray(), "PKCS12",
                        "inmemory"), null).createSSLServerSocketFactory()));
        config.addAdditionalBindCredentials("cn=svc", "in-memory-service-password");
        server = new InMemoryDirectoryServer(config);
        server.add("dn: " + BASE, "objectClass: domain", "dc: example");
        server.add("dn: ou=people," + BASE, "objectClass: organizationalUnit", "ou: people");
        person("ana", "ana@example.org", "2001", "+40 (700) 111-222", "ana.home@example.net");
        person("twin1", "twin@example.org", "2002", null, null);
        person("twin2", "twin@example.org", "2003", null, null);
        for (int i = 1; i <= 3; i++) {
            person("triplet" + i, "triplet@example.org", "300" + i, null, null);
        }
        server.startListening();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.shutDown(true);
        }
    }

    private static void person(String uid, String mail, String number, String mobile, String other)
            throws Exception {
        List<String> lines = new java.util.ArrayList<>(List.of("dn: uid=" + uid + ",ou=people," + BASE,
                "objectClass: inetOrgPerson", "uid: " + uid, "cn: " + uid, "sn: " + uid, "mail: " + mail,
                "employeeNumber: " + number, "userPassword: unused-password-1"));
        if (mobile != null) {
            lines.add("mobile: " + mobile);
        }
        if (other != null) {
            lines.add("homePostalAddress: " + other);
        }
        server.add(lines.toArray(String[]::new));
    }

    private static LdapDirectory directory(String filter) throws Exception {
        LdapProperties properties = new LdapProperties(LdapFlavor.OPENLDAP, "ldaps://localhost:"
                + server.getListenPort(), false, "cn=svc", "in-memory-service-password", BASE, filter, certificate,
                List.of(), new LdapProperties.Attributes(null, "homePostalAddress"), Duration.ofSeconds(2),
                Duration.ofSeconds(5), 1);
        properties.requireComplete();
        return LdapDirectory.open(properties);
    }

    @Test
    void find_mapsTheConfiguredContactAttributes_andCleansThePhoneNumber() throws Exception {
        LdapDirectory directory = directory(null);
        try {
            DirectoryUser ana = directory.find("2001").join().orElseThrow();

            assertThat(ana.contacts().mobilePhone()).isEqualTo("+40700111222");
            assertThat(ana.contacts().alternateEmail()).isEqualTo("ana.home@example.net");
            assertThat(directory.find(ana.id()).join()).map(DirectoryUser::upn).contains("ana@example.org");
        } finally {
            directory.close();
        }
    }

    @Test
    void find_whatTheUserTypedIsEscaped_soWildcardsAndFilterSyntaxMatchNothing() throws Exception {
        LdapDirectory directory = directory(null);
        try {
            for (String typed : List.of("*", "an*", "ana)(uid=*", "*)(objectClass=*", "ana\\29", "\u0000")) {
                assertThat(directory.find(typed).join()).as(typed).isEmpty();
            }
        } finally {
            directory.close();
        }
    }

    @Test
    void find_twoAccountsMatching_countsAsNone() throws Exception {
        LdapDirectory directory = directory(null);
        try {
            assertThat(directory.find("twin@example.org").join()).isEmpty();
            assertThat(directory.find("triplet@example.org").join()).isEmpty(); // past the size limit: still none
            assertThat(directory.find("twin1").join()).isPresent();
        } finally {
            directory.close();
        }
    }

    @Test
    void find_aCustomFilter_isUsedAsWritten() throws Exception {
        LdapDirectory directory = directory("(&(objectClass=inetOrgPerson)(employeeNumber={0}))");
        try {
            assertThat(directory.find("2001").join()).isPresent();
            assertThat(directory.find("ana").join()).isEmpty(); // uid is no longer searched
        } finally {
            directory.close();
        }
    }
}
