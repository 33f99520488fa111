package org.resetdesk.admin;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.resetdesk.password.PasswordEvaluation;
import org.resetdesk.password.PasswordPolicy;
import org.resetdesk.password.PasswordUser;
import org.resetdesk.text.Language;
import org.resetdesk.text.MessageCatalog;
import org.resetdesk.web.RequestBodies;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lets an administrator try a password against the active policy, with the reasons in English. Exists only when
 * {@code resetdesk.admin.token} is set. The token is checked before the body is read; the password is never logged
 * or echoed, and a body that cannot be read gets a fixed message rather than the parser's (which may quote it).
 */
@RestController
@Conditional(AdminTokenConfigured.class)
class PasswordCheckController {

    static final int MAX_BODY_SIZE = 16 * 1024;

    private final AdminToken token;
    private final PasswordPolicy policy;
    private final MessageCatalog messages;
    private final JsonMapper json;

    PasswordCheckController(AdminProperties properties, PasswordPolicy policy, MessageCatalog messages,
            JsonMapper json) {
        this.token = new AdminToken(properties.token());
        this.policy = policy;
        this.messages = messages;
        this.json = json;
    }

    @PostMapping("/admin/api/password-policy/check")
    ResponseEntity<?> check(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            HttpServletRequest request) throws IOException {
        if (!token.accepts(authorization)) {
            return ResponseEntity.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"resetdesk-admin\"")
                    .body(error("A valid admin Bearer token is required"));
        }
        PasswordCheckRequest body;
        try {
            body = json.readValue(RequestBodies.readUtf8(request.getInputStream(), MAX_BODY_SIZE),
                    PasswordCheckRequest.class);
        } catch (RequestBodies.TooLargeException e) {
            return ResponseEntity.status(413).body(error(e.getMessage()));
        } catch (JacksonException e) {
            return ResponseEntity.badRequest().body(error("The body is not valid JSON of the form "
                    + "{\"password\": \"...\", \"user\": {\"firstName\": \"...\", \"lastName\": \"...\", \"upn\": \"...\"}}"));
        }
        if (body == null || body.password() == null) {
            return ResponseEntity.badRequest().body(error("'password' is required"));
        }
        PasswordCheckRequest.User user = body.user();
        PasswordUser passwordUser = user == null ? PasswordUser.unknown()
                : new PasswordUser(user.firstName(), user.lastName(), user.upn());
        PasswordEvaluation evaluation = policy.evaluate(body.password(), passwordUser, Boolean.TRUE.equals(body.mfa()));
        return ResponseEntity.ok(new PasswordCheckResponse(evaluation.accepted(), evaluation.score(),
                evaluation.rejections().stream().map(r -> new PasswordCheckResponse.Reason(r.rule(),
                        messages.text(Language.EN, r.messageKey(), r.args()))).toList()));
    }

    private static Map<String, String> error(String message) {
        return Map.of("error", message);
    }
}
