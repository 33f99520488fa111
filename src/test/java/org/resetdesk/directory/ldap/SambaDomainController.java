package org.resetdesk.directory.ldap;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Key;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.net.ssl.SSLContext;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.util.ssl.PEMFileTrustManager;
import com.unboundid.util.ssl.SSLUtil;
import org.junit.jupiter.api.Assumptions;
import org.resetdesk.TestTls;

/**
 * A real Active Directory domain controller: Debian's Samba, provisioned into a temporary folder
 * ({@code samba-tool domain provision --server-role=dc --dns-backend=NONE}), serving LDAP and LDAPS on 127.0.0.1 only
 * (ports 389 and 636: Samba has no setting for others, so the tests run as root, as CI does) with a certificate made
 * for the test. The fixture sets the domain's password policy (complexity, history of 3, lockout after 3 failures,
 * no minimum age) and creates the users and groups. Without Samba the tests that need it are skipped, except in CI
 * ({@code CI=true}), which must run them.
 */
final class SambaDomainController implements AutoCloseable {

    static final String REALM = "resetdesk.test";
    static final String BASE = "DC=resetdesk,DC=test";
    static final String ADMINISTRATOR = "Administrator@" + REALM;
    static final String ADMINISTRATOR_PASSWORD = "Admin-Pass-2024!x";
    static final String START_PASSWORD = "Start-Pass-2024!";
    static final String ADMINS = "CN=helpdesk-admins,CN=Users," + BASE;
    private static final Path SAMBA = Path.of("/usr/sbin/samba");
    private static final Path SAMBA_TOOL = Path.of("/usr/bin/samba-tool");

    private final Path folder;
    private Process process;

    private SambaDomainController(Path folder) {
        this.folder = folder;
    }

    static SambaDomainController start() throws Exception {
        if (!Files.isExecutable(SAMBA) || !Files.isExecutable(SAMBA_TOOL)) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI must run the Active Directory tests: install samba and"
                        + " samba-ad-dc (.ci/run does)");
            }
            Assumptions.abort("Samba is not installed here (apt-get install samba samba-ad-dc); the Active"
                    + " Directory tests are skipped");
        }
        SambaDomainController dc = new SambaDomainController(Files.createTempDirectory("resetdesk-samba"));
        dc.provision();
        dc.run();
        dc.describe();
        return dc;
    }

    /** The certificate the domain controller presents, to trust. */
    Path certificate() {
        return folder.resolve("tls").resolve("samba.crt");
    }

    static String userDn(String cn) {
        return "CN=" + cn + ",CN=Users," + BASE;
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

    private void provision() throws Exception {
        Path tls = Files.createDirectories(folder.resolve("tls"));
        TestTls keys = TestTls.create(tls, "samba");
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keys.keyStore)) {
            store.load(in, TestTls.PASSWORD.toCharArray());
        }
        Key key = store.getKey("samba", TestTls.PASSWORD.toCharArray());
        Path keyFile = tls.resolve("samba.key");
        Files.writeString(keyFile, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        tool("domain", "provision", "--server-role=dc", "--dns-backend=NONE", "--realm=" + REALM.toUpperCase(),
                "--domain=RESETDESK", "--adminpass=" + ADMINISTRATOR_PASSWORD, "--targetdir=" + folder,
                "--option=interfaces=127.0.0.1", "--option=bind interfaces only=yes",
                "--option=server services=ldap", "--option=tls enabled=yes", "--option=tls keyfile=" + keyFile,
                "--option=tls certfile=" + certificate(), "--option=tls cafile=",
                "--option=log file=" + folder.resolve("log.%m"));
        // As a Windows DC does for LDAP binds, the old password stops working at once (Samba allows it for an hour
        // by default); provision does not keep this option, so it goes into smb.conf itself.
        Path smbConf = folder.resolve("etc").resolve("smb.conf");
        Files.writeString(smbConf, Files.readString(smbConf).replaceFirst("\\[global\\]",
                "[global]\n\told password allowed period = 0"));
        tool("domain", "passwordsettings", "set", config(), "--complexity=on", "--history-length=3",
                "--min-pwd-age=0", "--account-lockout-threshold=3");
        user("alice", "Alice", "Example");
        user("bob", "Bob", "Admin");
        user("carol", "Carol", "Locked");
        user("dave", "Dave", "Disabled");
        user("frank", "Frank", "Plain");
        user("grace", "Grace", "Domainadmin");
        tool("group", "addmembers", "Domain Admins", "grace", config());
        tool("user", "disable", "dave", config());
        tool("group", "add", "tier2", config());
        tool("group", "add", "helpdesk-admins", config());
        tool("group", "addmembers", "tier2", "bob", config());
        tool("group", "addmembers", "helpdesk-admins", "tier2", config());
    }

    private void user(String name, String given, String family) throws Exception {
        tool("user", "create", name, START_PASSWORD, config(), "--given-name=" + given, "--surname=" + family,
                "--mail-address=" + name + "@" + REALM);
    }

    /** The attributes samba-tool has no option for, set over LDAPS as the domain's administrator. */
    private void describe() throws Exception {
        SSLContext tls = new SSLUtil(new PEMFileTrustManager(certificate().toFile())).createSSLContext();
        try (LDAPConnection connection = new LDAPConnection(tls.getSocketFactory(), "localhost", 636)) {
            connection.bind(ADMINISTRATOR, ADMINISTRATOR_PASSWORD);
            String[][] people = {{"Alice Example", "alice", "1001", "+40 700 000 001"},
                {"Bob Admin", "bob", "1002", "+40700000002"}, {"Carol Locked", "carol", "1003", "+40700000003"},
                {"Dave Disabled", "dave", "1004", "+40700000004"}, {"Frank Plain", "frank", "1005", "+40700000005"}};
            for (String[] person : people) {
                connection.modify(userDn(person[0]),
                        new Modification(ModificationType.REPLACE, "employeeID", person[2]),
                        new Modification(ModificationType.REPLACE, "mobile", person[3]),
                        new Modification(ModificationType.REPLACE, "otherMailbox", person[1] + ".private@example.net"));
            }
        }
    }

    private void run() throws Exception {
        process = new ProcessBuilder(SAMBA.toString(), config(), "-i", "-M", "single")
                .redirectErrorStream(true).redirectOutput(folder.resolve("samba.log").toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("samba stopped: " + Files.readString(folder.resolve("samba.log")));
            }
            try (Socket socket = new Socket("127.0.0.1", 636)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("samba did not listen on 636 within 30 s");
    }

    private String config() {
        return "--configfile=" + folder.resolve("etc").resolve("smb.conf");
    }

    private void tool(String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(SAMBA_TOOL.toString());
        command.addAll(List.of(arguments));
        command(command);
    }

    private static void command(List<String> command) throws Exception {
        Process tool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(tool.getInputStream().readAllBytes());
        if (tool.waitFor() != 0) {
            throw new IllegalStateException(command.get(0) + " " + command.get(1) + " failed: " + output);
        }
    }
}
