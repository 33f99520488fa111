package org.resetdesk.conversation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.dialog.Caller;
import org.resetdesk.dialog.DialogEngine;
import org.resetdesk.dialog.DialogState;
import org.resetdesk.dialog.DialogTurn;
import org.resetdesk.knowledge.KnowledgeDesk;
import org.resetdesk.text.Language;
import org.resetdesk.text.MessageCatalog;
import org.resetdesk.text.MessageKey;
import org.resetdesk.text.Reply;
import org.resetdesk.text.Secrets;
import org.resetdesk.text.TextFolding;
import org.resetdesk.text.Trace;

/**
 * Handles one turn of a conversation, whatever the channel: picks the language, recognises what the user wants and
 * answers. Interruptions ({@code help}, {@code cancel}, {@code human}) are recognised on every turn.
 *
 * <p>Stateless and thread-safe: what must survive the turn is returned in {@link TurnOutcome#memory()}. A turn that
 * waits for a directory or a notifier completes later; nothing here blocks the calling thread.
 */
public final class TurnHandler {

    private static final List<MessageKey> MENU = Commands.MENU;
    private static final List<Intent> MENU_INTENTS = List.of(
            Intent.RESET_PASSWORD, Intent.UNLOCK_ACCOUNT, Intent.FAQ, Intent.HUMAN_HANDOFF);
    /** After this many messages in a row that the bot did not understand, it offers the helpdesk. */
    static final int MISSES_BEFORE_HELPDESK = 2;
    /** A code as the flows take it: 4 to 12 digits, spaces and dashes allowed between them. */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("\\d(?:[\\s-]*\\d){3,11}");
    /** An account name typed as an email address (the domain's last label letters only). */
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile(
            "[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");
    /** Shorter single words are not taken for passwords (no policy allows them): "O365?" is a question. */
    private static final int PASSWORD_LENGTH = 8;
    /** The knowledge sections the help text and the helpdesk's contacts link to. */
    private static final String WHAT_I_DO = "resetdesk-what";
    private static final String CONTACTING_THE_HELPDESK = "contact-helpdesk";

    /** The channel whose tokens name the signed-in user. */
    private static final String TEAMS = "msteams";
    /** The flow an action intent starts, when a flow file with that id is loaded. */
    private static final Map<Intent, String> FLOWS = Map.of(
            Intent.RESET_PASSWORD, "reset-password",
            Intent.UNLOCK_ACCOUNT, "unlock-account",
            Intent.REGISTER_METHODS, "register-methods");

    private final MessageCatalog messages;
    private final PhraseBook phrases;
    private final DialogEngine dialogs;
    private final KnowledgeDesk knowledge;
    private final IntentRouter router;
    private final Map<String, Intent> menuChoices;
    private final HelpdeskContacts contacts;
    private final RegistrationReminder reminder;

    public TurnHandler(MessageCatalog messages, PhraseBook phrases, HelpdeskProperties helpdesk,
            DialogEngine dialogs, KnowledgeDesk knowledge, IntentRouter router) {
        this(messages, phrases, helpdesk, dialogs, knowledge, router, RegistrationReminder.NONE);
    }

    public TurnHandler(MessageCatalog messages, PhraseBook phrases, HelpdeskProperties helpdesk,
            DialogEngine dialogs, KnowledgeDesk knowledge, IntentRouter router, RegistrationReminder reminder) {
        this.reminder = reminder;
        this.messages = messages;
        this.phrases = phrases;
        this.dialogs = dialogs;
        this.knowledge = knowledge;
        this.router = router;
        this.menuChoices = menuChoices(messages);
        this.contacts = new HelpdeskContacts(messages, helpdesk);
    }

    /** Button titles in every language, and their numbers, so typing "2" or a title works like pressing it. */
    private static Map<String, Intent> menuChoices(MessageCatalog messages) {
        Map<String, Intent> choices = new HashMap<>();
        for (int i = 0; i < MENU.size(); i++) {
            for (Language language : Language.values()) {
                choices.put(TextFolding.fold(messages.text(language, MENU.get(i))), MENU_INTENTS.get(i));
            }
            choices.put(Integer.toString(i + 1), MENU_INTENTS.get(i));
        }
        return Map.copyOf(choices);
    }

