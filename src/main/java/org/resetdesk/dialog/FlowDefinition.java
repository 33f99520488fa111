package org.resetdesk.dialog;

import java.util.Map;

/**
 * One flow as read from {@code dialogs/flows/<file>.yaml}, before validation.
 *
 * @param file   the file name as shown in messages, such as {@code dialogs/flows/sample.yaml}
 * @param id     the flow's id
 * @param start  the id of the first state
 * @param states the states by id, in file order
 */
record FlowDefinition(String file, String id, String start, Map<String, StateDefinition> states) {

    FlowDefinition {
        states = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(states));
    }

    StateDefinition state(String stateId) {
        StateDefinition state = states.get(stateId);
        if (state == null) {
            throw new IllegalArgumentException("Flow '" + id + "' has no state '" + stateId + "'");
        }
        return state;
    }
}
