package org.resetdesk.conversation;

import java.util.Set;
import java.util.regex.Pattern;

import org.resetdesk.conversation.intent.IntentClassifier;
import org.resetdesk.conversation.intent.IntentMatch;
import org.resetdesk.knowledge.KnowledgeAnswers;
import org.resetdesk.knowledge.Lookup;
import org.resetdesk.text.Interrogatives;
import org.resetdesk.text.Language;
import org.resetdesk.text.TextFolding;

/**
 * Decides what a message outside a flow is about, in three stages: short fixed phrases (exact, or contained as whole
 * words), then the nearest example utterances, then the knowledge base for questions. An action or conversational
 * intent needs a clear nearest-neighbour vote; everything else is a question unless the examples call it out of
 * scope and the knowledge base has no confident answer for it ("the wifi password for guests" mentions a password but
 * is not ours). Thread-safe.
 */
public final class IntentRouter {

    /** The nearest-neighbour confidence from which an action or conversational intent is taken. */
    static final double ACTION_CONFIDENCE = 0.45;
    /** Below this nearest-neighbour confidence a message resembles nothing the bot knows (gibberish). */
    static final double UNDERSTOOD_CONFIDENCE = 0.1;
    /** The nearest-neighbour confidence from which a question is ours even when the knowledge base lacks it. */
    static final double SURE_QUESTION_CONFIDENCE = 0.95;
    /** The same for a message phrased as a question. */
    static final double QUESTION_ACTION_CONFIDENCE = 0.7;
    /** From this many words a message that contains an action's phrase may describe a problem instead. */
    static final int DESCRIBES_A_PROBLEM = 5;
    /** The confidence from which "out of scope" is believed when the knowledge base has no answer either. */
    static final double OUT_OF_SCOPE_CONFIDENCE = 0.2;
    private static final Set<Intent> QUESTIONS = Set.of(Intent.FAQ, Intent.OUT_OF_SCOPE, Intent.NONE);
    /** Commands that are short: a long message resembling one may be a question. */
    private static final Set<Intent> COMMANDS = Set.of(Intent.CANCEL, Intent.HELP);
    /**
     * Words of a problem that comes back ("my account keeps getting locked", "mi se tot blochează contul"): its
     * cause is asked about as much as the action, so it is answered with the action offered, like a question.
     */
    private static final Set<String> RECURRING = Set.of(" keeps ", " keep getting ", " keep being ", " every time ",
            " always ", " constantly ", " repeatedly ", " over and over ", " again and again ", " se tot ",
            " ma tot ", " imi tot ", " mereu ", " de fiecare data ", " tot timpul ", " intruna ", " iar si iar ");
    /** Actions that a question about them gets offered as a button beside the answer. */
    private static final Set<Intent> FLOW_INTENTS = Set.of(Intent.RESET_PASSWORD, Intent.UNLOCK_ACCOUNT);
    /** Actions a question about goes to the knowledge base first ("where do I register my security info?"). */
    private static final Set<Intent> ASKED_ABOUT = Set.of(Intent.RESET_PASSWORD, Intent.UNLOCK_ACCOUNT,
            Intent.REGISTER_METHODS);
    /** Polite requests: a question mark after these asks for an action, not for information. */
    private static final Set<String> REQUESTS = Set.of(" can you ", " could you ", " would you ", " please ",
            " pls ", " ma poti ajuta ", " ma puteti ajuta ", " poti sa ", " puteti sa ", " te rog ", " va rog ",
            " ajuta ma ", " ajutati ma ");

    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?;:\\n])\\s+|\\n+");
    /** Words that start only questions. */
    private static final Set<String> ASKING_WORDS = Set.of("what", "why", "how", "when", "where", "which", "who",
            "ce", "cum", "cand", "unde", "care", "cine", "cat", "cate", "cati");

    private final PhraseBook phrases;
    private final IntentClassifier classifier;
    private final KnowledgeAnswers knowledge;

    public IntentRouter(PhraseBook phrases, IntentClassifier classifier, KnowledgeAnswers knowledge) {
        this.phrases = phrases;
        this.classifier = classifier;
        this.knowledge = knowledge;
    }

    public Recognition route(String text, Language language) {
        Recognition phrase = phrases.recognise(text);
        if (phrase.intent() != Intent.NONE && phrase.confidence() >= PhraseBook.EXACT) {
            return phrase;
        }
        if (text.isBlank()) {
            return new Recognition(Intent.NONE, 0);
        }
        IntentMatch match = classifier.match(text);
        boolean error = Interrogatives.quotesAnError(text) && !politeRequest(text);
        boolean question = error || looksLikeQuestion(text) || recurring(text);
        // A question needs a surer vote to start an action: "what happens if I try too often?" asks, not acts.
        double needed = question ? QUESTION_ACTION_CONFIDENCE : ACTION_CONFIDENCE;
        boolean action = !QUESTIONS.contains(match.intent()) && match.confidence() >= needed;
        if (action && COMMANDS.contains(match.intent()) && words(text) >= DESCRIBES_A_PROBLEM) {
            // "Cancel" and "help" are short commands; a long message that resembles one ("there's an error
            // processing the request") tells of something, and the knowledge base is asked first.
            Lookup lookup = knowledge.lookup(text, language);
            if (lookup.kind() == Lookup.Kind.ANSWER) {
                return new Recognition(Intent.FAQ, round(lookup.confidence()));
            }
        }
        if (action && match.intent() == Intent.GREETING && words(text) >= DESCRIBES_A_PROBLEM) {
            // A greeting is short too; a longer message that only shares a word with one ("sfaturi pt o parolă
            // bună": "bună" is also "good") is a question when the knowledge base has anything near it.
            Lookup lookup = knowledge.lookup(text, language);
            if (lookup.kind() != Lookup.Kind.UNKNOWN) {
                return new Recognition(Intent.FAQ, round(lookup.confidence()));
            }
        }
        // A question about a flow's action ("can I reset it from my phone?") is answered when the base can; any
        // other intent (help, the helpdesk, a greeting) is taken as it is.
        if (action && !(question && ASKED_ABOUT.contains(match.intent()))) {
            return match.recognition();
        }
        boolean phraseFound = phrase.intent() != Intent.NONE;
        // A phrase inside a longer message ("no reset password link on the Windows screen") may describe a
        // problem rather than ask for the action: the knowledge base is asked first.
        if (phraseFound && !question && words(text) < DESCRIBES_A_PROBLEM) {
            return phrase;
        }
        Lookup lookup = knowledge.lookup(text, language);
        if (lookup.kind() == Lookup.Kind.ANSWER) {
            // A question about an action is answered; the action is offered beside the answer.
            return new Recognition(Intent.FAQ, round(lookup.confidence()), offer(action, match, phrase));
        }
        if (error) {
            // Someone quoting an error asks what it means: options or "I don't know", never a flow unasked; the
            // action a request's words named is offered beside them.
            return new Recognition(Intent.FAQ, round(lookup.confidence()), offer(action, match, phrase));
        }
        if (action && lookup.kind() == Lookup.Kind.CLARIFY) {
            // A question about the action that the base has close candidates for: they are offered, and so is
            // the action when it is a flow, rather than starting it unasked.
            return new Recognition(Intent.FAQ, round(lookup.confidence()), offer(true, match, phrase));
        }
        if (action) {
            return match.recognition(); // a question the knowledge base knows nothing of, surely asking for the action
        }
        if (phraseFound && lookup.kind() == Lookup.Kind.CLARIFY && FLOW_INTENTS.contains(phrase.intent())) {
            // A question, or a problem told at length, near sections of the base: those are offered, and the
            // action beside them.
            return new Recognition(Intent.FAQ, round(lookup.confidence()), phrase.intent());
        }
        if (phraseFound && (words(text) < DESCRIBES_A_PROBLEM || !COMMANDS.contains(phrase.intent()))) {
            // About resetting or the helpdesk, and the knowledge base knows nothing of it: do it. "Help" or "stop"
            // inside a long message is not the command.
            return phrase;
        }
        if (match.intent() == Intent.OUT_OF_SCOPE && match.confidence() >= OUT_OF_SCOPE_CONFIDENCE) {
            return new Recognition(Intent.OUT_OF_SCOPE, round(match.confidence()));
        }
        if (lookup.kind() == Lookup.Kind.UNKNOWN && match.confidence() < UNDERSTOOD_CONFIDENCE) {
            return new Recognition(Intent.NONE, round(match.confidence())); // resembles nothing: not understood
        }
        if (lookup.kind() == Lookup.Kind.UNKNOWN && !(match.intent() == Intent.FAQ
                && match.confidence() >= SURE_QUESTION_CONFIDENCE)) {
            // Nothing in the knowledge base comes near it, and the examples are not sure it is ours either.
            return new Recognition(Intent.OUT_OF_SCOPE, round(1 - lookup.confidence()));
        }
        return new Recognition(Intent.FAQ, round(Math.max(lookup.confidence(),
                match.intent() == Intent.FAQ ? match.confidence() : 0)));
    }

    /**
     * Whether the message asks something rather than asks for something: a question mark, or a question word
     * first ("how long...", "de ce..."). "I forgot my password" is a request; "what if I forget my password?" is
     * a question.
     */
    static boolean looksLikeQuestion(String text) {
        if (politeRequest(text)) {
            return false; // "can you unlock my account?" asks for something
        }
        String[] sentences = SENTENCES.split(text.strip());
        for (int i = 0; i < sentences.length; i++) {
            String sentence = sentences[i].strip();
            if (sentence.isEmpty()) {
                continue;
            }
            // The first sentence may start with any question word; a later one only with a word that only asks
            // ("It says I tried too many times. How long do I wait"), not with "is", "do" or "pot", which also
            // start statements and requests ("Should be easy: reset my password").
            if (i == 0 ? Interrogatives.phrasedAsQuestion(sentence) : startsWithAnAskingWord(sentence)
                    || sentence.endsWith("?")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The flow to offer beside an answer: the one the examples voted for when they were sure of an action (none when
     * that action is not a flow, such as registering), else the one a phrase named.
     */
    private static Intent offer(boolean action, IntentMatch match, Recognition phrase) {
        if (action) {
            return FLOW_INTENTS.contains(match.intent()) ? match.intent() : null;
        }
        return FLOW_INTENTS.contains(phrase.intent()) ? phrase.intent() : null;
    }

    private static boolean recurring(String text) {
        String folded = " " + TextFolding.fold(text) + " ";
        return !politeRequest(text) && RECURRING.stream().anyMatch(folded::contains);
    }

    private static boolean politeRequest(String text) {
        String folded = " " + TextFolding.fold(text) + " ";
        return REQUESTS.stream().anyMatch(folded::contains);
    }

    private static boolean startsWithAnAskingWord(String sentence) {
        String folded = TextFolding.fold(sentence);
        int space = folded.indexOf(' ');
        return ASKING_WORDS.contains(space < 0 ? folded : folded.substring(0, space));
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    private static double round(double confidence) {
        return Math.round(confidence * 1000) / 1000.0;
    }
}
