package org.resetdesk.notify.smtp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.resetdesk.content.ContentFiles;

/**
 * The HTML around an email's text: {@code dialogs/mail/layout.html} (an admin's copy in the working directory's
 * dialogs folder wins over the packaged one), with {@code {lang}}, {@code {subject}} and {@code {body}} filled in.
 * The texts themselves are the messages of {@code dialogs/messages/<lang>.yaml}, so both are changed without a
 * rebuild. Everything filled in is HTML-escaped. Immutable.
 */
final class MailLayout {

    private final String html;

    private MailLayout(String html) {
        this.html = html;
    }

    static MailLayout load(Path dialogsDir) {
        try (InputStream in = ContentFiles.open(dialogsDir, "dialogs", "mail/layout.html").orElseThrow(() ->
                new IllegalStateException("dialogs/mail/layout.html is missing (neither on disk nor packaged)"))) {
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!html.contains("{body}")) {
                throw new IllegalStateException("dialogs/mail/layout.html has no {body} placeholder");
            }
            return new MailLayout(html);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read dialogs/mail/layout.html", e);
        }
    }

    /** The HTML version of a message: its paragraphs (blank-line separated) as {@code <p>}, line breaks kept. */
    String render(String language, String subject, String text) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            body.append("<p style=\"font-size:15px;line-height:1.5\">").append(escape(paragraph).replace("\n", "<br>"))
                    .append("</p>\n");
        }
        return html.replace("{lang}", escape(language)).replace("{subject}", escape(subject))
                .replace("{body}", body.toString());
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
