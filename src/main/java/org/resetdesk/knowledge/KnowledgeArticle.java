package org.resetdesk.knowledge;

import java.util.List;

import org.resetdesk.text.Language;

/**
 * A Markdown article of the knowledge base, parsed.
 *
 * @param name     the file name without {@code .md}
 * @param language the language
 * @param title    the title (front matter)
 * @param audience who it is for: {@code employee}, {@code admin} or {@code all}
 * @param tags     keywords
 * @param related  section ids suggested as follow-ups from its sections
 * @param intro    the Markdown before the first section
 * @param sections its sections, in order
 */
public record KnowledgeArticle(String name, Language language, String title, String audience, List<String> tags,
        List<String> related, String intro, List<KnowledgeSection> sections) {

    public KnowledgeArticle {
        tags = List.copyOf(tags);
        related = List.copyOf(related);
        sections = List.copyOf(sections);
    }
}
