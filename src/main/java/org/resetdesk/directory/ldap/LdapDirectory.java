package org.resetdesk.directory.ldap;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.unboundid.asn1.ASN1Integer;
import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.asn1.ASN1Sequence;
import com.unboundid.ldap.sdk.Control;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPResult;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.ModifyRequest;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.experimental.DraftBeheraLDAPPasswordPolicy10RequestControl;
import com.unboundid.ldap.sdk.experimental.DraftBeheraLDAPPasswordPolicy10ResponseControl;
import com.unboundid.ldap.sdk.extensions.PasswordModifyExtendedRequest;
import org.resetdesk.directory.DirectoryAdapter;
import org.resetdesk.directory.DirectoryFailure;
import org.resetdesk.directory.DirectoryUser;
import org.resetdesk.runtime.LogContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Active Directory or OpenLDAP over LDAPS or StartTLS. Every call runs on a bounded pool of its own and completes a
 * future, so no turn thread waits on LDAP; a full queue answers "unavailable" at once, and a call that waited too
 * long to end in time is not sent. Accounts are named by their DN.
 * What the user typed is escaped into the configured filter (RFC 4515), so it can neither break nor widen the search.
 * A change whose answer never came (a timeout or a lost connection after it was sent) is reported as
 * {@link DirectoryFailure.Reason#OUTCOME_UNKNOWN}, never as done. Passwords never reach a log or an exception.
 */
final class LdapDirectory implements DirectoryAdapter {

    private static final Logger log = LoggerFactory.getLogger(LdapDirectory.class);
    /** An Active Directory user account (not a computer, contact or group). */
    private static final String PERSON = "(&(objectCategory=person)(objectClass=user))";
    /** Longer than any sign-in name or mail address a directory allows: not looked up. */
    private static final int MAX_IDENTIFIER = 256;
    /** Active Directory's "password does not meet the policy" (complexity, length, history, minimum age). */
    private static final String AD_POLICY_ERROR = "0000052D";
    /** LDAP_SERVER_POLICY_HINTS: history and minimum age apply to an administrator's reset too. */
    private static final String POLICY_HINTS_OID = "1.2.840.113556.1.4.2239";
    /** LDAP_MATCHING_RULE_IN_CHAIN: membership through nested groups. */
    private static final String IN_CHAIN = "1.2.840.113556.1.4.1941";
    private static final int ACCOUNT_DISABLED = 0x2;
    private static final int LOCKED_OUT = 0x10;
    /** OpenLDAP ppolicy's value of pwdAccountLockedTime for an account an administrator disabled. */
    private static final String PERMANENTLY_LOCKED = "000001010000Z";
    /** How deep nested groups are followed on OpenLDAP, and how many are read for the admin notice. */
    private static final int MAX_NESTING = 8;
    private static final int MAX_GROUPS = 100;
    private static final int MAX_ADMINISTRATORS = 500;

    /** Directory calls waiting for a thread; more fail at once as "unavailable" rather than pile up. */
    private static final int QUEUED_CALLS = 200;
    private static final Duration DEFAULT_FLOW_TIMEOUT = Duration.ofSeconds(10);

    private final LdapProperties properties;
    private final LDAPConnectionPool pool;
    private final ExecutorService calls;
    private final LdapFlavor flavor;
    private volatile List<String> protectedGroups;
    private volatile String searchRoot;
    /** How long a call may wait for a thread and still end before the flow gives up on it. */
    private final long longestWaitNanos;

    LdapDirectory(LdapProperties properties, LDAPConnectionPool pool, ExecutorService calls, Duration longestWait) {
        this.properties = properties;
        this.pool = pool;
        this.calls = calls;
        this.flavor = properties.flavor();
        this.longestWaitNanos = Math.max(0, longestWait.toNanos());
    }

    /** As {@link #open(LdapProperties, Duration)} with the flows' default directory timeout. */
    static LdapDirectory open(LdapProperties properties) throws LDAPException, GeneralSecurityException {
        return open(properties, DEFAULT_FLOW_TIMEOUT);
    }

    /**
     * The directory for complete settings ({@link LdapProperties#requireComplete}), with its pool and threads. A call
     * that waited in the queue so long that it could not end before {@code flowTimeout} is not sent at all: the flow
     * has given up on it by then, and a late change could overwrite a newer one.
     */
    static LdapDirectory open(LdapProperties properties, Duration flowTimeout)
            throws LDAPException, GeneralSecurityException {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor calls = new ThreadPoolExecutor(properties.poolSize(), properties.poolSize(), 60,
                TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED_CALLS), call -> {
                    Thread thread = new Thread(call, "ldap-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            return new LdapDirectory(properties, LdapConnections.open(properties), calls,
                    flowTimeout.minus(properties.longestCall()));
        } catch (LDAPException | GeneralSecurityException | RuntimeException e) {
            calls.shutdownNow();
            throw e;
        }
    }

    @Override
    public CompletableFuture<Optional<DirectoryUser>> find(String identifier) {
        String typed = identifier == null ? "" : identifier.strip();
        if (typed.isEmpty() || typed.length() > MAX_IDENTIFIER) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return run("find", () -> {
            SearchRequest search = ownId(typed)
                    // the account's own id (its DN), as later turns look it up: that entry, if it is a person's
                    ? new SearchRequest(typed, SearchScope.BASE, Filter.create(flavor == LdapFlavor.ACTIVE_DIRECTORY
                            ? PERSON : "(objectClass=inetOrgPerson)"), attributes())
                    : new SearchRequest(properties.baseDn(), SearchScope.SUB, Filter.create(
                            properties.filterTemplate().replace("{0}", Filter.encodeValue(typed))), attributes());
            search.setSizeLimit(2);
            SearchResult result;
            try {
                result = pool.search(search);
            } catch (LDAPSearchException e) {
                if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
                    return Optional.empty(); // a DN that names nothing
                }
                if (e.getResultCode() != ResultCode.SIZE_LIMIT_EXCEEDED) {
                    throw e;
                }
                result = null; // more than two: as ambiguous as two
            }
            if (result == null || result.getEntryCount() > 1) {
                log.warn("LDAP: more than one account matches what a user typed; none is used (check {}user-filter)",
                        LdapProperties.PREFIX);
                return Optional.empty();
            }
            if (result.getEntryCount() == 0) {
                return Optional.empty();
            }
            SearchResultEntry entry = result.getSearchEntries().get(0);
            return Optional.of(user(entry, administrator(entry.getDN())));
        });
    }

    /**
     * The Active Directory account with exactly this sign-in name ({@code userPrincipalName}, no other attribute), for
     * the hybrid directory: a cloud account's on-premises source.
     */
    CompletableFuture<Optional<DirectoryUser>> findByUpn(String upn) {
        if (upn == null || upn.isBlank() || upn.length() > MAX_IDENTIFIER) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return run("find by UPN", () -> {
            SearchRequest search = new SearchRequest(properties.baseDn(), SearchScope.SUB, Filter.createANDFilter(
                    Filter.create(PERSON), Filter.createEqualityFilter("userPrincipalName", upn)), attributes());
            search.setSizeLimit(2);
            List<SearchResultEntry> entries = pool.search(search).getSearchEntries();
            if (entries.size() != 1) {
                return Optional.empty();
            }
            return Optional.of(user(entries.get(0), administrator(entries.get(0).getDN())));
        });
    }

    /** Whether {@code typed} is a DN under the base DN, which is how this directory names its accounts. */
    private boolean ownId(String typed) {
        try {
            return DN.isValidDN(typed) && new DN(typed).isDescendantOf(properties.baseDn(), false);
        } catch (LDAPException e) {
            return false;
        }
    }

    @Override
    public CompletableFuture<Void> resetPassword(String userId, String newPassword, boolean mustChangeAtNextLogin) {
        return run("password reset", () -> {
            if (flavor == LdapFlavor.ACTIVE_DIRECTORY) {
                List<Modification> changes = new ArrayList<>();
                byte[] quoted = ("\"" + newPassword + "\"").getBytes(StandardCharsets.UTF_16LE);
                changes.add(new Modification(ModificationType.REPLACE, "unicodePwd", quoted));
                if (mustChangeAtNextLogin) {
                    changes.add(new Modification(ModificationType.REPLACE, "pwdLastSet", "0"));
                }
                ModifyRequest modify = new ModifyRequest(userId, changes);
                modify.addControl(new Control(POLICY_HINTS_OID, false,
                        new ASN1OctetString(new ASN1Sequence(new ASN1Integer(1)).encode())));
                change(modify);
            } else {
                PasswordModifyExtendedRequest request = new PasswordModifyExtendedRequest(userId, (String) null,
                        newPassword, new Control[] {new DraftBeheraLDAPPasswordPolicy10RequestControl()});
                sent(connection -> connection.processExtendedOperation(request));
                if (mustChangeAtNextLogin) {
                    try {
                        change(new ModifyRequest(userId, new Modification(ModificationType.REPLACE, "pwdReset",
                                "TRUE")));
                    } catch (DirectoryFailure failure) {
                        // The password is set: saying it isn't would be false. The admin learns what is missing.
                        log.warn("LDAP: the temporary password is set but pwdReset could not be: {} (give the"
                                + " service account write access to pwdReset)", failure.detail());
                    }
                }
            }
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> unlock(String userId) {
        return run("unlock", () -> {
            if (flavor == LdapFlavor.ACTIVE_DIRECTORY) {
                change(new ModifyRequest(userId, new Modification(ModificationType.REPLACE, "lockoutTime", "0")));
            } else {
                // ppolicy forgets the failures itself; an account without the attribute is not locked: done.
                change(new ModifyRequest(userId, new Modification(ModificationType.DELETE, "pwdAccountLockedTime")),
                        true);
            }
            return null;
        });
    }

    @Override
    public CompletableFuture<List<DirectoryUser>> administrators() {
        return run("administrators", () -> {
            Map<String, DirectoryUser> found = new LinkedHashMap<>();
            for (SearchResultEntry entry : administratorEntries()) {
                DirectoryUser user = user(entry, true);
                if (user.enabled() && entry.getAttributeValue("mail") != null) {
                    found.putIfAbsent(user.id(), user);
                }
            }
            return List.copyOf(found.values());
        });
    }

    private List<SearchResultEntry> administratorEntries() throws LDAPException {
        if (flavor == LdapFlavor.ACTIVE_DIRECTORY) {
            List<Filter> any = new ArrayList<>();
            properties.adminGroups().forEach(group -> any.add(memberInChain(group)));
            if (any.isEmpty()) {
                any.add(Filter.createEqualityFilter("adminCount", "1"));
            }
            Filter filter = Filter.createANDFilter(Filter.create(PERSON),
                    Filter.createPresenceFilter("mail"), Filter.createORFilter(any));
            SearchRequest search = new SearchRequest(properties.baseDn(), SearchScope.SUB, filter, attributes());
            search.setSizeLimit(MAX_ADMINISTRATORS);
            return pool.search(search).getSearchEntries();
        }
        // OpenLDAP: the groups' members, following groups inside groups
        List<SearchResultEntry> members = new ArrayList<>();
        Set<String> seenGroups = new HashSet<>();
        Set<String> seenMembers = new HashSet<>();
        Deque<String> groups = new ArrayDeque<>(properties.adminGroups());
        while (!groups.isEmpty() && seenGroups.size() < MAX_GROUPS) {
            String group = groups.pop();
            if (!seenGroups.add(normalized(group))) {
                continue;
            }
            SearchResultEntry entry = pool.getEntry(group, "member", "uniqueMember");
            if (entry == null) {
                log.warn("LDAP: admin group {} does not exist", group);
                continue;
            }
            for (String dn : memberDns(entry)) {
                SearchResultEntry member = pool.getEntry(dn, attributes());
                if (member == null) {
                    continue;
                }
                if (member.hasObjectClass("groupOfNames") || member.hasObjectClass("groupOfUniqueNames")) {
                    groups.add(dn);
                } else if (seenMembers.add(normalized(dn)) && members.size() < MAX_ADMINISTRATORS) {
                    members.add(member);
                }
            }
        }
        return members;
    }

    /** Active Directory: a member of the group, directly or through groups inside it. */
    private static Filter memberInChain(String group) {
        return Filter.createExtensibleMatchFilter("memberOf", IN_CHAIN, false, group);
    }

    private static List<String> memberDns(SearchResultEntry group) {
        List<String> dns = new ArrayList<>();
        for (String attribute : List.of("member", "uniqueMember")) {
            String[] values = group.getAttributeValues(attribute);
            if (values != null) {
                dns.addAll(List.of(values));
            }
        }
        return dns;
    }

    /**
     * Active Directory's protected groups (Domain Admins, Administrators, Account Operators, ...: the groups with
     * {@code adminCount=1} in the domain), read once. Their members are administrators even where nothing has set
     * their own {@code adminCount} yet (AD does so only hourly; Samba not at all).
     */
    private List<String> protectedGroups() throws LDAPException {
        List<String> groups = protectedGroups;
        if (groups == null) {
            String domain = pool.getRootDSE().getAttributeValue("defaultNamingContext");
            groups = domain == null ? List.of() : pool.search(domain, SearchScope.SUB,
                    Filter.create("(&(objectClass=group)(adminCount=1))"), "1.1").getSearchEntries().stream()
                    .map(SearchResultEntry::getDN).toList();
            protectedGroups = groups;
        }
        return groups;
    }

    /**
     * Where groups are searched on OpenLDAP: the naming context that holds the base DN (groups usually live beside
     * the people, not under them), read once; the base DN when the server names no context.
     */
    private String searchRoot() throws LDAPException {
        String root = searchRoot;
        if (root == null) {
            root = properties.baseDn();
            String[] contexts = pool.getRootDSE().getNamingContextDNs();
            for (String context : contexts == null ? new String[0] : contexts) {
                if (new DN(properties.baseDn()).isDescendantOf(context, true)) {
                    root = context;
                }
            }
            searchRoot = root;
        }
        return root;
    }

    /**
     * Whether the account is an administrator: on Active Directory {@code adminCount=1} or a member of a protected
     * group or a configured one; on OpenLDAP a member of a configured group. Nested membership counts.
     */
    private boolean administrator(String dn) throws LDAPException {
        if (flavor == LdapFlavor.ACTIVE_DIRECTORY) {
            List<Filter> any = new ArrayList<>();
            any.add(Filter.createEqualityFilter("adminCount", "1"));
            properties.adminGroups().forEach(group -> any.add(memberInChain(group)));
            protectedGroups().forEach(group -> any.add(memberInChain(group)));
            SearchRequest search = new SearchRequest(dn, SearchScope.BASE, Filter.createORFilter(any), "1.1");
            return pool.search(search).getEntryCount() == 1;
        }
        Set<String> admins = new HashSet<>();
        properties.adminGroups().forEach(group -> admins.add(normalized(group)));
        if (admins.isEmpty()) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        List<String> level = List.of(dn);
        for (int depth = 0; depth < MAX_NESTING && !level.isEmpty(); depth++) {
            List<Filter> anyMember = new ArrayList<>();
            for (String member : level) {
                anyMember.add(Filter.createEqualityFilter("member", member));
                anyMember.add(Filter.createEqualityFilter("uniqueMember", member));
            }
            List<String> next = new ArrayList<>();
            for (SearchResultEntry group : pool.search(searchRoot(), SearchScope.SUB,
                    Filter.createORFilter(anyMember), "1.1").getSearchEntries()) {
                if (admins.contains(normalized(group.getDN()))) {
                    return true;
                }
                if (seen.add(normalized(group.getDN()))) {
                    next.add(group.getDN());
                }
            }
            level = next;
        }
        return false;
    }

    private DirectoryUser user(SearchResultEntry entry, boolean administrator) {
        String email = attribute(entry, properties.alternateEmailAttribute());
        String mobile = attribute(entry, properties.mobileAttribute());
        DirectoryUser.Contacts contacts = new DirectoryUser.Contacts(email, mobile == null ? null
                : mobile.replaceAll("[\\s().-]", ""));
        if (flavor == LdapFlavor.ACTIVE_DIRECTORY) {
            long control = longValue(entry, "userAccountControl");
            long computed = longValue(entry, "msDS-User-Account-Control-Computed");
            boolean locked = (computed & LOCKED_OUT) != 0
                    || entry.getAttribute("msDS-User-Account-Control-Computed") == null
                    && longValue(entry, "lockoutTime") > 0;
            String upn = firstOf(entry, "userPrincipalName", "sAMAccountName");
            return new DirectoryUser(entry.getDN(), upn, firstOf(entry, "displayName", "cn"),
                    entry.getAttributeValue("givenName"), entry.getAttributeValue("sn"),
                    entry.getAttributeValue("employeeID"), entry.getAttributeValue("preferredLanguage"), contacts,
                    administrator, entry.getAttribute("userAccountControl") != null
                            && (control & ACCOUNT_DISABLED) == 0, locked, false);
        }
        String lockedTime = entry.getAttributeValue("pwdAccountLockedTime");
        return new DirectoryUser(entry.getDN(), firstOf(entry, "mail", "uid"), firstOf(entry, "displayName", "cn"),
                entry.getAttributeValue("givenName"), entry.getAttributeValue("sn"),
                entry.getAttributeValue("employeeNumber"), entry.getAttributeValue("preferredLanguage"), contacts,
                administrator, !PERMANENTLY_LOCKED.equals(lockedTime),
                lockedTime != null && !PERMANENTLY_LOCKED.equals(lockedTime), false);
    }

    private String[] attributes() {
        List<String> names = new ArrayList<>(List.of("cn", "displayName", "givenName", "sn", "mail",
                "preferredLanguage", "objectClass"));
        if (flavor == LdapFlavor.ACTIVE_DIRECTORY) {
            names.addAll(List.of("userPrincipalName", "sAMAccountName", "employeeID", "userAccountControl",
                    "lockoutTime", "msDS-User-Account-Control-Computed"));
        } else {
            names.addAll(List.of("uid", "employeeNumber", "pwdAccountLockedTime"));
        }
        names.add(properties.mobileAttribute());
        if (properties.alternateEmailAttribute() != null) {
            names.add(properties.alternateEmailAttribute());
        }
        return names.toArray(String[]::new);
    }

    private void change(ModifyRequest modify) {
        change(modify, false);
    }

    private void change(ModifyRequest modify, boolean absentIsDone) {
        try {
            sent(connection -> connection.modify(modify));
        } catch (DirectoryFailure failure) {
            if (!(absentIsDone && failure.detail().contains(ResultCode.NO_SUCH_ATTRIBUTE.getName()))) {
                throw failure;
            }
        }
    }

    /** One change on one connection: a failure to get the connection changed nothing; after sending, it may have. */
    private void sent(Operation operation) {
        LDAPConnection connection;
        try {
            connection = pool.getConnection();
        } catch (LDAPException e) {
            throw new DirectoryFailure(DirectoryFailure.Reason.UNAVAILABLE, "no LDAP server answered: "
                    + e.getResultCode().getName(), null, null);
        }
        boolean defunct = false;
        try {
            LDAPResult result = operation.on(connection);
            check(result);
        } catch (LDAPException e) {
            // after a timeout the late answer could still arrive on this connection: it is not reused
            defunct = e.getResultCode() == ResultCode.TIMEOUT || !e.getResultCode().isConnectionUsable();
            if (defunct) {
                throw new DirectoryFailure(DirectoryFailure.Reason.OUTCOME_UNKNOWN, "LDAP change sent, no answer: "
                        + e.getResultCode().getName(), null, null);
            }
            check(e.toLDAPResult());
        } finally {
            if (defunct) {
                pool.releaseDefunctConnection(connection);
            } else {
                pool.releaseConnection(connection);
            }
        }
    }

    /** Maps a refused change to the port's failures; the diagnostic message goes to the log, not to the user. */
    private static void check(LDAPResult result) {
        ResultCode code = result.getResultCode();
        if (code == ResultCode.SUCCESS) {
            return;
        }
        String message = result.getDiagnosticMessage() == null ? "" : result.getDiagnosticMessage();
        String detail = code.getName() + (message.isEmpty() ? "" : " (" + message + ")");
        DirectoryFailure.Reason reason = switch (code.intValue()) {
            case ResultCode.CONSTRAINT_VIOLATION_INT_VALUE -> ppolicyOrAd(result, message)
                    ? DirectoryFailure.Reason.POLICY_VIOLATION : DirectoryFailure.Reason.UNAVAILABLE;
            case ResultCode.INSUFFICIENT_ACCESS_RIGHTS_INT_VALUE -> DirectoryFailure.Reason.INSUFFICIENT_PRIVILEGES;
            case ResultCode.NO_SUCH_OBJECT_INT_VALUE -> DirectoryFailure.Reason.NOT_FOUND;
            case ResultCode.UNWILLING_TO_PERFORM_INT_VALUE -> message.contains(AD_POLICY_ERROR)
                    ? DirectoryFailure.Reason.POLICY_VIOLATION : DirectoryFailure.Reason.UNAVAILABLE;
            default -> DirectoryFailure.Reason.UNAVAILABLE;
        };
        throw new DirectoryFailure(reason, "LDAP " + detail, null, null);
    }

    /**
     * Whether a constraint violation is the password policy's: Active Directory's {@code 0000052D} or a ppolicy
     * response control with an error (a quality, length, history or age refusal).
     */
    private static boolean ppolicyOrAd(LDAPResult result, String message) {
        if (message.contains(AD_POLICY_ERROR)) {
            return true;
        }
        try {
            DraftBeheraLDAPPasswordPolicy10ResponseControl policy =
                    DraftBeheraLDAPPasswordPolicy10ResponseControl.get(result);
            return policy != null && policy.getErrorType() != null;
        } catch (LDAPException undecodable) {
            return false;
        }
    }

    private <T> CompletableFuture<T> run(String what, Call<T> call) {
        long queued = System.nanoTime();
        try {
            return CompletableFuture.supplyAsync(() -> {
                if (System.nanoTime() - queued > longestWaitNanos) {
                    throw new DirectoryFailure(DirectoryFailure.Reason.UNAVAILABLE, "LDAP " + what
                            + ": waited too long for a thread; not sent");
                }
                try {
                    return call.run();
                } catch (LDAPException e) {
                    log.warn("LDAP {} failed: {}", what, e.getResultCode().getName());
                    throw e.getResultCode() == ResultCode.NO_SUCH_OBJECT
                            ? new DirectoryFailure(DirectoryFailure.Reason.NOT_FOUND, "LDAP " + what + ": no such entry")
                            : new DirectoryFailure(DirectoryFailure.Reason.UNAVAILABLE, "LDAP " + what + ": "
                                    + e.getResultCode().getName(), null, null);
                } catch (DirectoryFailure failure) {
                    log.warn("LDAP {} failed: {}", what, failure.detail());
                    throw failure;
                }
            }, LogContext.carrying(calls));
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new DirectoryFailure(DirectoryFailure.Reason.UNAVAILABLE,
                    "LDAP calls are all busy"));
        }
    }

    private static String normalized(String dn) {
        try {
            return new DN(dn).toNormalizedString();
        } catch (LDAPException e) {
            return dn.toLowerCase(Locale.ROOT);
        }
    }

    private static String attribute(SearchResultEntry entry, String name) {
        return name == null ? null : entry.getAttributeValue(name);
    }

    private static String firstOf(SearchResultEntry entry, String... names) {
        for (String name : names) {
            String value = entry.getAttributeValue(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return entry.getDN();
    }

    private static long longValue(SearchResultEntry entry, String name) {
        Long value = entry.getAttributeValueAsLong(name);
        return value == null ? 0 : value;
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws LDAPException;
    }

    @FunctionalInterface
    private interface Operation {
        LDAPResult on(LDAPConnection connection) throws LDAPException;
    }

    /** For the configuration: stop what is running and close the connections. */
    void close() {
        calls.shutdownNow();
        pool.close();
    }
}
