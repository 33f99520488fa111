package org.resetdesk.dialog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One state of a flow.
 *
 * @param id        the state id, unique in its flow
 * @param ask       message key of the question; {@code null} for end states and {@code none} input
 * @param input     the answer expected
 * @param choices   options of a {@code choice} state, in display order
 * @param step      the step handling the answer; {@code null} for end states, and for choice and confirm states
 *                  whose outcome is the option id, or {@code yes} / {@code no}
 * @param on        next state by outcome
 * @param retries   failed answers allowed before going to {@code exhausted}; 0 means no limit
 * @param exhausted the state to go to when the retries are used up; {@code null} without a limit
 * @param end       whether the flow ends on entering this state
 * @param say       message key said on entering an end state; {@code null} for none
 * @param card      for {@code secret} states, {@code password}: the question comes as an Adaptive Card with a masked
 *                  field (and a field to repeat it); {@code null} for a plain question
 */
record StateDefinition(String id, String ask, InputType input, List<Option> choices, String step,
        Map<String, String> on, int retries, String exhausted, boolean end, String say, String card) {

    /** The one card kind the engine draws. */
    static final String PASSWORD_CARD = "password";

    /** Outcome reported in traces when the retries of a state are used up. */
    static final String EXHAUSTED = "exhausted";
    /** Outcome reported in traces when the answer did not have the expected form. */
    static final String INVALID = "invalid";

    StateDefinition {
        choices = List.copyOf(choices);
        on = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(on));
    }

    /** An option of a choice state: its id (the outcome without a step) and the message key of its title. */
    record Option(String id, String title) {
    }

    Optional<String> stepId() {
        return Optional.ofNullable(step);
    }

    /** Message keys this state shows. */
    List<String> messageKeys() {
        List<String> keys = new java.util.ArrayList<>();
        Optional.ofNullable(ask).ifPresent(keys::add);
        Optional.ofNullable(say).ifPresent(keys::add);
        choices.forEach(option -> keys.add(option.title()));
        return keys;
    }
}
