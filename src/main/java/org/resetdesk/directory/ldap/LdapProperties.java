package org.resetdesk.directory.ldap;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Active Directory or OpenLDAP over LDAPS or StartTLS ({@code resetdesk.directory.ldap.*}).
 *
 * @param flavor           {@code active-directory} or {@code openldap}
 * @param url              one or several servers, space-separated, tried in order ({@code ldaps://dc1:636
 *                         ldaps://dc2:636})
 * @param startTls         whether {@code ldap://} servers are spoken to through StartTLS (required for them)
 * @param bindDn           ResetDesk's service account
 * @param bindPassword     its password; never logged
 * @param baseDn           where accounts are searched
 * @param userFilter       the search for what the user typed, {@code {0}} standing for it (escaped per RFC 4515);
 *                         by default the flavor's (UPN or uid, mail, sAMAccountName, employee id)
 * @param trustCertificate a PEM file of the certificates to trust; otherwise the JVM's trust store
 * @param adminGroups      group DNs whose members (nested membership counts) are administrators and get the notice
 * @param attributes       the attributes that hold the reset contacts
 * @param connectTimeout   how long to wait for a connection to one server before the next is tried
 * @param responseTimeout  how long to wait for one answer
 * @param poolSize         connections kept open, and threads that run directory calls
 */
@ConfigurationProperties("resetdesk.directory.ldap")
public record LdapProperties(
        LdapFlavor flavor,
        String url,
        @DefaultValue("false") boolean startTls,
        String bindDn,
        String bindPassword,
        String baseDn,
        String userFilter,
        Path trustCertificate,
        @DefaultValue List<String> adminGroups,
        @DefaultValue Attributes attributes,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration responseTimeout,
        @DefaultValue("4") int poolSize) {

    static final String PREFIX = "resetdesk.directory.ldap.";

    /**
     * @param mobile         the mobile number's attribute (default {@code mobile})
     * @param alternateEmail the alternate mailbox's attribute (default {@code otherMailbox} on Active Directory, none
     *                       on OpenLDAP)
     */
    public record Attributes(String mobile, String alternateEmail) {
    }

    /** The servers, in the order they are tried. */
    List<URI> servers() {
        return url == null ? List.of() : Arrays.stream(url.strip().split("\\s+")).filter(part -> !part.isEmpty())
                .map(URI::create).toList();
    }

    String filterTemplate() {
        return blank(userFilter) ? flavor.defaultFilter() : userFilter.strip();
    }

    String mobileAttribute() {
        return attributes == null || blank(attributes.mobile()) ? flavor.defaultMobile() : attributes.mobile().strip();
    }

    /** The alternate mailbox's attribute, or {@code null} when there is none. */
    String alternateEmailAttribute() {
        return attributes == null || blank(attributes.alternateEmail()) ? flavor.defaultAlternateEmail()
                : attributes.alternateEmail().strip();
    }

    /**
     * Checks what {@code resetdesk.directory.type=ldap} needs. Passwords never travel in clear: a plain
     * {@code ldap://} server without StartTLS is refused.
     *
     * @throws IllegalStateException naming every missing or contradictory setting
     */
    void requireComplete() {
        requireComplete(null);
    }

    /**
     * As {@link #requireComplete()}, and every call must be over before the flow gives up on it: a change still
     * running after the user was told "may not have changed" could overwrite the password they set next.
     *
     * @param flowTimeout {@code resetdesk.reset.directory-timeout}, or {@code null} not to check
     */
    void requireComplete(Duration flowTimeout) {
        List<String> problems = new ArrayList<>();
        if (flowTimeout != null && longestCall().compareTo(flowTimeout) >= 0) {
            problems.add(PREFIX + "connect-timeout x servers + response-timeout (" + longestCall() + ") must be"
                    + " shorter than resetdesk.reset.directory-timeout (" + flowTimeout + ")");
        }
        if (flavor == null) {
            problems.add(PREFIX + "flavor is not set (active-directory or openldap)");
        }
        List<URI> servers;
        try {
            servers = servers();
        } catch (IllegalArgumentException e) {
            servers = List.of();
            problems.add(PREFIX + "url is not a list of ldap:// or ldaps:// addresses: " + e.getMessage());
        }
        if (servers.isEmpty() && problems.stream().noneMatch(problem -> problem.startsWith(PREFIX + "url"))) {
            problems.add(PREFIX + "url is not set");
        }
        for (URI server : servers) {
            String scheme = server.getScheme() == null ? "" : server.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("ldap") && !scheme.equals("ldaps") || server.getHost() == null) {
                problems.add(PREFIX + "url: " + server + " is not ldap://host[:port] or ldaps://host[:port]");
            } else if (scheme.equals("ldap") && !startTls) {
                problems.add(PREFIX + "url: " + server + " is plain LDAP; passwords are only sent over ldaps:// or"
                        + " with " + PREFIX + "start-tls=true");
            } else if (scheme.equals("ldaps") && startTls) {
                problems.add(PREFIX + "start-tls=true is for ldap:// servers; " + server + " is already LDAPS");
            }
        }
        if (blank(bindDn)) {
            problems.add(PREFIX + "bind-dn is not set");
        }
        if (blank(bindPassword)) {
            problems.add(PREFIX + "bind-password is not set");
        }
        if (blank(baseDn)) {
            problems.add(PREFIX + "base-dn is not set");
        }
        if (!blank(userFilter) && !userFilter.contains("{0}")) {
            problems.add(PREFIX + "user-filter has no {0} for what the user typed");
        }
        if (trustCertificate != null && !Files.isReadable(trustCertificate)) {
            problems.add(PREFIX + "trust-certificate " + trustCertificate + " cannot be read");
        }
        if (poolSize < 1 || poolSize > 64) {
            problems.add(PREFIX + "pool-size must be between 1 and 64");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("resetdesk.directory.type=ldap: " + String.join("; ", problems));
        }
    }

    /** The longest one call may take: every server's connect timeout in turn, then the answer. */
    Duration longestCall() {
        return connectTimeout.multipliedBy(Math.max(1, servers().size())).plus(responseTimeout);
    }

    /** The settings without the bind password, should anything print them. */
    @Override
    public String toString() {
        return "LdapProperties[flavor=" + flavor + ", url=" + url + ", startTls=" + startTls + ", bindDn=" + bindDn
                + ", bindPassword=" + (blank(bindPassword) ? "(not set)" : "(set)") + ", baseDn=" + baseDn
                + ", userFilter=" + userFilter + ", trustCertificate=" + trustCertificate + ", adminGroups="
                + adminGroups + ", attributes=" + attributes + ", connectTimeout=" + connectTimeout
                + ", responseTimeout=" + responseTimeout + ", poolSize=" + poolSize + "]";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
