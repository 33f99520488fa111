package org.resetdesk.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.resetdesk.runtime.Meters;
import org.resetdesk.text.Language;
import org.resetdesk.text.Reply;
import org.resetdesk.text.TextFolding;
import org.resetdesk.text.Trace;

/**
 * The knowledge base as the conversation uses it: a question gets an answer, a "Did you mean" with up to three
 * options, or an honest "I don't know"; picking an option (its title or number) answers it; thumbs up and down on an
 * answer are recorded. Questions below τ are counted as gaps. Thread-safe.
 */
public final class KnowledgeDesk {

    /** Name of the traces listing the candidates considered. */
    public static final String TRACE = "ResetDesk.Knowledge";

    private final KnowledgeAnswers answers;
    private final KnowledgeReplies replies;
    private final KnowledgeGaps gaps;
    private final KnowledgeFeedback feedback;
    /** The folded button titles, in every language: pressing one is recognised whatever the conversation's language. */
    private final Meters meters;
    private final Set<String> helpful;
    private final Set<String> notHelpful;
    private final Set<String> noneOfThese;
    private final Set<String> yes;
    private final Set<String> no;

    public KnowledgeDesk(KnowledgeAnswers answers, KnowledgeReplies replies, KnowledgeGaps gaps,
            KnowledgeFeedback feedback) {
        this(answers, replies, gaps, feedback, Meters.NONE);
    }

    /** @param meters counts the questions by outcome ({@code resetdesk.knowledge.questions}) */
    public KnowledgeDesk(KnowledgeAnswers answers, KnowledgeReplies replies, KnowledgeGaps gaps,
            KnowledgeFeedback feedback, Meters meters) {
        this.meters = meters;
        this.answers = answers;
        this.replies = replies;
        this.gaps = gaps;
        this.feedback = feedback;
        this.helpful = titles(replies, KnowledgeReplies.FEEDBACK_UP);
        this.notHelpful = titles(replies, KnowledgeReplies.FEEDBACK_DOWN);
        this.noneOfThese = titles(replies, KnowledgeReplies.NONE_OF_THESE);
        this.yes = titles(replies, KnowledgeReplies.YES);
        this.no = titles(replies, KnowledgeReplies.NO);
    }

    private static Set<String> titles(KnowledgeReplies replies, String key) {
        Set<String> folded = new HashSet<>();
        for (Language language : Language.values()) {
            folded.add(TextFolding.fold(replies.text(language, key)));
        }
        return Set.copyOf(folded);
    }

    /**
     * {@code text} with a link to the section {@code sectionId} after it, when the base has that section: the
     * helpdesk's contacts point to what to tell the helpdesk, the help text to all that ResetDesk does.
     */
    public String withSeeAlso(String text, String sectionId, Language language) {
        return answers.library().current().section(language, sectionId)
                .map(section -> text + "\n\n" + replies.seeAlso(section)).orElse(text);
    }

    /**
     * What the knowledge base says.
     *
     * @param replies    the messages
     * @param trace      the {@value #TRACE} trace
     * @param offered    the section ids offered under "Did you mean", in order, else empty
     * @param answered   the section answered, for feedback, or {@code null}
     * @param understood whether the user got an answer or options (false: a miss)
     */
    public record Result(List<Reply> replies, Trace trace, List<String> offered, String answered,
            boolean understood) {
    }

    public Result ask(String question, Language language) {
        Lookup lookup = answers.lookup(question, language);
        Trace trace = trace(lookup);
        KnowledgeBase base = answers.library().current();
        meters.counter("resetdesk.knowledge.questions", "outcome", lookup.kind().name().toLowerCase(
                java.util.Locale.ROOT), "language", language.code()).increment();
        return switch (lookup.kind()) {
            case ANSWER -> answered(lookup.best().section(), base, trace);
            case CLARIFY -> {
                gaps.record(question, language, lookup.confidence());
                List<KnowledgeSection> options = lookup.candidates().stream().map(Candidate::section).toList();
                Reply offer = options.size() == 1 ? replies.isThisIt(options.get(0), language)
                        : replies.didYouMean(options, language);
                yield new Result(List.of(offer), trace,
                        options.stream().map(KnowledgeSection::id).toList(), null, true);
            }
            case UNKNOWN -> {
                gaps.record(question, language, lookup.confidence());
                yield new Result(List.of(replies.unknown(language)), trace, List.of(), null, false);
            }
        };
    }

