package org.resetdesk.evaluation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.resetdesk.text.Language;

/**
 * The knowledge questions of a labelled set sent as a user sends them: each as the first message of a new
 * conversation, through {@code POST /api/messages} of a running ResetDesk, and the outcome read from what comes back
 * (the answer's link names its section; the emulator channel also gets the bot's traces, which name a flow that
 * started and the sections a clarification offered).
 */
final class ConversationEvaluation {

    /** What a user met. */
    enum Outcome {
        ANSWERED_RIGHT("answered right"),
        ANSWERED_WRONG("answered wrong"),
        CLARIFIED_WITH_RIGHT("clarified, right one offered"),
        CLARIFIED_WITHOUT("clarified, right one not offered"),
        FALLBACK("fallback"),
        FLOW_STARTED("flow started"),
        OTHER("other reply");

        final String label;

        Outcome(String label) {
            this.label = label;
        }
    }

    private static final Pattern ANSWER_LINK = Pattern.compile("/kb/(?:en|ro)/[^#)\\s]+#([a-z0-9-]+)\\)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI endpoint;
    ConversationEvaluation(int port) {
        this.endpoint = URI.create("http://localhost:" + port + "/api/messages");
    }

    /** One question's outcome and a line that says what happened. */
    record Result(Outcome outcome, String shown) {
    }

    void run(List<Map<String, String>> examples, StringBuilder out) throws IOException, InterruptedException {
        for (Language language : Language.values()) {
            List<Map<String, String>> set = examples.stream()
                    .filter(e -> language.code().equals(e.get("lang"))).toList();
            if (set.isEmpty()) {
                continue;
            }
            Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
            int labelled = 0;
            int outOfScope = 0;
            int outOfScopeAnswered = 0;
            List<String> misses = new ArrayList<>();
            for (Map<String, String> example : set) {
                String label = example.get("label");
                Result result = ask(example.get("text"), language, label);
                if ("none".equals(label)) {
                    outOfScope++;
                    if (result.outcome() == Outcome.ANSWERED_WRONG) {
                        outOfScopeAnswered++;
                        misses.add("  answered out-of-scope: \"" + example.get("text") + "\" -> " + result.shown());
                    }
                    continue;
                }
                labelled++;
                counts.merge(result.outcome(), 1, Integer::sum);
                if (result.outcome() != Outcome.ANSWERED_RIGHT) {
                    misses.add("  " + result.outcome().label + ": \"" + example.get("text") + "\" want " + label
                            + " -> " + result.shown());
                }
            }
            out.append(String.format(Locale.ROOT, "Through the conversation, %s: %d questions (%d with an answer, %d"
                    + " out of scope)%n  Hit@1 end to end %.3f  out-of-scope answered %d/%d%n  ", language.code(),
                    set.size(), labelled, outOfScope,
                    FaqEvaluation.ratio(counts.getOrDefault(Outcome.ANSWERED_RIGHT, 0), labelled),
                    outOfScopeAnswered, outOfScope));
            for (Outcome outcome : Outcome.values()) {
                out.append(outcome.label).append(' ').append(counts.getOrDefault(outcome, 0)).append("; ");
            }
            out.append('\n');
            misses.forEach(miss -> out.append(miss).append('\n'));
        }
    }

    /** Sends {@code text} as the first message of a new conversation and classifies what came back. */
    Result ask(String text, Language language, String label) throws IOException, InterruptedException {
        String conversation = "eval-" + UUID.randomUUID();
        ObjectNode activity = JSON.createObjectNode();
        activity.put("type", "message").put("channelId", "emulator").put("deliveryMode", "expectReplies")
                .put("locale", language.locale()).put("text", text).put("serviceUrl", "http://localhost/eval/");
        activity.putObject("conversation").put("id", conversation);
        activity.putObject("from").put("id", conversation + "-user").put("role", "user");
        activity.putObject("recipient").put("id", "bot").put("role", "bot");
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(activity.toString())).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " for \"" + text + "\": "
                    + response.body());
        }
        return classify(JSON.readTree(response.body()).path("activities"), label);
    }

    private Result classify(JsonNode activities, String label) {
        Optional<String> flow = Optional.empty();
        String decision = "";
        List<String> offered = new ArrayList<>();
        StringBuilder said = new StringBuilder();
        for (JsonNode activity : activities) {
            if ("trace".equals(activity.path("type").asText())) {
                JsonNode value = activity.path("value");
                if (value.has("flow") && flow.isEmpty()) {
                    flow = Optional.of(value.path("flow").asText());
                }
                if (value.has("decision")) {
                    decision = value.path("decision").asText();
                    // What a clarification offers: its candidates (a list, or the one of "Is this what you mean?").
                    value.path("candidates").forEach(candidate -> offered.add(candidate.path("id").asText()));
                }
                continue;
            }
            said.append(activity.path("text").asText()).append(' ');
        }
        String text = said.toString();
        Matcher link = ANSWER_LINK.matcher(text);
        if (link.find()) {
            String answered = link.group(1);
            return new Result(answered.equals(label) ? Outcome.ANSWERED_RIGHT : Outcome.ANSWERED_WRONG,
                    "answered " + answered);
        }
        if (flow.isPresent()) {
            return new Result(Outcome.FLOW_STARTED, "flow " + flow.get() + ": " + abbreviate(text));
        }
        if ("clarify".equals(decision)) {
            return new Result(offered.contains(label) ? Outcome.CLARIFIED_WITH_RIGHT : Outcome.CLARIFIED_WITHOUT,
                    "clarify " + offered);
        }
        if ("unknown".equals(decision)) {
            return new Result(Outcome.FALLBACK, "fallback");
        }
        return new Result(Outcome.OTHER, abbreviate(text));
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= 90 ? line : line.substring(0, 90) + "…";
    }
}
