package org.resetdesk.webchat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.http.HttpServletRequest;

import org.resetdesk.web.RequestBodies;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Direct Line 3.0 subset that {@code botframework-webchat} uses with polling ({@code webSocket: false}): tokens,
 * conversations, posting an activity and reading activities after a watermark. Every call but
 * {@code tokens/generate} needs the conversation's own Bearer token.
 */
@RestController
@RequestMapping("/v3/directline")
class DirectLineController {

    private final DirectLineTokens tokens;
    private final DirectLineConversations conversations;
    private final DirectLineService service;
    private final TokenRateLimiter rateLimiter;

    private final int maxActivitySize;

    DirectLineController(DirectLineTokens tokens, DirectLineConversations conversations, DirectLineService service,
            TokenRateLimiter rateLimiter, WebChatProperties properties) {
        this.tokens = tokens;
        this.conversations = conversations;
        this.service = service;
        this.rateLimiter = rateLimiter;
        this.maxActivitySize = properties.maxActivitySize();
    }

    @PostMapping("/tokens/generate")
    ResponseEntity<Map<String, Object>> generate(HttpServletRequest request) {
        if (!rateLimiter.tryAcquire(TokenRateLimiter.clientKey(request.getRemoteAddr()))) {
            return ResponseEntity.status(429)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(rateLimiter.secondsToNextWindow()))
                    .body(error("TooManyRequests", "Too many new conversations from this address; try again soon"));
        }
        DirectLineConversation conversation = conversations.open();
        String userId = "dl_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        return ResponseEntity.ok(grant(tokens.grant(conversation.id(), userId)));
    }

    @PostMapping("/tokens/refresh")
    Map<String, Object> refresh(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth) {
        DirectLineToken token = authenticate(auth);
        conversation(token, token.conversationId());
        return grant(tokens.grant(token.conversationId(), token.userId()));
    }

    @PostMapping("/conversations")
    ResponseEntity<Map<String, Object>> start(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth) {
        DirectLineToken token = authenticate(auth);
        conversation(token, token.conversationId());
        return ResponseEntity.status(201).body(describe(token, bearer(auth)));
    }

    @GetMapping("/conversations/{conversationId}")
    Map<String, Object> reconnect(@PathVariable String conversationId,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth) {
        DirectLineToken token = authenticate(auth);
        conversation(token, conversationId);
        return describe(token, bearer(auth));
    }

    @PostMapping("/conversations/{conversationId}/activities")
    CompletableFuture<Map<String, String>> post(@PathVariable String conversationId,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
            HttpServletRequest request) throws IOException {
        DirectLineToken token = authenticate(auth);
        DirectLineConversation conversation = conversation(token, conversationId);
        conversations.checkRoomForPost();
        String body;
        try {
            body = RequestBodies.readUtf8(request.getInputStream(), maxActivitySize);
        } catch (RequestBodies.TooLargeException e) {
            throw DirectLineException.tooLarge(e.getMessage());
        }
        return service.post(conversation, token, body).thenApply(id -> Map.of("id", id));
    }

    @GetMapping(path = "/conversations/{conversationId}/activities", produces = MediaType.APPLICATION_JSON_VALUE)
    String activities(@PathVariable String conversationId,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
            @RequestParam(required = false) String watermark) {
        DirectLineToken token = authenticate(auth);
        DirectLineConversation.Page page = conversation(token, conversationId).after(parseWatermark(watermark));
        return "{\"activities\":[" + String.join(",", page.activities()) + "],\"watermark\":\"" + page.watermark()
                + "\"}";
    }

    @ExceptionHandler(DirectLineException.class)
    ResponseEntity<Map<String, Object>> failed(DirectLineException e) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        if (e.retryAfterSeconds() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        }
        return response.body(error(e.code(), e.getMessage()));
    }

    private DirectLineToken authenticate(String authorization) {
        String bearer = bearer(authorization);
        if (bearer == null || bearer.isEmpty()) {
            throw DirectLineException.missingToken();
        }
        return tokens.verify(bearer).orElseThrow(DirectLineException::invalidToken);
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).trim();
    }

    private DirectLineConversation conversation(DirectLineToken token, String conversationId) {
        if (!token.conversationId().equals(conversationId)) {
            throw DirectLineException.forbidden();
        }
        return conversations.find(conversationId).orElseThrow(DirectLineException::notFound);
    }

    private static long parseWatermark(String watermark) {
        if (watermark == null || watermark.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(watermark.trim());
        } catch (NumberFormatException e) {
            throw DirectLineException.badRequest("watermark must be a number, as returned by this endpoint");
        }
    }

    private Map<String, Object> grant(DirectLineToken token) {
        return describe(token, tokens.sign(token));
    }

    private Map<String, Object> describe(DirectLineToken token, String signed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("conversationId", token.conversationId());
        body.put("token", signed);
        body.put("expires_in", tokens.secondsLeft(token));
        return body;
    }

    private static Map<String, Object> error(String code, String message) {
        return Map.of("error", Map.of("code", code, "message", message));
    }
}