    /** The answer when the knowledge base is sure of one, else a result without replies; no gap is recorded. */
    public Result answerOnly(String question, Language language) {
        Lookup lookup = answers.lookup(question, language);
        if (lookup.kind() != Lookup.Kind.ANSWER) {
            return new Result(List.of(), null, List.of(), null, false);
        }
        return answered(lookup.best().section(), answers.library().current(), trace(lookup));
    }

    /** A question routed elsewhere (out of scope) that the knowledge base could not answer either: a gap. */
    public void unanswered(String question, Language language) {
        gaps.record(question, language, 0);
    }

    /**
     * The user's pick among offered sections: an option's title or number answers it, "None of these" asks to
     * rephrase; empty when the text is neither (a new question).
     */
    public Optional<Result> choose(String text, List<String> offered, Language language) {
        KnowledgeBase base = answers.library().current();
        String folded = TextFolding.fold(text);
        if (offered.size() == 1 && yes.contains(folded)) {
            Optional<KnowledgeSection> only = base.section(language, offered.get(0));
            if (only.isPresent()) {
                return Optional.of(answered(only.get(), base, null));
            }
        }
        if (offered.size() == 1 && no.contains(folded)) {
            return Optional.of(new Result(List.of(replies.rephrase(language)), null, List.of(), null, false));
        }
        for (int i = 0; i < offered.size(); i++) {
            Optional<KnowledgeSection> section = base.section(language, offered.get(i));
            if (section.isPresent() && (folded.equals(Integer.toString(i + 1))
                    || folded.equals(TextFolding.fold(section.get().heading())))) {
                return Optional.of(answered(section.get(), base, null));
            }
        }
        if (noneOfThese.contains(folded)) {
            return Optional.of(new Result(List.of(replies.rephrase(language)), null, List.of(), null, false));
        }
        return Optional.empty();
    }

    /** A thumbs up or down on the last answer: recorded and thanked; empty when the text is not one. */
    public Optional<Reply> vote(String text, String answeredId, Language language) {
        String folded = TextFolding.fold(text);
        boolean up = helpful.contains(folded);
        if (!up && !notHelpful.contains(folded)) {
            return Optional.empty();
        }
        feedback.record(answeredId, language.code(), up);
        return Optional.of(replies.thanks(language));
    }

    /** Whether an answered section's follow-up title was pressed: answers it. */
    public Optional<Result> followUp(String text, String answeredId, Language language) {
        KnowledgeBase base = answers.library().current();
        String folded = TextFolding.fold(text);
        return base.section(language, answeredId).stream()
                .flatMap(section -> section.related().stream())
                .map(id -> base.section(language, id))
                .flatMap(Optional::stream)
                .filter(related -> folded.equals(TextFolding.fold(related.heading())))
                .findFirst()
                .map(related -> answered(related, base, null));
    }

    private Result answered(KnowledgeSection section, KnowledgeBase base, Trace trace) {
        return new Result(List.of(replies.answer(section, base)), trace, List.of(), section.id(), true);
    }

    private static Trace trace(Lookup lookup) {
        List<Map<String, Object>> candidates = new ArrayList<>();
        for (Candidate candidate : lookup.candidates().stream().limit(5).toList()) {
            candidates.add(Map.of("id", candidate.section().id(), "source", candidate.section().source(),
                    "confidence", Math.round(candidate.confidence() * 1000) / 1000.0));
        }
        return new Trace(TRACE, "Knowledge: " + lookup.kind().name().toLowerCase(java.util.Locale.ROOT),
                Map.of("decision", lookup.kind().name().toLowerCase(java.util.Locale.ROOT),
                        "confidence", Math.round(lookup.confidence() * 1000) / 1000.0,
                        "candidates", candidates));
    }
}
