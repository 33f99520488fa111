package org.resetdesk.directory.entra;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import org.resetdesk.directory.DirectoryAdapter;
import org.resetdesk.directory.DirectoryFailure;
import org.resetdesk.directory.DirectoryUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Entra ID through Microsoft Graph, app-only. Finds accounts by UPN, mail, employee id or object id, reading only the
 * properties it uses; their reset contacts come from the authentication methods API, and administrators are the
 * holders of any role Entra's two-gate policy covers ({@link AdminRoles}). Resets with {@code passwordProfile} and
 * maps Graph's answers to the port's typed failures. Graph cannot clear a smart lockout, so {@link #unlock} always
 * fails and says why. Thread-safe.
 */
final class EntraDirectory implements DirectoryAdapter {

    private static final Logger log = LoggerFactory.getLogger(EntraDirectory.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern OBJECT_ID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final String SELECT = "$select=id,userPrincipalName,displayName,givenName,surname,employeeId,"
            + "preferredLanguage,accountEnabled,onPremisesSyncEnabled,mail";
    /** Longer than any UPN, mail or employee id Entra allows: not looked up. */
    private static final int MAX_IDENTIFIER = 256;
    /** Pages of one list followed at most. */
    private static final int MAX_PAGES = 20;
    private static final int MAX_GROUPS = 20;

    private final GraphHttp graph;
    private final List<String> noticeRoles;

    EntraDirectory(GraphHttp graph, List<String> noticeRoles) {
        this.graph = graph;
        this.noticeRoles = List.copyOf(noticeRoles);
    }

    @Override
    public CompletableFuture<Optional<DirectoryUser>> find(String identifier) {
        String wanted = identifier == null ? "" : identifier.strip();
        if (wanted.isEmpty() || wanted.length() > MAX_IDENTIFIER) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        CompletableFuture<Optional<JsonNode>> user = OBJECT_ID.matcher(wanted).matches()
                ? graph.get("/v1.0/users/" + wanted + "?" + SELECT, false).thenApply(this::single)
                : graph.get("/v1.0/users?$count=true&" + SELECT + "&$filter=" + encode(filterFor(wanted)), true)
                        .thenApply(this::onlyMatch);
        return user.thenCompose(found -> found.map(json -> complete(json).thenApply(Optional::of))
                .orElseGet(() -> CompletableFuture.completedFuture(Optional.empty())));
    }

    /**
     * The OData filter for a typed name: every {@code '} doubled, so what the user typed stays one string literal
     * and can neither break nor widen the query; the whole filter is then URL-encoded.
     */
    static String filterFor(String typed) {
        String literal = "'" + typed.replace("'", "''") + "'";
        return "userPrincipalName eq " + literal + " or mail eq " + literal + " or employeeId eq " + literal;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Optional<JsonNode> single(GraphHttp.Answer answer) {
        if (answer.status() == 404) {
            return Optional.empty();
        }
        requireOk(answer, "find");
        return Optional.of(answer.body());
    }

    private Optional<JsonNode> onlyMatch(GraphHttp.Answer answer) {
        requireOk(answer, "find");
        JsonNode values = answer.body().path("value");
        if (values.size() > 1) {
            // Two accounts share the name (a UPN equal to another's mail, say): changing either could be wrong.
            log.warn("Graph find: {} accounts match one name; none is used (request-id {})", values.size(),
                    answer.requestId());
            return Optional.empty();
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The account with its reset contacts and whether it is an administrator, read at the same time. */
    private CompletableFuture<DirectoryUser> complete(JsonNode user) {
        String id = user.path("id").asString();
        CompletableFuture<GraphHttp.Answer> phones = graph.get("/v1.0/users/" + id + "/authentication/phoneMethods",
                false);
        CompletableFuture<GraphHttp.Answer> emails = graph.get("/v1.0/users/" + id + "/authentication/emailMethods",
                false);
        CompletableFuture<GraphHttp.Answer> roles = graph.get("/v1.0/users/" + id
                + "/transitiveMemberOf/microsoft.graph.directoryRole?$select=roleTemplateId,displayName", false);
        return CompletableFuture.allOf(phones, emails, roles).thenApply(done -> {
            requireOk(phones.getNow(null), "phone methods");
            requireOk(emails.getNow(null), "email methods");
            requireOk(roles.getNow(null), "roles");
            return user(user, contacts(phones.getNow(null).body(), emails.getNow(null).body()),
                    administrator(roles.getNow(null).body()));
        });
    }

    private static DirectoryUser.Contacts contacts(JsonNode phones, JsonNode emails) {
        String mobile = null;
        String alternateMobile = null;
        for (JsonNode phone : phones.path("value")) {
            String type = phone.path("phoneType").asString("");
            if ("mobile".equals(type)) {
                mobile = phone.path("phoneNumber").asString(null);
            } else if ("alternateMobile".equals(type)) {
                alternateMobile = phone.path("phoneNumber").asString(null);
            }
        }
        mobile = mobile != null ? mobile : alternateMobile;
        String email = null;
        for (JsonNode address : emails.path("value")) {
            email = email == null ? address.path("emailAddress").asString(null) : email;
        }
        return new DirectoryUser.Contacts(email, mobile);
    }

    /**
     * Whether any role makes the user an administrator. Fails closed: a role Graph returns without its template id
     * and name (the app may lack the permission to read roles) counts as an administrator's, so that an
     * administrator is never reset through the employee path.
     */
    private static boolean administrator(JsonNode roles) {
        for (JsonNode role : roles.path("value")) {
            String templateId = role.path("roleTemplateId").asString(null);
            String name = role.path("displayName").asString(null);
            if (templateId == null && name == null || AdminRoles.isAdministrative(templateId, name)) {
                return true;
            }
        }
        return false;
    }

    private static DirectoryUser user(JsonNode user, DirectoryUser.Contacts contacts, boolean administrator) {
        String language = user.path("preferredLanguage").asString("");
        return new DirectoryUser(user.path("id").asString(), user.path("userPrincipalName").asString(),
                user.path("displayName").asString(null), user.path("givenName").asString(null),
                user.path("surname").asString(null), user.path("employeeId").asString(null),
                language.isEmpty() ? null : language.substring(0, Math.min(2, language.length()))
                        .toLowerCase(Locale.ROOT),
                contacts, administrator, user.path("accountEnabled").asBoolean(false), false,
                user.path("onPremisesSyncEnabled").asBoolean(false));
    }

    @Override
    public CompletableFuture<Void> ready() {
        return graph.ready();
    }

    @Override
    public CompletableFuture<Void> resetPassword(String userId, String newPassword, boolean mustChangeAtNextLogin) {
        var body = JSON.createObjectNode();
        body.putObject("passwordProfile").put("password", newPassword)
                .put("forceChangePasswordNextSignIn", mustChangeAtNextLogin);
        return graph.patch("/v1.0/users/" + encode(userId), body.toString()).thenAccept(answer -> {
            if (!answer.ok()) {
                throw failure(answer, "reset");
            }
        });
    }

    @Override
    public CompletableFuture<List<DirectoryUser>> administrators() {
        List<CompletableFuture<List<JsonNode>>> members = new ArrayList<>();
        for (String role : noticeRoles) {
            String path = "/v1.0/directoryRoles(roleTemplateId='" + role.replace("'", "''") + "')/members";
            members.add(allPages(path + "/microsoft.graph.user?" + SELECT, new ArrayList<>(), 1));
            members.add(allPages(path + "/microsoft.graph.group?$select=id", new ArrayList<>(), 1)
                    .thenCompose(this::usersOfGroups));
        }
        return CompletableFuture.allOf(members.toArray(CompletableFuture[]::new)).thenApply(done -> {
            Map<String, DirectoryUser> admins = new LinkedHashMap<>();
            for (CompletableFuture<List<JsonNode>> role : members) {
                for (JsonNode member : role.getNow(List.of())) {
                    // The notice goes to the administrator's own mailbox.
                    DirectoryUser.Contacts mailbox = new DirectoryUser.Contacts(member.path("mail").asString(null),
                            null);
                    DirectoryUser admin = user(member, mailbox, true);
                    if (admin.enabled()) {
                        admins.putIfAbsent(admin.id(), admin);
                    }
                }
            }
            return List.copyOf(admins.values());
        });
    }

    /**
     * The users in role-assignable groups, nested groups included, so that an administrator who holds the role
     * through a group gets the notice too (at most {@value #MAX_GROUPS} groups per role).
     */
    private CompletableFuture<List<JsonNode>> usersOfGroups(List<JsonNode> groups) {
        List<CompletableFuture<List<JsonNode>>> users = groups.stream()
                .map(group -> group.path("id").asString(""))
                .filter(id -> OBJECT_ID.matcher(id).matches())
                .limit(MAX_GROUPS)
                .map(id -> allPages("/v1.0/groups/" + id + "/transitiveMembers/microsoft.graph.user?" + SELECT,
                        new ArrayList<>(), 1).exceptionally(error -> {
                            // One unreadable group (deleted meanwhile, or GroupMember.Read.All not granted) must
                            // not cost the notice to everyone else.
                            log.warn("The members of role group {} could not be read for the administrator notice: {}",
                                    id, error.getMessage());
                            return List.of();
                        }))
                .toList();
        if (groups.size() > MAX_GROUPS) {
            log.warn("A notice role is held through {} groups; only the first {} are read", groups.size(), MAX_GROUPS);
        }
        return CompletableFuture.allOf(users.toArray(CompletableFuture[]::new)).thenApply(done -> users.stream()
                .flatMap(group -> group.getNow(List.of()).stream()).toList());
    }

    /** Every page of a list, following {@code @odata.nextLink} (only on the Graph host, at most 20 pages). */
    private CompletableFuture<List<JsonNode>> allPages(String path, List<JsonNode> so, int page) {
        return graph.get(path, false).thenCompose(answer -> {
            requireOk(answer, "administrators");
            answer.body().path("value").forEach(so::add);
            String next = answer.body().path("@odata.nextLink").asString("");
            String base = graph.base();
            if (next.startsWith(base + "/") && page < MAX_PAGES) {
                return allPages(next.substring(base.length()), so, page + 1);
            }
            return CompletableFuture.completedFuture(so);
        });
    }

    @Override
    public boolean unlocks() {
        return false;
    }

    /** Graph cannot clear a cloud smart lockout (it ends by itself); the flow says so and offers a reset. */
    @Override
    public CompletableFuture<Void> unlock(String userId) {
        return CompletableFuture.failedFuture(new DirectoryFailure(DirectoryFailure.Reason.UNSUPPORTED,
                "Entra ID offers no call that clears a smart lockout"));
    }

    private static void requireOk(GraphHttp.Answer answer, String operation) {
        if (!answer.ok()) {
            throw failure(answer, operation);
        }
    }

    /** Graph's answer as one of the port's typed failures; the detail for the admin's log, never for the user. */
    static DirectoryFailure failure(GraphHttp.Answer answer, String operation) {
        String error = answer.error();
        String lower = error.toLowerCase(Locale.ROOT);
        String detail = "Graph " + operation + ": " + answer.status() + " " + error.strip() + " (request-id "
                + answer.requestId() + ", client-request-id " + answer.clientRequestId() + ")";
        DirectoryFailure.Reason reason;
        if (answer.status() == 400 && lower.contains("password") && (lower.contains("complexity")
                || lower.contains("requirement") || lower.contains("policy"))) {
            reason = DirectoryFailure.Reason.POLICY_VIOLATION;
        } else if (answer.status() == 400 && (lower.contains("on-premises") || lower.contains("on premises"))) {
            reason = DirectoryFailure.Reason.SYNCED_ACCOUNT;
        } else if (answer.status() == 403) {
            reason = DirectoryFailure.Reason.INSUFFICIENT_PRIVILEGES;
        } else if (answer.status() == 404) {
            reason = DirectoryFailure.Reason.NOT_FOUND;
        } else if (answer.status() == 429) {
            log.warn("{}", detail);
            return new DirectoryFailure(DirectoryFailure.Reason.THROTTLED, detail,
                    answer.retryAfter().orElse(null), null);
        } else {
            reason = DirectoryFailure.Reason.UNAVAILABLE;
        }
        log.warn("{}", detail);
        return new DirectoryFailure(reason, detail);
    }
}