    /**
     * Handles the turn. The outcome says when the message was a secret (a card's fields, or any answer to a state
     * that asks for a password, a code or an answer), so that the channel keeps it out of its history.
     */
    public CompletableFuture<TurnOutcome> handle(Inbound inbound, ConversationMemory memory) {
        DialogState dialog = memory.dialog();
        boolean leftOver = dialog == null && inbound.kind() == Inbound.Kind.MESSAGE && leftOverFromAFlow(inbound);
        // Inside a flow, a word typed like a password is kept out of the history wherever it was typed: users type
        // their new password a step early, or into the account question.
        boolean secret = !inbound.fields().isEmpty() || leftOver || dialog != null && (!dialogs.knows(dialog)
                || dialogs.expectsSecret(dialog) || typedLikeAPassword(inbound.text()));
        CompletableFuture<TurnOutcome> outcome = leftOver ? done(sessionEnded(inbound, memory)) : turn(inbound, memory);
        if (dialog == null && inbound.kind() == Inbound.Kind.MESSAGE && TEAMS.equals(inbound.channel())
                && !inbound.place().shared() && inbound.sender().authenticated()
                && inbound.sender().aadObjectId() != null) {
            outcome = outcome.thenCompose(turn -> reminded(turn, inbound.sender().aadObjectId()));
        }
        return secret ? outcome.thenApply(TurnOutcome::withSecretInput) : outcome;
    }

    /**
     * A signed-in Teams user whose reset methods are missing or due for reconfirmation is reminded after the answer,
     * once a day, unless the turn started a flow (they are in one already).
     */
    private CompletableFuture<TurnOutcome> reminded(TurnOutcome turn, String objectId) {
        if (turn.memory().dialog() != null) {
            return done(turn);
        }
        Language language = turn.memory().language() == null ? Language.EN : turn.memory().language();
        return reminder.due(objectId, language).thenApply(reply -> reply.map(turn::withReply).orElse(turn));
    }

    /**
     * Whether a message sent outside any flow only makes sense inside one, as after a restart or a timeout mid-reset:
     * a card's submit, a code, a flow's button title, or a single word typed the way passwords are.
     */
    private boolean leftOverFromAFlow(Inbound inbound) {
        String text = inbound.text().strip();
        if (!inbound.fields().isEmpty()) {
            return true;
        }
        if (menuChoices.containsKey(TextFolding.fold(text))) {
            return false; // the welcome menu's titles (which a flow may offer too) always start afresh
        }
        if (dialogs.isFlowOption(text)) {
            return true;
        }
        if (CODE.matcher(text).matches()) {
            return true;
        }
        return oneMixedWord(text); // a password, or an account name typed as an email address
    }

    /** A single word of 8 or more characters mixing letters with digits or symbols. */
    private static boolean oneMixedWord(String text) {
        return text.length() >= PASSWORD_LENGTH && text.chars().noneMatch(Character::isWhitespace)
                && Secrets.passwordLike(text);
    }

    /** {@link #oneMixedWord}, but not an email address (an account name, which the history may show). */
    private static boolean typedLikeAPassword(String typed) {
        String text = typed.strip();
        return oneMixedWord(text) && !EMAIL.matcher(text).matches();
    }

    /** "That session has ended", with the ways to start again; the message itself is not used. */
    private TurnOutcome sessionEnded(Inbound inbound, ConversationMemory memory) {
        Language language = language(inbound, memory);
        Reply reply = new Reply(messages.text(language, MessageKey.SESSION_ENDED), menu(language), language);
        return new TurnOutcome(List.of(reply), List.of(), memory.withLanguage(language).understood());
    }

    private CompletableFuture<TurnOutcome> turn(Inbound inbound, ConversationMemory memory) {
        Language language = language(inbound, memory);
        ConversationMemory current = memory.withLanguage(language);
        if (inbound.kind() == Inbound.Kind.JOIN) {
            return done(new TurnOutcome(List.of(welcome(language)), List.of(), current.understood()));
        }
        if (current.dialog() != null) {
            return inDialog(inbound, current, language);
        }
        Optional<TurnOutcome> onLastAnswer = afterKnowledge(inbound, current, language);
        if (onLastAnswer.isPresent()) {
            return done(onLastAnswer.get());
        }
        Recognition recognition = recognise(inbound.text(), language);
        List<Trace> traces = List.of(intentTrace(recognition));
        boolean pressedAskAQuestion = menuChoices.get(TextFolding.fold(inbound.text())) == Intent.FAQ;
        if (recognition.intent() == Intent.NONE || recognition.intent() == Intent.FAQ && !pressedAskAQuestion) {
            return done(ask(inbound.text(), current, language, traces, recognition.offered()));
        }
        if (recognition.intent() == Intent.OUT_OF_SCOPE) {
            knowledge.unanswered(inbound.text(), language);
        }
        String flow = FLOWS.get(recognition.intent());
        if (flow != null && inbound.place().shared()) {
            return done(new TurnOutcome(personalOnly(inbound, language), traces, current.understood()));
        }
        if (flow != null && dialogs.flowIds().contains(flow)) {
            return dialogs.start(flow, language, caller(inbound)).thenApply(started -> new TurnOutcome(
                    started.replies(), concat(traces, started.traces()),
                    current.inDialog(started.state().orElse(null))));
        }
        if (recognition.intent() == Intent.REGISTER_METHODS) {
            // Registration over chat is not switched on: the knowledge base's answer, when it has one, says how to
            // do it elsewhere; otherwise the bot says it can't do it over chat.
            KnowledgeDesk.Result known = knowledge.answerOnly(inbound.text(), language);
            if (known.answered() != null) {
                return done(new TurnOutcome(known.replies(), concat(traces, List.of(known.trace())),
                        current.afterKnowledge(List.of(), known.answered())));
            }
        }
        return done(new TurnOutcome(answer(recognition.intent(), language), traces, current.understood()));
    }

