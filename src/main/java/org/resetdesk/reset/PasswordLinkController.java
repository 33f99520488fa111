package org.resetdesk.reset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.http.HttpServletRequest;

import org.resetdesk.text.Language;
import org.resetdesk.text.MessageCatalog;
import org.resetdesk.web.FormBodies;
import org.resetdesk.web.RequestBodies;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * {@code /password/{token}}: the page behind a {@linkplain PasswordLinks single-use link}, where a verified user
 * types the new password outside the chat. The change goes through {@link PasswordChanges} like a change in the
 * chat, so it still needs the conversation's verified session; a successful change uses the link up.
 *
 * <p>The token is in the address, so no response is cached or sends a referrer. The body is read with a size limit
 * before anything is parsed; the password is never logged or written into a page.
 */
@Controller
class PasswordLinkController {

    static final int MAX_BODY_SIZE = 16 * 1024;

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final PasswordLinks links;
    private final PasswordChanges changes;
    private final MessageCatalog messages;
    private final PasswordLinkPage page;

    PasswordLinkController(PasswordLinks links, PasswordChanges changes, MessageCatalog messages) {
        this.links = links;
        this.changes = changes;
        this.messages = messages;
        this.page = new PasswordLinkPage(messages);
    }

    @GetMapping(PasswordLinks.PATH + "{token}")
    ResponseEntity<String> show(@PathVariable String token,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Optional<PasswordLinks.Link> link = links.find(token);
        if (link.isEmpty()) {
            return invalid(browserLanguage(acceptLanguage));
        }
        return form(HttpStatus.OK, link.get().language(), List.of());
    }

    @PostMapping(PasswordLinks.PATH + "{token}")
    CompletableFuture<ResponseEntity<String>> submit(@PathVariable String token,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            HttpServletRequest request) throws IOException {
        Optional<PasswordLinks.Link> found = links.find(token);
        if (found.isEmpty()) {
            return CompletableFuture.completedFuture(invalid(browserLanguage(acceptLanguage)));
        }
        Language language = found.get().language();
        Map<String, String> fields;
        try {
            fields = readForm(request);
        } catch (RequestBodies.TooLargeException e) {
            return mismatch(HttpStatus.CONTENT_TOO_LARGE, language);
        } catch (FormBodies.MalformedFormException e) {
            return mismatch(HttpStatus.BAD_REQUEST, language);
        }
        String password = fields.getOrDefault("password", "");
        if (password.isBlank() || !password.equals(fields.get("confirm"))) {
            return mismatch(HttpStatus.BAD_REQUEST, language);
        }
        // Taken for this submit only: parallel submits of one link make at most one change.
        Optional<PasswordLinks.Link> taken = links.take(token);
        if (taken.isEmpty()) {
            return CompletableFuture.completedFuture(invalid(language));
        }
        PasswordLinks.Link link = taken.get();
        return changes.resetPasswordFromLink(link.caller(), link.session(), password, language)
                .thenApply(result -> outcome(token, link, result));
    }

    /** The form again, saying the fields were empty, different or not readable. */
    private CompletableFuture<ResponseEntity<String>> mismatch(HttpStatus status, Language language) {
        return CompletableFuture.completedFuture(form(status, language, List.of(text(language, "link.mismatch"))));
    }

    private ResponseEntity<String> outcome(String token, PasswordLinks.Link link, ChangeResult result) {
        Language language = link.language();
        if (result instanceof ChangeResult.Done) {
            return notice(HttpStatus.OK, language, text(language, "link.done"), "done");
        }
        if (result instanceof ChangeResult.Rejected rejected) {
            links.giveBack(token, link);
            return form(HttpStatus.UNPROCESSABLE_CONTENT, language, rejected.reasons());
        }
        if (result instanceof ChangeResult.Failed failed) {
            links.giveBack(token, link);
            return notice(HttpStatus.BAD_GATEWAY, language,
                    messages.text(language, "link.failed", Map.of("reference", failed.reference())), "failed");
        }
        // NotVerified (NothingToDo is for unlocks only): the session it was issued for ended, or another session
        // took its place, so the link can never work again and stays used up.
        return invalid(language);
    }

    private static Map<String, String> readForm(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_SIZE) {
            // Refused before reading a byte of it.
            throw new RequestBodies.TooLargeException(MAX_BODY_SIZE);
        }
        return FormBodies.readUtf8(request.getInputStream(), MAX_BODY_SIZE);
    }

    private ResponseEntity<String> form(HttpStatus status, Language language, List<String> problems) {
        return respond(status, page.form(language, changes.policySummary(language), problems));
    }

    private ResponseEntity<String> invalid(Language language) {
        return notice(HttpStatus.GONE, language, text(language, "link.invalid"), "invalid");
    }

    private ResponseEntity<String> notice(HttpStatus status, Language language, String message, String kind) {
        return respond(status, page.notice(language, message, kind));
    }

    private static ResponseEntity<String> respond(HttpStatus status, String html) {
        return ResponseEntity.status(status)
                .contentType(HTML)
                .cacheControl(CacheControl.noStore())
                .header("Referrer-Policy", "no-referrer")
                .body(html);
    }

    private String text(Language language, String key) {
        return messages.text(language, key, Map.of());
    }

    /** For a link that is gone, the language is unknown: the browser's first preference, else English. */
    private static Language browserLanguage(String acceptLanguage) {
        return acceptLanguage == null ? Language.EN
                : Language.fromLocale(acceptLanguage.split(",", 2)[0].split(";", 2)[0]).orElse(Language.EN);
    }
}
