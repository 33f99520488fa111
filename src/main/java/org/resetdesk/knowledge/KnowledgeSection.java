package org.resetdesk.knowledge;

import java.util.List;
import java.util.Objects;

import org.resetdesk.text.Language;

/**
 * One section of a knowledge article: a heading, the text under it, and other ways of asking its question. The
 * unit that is searched, answered and cited; its {@link #id()} is the same in every language.
 *
 * @param id        the stable section id ({@code ## Heading {#id}})
 * @param language  the language it is written in
 * @param article   the article's file name without {@code .md}
 * @param heading   the heading, phrased as a question
 * @param questions alternate questions, in the author's words
 * @param markdown  the section's body (Markdown), without the heading and the questions
 * @param related   the section ids the article suggests as follow-ups
 */
public record KnowledgeSection(String id, Language language, String article, String heading, List<String> questions,
        String markdown, List<String> related) {

    public KnowledgeSection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        questions = List.copyOf(questions);
        related = List.copyOf(related);
    }

    /** Where the section lives, as clients cite it: {@code knowledge/<lang>/<file>.md#<id>}. */
    public String source() {
        return "knowledge/" + language.code() + "/" + article + ".md#" + id;
    }
}
