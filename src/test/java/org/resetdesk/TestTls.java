package org.resetdesk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Key material made for a test with the JDK's own {@code keytool}: a PKCS#12 key store with a self-signed certificate
 * for localhost (for an HTTPS stub server, or an app's client certificate), and a trust store holding the
 * certificate.
 */
public final class TestTls {

    public static final String PASSWORD = "test-only-store-password";

    public final Path keyStore;
    public final Path trustStore;

    private TestTls(Path keyStore, Path trustStore) {
        this.keyStore = keyStore;
        this.trustStore = trustStore;
    }

    public static TestTls create(Path folder, String name) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Path keys = folder.resolve(name + "-keys.p12");
        Path certificate = folder.resolve(name + ".crt");
        Path trust = folder.resolve(name + "-trust.p12");
        Files.deleteIfExists(keys);
        Files.deleteIfExists(trust);
        keytool("-genkeypair", "-alias", name, "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-keystore", keys.toString(),
                "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-alias", name, "-keystore", keys.toString(), "-storetype", "PKCS12", "-storepass",
                PASSWORD, "-rfc", "-file", certificate.toString());
        keytool("-importcert", "-noprompt", "-alias", name, "-file", certificate.toString(), "-keystore",
                trust.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
        return new TestTls(keys, trust);
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
    }
}
