package org.resetdesk.directory.entra;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import org.resetdesk.directory.ContactWriter;
import org.resetdesk.directory.DirectoryFailure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a confirmed alternate email or mobile phone to the user's Entra authentication methods, so it works in
 * Microsoft's own SSPR as well: the existing email method or mobile phone method is updated, or one is added.
 * Needs the application permission {@code UserAuthenticationMethod.ReadWrite.All} (and, for administrators, the
 * Privileged Authentication Administrator role). Thread-safe.
 */
final class GraphContactWriter implements ContactWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final GraphHttp graph;

    GraphContactWriter(GraphHttp graph) {
        this.graph = graph;
    }

    @Override
    public CompletableFuture<Void> write(String userId, Kind kind, String value) {
        String methods = "/v1.0/users/" + EntraDirectory.encode(userId) + "/authentication/"
                + (kind == Kind.EMAIL ? "emailMethods" : "phoneMethods");
        ObjectNode body = JSON.createObjectNode();
        if (kind == Kind.EMAIL) {
            body.put("emailAddress", value);
        } else {
            body.put("phoneNumber", graphPhone(value)).put("phoneType", "mobile");
        }
        return graph.get(methods, false).thenCompose(list -> {
            if (!list.ok()) {
                throw EntraDirectory.failure(list, "read " + kind);
            }
            Optional<String> existing = existing(list.body(), kind);
            CompletableFuture<GraphHttp.Answer> change = existing.isPresent()
                    ? graph.patch(methods + "/" + EntraDirectory.encode(existing.get()), body.toString())
                    : graph.post(methods, body.toString());
            return change.thenAccept(answer -> {
                if (!answer.ok()) {
                    throw EntraDirectory.failure(answer, "write " + kind);
                }
            });
        });
    }

    /** The id of the method to replace: the email method, or the phone method of type mobile. */
    private static Optional<String> existing(JsonNode methods, Kind kind) {
        for (JsonNode method : methods.path("value")) {
            if (kind == Kind.EMAIL || "mobile".equals(method.path("phoneType").asString(""))) {
                return Optional.ofNullable(method.path("id").asString(null));
            }
        }
        return Optional.empty();
    }

    /** Graph's form of a phone number: the country code, a space, the national number ({@code +40 721000099}). */
    static String graphPhone(String e164) {
        try {
            Phonenumber.PhoneNumber number = PHONES.parse(e164, "ZZ");
            return "+" + number.getCountryCode() + " " + PHONES.getNationalSignificantNumber(number);
        } catch (NumberParseException e) {
            throw new DirectoryFailure(DirectoryFailure.Reason.UNAVAILABLE, "not a phone number in E.164 form", null,
                    e);
        }
    }
}
