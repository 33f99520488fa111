package org.resetdesk.directory.ldap;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFReader;
import org.junit.jupiter.api.Assumptions;
import org.resetdesk.TestTls;

/**
 * A real OpenLDAP {@code slapd} (Debian's package) with the ppolicy overlay, started on a free loopback port from a
 * configuration in a temporary folder, with StartTLS on a certificate made for the test. Its service account may
 * write passwords (so ppolicy's history and quality checks apply to it, as to a helpdesk tool) and clear lockouts.
 * Without slapd on this machine the tests that need it are skipped, except in CI ({@code CI=true}), which must run
 * them.
 */
final class SlapdServer implements AutoCloseable {

    static final String BASE = "dc=example,dc=org";
    static final String SERVICE_DN = "cn=resetdesk,ou=services," + BASE;
    static final String SERVICE_PASSWORD = "service-secret-for-tests";
    static final String ADMINS = "cn=helpdesk-admins,ou=groups," + BASE;
    static final String START_PASSWORD = "Start-Pass-2024";
    private static final Path SLAPD = Path.of("/usr/sbin/slapd");
    private static final String ROOT_DN = "cn=root," + BASE;
    private static final String ROOT_PASSWORD = "root-secret-for-tests";

    private final Path folder;
    private final int port;
    private Process process;

    private SlapdServer(Path folder, int port) {
        this.folder = folder;
        this.port = port;
    }

    static SlapdServer start() throws Exception {
        if (!Files.isExecutable(SLAPD)) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI must run the OpenLDAP tests: install slapd (.ci/run does)");
            }
            Assumptions.abort("OpenLDAP's slapd is not installed here (apt-get install slapd); its tests are skipped");
        }
        Path folder = Files.createTempDirectory("resetdesk-slapd");
        Files.createDirectories(folder.resolve("db"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        SlapdServer server = new SlapdServer(folder, port);
        server.configure();
        server.run();
        server.seed();
        return server;
    }

    int port() {
        return port;
    }

    /** The certificate slapd presents, to trust. */
    Path certificate() {
        return folder.resolve("slapd.crt");
    }

    /** A plain connection as the directory's root, for the fixture's own changes and checks. */
    LDAPConnection root() throws LDAPException {
        LDAPConnection connection = new LDAPConnection("127.0.0.1", port);
        connection.bind(ROOT_DN, ROOT_PASSWORD);
        return connection;
    }

    /** Whether {@code dn} can sign in with {@code password} (a simple bind). */
    boolean binds(String dn, String password) {
        try (LDAPConnection connection = new LDAPConnection("127.0.0.1", port)) {
            connection.bind(dn, password);
            return true;
        } catch (LDAPException e) {
            return false;
        }
    }

    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor();
            process = null;
        }
    }

    @Override
    public void close() throws Exception {
        stop();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private void configure() throws Exception {
        TestTls tls = TestTls.create(folder, "slapd");
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(tls.keyStore)) {
            keys.load(in, TestTls.PASSWORD.toCharArray());
        }
        Key key = keys.getKey("slapd", TestTls.PASSWORD.toCharArray());
        Files.writeString(folder.resolve("slapd.key"), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        String service = "dn.exact=\"" + SERVICE_DN + "\"";
        Files.writeString(folder.resolve("slapd.conf"), String.join("\n",
                "include /etc/ldap/schema/core.schema",
                "include /etc/ldap/schema/cosine.schema",
                "include /etc/ldap/schema/inetorgperson.schema",
                "include /etc/ldap/schema/nis.schema",
                "modulepath /usr/lib/ldap",
                "moduleload back_mdb",
                "moduleload ppolicy",
                "pidfile " + folder.resolve("slapd.pid"),
                "TLSCertificateFile " + certificate(),
                "TLSCertificateKeyFile " + folder.resolve("slapd.key"),
                "database mdb",
                "maxsize 10485760",
                "suffix \"" + BASE + "\"",
                "rootdn \"" + ROOT_DN + "\"",
                "rootpw " + ROOT_PASSWORD,
                "directory " + folder.resolve("db"),
                "overlay ppolicy",
                "ppolicy_default \"cn=default,ou=policies," + BASE + "\"",
                "ppolicy_use_lockout",
                // write, not manage: ppolicy exempts password administrators from its checks
                "access to attrs=userPassword by " + service + " write by self write by anonymous auth by * none",
                "access to * by " + service + " write by * read",
                ""));
    }

    private void run() throws Exception {
        process = new ProcessBuilder(SLAPD.toString(), "-f", folder.resolve("slapd.conf").toString(), "-h",
                "ldap://127.0.0.1:" + port + "/", "-d", "0")
                .redirectErrorStream(true).redirectOutput(folder.resolve("slapd.log").toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("slapd stopped: " + Files.readString(folder.resolve("slapd.log")));
            }
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("slapd did not listen within 15 s");
    }

    private void seed() throws Exception {
        String ldif = String.join("\n",
                "dn: " + BASE, "objectClass: dcObject", "objectClass: organization", "o: Example", "dc: example", "",
                "dn: ou=policies," + BASE, "objectClass: organizationalUnit", "ou: policies", "",
                "dn: cn=default,ou=policies," + BASE, "objectClass: device", "objectClass: pwdPolicy", "cn: default",
                "pwdAttribute: userPassword", "pwdInHistory: 3", "pwdMaxFailure: 3", "pwdLockout: TRUE",
                "pwdLockoutDuration: 0", "pwdMinLength: 10", "pwdCheckQuality: 2", "",
                "dn: ou=services," + BASE, "objectClass: organizationalUnit", "ou: services", "",
                "dn: " + SERVICE_DN, "objectClass: organizationalRole", "objectClass: simpleSecurityObject",
                "cn: resetdesk", "userPassword: " + SERVICE_PASSWORD, "",
                "dn: ou=people," + BASE, "objectClass: organizationalUnit", "ou: people", "",
                person("alice", "Alice", "Example", "1001", "+40 700 000 001"),
                person("bob", "Bob", "Admin", "1002", "+40700000002"),
                person("carol", "Carol", "Locked", "1003", "+40700000003"),
                person("erin", "Erin", "Unanswered", "1004", "+40700000004"),
                "dn: ou=groups," + BASE, "objectClass: organizationalUnit", "ou: groups", "",
                "dn: cn=tier2," + "ou=groups," + BASE, "objectClass: groupOfNames", "cn: tier2",
                "member: uid=bob,ou=people," + BASE, "",
                "dn: " + ADMINS, "objectClass: groupOfNames", "cn: helpdesk-admins",
                "member: cn=tier2,ou=groups," + BASE, "");
        try (LDAPConnection root = root(); LDIFReader reader = new LDIFReader(
                new java.io.ByteArrayInputStream(ldif.getBytes()))) {
            for (var entry = reader.readEntry(); entry != null; entry = reader.readEntry()) {
                root.add(entry);
            }
        }
    }

    static String dn(String uid) {
        return "uid=" + uid + ",ou=people," + BASE;
    }

    private static String person(String uid, String given, String family, String number, String mobile) {
        return String.join("\n", "dn: " + dn(uid), "objectClass: inetOrgPerson", "uid: " + uid,
                "cn: " + given + " " + family, "givenName: " + given, "sn: " + family,
                "mail: " + uid + "@example.org", "employeeNumber: " + number, "mobile: " + mobile,
                "userPassword: " + START_PASSWORD, "", "");
    }
}