    /** A question for the knowledge base: an answer, options, or a miss (after two, the helpdesk). */
    private TurnOutcome ask(String question, ConversationMemory current, Language language, List<Trace> traces,
            Optional<Intent> action) {
        KnowledgeDesk.Result result = knowledge.ask(question, language);
        List<Trace> all = result.trace() == null ? traces : concat(traces, List.of(result.trace()));
        if (result.understood()) {
            List<Reply> replies = action.isEmpty() ? result.replies()
                    : result.replies().stream().map(reply -> offering(reply, action.get(), language)).toList();
            return new TurnOutcome(replies, all, current.afterKnowledge(result.offered(), result.answered()));
        }
        ConversationMemory missed = current.missed();
        if (missed.misses() >= MISSES_BEFORE_HELPDESK) {
            return new TurnOutcome(List.of(helpdeskAfterMisses(language)), all, missed);
        }
        List<Reply> replies = result.replies().stream()
                .map(reply -> new Reply(reply.text(), menu(language), language)).toList();
        return new TurnOutcome(replies, all, missed);
    }

    /**
     * The message answers the last knowledge reply: an offered option picked, a follow-up question pressed, or a
     * thumbs up or down on the answer.
     */
    private Optional<TurnOutcome> afterKnowledge(Inbound inbound, ConversationMemory current, Language language) {
        if (!current.offered().isEmpty()) {
            Optional<KnowledgeDesk.Result> chosen = knowledge.choose(inbound.text(), current.offered(), language);
            if (chosen.isPresent()) {
                KnowledgeDesk.Result result = chosen.get();
                ConversationMemory next = result.understood()
                        ? current.afterKnowledge(List.of(), result.answered()) : current.missed();
                return Optional.of(new TurnOutcome(result.replies(), List.of(), next));
            }
        }
        if (current.answered() != null) {
            Optional<Reply> thanks = knowledge.vote(inbound.text(), current.answered(), language);
            if (thanks.isPresent()) {
                return Optional.of(new TurnOutcome(List.of(thanks.get()), List.of(), current.understood()));
            }
            return knowledge.followUp(inbound.text(), current.answered(), language)
                    .map(result -> new TurnOutcome(result.replies(), List.of(),
                            current.afterKnowledge(List.of(), result.answered())));
        }
        return Optional.empty();
    }

    private static CompletableFuture<TurnOutcome> done(TurnOutcome outcome) {
        return CompletableFuture.completedFuture(outcome);
    }

    /**
     * A flow is running: only the fixed phrases for cancel, help and the helpdesk interrupt it (cancel always wins);
     * everything else is the answer to its question. A flow whose file changed under the conversation is cancelled.
     */
    private CompletableFuture<TurnOutcome> inDialog(Inbound inbound, ConversationMemory current, Language language) {
        DialogState dialog = current.dialog();
        Recognition recognition = inbound.isCardSubmit() ? new Recognition(Intent.NONE, 0)
                : phrases.recognise(inbound.text());
        boolean interruption = recognition.confidence() >= PhraseBook.EXACT
                && (recognition.intent() == Intent.CANCEL || recognition.intent() == Intent.HELP
                        || recognition.intent() == Intent.HUMAN_HANDOFF);
        if (!dialogs.knows(dialog) || interruption && recognition.intent() == Intent.CANCEL) {
            DialogTurn cancelled = dialogs.cancel(dialog, caller(inbound));
            return done(new TurnOutcome(List.of(withMenu(MessageKey.CANCELLED, language)),
                    concat(List.of(intentTrace(recognition)), cancelled.traces()), current.inDialog(null)));
        }
        if (interruption && recognition.intent() == Intent.HELP) {
            DialogTurn again = dialogs.reprompt(dialog, language, caller(inbound));
            List<Reply> replies = new ArrayList<>();
            replies.add(Reply.text(messages.text(language, MessageKey.HELP), language));
            replies.addAll(again.replies());
            return done(new TurnOutcome(replies, concat(List.of(intentTrace(recognition)), again.traces()), current));
        }
        if (interruption) {
            return done(new TurnOutcome(List.of(Reply.text(handoff(language), language)),
                    List.of(intentTrace(recognition)), current));
        }
        return dialogs.handle(dialog, inbound.text(), inbound.fields(), language, caller(inbound))
                .thenApply(turn -> new TurnOutcome(turn.replies(), turn.traces(),
                        current.inDialog(turn.state().orElse(null))));
    }

