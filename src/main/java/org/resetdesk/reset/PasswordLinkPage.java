package org.resetdesk.reset;

import java.util.List;
import java.util.Map;

import org.resetdesk.text.Language;
import org.resetdesk.text.MessageCatalog;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML of the password link page: the form, or a notice that replaces it. Every text comes from the message
 * files ({@code link.*}) and is escaped; the page has no script and no inline style, so it works under the
 * application's Content Security Policy. A typed password is never written into the page.
 */
final class PasswordLinkPage {

    private final MessageCatalog messages;

    PasswordLinkPage(MessageCatalog messages) {
        this.messages = messages;
    }

    /**
     * The form, with the policy rules and, after a failed attempt, the problems to fix.
     *
     * @param rules    the password rules, plain text
     * @param problems what was wrong with the last attempt, plain text; empty on the first visit
     */
    String form(Language language, String rules, List<String> problems) {
        StringBuilder html = new StringBuilder(2048);
        start(html, language);
        paragraph(html, "intro", text(language, "link.intro"));
        if (!problems.isEmpty()) {
            html.append("<ul class=\"problems\" role=\"alert\">\n");
            problems.forEach(problem -> html.append("<li>").append(escape(problem)).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("<p class=\"rules\" id=\"rules\">").append(escape(rules)).append("</p>\n")
                // No action: the form posts to the address of the page, so it works behind a path prefix too.
                .append("<form method=\"post\" accept-charset=\"UTF-8\">\n");
        field(html, "password", text(language, "link.password"));
        field(html, "confirm", text(language, "link.confirm"));
        html.append("<button type=\"submit\">").append(escape(text(language, "link.submit"))).append("</button>\n")
                .append("</form>\n");
        return end(html);
    }

    /** A page with one message instead of the form (invalid link, done, failed). */
    String notice(Language language, String message, String kind) {
        StringBuilder html = new StringBuilder(1024);
        start(html, language);
        paragraph(html, kind, message);
        return end(html);
    }

    private void start(StringBuilder html, Language language) {
        String title = escape(text(language, "link.title"));
        html.append("<!doctype html>\n<html lang=\"").append(escape(language.code())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"robots\" content=\"noindex, nofollow\">\n")
                .append("<title>").append(title).append("</title>\n")
                // Relative, like the static pages: the page is at /password/{token}, the style at /password.css.
                .append("<link rel=\"stylesheet\" href=\"../password.css\">\n")
                .append("</head>\n<body>\n<main class=\"card\">\n")
                .append("<h1>").append(title).append("</h1>\n");
    }

    private static String end(StringBuilder html) {
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void paragraph(StringBuilder html, String cssClass, String text) {
        html.append("<p class=\"").append(escape(cssClass)).append("\">").append(escape(text)).append("</p>\n");
    }

    private static void field(StringBuilder html, String name, String label) {
        html.append("<label for=\"").append(name).append("\">").append(escape(label)).append("</label>\n")
                .append("<input type=\"password\" id=\"").append(name).append("\" name=\"").append(name)
                .append("\" autocomplete=\"new-password\" required maxlength=\"256\" aria-describedby=\"rules\">\n");
    }

    private String text(Language language, String key) {
        return messages.text(language, key, Map.of());
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
