package org.resetdesk.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.resetdesk.text.InvalidContentException;
import org.resetdesk.text.TextFolding;

/**
 * Query-time synonyms: groups of words and phrases that mean the same thing, in English and Romanian alike. A
 * question containing one member of a group (as whole words, folded) is also searched for the other members.
 * Immutable and thread-safe.
 */
final class Synonyms {

    static final Synonyms NONE = new Synonyms(List.of());

    private final List<List<String>> groups;

    Synonyms(List<List<String>> groups) {
        this.groups = groups.stream().map(group -> group.stream().map(TextFolding::fold).toList()).toList();
    }

    @SuppressWarnings("unchecked")
    static Synonyms fromYaml(String file, Map<String, Object> document) {
        if (!(document.get("groups") instanceof List<?> groups)) {
            throw new InvalidContentException(file + ": expected 'groups:' with lists of synonyms");
        }
        List<List<String>> parsed = new ArrayList<>();
        for (Object group : groups) {
            if (!(group instanceof List<?> words) || words.size() < 2) {
                throw new InvalidContentException(file + ": each group needs at least two words, got " + group);
            }
            parsed.add(((List<Object>) words).stream().map(String::valueOf).toList());
        }
        return new Synonyms(parsed);
    }

    /**
     * A group member found in a question, and the other members of its group.
     *
     * @param member       the member as found (folded)
     * @param alternatives the group's other members
     */
    record Match(String member, List<String> alternatives) {
    }

    /** The group members the question mentions (as whole words), each with its alternatives. */
    List<Match> matches(String question) {
        String folded = " " + TextFolding.fold(question) + " ";
        List<Match> matches = new ArrayList<>();
        for (List<String> group : groups) {
            for (String member : group) {
                if (folded.contains(" " + member + " ")) {
                    matches.add(new Match(member, group.stream().filter(other -> !other.equals(member)).toList()));
                }
            }
        }
        return matches;
    }
}
