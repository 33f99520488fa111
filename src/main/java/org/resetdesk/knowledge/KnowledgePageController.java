package org.resetdesk.knowledge;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.resetdesk.cache.Caches;
import org.resetdesk.text.Language;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

/**
 * Serves whole articles at {@code /kb/<lang>/<article>}, where "Read more" links lead; each section is an anchor
 * ({@code #section-id}). Markdown is rendered with commonmark (one parser and renderer, reused; raw HTML in the
 * articles is escaped) and the pages are cached per version of the knowledge base.
 */
@Controller
class KnowledgePageController {

    private final KnowledgeLibrary library;
    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).build();
    private final Cache<String, String> pages = Caches.newBuilder().maximumSize(200).build();

    KnowledgePageController(KnowledgeLibrary library) {
        this.library = library;
    }

    @GetMapping("/kb/{lang}/{article}")
    ResponseEntity<String> article(@PathVariable String lang, @PathVariable String article) {
        KnowledgeBase base = library.current();
        Optional<KnowledgeArticle> found = Language.fromLocale(lang)
                .filter(language -> language.code().equals(lang))
                .flatMap(language -> base.article(language, article));
        if (found.isEmpty()) {
            return ResponseEntity.status(404).contentType(MediaType.TEXT_PLAIN)
                    .body("No article '" + article + "' in language '" + lang + "'.");
        }
        String page = pages.get(System.identityHashCode(base) + ":" + lang + ":" + article,
                key -> render(found.get()));
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache()).body(page);
    }

    private String render(KnowledgeArticle article) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(article.language().code())
                .append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,")
                .append(" initial-scale=1\"><title>").append(escape(article.title()))
                .append("</title><link rel=\"stylesheet\" href=\"/kb.css\"></head><body><main>\n<h1>")
                .append(escape(article.title())).append("</h1>\n");
        if (!article.intro().isBlank()) {
            html.append(renderer.render(parser.parse(article.intro())));
        }
        for (KnowledgeSection section : article.sections()) {
            html.append("<section id=\"").append(escape(section.id())).append("\"><h2>")
                    .append(escape(section.heading())).append("</h2>\n")
                    .append(renderer.render(parser.parse(section.markdown()))).append("</section>\n");
        }
        return html.append("</main></body></html>\n").toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
