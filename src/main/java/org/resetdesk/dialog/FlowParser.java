package org.resetdesk.dialog;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.resetdesk.text.InvalidContentException;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.DuplicateKeyException;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/** Reads one flow file into a {@link FlowDefinition}, failing on its form; the graph is checked by the validator. */
final class FlowParser {

    private static final java.util.regex.Pattern STATE_ID = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> FLOW_KEYS = Set.of("flow", "start", "states");
    private static final Set<String> STATE_KEYS =
            Set.of("ask", "input", "choices", "step", "on", "retries", "exhausted", "end", "say", "card");

    private FlowParser() {
    }

    static FlowDefinition parse(String file, InputStream in) {
        Map<?, ?> root = load(file, in);
        unknownKeys(file, null, root, FLOW_KEYS);
        String id = text(file, null, root, "flow", true);
        String start = text(file, null, root, "start", true);
        if (!(root.get("states") instanceof Map<?, ?> states) || states.isEmpty()) {
            throw new InvalidContentException(file + ": 'states' must be a non-empty mapping of state id to state");
        }
        Map<String, StateDefinition> parsed = new LinkedHashMap<>();
        states.forEach((rawId, body) -> {
            String stateId = String.valueOf(rawId);
            if (!STATE_ID.matcher(stateId).matches()) {
                throw new InvalidContentException(where(file, stateId)
                        + ": state ids are lower-case letters and digits, words joined by '-'");
            }
            if (!(body instanceof Map<?, ?> fields)) {
                throw new InvalidContentException(where(file, stateId) + ": must be a mapping of fields");
            }
            parsed.put(stateId, state(file, stateId, fields));
        });
        return new FlowDefinition(file, id, start, parsed);
    }

    private static Map<?, ?> load(String file, InputStream in) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (in) {
            Object loaded = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
                    new DumperOptions(), options, new PlainWords()).load(in);
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new InvalidContentException(file + ": expected a mapping at the top level");
            }
            return map;
        } catch (DuplicateKeyException e) {
            throw new InvalidContentException(file + ": duplicate key '"
                    + e.getProblem().replace("found duplicate key", "").strip() + "' at line " + (e.getProblemMark().getLine() + 1) + " (state ids and fields must be unique)", e);
        } catch (YAMLException e) {
            throw new InvalidContentException(file + ": not valid YAML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InvalidContentException(file + ": cannot be read", e);
        }
    }

    private static StateDefinition state(String file, String id, Map<?, ?> fields) {
        unknownKeys(file, id, fields, STATE_KEYS);
        boolean end = Boolean.TRUE.equals(fields.get("end"));
        String inputName = text(file, id, fields, "input", false);
        InputType input = inputName == null ? (end ? InputType.NONE : null) : InputType.fromYaml(inputName)
                .orElseThrow(() -> new InvalidContentException(where(file, id) + ": unknown input '" + inputName
                        + "' (expected one of text, choice, code, secret, confirm, none)"));
        if (input == null) {
            throw new InvalidContentException(where(file, id) + ": 'input' is required");
        }
        Object retries = fields.containsKey("retries") ? fields.get("retries") : Integer.valueOf(0);
        if (!(retries instanceof Integer count) || count < 0) {
            throw new InvalidContentException(where(file, id) + ": 'retries' must be a whole number, 0 or more");
        }
        return new StateDefinition(id, text(file, id, fields, "ask", false), input, options(file, id, fields),
                text(file, id, fields, "step", false), stringMap(file, id, fields, "on"), count,
                text(file, id, fields, "exhausted", false), end, text(file, id, fields, "say", false),
                text(file, id, fields, "card", false));
    }

    private static List<StateDefinition.Option> options(String file, String id, Map<?, ?> fields) {
        return stringMap(file, id, fields, "choices").entrySet().stream()
                .map(entry -> new StateDefinition.Option(entry.getKey(), entry.getValue()))
                .toList();
    }

    private static Map<String, String> stringMap(String file, String id, Map<?, ?> fields, String key) {
        Object value = fields.get(key);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidContentException(where(file, id) + ": '" + key + "' must be a mapping");
        }
        Map<String, String> result = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (!(v instanceof String s) || s.isBlank()) {
                throw new InvalidContentException(where(file, id) + ": '" + key + "." + k + "' must be a non-empty text");
            }
            result.put(String.valueOf(k), s.strip());
        });
        return result;
    }

    private static String text(String file, String id, Map<?, ?> fields, String key, boolean required) {
        Object value = fields.get(key);
        if (value == null && !required) {
            return null;
        }
        if (!(value instanceof String s) || s.isBlank()) {
            throw new InvalidContentException(where(file, id) + ": '" + key + "' must be a non-empty text");
        }
        return s.strip();
    }

    private static void unknownKeys(String file, String id, Map<?, ?> fields, Set<String> allowed) {
        for (Object key : fields.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                throw new InvalidContentException(where(file, id) + ": unknown field '" + key + "' (allowed: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    static String where(String file, String stateId) {
        return stateId == null ? file : file + ", state '" + stateId + "'";
    }

    /**
     * YAML 1.1 reads {@code on}, {@code yes} and {@code no} as booleans, but flow files use them as words
     * ({@code on:}, {@code yes: next}); only true/false are booleans here, as in YAML 1.2.
     */
    private static final class PlainWords extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, java.util.regex.Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"),
                    "tTfF");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }
}
