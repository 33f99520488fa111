package org.resetdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.resetdesk.text.Language;
import org.resetdesk.text.MessageCatalog;

/** What the knowledge desk offers when it is not sure, and how the user's pick is read. */
class KnowledgeDeskTest {

    private final KnowledgeDesk desk = TestKnowledge.desk(MessageCatalog.load(Path.of("dialogs")));

    @Test
    void aLoneUncertainCandidate_isAskedAboutWithYesAndNo_notListedAlone() {
        KnowledgeDesk.Result result = desk.ask("logo azi dimineață la birou vechi", Language.RO);

        assertThat(result.offered()).hasSize(1);
        assertThat(result.replies()).singleElement().satisfies(reply -> {
            assertThat(reply.text()).startsWith("Te referi la: **").doesNotContain("1.");
            assertThat(reply.suggestedActions()).containsExactly("Da", "Nu");
        });
    }

    @Test
    void yes_answersTheOfferedSection_andNo_asksToRephrase() {
        List<String> offered = desk.ask("logo azi dimineață la birou vechi", Language.RO).offered();

        assertThat(desk.choose("da", offered, Language.RO)).hasValueSatisfying(
                result -> assertThat(result.answered()).isEqualTo(offered.get(0)));
        assertThat(desk.choose("Nu", offered, Language.RO)).hasValueSatisfying(
                result -> assertThat(result.answered()).isNull());
    }

    @Test
    void yes_meansNothing_whenSeveralSectionsWereOffered() {
        assertThat(desk.choose("yes", List.of("code-not-received", "code-expiry-session"), Language.EN)).isEmpty();
    }
}
