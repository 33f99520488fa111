package org.resetdesk.dialog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.text.Language;
import org.resetdesk.text.MessageCatalog;
import org.resetdesk.text.Reply;
import org.resetdesk.text.Trace;

/**
 * Runs the flows of {@code dialogs/flows/}: asks each state's question, checks the form of the answer, hands it to
 * the state's {@link DialogStep}, follows the transition for the step's outcome and counts failed answers. Only the
 * engine moves a flow from state to state; steps decide outcomes.
 *
 * <p>Stateless and thread-safe: the caller keeps the returned {@link DialogState} in conversation state and passes it
 * back on the next turn. Secret answers ({@code code}, {@code secret}, {@code password}) reach the step once and
 * are never kept in the state, traces or replies. A state that the loaded flows no longer have (the file changed since the conversation
 * started) is reported with {@link IllegalArgumentException}; the caller should cancel and start again.
 */
public final class DialogEngine {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DialogEngine.class);

    /** Name of the traces the engine emits. */
    public static final String TRACE = "ResetDesk.Dialog";
    /** Pseudo state used in traces for "outside any flow". */
    static final String OUTSIDE = "[*]";
    /** Entering states without input in a row more often than this is a loop in the flow file. */
    private static final int MAX_HOPS = 32;

    private final Map<String, FlowDefinition> flows;
    private final Map<String, DialogStep> steps;
    private final MessageCatalog messages;
    private final InputReader reader;
    private final PasswordCard passwordCard;

    DialogEngine(List<FlowDefinition> flows, Map<String, DialogStep> steps, MessageCatalog messages,
            CommandPhrases commands) {
        Map<String, FlowDefinition> byId = new LinkedHashMap<>();
        flows.forEach(flow -> byId.put(flow.id(), flow));
        this.flows = java.util.Collections.unmodifiableMap(byId);
        this.steps = Map.copyOf(steps);
        this.messages = messages;
        this.reader = new InputReader(messages, flows, commands);
        this.passwordCard = new PasswordCard(messages);
    }

    /** The ids of the loaded flows. */
    public Set<String> flowIds() {
        return flows.keySet();
    }

    /** Starts a flow: runs its start state's {@code onEnter} and asks its question. */
    public CompletableFuture<DialogTurn> start(String flowId, Language language, Caller caller) {
        FlowDefinition flow = flow(flowId);
        return enter(flow, flow.start(), Map.of(), language, caller, new Turn(), OUTSIDE, "start");
    }

    /** Handles the user's typed answer (or pressed button) to the current state's question. */
    public CompletableFuture<DialogTurn> handle(DialogState current, String text, Language language,
            Caller caller) {
        return handle(current, text, Map.of(), language, caller);
    }

    /**
     * Handles the user's answer to the current state's question: {@code text} as typed, or {@code fields} as sent by
     * a card's submit button ({@link PasswordCard#PASSWORD} and {@link PasswordCard#CONFIRM}).
     */
    public CompletableFuture<DialogTurn> handle(DialogState current, String text, Map<String, String> fields,
            Language language, Caller caller) {
        FlowDefinition flow = flow(current.flowId());
        StateDefinition state = flow.state(current.state());
        StepContext context = new StepContext(flow.id(), state.id(), language, current.slots(), caller);
        boolean cardSubmitted = fields.containsKey(PasswordCard.PASSWORD) && state.card() != null;
        Optional<DialogInput> input = cardSubmitted ? PasswordCard.read(fields)
                : reader.read(state, offered(state, context), text);
        if (input.isEmpty()) {
            Turn turn = new Turn();
            String hint = reader.refusal(state, text, cardSubmitted);
            turn.replies.add(Reply.text(messages.text(language, hint, Map.of()), language));
            return failed(flow, state, current, StateDefinition.INVALID, current.slots(), context, turn);
        }
        return decide(flow, state, context, input.get()).thenCompose(result -> {
            Map<String, String> slots = new HashMap<>(current.slots());
            slots.putAll(result.slots());
            Turn turn = new Turn();
            turn.replies.addAll(result.replies());
            String target = state.on().get(result.outcome());
            if (target.equals(state.id())) {
                return failed(flow, state, current, result.outcome(), slots, context, turn);
            }
            return enter(flow, target, slots, language, caller, turn, state.id(), result.outcome());
        });
    }

    /** Asks the current state's question again, for instance after the help text; retries and slots are kept. */
    public DialogTurn reprompt(DialogState current, Language language, Caller caller) {
        FlowDefinition flow = flow(current.flowId());
        StateDefinition state = flow.state(current.state());
        Turn turn = new Turn();
        turn.trace(flow, state.id(), state.id(), "reprompt", current.retries());
        turn.replies.add(question(state, new StepContext(flow.id(), state.id(), language, current.slots(), caller)));
        return turn.waitingIn(current);
    }

    /**
     * Ends the flow from any state, also one the loaded flows no longer have; nothing is kept. The caller says that
     * it stopped.
     */
    public DialogTurn cancel(DialogState current, Caller caller) {
        FlowDefinition flow = flows.get(current.flowId());
        if (flow != null) {
            // every step of the flow may hold something for this conversation (a server-side session, say)
            flow.states().values().stream().map(StateDefinition::step).filter(java.util.Objects::nonNull).distinct()
                    .map(steps::get).forEach(step -> step.onCancel(caller));
        }
        Turn turn = new Turn();
        turn.trace(current.flowId(), current.state(), OUTSIDE, "cancel", current.retries());
        return turn.ended();
    }

    /**
     * Whether {@code text} is the title of an option some state of the flows offers ("Code by email", "Use another
     * method"): typed outside any flow, it answers a question of a flow that no longer exists.
     */
    public boolean isFlowOption(String text) {
        return reader.isOptionTitle(text);
    }

    /** Whether the state waits for a secret: a password (typed or by card), a code or a security answer. */
    public boolean expectsSecret(DialogState current) {
        StateDefinition state = flow(current.flowId()).state(current.state());
        return state.input() == InputType.SECRET || state.input() == InputType.PASSWORD
                || state.input() == InputType.CODE;
    }

    /**
     * Whether the loaded flows still have the state, so that {@link #handle} and {@link #reprompt} can continue it;
     * false after the flow file changed under a running conversation, which the caller should then cancel.
     */
    public boolean knows(DialogState current) {
        FlowDefinition flow = flows.get(current.flowId());
        return flow != null && flow.states().containsKey(current.state());
    }

    private CompletableFuture<StepResult> decide(FlowDefinition flow, StateDefinition state, StepContext context,
            DialogInput input) {
        if (state.step() == null) {
            if (input instanceof DialogInput.Choice choice) {
                return CompletableFuture.completedFuture(StepResult.of(choice.optionId()));
            }
            if (input instanceof DialogInput.Confirmation confirmation) {
                return CompletableFuture.completedFuture(StepResult.of(confirmation.yes() ? "yes" : "no"));
            }
            throw new IllegalStateException("validated: only choice and confirm states lack a step");
        }
        DialogStep step = steps.get(state.step());
        return step.handle(context, input).thenApply(result -> {
            checkOutcome(flow, state, step, result);
            return withoutSecret(flow, state, step, input, result);
        });
    }

    private static void checkOutcome(FlowDefinition flow, StateDefinition state, DialogStep step, StepResult result) {
        String where = FlowParser.where(flow.file(), state.id());
        if (!state.on().containsKey(result.outcome())) {
            throw new IllegalStateException(where + ": step '" + step.id() + "' returned outcome '"
                    + result.outcome() + "', which it does not declare");
        }
    }

    /**
     * A step must never keep a secret or code in a slot. A slot whose value is exactly the secret is dropped (and the
     * step named in the log, without the value) instead of failing the turn: what the user typed must not be able
     * to break the conversation, and a short secret such as "yes" can equal an innocent slot value.
     */
    private static StepResult withoutSecret(FlowDefinition flow, StateDefinition state, DialogStep step,
            DialogInput input, StepResult result) {
        String secret = input instanceof DialogInput.Secret s ? s.value()
                : input instanceof DialogInput.Code c ? c.digits() : null;
        if (secret == null || !result.slots().containsValue(secret)) {
            return result;
        }
        Map<String, String> kept = new java.util.LinkedHashMap<>(result.slots());
        kept.values().removeIf(secret::equals);
        LOG.warn("{}: step '{}' returned a slot equal to the secret input; the slot was dropped",
                FlowParser.where(flow.file(), state.id()), step.id());
        return new StepResult(result.outcome(), result.replies(), kept);
    }

    /** A failed answer: ask again, or go to the state's {@code exhausted} state when the retries are used up. */
    private CompletableFuture<DialogTurn> failed(FlowDefinition flow, StateDefinition state, DialogState current,
            String outcome, Map<String, String> slots, StepContext context, Turn turn) {
        int retries = current.retries() + 1;
        if (state.retries() > 0 && retries >= state.retries()) {
            return enter(flow, state.exhausted(), slots, context.language(), context.caller(), turn, state.id(),
                    StateDefinition.EXHAUSTED);
        }
        turn.trace(flow, state.id(), state.id(), outcome, retries);
        turn.replies.add(question(state, new StepContext(flow.id(), state.id(), context.language(), slots,
                context.caller())));
        return CompletableFuture.completedFuture(turn.waitingIn(new DialogState(flow.id(), state.id(), retries,
                slots)));
    }

    /**
     * Enters {@code stateId} and runs on through states without input until one asks a question or the flow ends.
     * Each step may complete later (a directory call); the next state is entered when it has.
     */
    private CompletableFuture<DialogTurn> enter(FlowDefinition flow, String stateId, Map<String, String> slots,
            Language language, Caller caller, Turn turn, String from, String outcome) {
        return hop(flow, stateId, new HashMap<>(slots), language, caller, turn, from, outcome, stateId, 0);
    }

    private CompletableFuture<DialogTurn> hop(FlowDefinition flow, String target, Map<String, String> current,
            Language language, Caller caller, Turn turn, String source, String reason, String firstState, int hops) {
        if (hops >= MAX_HOPS) {
            return CompletableFuture.failedFuture(new IllegalStateException(flow.file() + ": more than " + MAX_HOPS
                    + " states without input in a row, from state '" + firstState + "'"));
        }
        StateDefinition state = flow.state(target);
        turn.trace(flow, source, target, reason, 0);
        if (state.end()) {
            if (state.say() != null) {
                turn.replies.add(Reply.text(messages.text(language, state.say(), current), language));
            }
            return CompletableFuture.completedFuture(turn.ended());
        }
        StepContext context = new StepContext(flow.id(), state.id(), language, current, caller);
        state.stepId().map(steps::get).ifPresent(step -> turn.replies.addAll(step.onEnter(context)));
        if (state.input() != InputType.NONE) {
            turn.replies.add(question(state, context));
            return CompletableFuture.completedFuture(turn.waitingIn(new DialogState(flow.id(), state.id(), 0,
                    current)));
        }
        return decide(flow, state, context, new DialogInput.Nothing()).thenCompose(result -> {
            current.putAll(result.slots());
            turn.replies.addAll(result.replies());
            return hop(flow, state.on().get(result.outcome()), current, language, caller, turn, state.id(),
                    result.outcome(), firstState, hops + 1);
        });
    }

    /** The options the state's step offers now (all of them without a step). */
    private List<StateDefinition.Option> offered(StateDefinition state, StepContext context) {
        if (state.choices().isEmpty() || state.step() == null) {
            return state.choices();
        }
        List<String> ids = state.choices().stream().map(StateDefinition.Option::id).toList();
        List<String> kept = steps.get(state.step()).offered(context, ids);
        return state.choices().stream().filter(option -> kept.contains(option.id())).toList();
    }

    private Reply question(StateDefinition state, StepContext context) {
        Language language = context.language();
        Map<String, String> slots = context.slots();
        String text = messages.text(language, state.ask(), slots);
        List<StateDefinition.Option> options = offered(state, context);
        List<String> actions = switch (state.input()) {
            case CONFIRM -> List.of(messages.text(language, DialogMessages.YES, Map.of()),
                    messages.text(language, DialogMessages.NO, Map.of()));
            case NONE -> List.of();
            default -> options.stream().map(option -> messages.text(language, option.title(), slots)).toList();
        };
        if (state.card() != null) {
            return new Reply(text, actions, language).withCard(passwordCard.build(language));
        }
        if (state.input() == InputType.CHOICE) {
            // numbered in the text too, for channels without buttons and for keyboard users
            StringBuilder numbered = new StringBuilder(text).append("\n");
            for (int i = 0; i < actions.size(); i++) {
                numbered.append("\n").append(i + 1).append(". ").append(actions.get(i));
            }
            text = numbered.toString();
        }
        return new Reply(text, actions, language);
    }

    private FlowDefinition flow(String flowId) {
        FlowDefinition flow = flows.get(flowId);
        if (flow == null) {
            throw new IllegalArgumentException("No flow '" + flowId + "' (loaded: " + flows.keySet() + ")");
        }
        return flow;
    }

    /** Replies and traces collected during one call. */
    private static final class Turn {
        private final List<Reply> replies = new ArrayList<>();
        private final List<Trace> traces = new ArrayList<>();

        void trace(FlowDefinition flow, String from, String to, String outcome, int retries) {
            trace(flow.id(), from, to, outcome, retries);
        }

        void trace(String flowId, String from, String to, String outcome, int retries) {
            traces.add(new Trace(TRACE, flowId + ": " + from + " -> " + to + " (" + outcome + ")", Map.of(
                    "flow", flowId, "from", from, "to", to, "outcome", outcome, "retries", retries)));
        }

        DialogTurn waitingIn(DialogState state) {
            return new DialogTurn(Optional.of(state), replies, traces);
        }

        DialogTurn ended() {
            return new DialogTurn(Optional.empty(), replies, traces);
        }
    }
}
