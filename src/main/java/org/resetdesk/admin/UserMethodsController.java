package org.resetdesk.admin;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.http.HttpServletRequest;

import org.resetdesk.registration.MethodPrefill;
import org.resetdesk.web.RequestBodies;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code PUT /admin/api/users/{id}/methods}: an administrator pre-fills a user's alternate email and/or mobile phone
 * ({"alternateEmail": "...", "mobilePhone": "+40..."}), as Entra lets admins pre-populate authentication contact info.
 * Audited. Exists only when {@code resetdesk.admin.token} is set; needs it as a Bearer token.
 */
@RestController
@Conditional(AdminTokenConfigured.class)
class UserMethodsController {

    private static final int MAX_BODY_SIZE = 4 * 1024;
    private static final String FORM = "{\"alternateEmail\": \"name@example.net\", \"mobilePhone\": \"+40721000000\"}";

    private final AdminToken token;
    private final MethodPrefill prefill;
    private final JsonMapper json;

    UserMethodsController(AdminProperties properties, MethodPrefill prefill, JsonMapper json) {
        this.token = new AdminToken(properties.token());
        this.prefill = prefill;
        this.json = json;
    }

    /** The body; unknown fields are refused, so a typo such as "mobile" is not silently ignored. */
    record Body(String alternateEmail, String mobilePhone) {
        @Override
        public String toString() {
            return "Body[alternateEmail=" + (alternateEmail != null) + ", mobilePhone=" + (mobilePhone != null) + "]";
        }
    }

    @PutMapping("/admin/api/users/{id}/methods")
    CompletableFuture<ResponseEntity<?>> put(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @PathVariable("id") String id, HttpServletRequest request) throws IOException {
        if (!token.accepts(authorization)) {
            return CompletableFuture.completedFuture(AdminToken.unauthorized());
        }
        Body body;
        try {
            body = json.readerFor(Body.class)
                    .with(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(RequestBodies.readUtf8(request.getInputStream(), MAX_BODY_SIZE));
        } catch (RequestBodies.TooLargeException e) {
            return CompletableFuture.completedFuture(ResponseEntity.status(413).body(error(e.getMessage())));
        } catch (JacksonException e) {
            return CompletableFuture.completedFuture(ResponseEntity.badRequest()
                    .body(error("The body is not valid JSON of the form " + FORM)));
        }
        if (body == null || id.isBlank() || id.length() > 256) {
            return CompletableFuture.completedFuture(ResponseEntity.badRequest()
                    .body(error("Give a user id and a body of the form " + FORM)));
        }
        return prefill.prefill(id.strip(), body.alternateEmail(), body.mobilePhone())
                .thenApply(UserMethodsController::answer)
                .exceptionally(failure -> ResponseEntity.status(503).body(error(
                        "The directory or the store did not answer in time, so the change may not have been saved;"
                                + " try again in a few minutes.")));
    }

    private static ResponseEntity<?> answer(MethodPrefill.Result result) {
        if (result instanceof MethodPrefill.Result.Done done) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("user", done.userId());
            answer.put("alternateEmail", done.maskedEmail());
            answer.put("mobilePhone", done.maskedPhone());
            return ResponseEntity.ok(answer);
        }
        if (result instanceof MethodPrefill.Result.Invalid invalid) {
            return ResponseEntity.badRequest().body(error(invalid.reason()));
        }
        return ResponseEntity.status(404).body(error("No account has this id or name"));
    }

    private static Map<String, String> error(String message) {
        return Map.of("error", message);
    }
}
