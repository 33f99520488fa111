package org.resetdesk.dialog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.resetdesk.text.Language;
import org.resetdesk.text.MessageCatalog;
import org.resetdesk.text.TextFolding;

/** Turns what the user typed into a {@link DialogInput} of the form a state expects, or empty when it has another. */
final class InputReader {

    private static final Pattern CODE = Pattern.compile("\\d{4,12}");
    private static final Pattern CODE_SEPARATORS = Pattern.compile("[\\s-]+");
    private static final Set<String> YES = Set.of("yes", "y", "da");
    private static final Set<String> NO = Set.of("no", "n", "nu");

    private final MessageCatalog messages;
    private final CommandPhrases commands;
    private final Map<String, Set<String>> titles = new java.util.concurrent.ConcurrentHashMap<>();
    /** Every title the flows can offer (options, yes and no), folded, in every language. */
    private final Set<String> offeredAnywhere;
    /** The same without yes and no. */
    private final Set<String> optionTitles;

    InputReader(MessageCatalog messages, List<FlowDefinition> flows, CommandPhrases commands) {
        this.messages = messages;
        this.commands = commands;
        Set<String> all = new java.util.HashSet<>();
        for (FlowDefinition flow : flows) {
            for (StateDefinition state : flow.states().values()) {
                state.choices().forEach(option -> all.addAll(titles(option)));
            }
        }
        this.optionTitles = Set.copyOf(all);
        for (Language language : Language.values()) {
            all.add(TextFolding.fold(messages.text(language, DialogMessages.YES, Map.of())));
            all.add(TextFolding.fold(messages.text(language, DialogMessages.NO, Map.of())));
        }
        this.offeredAnywhere = Set.copyOf(all);
    }

    /**
     * Reads an answer. {@code offered} are the options to accept: all of a choice state's options, or those its step
     * offers now. On text, code and secret states the options are buttons offering another way ("send a new code");
     * there only their title or id is taken for them, not their number, which could be a code.
     */
    Optional<DialogInput> read(StateDefinition state, List<StateDefinition.Option> offered, String text) {
        if (state.input() != InputType.CHOICE && !offered.isEmpty()) {
            Optional<DialogInput> shortcut = choice(offered, text, false);
            if (shortcut.isPresent()) {
                return shortcut;
            }
        }
        return switch (state.input()) {
            case TEXT -> text.isBlank() ? Optional.empty() : Optional.of(new DialogInput.Text(text.strip()));
            case SECRET -> text.isBlank() ? Optional.empty() : Optional.of(new DialogInput.Secret(text));
            case PASSWORD -> password(state, text);
            case CODE -> code(text);
            case CHOICE -> choice(offered, text, true);
            case CONFIRM -> confirmation(text);
            case NONE -> Optional.of(new DialogInput.Nothing());
        };
    }

    /**
     * A password typed in the chat. A state with a card takes it from the card's submit only, never from a message;
     * and no password may be a title the bot offers or a command it recognises, so that a stray message (a button of
     * an earlier step, "reset my password") can never become the new password.
     */
    private Optional<DialogInput> password(StateDefinition state, String text) {
        if (text.isBlank() || state.card() != null || offeredOrCommand(text)) {
            return Optional.empty();
        }
        return Optional.of(new DialogInput.Secret(text));
    }

    boolean isOptionTitle(String text) {
        return optionTitles.contains(TextFolding.fold(text));
    }

    private boolean offeredOrCommand(String text) {
        return offeredAnywhere.contains(TextFolding.fold(text)) || commands.isCommand(text);
    }

    /** The message key that tells the user why {@link #read} (or the card) refused what was sent. */
    String refusal(StateDefinition state, String text, boolean cardSubmitted) {
        if (state.card() != null) {
            return cardSubmitted ? PasswordCard.MISMATCH : PasswordCard.USE_FORM;
        }
        if (state.input() == InputType.PASSWORD && !text.isBlank() && offeredOrCommand(text)) {
            return DialogMessages.NOT_OFFERED;
        }
        return DialogMessages.HINTS.get(state.input());
    }

    private static Optional<DialogInput> code(String text) {
        String digits = CODE_SEPARATORS.matcher(text.strip()).replaceAll("");
        return CODE.matcher(digits).matches() ? Optional.of(new DialogInput.Code(digits)) : Optional.empty();
    }

    /** By number, option id or title in any language, so typing works as well as pressing a button. */
    private Optional<DialogInput> choice(List<StateDefinition.Option> options, String text, boolean byNumber) {
        String folded = TextFolding.fold(text);
        for (int i = 0; i < options.size(); i++) {
            StateDefinition.Option option = options.get(i);
            if (byNumber && folded.equals(Integer.toString(i + 1)) || folded.equals(TextFolding.fold(option.id()))
                    || titles(option).contains(folded)) {
                return Optional.of(new DialogInput.Choice(option.id()));
            }
        }
        return Optional.empty();
    }

    /** The option's title folded, in every language; computed once per title key. */
    private Set<String> titles(StateDefinition.Option option) {
        return titles.computeIfAbsent(option.title(), key -> {
            Set<String> folded = new java.util.HashSet<>();
            for (Language language : Language.values()) {
                folded.add(TextFolding.fold(messages.text(language, key, Map.of())));
            }
            return Set.copyOf(folded);
        });
    }

    private Optional<DialogInput> confirmation(String text) {
        String folded = TextFolding.fold(text);
        for (Language language : Language.values()) {
            if (folded.equals(TextFolding.fold(messages.text(language, DialogMessages.YES, Map.of())))) {
                return Optional.of(new DialogInput.Confirmation(true));
            }
            if (folded.equals(TextFolding.fold(messages.text(language, DialogMessages.NO, Map.of())))) {
                return Optional.of(new DialogInput.Confirmation(false));
            }
        }
        if (YES.contains(folded)) {
            return Optional.of(new DialogInput.Confirmation(true));
        }
        if (NO.contains(folded)) {
            return Optional.of(new DialogInput.Confirmation(false));
        }
        return Optional.empty();
    }
}