    private static Caller caller(Inbound inbound) {
        return new Caller(inbound.channel(), inbound.conversationId() == null ? "" : inbound.conversationId(),
                inbound.sender().authenticated(), inbound.sender().aadObjectId(), inbound.place().zone());
    }

    private static Trace intentTrace(Recognition recognition) {
        return new Trace(Trace.INTENT, "Intent", Map.of(
                "intent", recognition.intent().label(), "confidence", recognition.confidence()));
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private Language language(Inbound inbound, ConversationMemory memory) {
        return Language.fromLocale(inbound.locale()).orElseGet(() -> {
            if (!inbound.text().isBlank() && phrases.looksRomanian(inbound.text())) {
                return Language.RO;
            }
            return memory.language() != null ? memory.language() : Language.EN;
        });
    }

    private Recognition recognise(String text, Language language) {
        Intent choice = menuChoices.get(TextFolding.fold(text));
        if (choice != null) {
            return new Recognition(choice, PhraseBook.EXACT);
        }
        return router.route(text, language);
    }

    private List<Reply> answer(Intent intent, Language language) {
        return switch (intent) {
            case GREETING -> List.of(welcome(language));
            case HELP -> List.of(new Reply(knowledge.withSeeAlso(messages.text(language, MessageKey.HELP),
                    WHAT_I_DO, language), menu(language), language));
            case CANCEL -> List.of(withMenu(MessageKey.CANCELLED, language));
            case HUMAN_HANDOFF -> List.of(Reply.text(handoff(language), language));
            case RESET_PASSWORD -> notYet(MessageKey.RESET_UNAVAILABLE, language);
            case UNLOCK_ACCOUNT -> notYet(MessageKey.UNLOCK_UNAVAILABLE, language);
            case REGISTER_METHODS -> notYet(MessageKey.REGISTER_UNAVAILABLE, language);
            case FAQ -> List.of(Reply.text(messages.text(language, MessageKey.QUESTION_PROMPT), language));
            case OUT_OF_SCOPE -> List.of(withMenu(MessageKey.OUT_OF_SCOPE, language));
            case NONE -> throw new IllegalStateException("handled before");
        };
    }

    private Reply welcome(Language language) {
        return withMenu(MessageKey.WELCOME, language);
    }

    private Reply withMenu(MessageKey key, Language language) {
        return new Reply(messages.text(language, key), menu(language), language);
    }

    /** The answer with the menu's button for {@code action} first, so who asked about it can also do it. */
    private Reply offering(Reply answer, Intent action, Language language) {
        int index = MENU_INTENTS.indexOf(action);
        if (index < 0) {
            return answer;
        }
        List<String> actions = new ArrayList<>();
        actions.add(messages.text(language, MENU.get(index)));
        actions.addAll(answer.suggestedActions());
        return new Reply(answer.text(), actions, answer.language(), answer.cards(), answer.citation(), answer.once());
    }

    private List<String> menu(Language language) {
        return MENU.stream().map(key -> messages.text(language, key)).toList();
    }

    /**
     * Reset, unlock and registration never run where others read along (a Teams channel or group chat): the user is
     * told to continue in a personal chat, with a link that opens one when the channel named the bot.
     */
    private List<Reply> personalOnly(Inbound inbound, Language language) {
        String text = messages.text(language, MessageKey.PERSONAL_ONLY);
        String botId = inbound.place().botId();
        if (botId != null && !botId.isBlank()) {
            String link = "https://teams.microsoft.com/l/chat/0/0?users="
                    + java.net.URLEncoder.encode(botId, java.nio.charset.StandardCharsets.UTF_8);
            text = text + "\n\n" + messages.text(language, MessageKey.PERSONAL_CHAT_LINK, Map.of("link", link));
        }
        return List.of(Reply.text(text, language));
    }

    /** A capability this version does not have yet: say so plainly and give the way to a person. */
    private List<Reply> notYet(MessageKey key, Language language) {
        return List.of(Reply.text(messages.text(language, key), language),
                Reply.text(helpdeskContacts(language), language));
    }

    /** After {@value #MISSES_BEFORE_HELPDESK} misses in a row: the way to a person. */
    private Reply helpdeskAfterMisses(Language language) {
        return new Reply(messages.text(language, MessageKey.UNKNOWN_AGAIN) + "\n\n" + helpdeskContacts(language),
                menu(language), language);
    }

    /** Asked for a person: the contacts, and a link to what to tell the helpdesk. */
    private String handoff(Language language) {
        return knowledge.withSeeAlso(contacts.text(language), CONTACTING_THE_HELPDESK, language);
    }

    private String helpdeskContacts(Language language) {
        return contacts.text(language);
    }
}
