package org.resetdesk.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.resetdesk.text.InvalidContentException;
import org.resetdesk.text.Language;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one article: YAML front matter between {@code ---} lines, a {@code # Title}, then sections, each starting
 * with {@code ## Heading {#section-id}} and optionally followed by a {@code <!-- questions: - ... -->} comment of
 * alternate questions. A problem is reported with the file and line. Thread-safe.
 */
final class ArticleParser {

    private static final Pattern SECTION = Pattern.compile("^## (.+?)\\s*\\{#([a-z0-9][a-z0-9-]*)\\}\\s*$");
    private static final Pattern QUESTIONS_START = Pattern.compile("^<!--\\s*questions:\\s*$");
    private static final String QUESTIONS_END = "-->";

    KnowledgeArticle parse(String file, String name, Language language, String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text; // a byte-order mark from an editor
        List<String> lines = content.replace("\r\n", "\n").lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            throw new InvalidContentException(file + ": must start with front matter between '---' lines");
        }
        int end = 1;
        while (end < lines.size() && !lines.get(end).strip().equals("---")) {
            end++;
        }
        if (end == lines.size()) {
            throw new InvalidContentException(file + ": the front matter has no closing '---'");
        }
        Map<?, ?> front = frontMatter(file, String.join("\n", lines.subList(1, end)));
        String title = text(front, "title", file);
        String audience = front.get("audience") == null ? "all" : String.valueOf(front.get("audience"));
        List<String> tags = strings(front.get("tags"));
        List<String> related = strings(front.get("related"));

        StringBuilder intro = new StringBuilder();
        List<KnowledgeSection> sections = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Draft draft = null;
        boolean inQuestions = false;
        for (int i = end + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNumber = i + 1;
            if (inQuestions) {
                if (line.strip().equals(QUESTIONS_END)) {
                    inQuestions = false;
                } else if (line.strip().startsWith("- ")) {
                    draft.questions.add(line.strip().substring(2).strip());
                } else if (!line.isBlank()) {
                    throw new InvalidContentException(file + ", line " + lineNumber
                            + ": inside the questions comment every line must be '- a question'");
                }
                continue;
            }
            Matcher section = SECTION.matcher(line);
            if (section.matches()) {
                if (draft != null) {
                    sections.add(draft.build(name, language, related));
                }
                String id = section.group(2);
                if (!ids.add(id)) {
                    throw new InvalidContentException(file + ", line " + lineNumber + ": section id '" + id
                            + "' is used twice");
                }
                draft = new Draft(id, section.group(1).strip());
            } else if (line.startsWith("## ")) {
                throw new InvalidContentException(file + ", line " + lineNumber
                        + ": a section heading needs its id, like '## Heading {#section-id}'");
            } else if (line.startsWith("# ")) {
                continue; // the article's title, shown from the front matter
            } else if (draft != null && QUESTIONS_START.matcher(line.strip()).matches()) {
                inQuestions = true;
            } else if (draft != null) {
                draft.body.append(line).append('\n');
            } else {
                intro.append(line).append('\n');
            }
        }
        if (inQuestions) {
            throw new InvalidContentException(file + ": a questions comment is not closed with '-->'");
        }
        if (draft != null) {
            sections.add(draft.build(name, language, related));
        }
        if (sections.isEmpty()) {
            throw new InvalidContentException(file + ": no sections ('## Heading {#section-id}')");
        }
        return new KnowledgeArticle(name, language, title, audience, tags, related, intro.toString().strip(),
                sections);
    }

    private static Map<?, ?> frontMatter(String file, String yaml) {
        try {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new InvalidContentException(file + ": the front matter must be a mapping");
            }
            return map;
        } catch (YAMLException e) {
            throw new InvalidContentException(file + ": the front matter is not valid YAML: " + e.getMessage(), e);
        }
    }

    private static String text(Map<?, ?> front, String key, String file) {
        Object value = front.get(key);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new InvalidContentException(file + ": the front matter needs '" + key + "'");
        }
        return text.strip();
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value).strip());
    }

    /** A section being read. */
    private static final class Draft {
        private final String id;
        private final String heading;
        private final List<String> questions = new ArrayList<>();
        private final StringBuilder body = new StringBuilder();

        Draft(String id, String heading) {
            this.id = id;
            this.heading = heading;
        }

        KnowledgeSection build(String article, Language language, List<String> related) {
            return new KnowledgeSection(id, language, article, heading, questions, body.toString().strip(),
                    related.stream().filter(other -> !other.equals(id)).toList());
        }
    }
}
