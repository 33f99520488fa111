package org.resetdesk.dialog;

import static org.resetdesk.dialog.FlowParser.where;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.resetdesk.text.InvalidContentException;
import org.resetdesk.text.Language;
import org.resetdesk.text.MessageCatalog;

/**
 * Checks the flows as a whole before the engine runs them, so a broken edit stops the start with a message naming
 * the file and state rather than stranding a user mid-flow.
 */
final class FlowValidator {

    private final Map<String, DialogStep> steps;
    private final MessageCatalog messages;
    private final String messagesFolder;

    FlowValidator(Map<String, DialogStep> steps, MessageCatalog messages, String messagesFolder) {
        this.steps = steps;
        this.messages = messages;
        this.messagesFolder = messagesFolder;
    }

    void validate(List<FlowDefinition> flows) {
        Map<String, String> seen = new HashMap<>();
        for (FlowDefinition flow : flows) {
            String earlier = seen.putIfAbsent(flow.id(), flow.file());
            if (earlier != null) {
                throw new InvalidContentException(flow.file() + ": flow id '" + flow.id() + "' is also used by "
                        + earlier);
            }
            validate(flow);
        }
    }

    void validate(FlowDefinition flow) {
        if (!flow.states().containsKey(flow.start())) {
            throw new InvalidContentException(flow.file() + ": start state '" + flow.start() + "' is not defined");
        }
        if (flow.states().values().stream().noneMatch(StateDefinition::end)) {
            throw new InvalidContentException(flow.file() + ": no end state (mark at least one state 'end: true')");
        }
        for (StateDefinition state : flow.states().values()) {
            String where = where(flow.file(), state.id());
            targets(flow, state, where);
            shape(state, where);
            outcomes(state, where);
            messageKeys(state, where);
        }
        unreachable(flow);
    }

    private void targets(FlowDefinition flow, StateDefinition state, String where) {
        state.on().forEach((outcome, target) -> {
            if (!flow.states().containsKey(target)) {
                throw new InvalidContentException(where + ": unknown target state '" + target + "' for outcome '"
                        + outcome + "'");
            }
        });
        if (state.exhausted() != null && !flow.states().containsKey(state.exhausted())) {
            throw new InvalidContentException(where + ": unknown target state '" + state.exhausted()
                    + "' for 'exhausted'");
        }
    }

    private void shape(StateDefinition state, String where) {
        if (state.end()) {
            if (state.ask() != null || state.step() != null || !state.on().isEmpty() || state.input() != InputType.NONE) {
                throw new InvalidContentException(where + ": an end state only takes 'say' (no ask, input, step or on)");
            }
            return;
        }
        if (state.on().isEmpty()) {
            throw new InvalidContentException(where + ": no transitions ('on') and not an end state");
        }
        if (state.input() != InputType.NONE && state.ask() == null) {
            throw new InvalidContentException(where + ": input '" + state.input().yamlName() + "' needs a question ('ask')");
        }
        if (state.input() == InputType.CHOICE && state.choices().isEmpty()) {
            throw new InvalidContentException(where + ": a choice state needs options ('choices')");
        }
        if ((state.input() == InputType.CONFIRM || state.input() == InputType.NONE) && !state.choices().isEmpty()) {
            throw new InvalidContentException(where + ": 'choices' is for input choice, or text, code, secret and"
                    + " password (as buttons offering another way)");
        }
        if (state.card() != null && (state.input() != InputType.PASSWORD
                || !StateDefinition.PASSWORD_CARD.equals(state.card()))) {
            throw new InvalidContentException(where + ": 'card' can only be '" + StateDefinition.PASSWORD_CARD
                    + "', on a password state");
        }
        if (state.retries() > 0 && state.exhausted() == null) {
            throw new InvalidContentException(where + ": 'retries' needs 'exhausted' (the state to go to after them)");
        }
        if (state.retries() == 0 && state.exhausted() != null) {
            throw new InvalidContentException(where + ": 'exhausted' needs 'retries' (how many failed answers)");
        }
    }

    /** Every outcome the state can produce has a transition. */
    private void outcomes(StateDefinition state, String where) {
        if (state.end()) {
            return;
        }
        Set<String> produced = new LinkedHashSet<>();
        if (state.step() == null) {
            switch (state.input()) {
                case CHOICE -> state.choices().forEach(option -> produced.add(option.id()));
                case CONFIRM -> produced.addAll(List.of("yes", "no"));
                default -> throw new InvalidContentException(where + ": input '" + state.input().yamlName()
                        + "' needs a step ('step')");
            }
        } else {
            DialogStep step = steps.get(state.step());
            if (step == null) {
                throw new InvalidContentException(where + ": unknown step '" + state.step() + "' (known: "
                        + String.join(", ", new java.util.TreeSet<>(steps.keySet())) + ")");
            }
            produced.addAll(step.outcomes());
        }
        for (String outcome : produced) {
            if (!state.on().containsKey(outcome)) {
                String what = state.step() == null ? "input '" + state.input().yamlName() + "'"
                        : "step '" + state.step() + "'";
                throw new InvalidContentException(where + ": no transition for outcome '" + outcome + "' of " + what);
            }
        }
    }

    private void messageKeys(StateDefinition state, String where) {
        for (String key : state.messageKeys()) {
            for (Language language : Language.values()) {
                if (!messages.keys(language).contains(key)) {
                    throw new InvalidContentException(where + ": message key '" + key + "' is missing in "
                            + messagesFolder + "/messages/" + language.code() + ".yaml");
                }
            }
        }
    }

    private static void unreachable(FlowDefinition flow) {
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(flow.start()));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (reached.add(id)) {
                StateDefinition state = flow.state(id);
                todo.addAll(state.on().values());
                if (state.exhausted() != null) {
                    todo.add(state.exhausted());
                }
            }
        }
        for (String id : flow.states().keySet()) {
            if (!reached.contains(id)) {
                throw new InvalidContentException(where(flow.file(), id) + ": unreachable from start state '"
                        + flow.start() + "'");
            }
        }
    }
}
