package org.resetdesk.knowledge;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import org.resetdesk.cache.Caches;
import org.resetdesk.text.Language;
import org.resetdesk.text.MessageCatalog;
import org.resetdesk.text.Reply;

/**
 * Turns knowledge-base decisions into chat messages: the answer (the section's first part, about
 * {@code answerLength} characters, a "Read more" link to the whole article served by ResetDesk, the citation entity,
 * follow-up questions and feedback buttons), the "Did you mean" options, and the admission that it doesn't know.
 * Thread-safe.
 */
public final class KnowledgeReplies {

    public static final String FEEDBACK_UP = "knowledge.feedback-up";
    public static final String FEEDBACK_DOWN = "knowledge.feedback-down";
    public static final String NONE_OF_THESE = "knowledge.none-of-these";
    public static final String YES = "knowledge.yes";
    public static final String NO = "knowledge.no";
    static final List<String> KEYS = List.of("knowledge.read-more", "knowledge.did-you-mean", NONE_OF_THESE,
            "knowledge.unknown", FEEDBACK_UP, FEEDBACK_DOWN, "knowledge.thanks", "knowledge.rephrase",
            "knowledge.is-this-it", YES, NO, "knowledge.see-also");
    private static final int FOLLOW_UPS = 2;
    private static final int EXCERPT = 160;

    private final MessageCatalog messages;
    private final Supplier<URI> publicUrl;
    private final int answerLength;
    /** Rendered answers by knowledge-base version and section. */
    private final Cache<String, Reply> answers = Caches.newBuilder().maximumSize(1_000).build();

    public KnowledgeReplies(MessageCatalog messages, Supplier<URI> publicUrl, int answerLength) {
        this.messages = messages;
        this.publicUrl = publicUrl;
        this.answerLength = answerLength;
    }

    /** The answer from {@code section}, in the section's language; rendered once per version of the base. */
    public Reply answer(KnowledgeSection section, KnowledgeBase base) {
        return answers.get(base.version() + "/" + section.source(), key -> render(section, base));
    }

    /** "More: [the section's heading](its place in the article)", to end a reply that is not an answer. */
    public String seeAlso(KnowledgeSection section) {
        return text(section.language(), "knowledge.see-also") + " [" + section.heading() + "](" + link(section) + ")";
    }

    private String link(KnowledgeSection section) {
        return publicUrl.get() + "/kb/" + section.language().code() + "/" + section.article() + "#" + section.id();
    }

    private Reply render(KnowledgeSection section, KnowledgeBase base) {
        Language language = section.language();
        String link = link(section);
        String text = "**" + section.heading() + "**\n\n" + shortened(section.markdown(), answerLength) + "\n\n["
                + text(language, "knowledge.read-more") + "](" + link + ")";
        List<String> actions = new ArrayList<>();
        section.related().stream()
                .map(id -> base.section(language, id))
                .flatMap(java.util.Optional::stream)
                .limit(FOLLOW_UPS)
                .forEach(related -> actions.add(related.heading()));
        actions.add(text(language, FEEDBACK_UP));
        actions.add(text(language, FEEDBACK_DOWN));
        String title = base.article(language, section.article()).map(KnowledgeArticle::title).orElse("")
                + " — " + section.heading();
        return new Reply(text, actions, language).citing(new Reply.Citation(title, section.source(),
                shortened(plain(section.markdown()), EXCERPT)));
    }

    /** "Did you mean": the options, numbered, with "None of these". */
    public Reply didYouMean(List<KnowledgeSection> options, Language language) {
        StringBuilder text = new StringBuilder(text(language, "knowledge.did-you-mean"));
        List<String> actions = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            text.append("\n").append(i + 1).append(". ").append(options.get(i).heading());
            actions.add(options.get(i).heading());
        }
        actions.add(text(language, NONE_OF_THESE));
        return new Reply(text.toString(), actions, language);
    }

    /** A lone, uncertain candidate: "Is this what you mean: …?" with yes and no. */
    public Reply isThisIt(KnowledgeSection option, Language language) {
        return new Reply(messages.text(language, "knowledge.is-this-it", Map.of("title", option.heading())),
                List.of(text(language, YES), text(language, NO)), language);
    }

    public Reply unknown(Language language) {
        return Reply.text(text(language, "knowledge.unknown"), language);
    }

    public Reply rephrase(Language language) {
        return Reply.text(text(language, "knowledge.rephrase"), language);
    }

    public Reply thanks(Language language) {
        return Reply.text(text(language, "knowledge.thanks"), language);
    }

    public String text(Language language, String key) {
        return messages.text(language, key, Map.of());
    }

    /** The text cut at a paragraph, else a sentence, else a word boundary before {@code limit} characters. */
    static String shortened(String markdown, int limit) {
        String text = markdown.strip();
        if (text.length() <= limit) {
            return text;
        }
        String head = text.substring(0, limit);
        int cut = head.lastIndexOf("\n\n");
        if (cut < limit / 2) {
            cut = Math.max(head.lastIndexOf(". "), head.lastIndexOf(".\n")) + 1;
        }
        if (cut < limit / 2) {
            cut = head.lastIndexOf(' ');
            return head.substring(0, Math.max(cut, 1)).strip() + "…";
        }
        return head.substring(0, cut).strip();
    }

    private static String plain(String markdown) {
        return markdown.replaceAll("[*_`#>]", "").replaceAll("\\s+", " ").strip();
    }
}
