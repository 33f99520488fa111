package org.resetdesk.admin;

import java.util.List;
import java.util.Map;

import org.resetdesk.knowledge.KnowledgeGaps;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The questions the knowledge base could not answer with confidence, most asked first, so administrators can add
 * what people really ask. Exists only when {@code resetdesk.admin.token} is set; needs it as a Bearer token.
 */
@RestController
@Conditional(AdminTokenConfigured.class)
class KnowledgeGapsController {

    static final int MAX_LIMIT = 1000;

    private final AdminToken token;
    private final KnowledgeGaps gaps;

    KnowledgeGapsController(AdminProperties properties, KnowledgeGaps gaps) {
        this.token = new AdminToken(properties.token());
        this.gaps = gaps;
    }

    @GetMapping("/admin/api/knowledge/unanswered")
    ResponseEntity<?> unanswered(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestParam(name = "limit", defaultValue = "100") String limit) {
        if (!token.accepts(authorization)) {
            return AdminToken.unauthorized();
        }
        int count;
        try {
            count = Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            return ResponseEntity.badRequest().body(Map.of("error", "'limit' must be a whole number"));
        }
        if (count < 1 || count > MAX_LIMIT) {
            return ResponseEntity.badRequest().body(Map.of("error", "'limit' must be between 1 and " + MAX_LIMIT));
        }
        List<KnowledgeGaps.Gap> most = gaps.mostAsked(count);
        return ResponseEntity.ok(Map.of("unanswered", most));
    }
}
