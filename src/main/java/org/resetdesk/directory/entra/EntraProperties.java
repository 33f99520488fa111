package org.resetdesk.directory.entra;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Entra ID through Microsoft Graph ({@code resetdesk.directory.entra.*}), with an app registration's client
 * credentials: a client secret or a certificate.
 *
 * @param tenantId            the tenant (directory) id
 * @param clientId            the app registration's application (client) id
 * @param clientSecret        the app's client secret; or give {@code certificatePath}
 * @param certificatePath     a PKCS#12 file with the app's certificate and private key; or give {@code clientSecret}
 * @param certificatePassword the PKCS#12 file's password
 * @param authorityHost       where tokens come from (another host for sovereign clouds)
 * @param graphUrl            Microsoft Graph (another host for sovereign clouds); the only other host ResetDesk calls
 * @param connectTimeout      how long to wait for a connection to either host
 * @param requestTimeout      how long to wait for one answer
 * @param retryDeadline       how long retries of one call may take in all (429 with Retry-After, 5xx on reads)
 * @param noticeRoles         role template ids whose members get the notice when an administrator resets; by default
 *                            Global Administrator
 */
@ConfigurationProperties("resetdesk.directory.entra")
public record EntraProperties(
        String tenantId,
        String clientId,
        String clientSecret,
        Path certificatePath,
        String certificatePassword,
        @DefaultValue("https://login.microsoftonline.com") URI authorityHost,
        @DefaultValue("https://graph.microsoft.com") URI graphUrl,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("5s") Duration requestTimeout,
        @DefaultValue("8s") Duration retryDeadline,
        @DefaultValue("62e90394-69f5-4237-9190-012177145e10") List<String> noticeRoles) {

    static final String PREFIX = "resetdesk.directory.entra.";

    /**
     * Checks what {@code resetdesk.directory.type=entra} needs.
     *
     * @throws IllegalStateException naming every missing or contradictory setting
     */
    void requireComplete(Duration flowTimeout) {
        List<String> problems = new ArrayList<>();
        if (retryDeadline.compareTo(flowTimeout) >= 0) {
            problems.add(PREFIX + "retry-deadline (" + retryDeadline + ") must be shorter than"
                    + " resetdesk.reset.directory-timeout (" + flowTimeout + "), or the flow gives up on calls still"
                    + " running");
        }
        if (blank(tenantId)) {
            problems.add(PREFIX + "tenant-id is not set");
        }
        if (blank(clientId)) {
            problems.add(PREFIX + "client-id is not set");
        }
        if (blank(clientSecret) == (certificatePath == null)) {
            problems.add("set exactly one of " + PREFIX + "client-secret and " + PREFIX + "certificate-path");
        }
        if (certificatePath != null && !Files.isReadable(certificatePath)) {
            problems.add(PREFIX + "certificate-path: cannot read " + certificatePath);
        }
        if (!"https".equals(authorityHost.getScheme())) {
            problems.add(PREFIX + "authority-host must be an https address");
        }
        if (!"https".equals(graphUrl.getScheme())) {
            problems.add(PREFIX + "graph-url must be an https address");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("resetdesk.directory.type=entra: " + String.join("; ", problems));
        }
    }

    /** The Graph base without a trailing slash. */
    String graph() {
        return graphUrl.toString().replaceAll("/+$", "");
    }

    /** The token authority: the host and the tenant. */
    String authority() {
        return authorityHost.toString().replaceAll("/+$", "") + "/" + tenantId + "/";
    }

    /** The settings without the client secret or the certificate's password, should anything print them. */
    @Override
    public String toString() {
        return "EntraProperties[tenantId=" + tenantId + ", clientId=" + clientId + ", clientSecret="
                + (blank(clientSecret) ? "(not set)" : "(set)") + ", certificatePath=" + certificatePath
                + ", certificatePassword=" + (blank(certificatePassword) ? "(not set)" : "(set)") + ", authorityHost="
                + authorityHost + ", graphUrl=" + graphUrl + ", connectTimeout=" + connectTimeout + ", requestTimeout="
                + requestTimeout + ", retryDeadline=" + retryDeadline + ", noticeRoles=" + noticeRoles + "]";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
