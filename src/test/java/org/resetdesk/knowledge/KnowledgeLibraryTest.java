package org.resetdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resetdesk.text.InvalidContentException;
import org.resetdesk.text.Language;

/** Loading articles from a folder, reporting broken ones, and picking up changes without a restart. */
class KnowledgeLibraryTest {

    private static final String ARTICLE = """
            ---
            title: Codes
            audience: employee
            tags: [codes]
            related: [other]
            ---
            # Codes

            ## Why did my code not arrive? {#code-missing}

            <!-- questions:
            - The SMS never came
            - No email with the code
            -->

            Codes can take a minute to arrive. Check the spam folder and the number registered.
            """;

    @TempDir
    Path dir;

    private void write(String lang, String name, String text) throws IOException {
        Path file = dir.resolve(lang).resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(Files.exists(file) ? 5 : 0)));
    }

    @Test
    void anArticle_isReadIntoSectionsWithTheirQuestions() throws IOException {
        write("en", "codes.md", ARTICLE);

        KnowledgeSection section = KnowledgeLibrary.load(dir).current().section(Language.EN, "code-missing")
                .orElseThrow();

        assertThat(section.heading()).isEqualTo("Why did my code not arrive?");
        assertThat(section.questions()).containsExactly("The SMS never came", "No email with the code");
        assertThat(section.markdown()).startsWith("Codes can take a minute");
        assertThat(section.source()).isEqualTo("knowledge/en/codes.md#code-missing");
    }

    @Test
    void atStart_aBrokenArticle_stopsTheLoadNamingFileAndLine() throws IOException {
        write("en", "codes.md", ARTICLE.replace("{#code-missing}", ""));

        assertThatThrownBy(() -> KnowledgeLibrary.load(dir)).isInstanceOf(InvalidContentException.class)
                .hasMessage("knowledge/en/codes.md, line 9: a section heading needs its id, like"
                        + " '## Heading {#section-id}'");
    }

    @Test
    void aSectionIdUsedTwice_orAnUnclosedComment_orNoFrontMatter_isReported() {
        ArticleParser parser = new ArticleParser();
        String twice = ARTICLE + "\n## Again? {#code-missing}\n\nText.\n";

        assertThatThrownBy(() -> parser.parse("f.md", "f", Language.EN, twice))
                .hasMessageContaining("f.md, line 18: section id 'code-missing' is used twice");
        assertThatThrownBy(() -> parser.parse("f.md", "f", Language.EN, ARTICLE.replace("-->", "")))
                .hasMessageContaining("f.md, line");
        assertThatThrownBy(() -> parser.parse("f.md", "f", Language.EN, "# Title\n"))
                .hasMessage("f.md: must start with front matter between '---' lines");
    }

    @Test
    void aChangedFile_isPickedUp_andABrokenOneKeepsItsLastGoodVersion() throws Exception {
        write("en", "codes.md", ARTICLE);
        KnowledgeLibrary library = KnowledgeLibrary.load(dir);

        write("en", "codes.md", ARTICLE.replace("Why did my code not arrive?", "Where is my code?"));
        assertThat(library.reloadIfChanged()).isTrue();
        assertThat(library.current().section(Language.EN, "code-missing").orElseThrow().heading())
                .isEqualTo("Where is my code?");

        write("en", "codes.md", ARTICLE.replace("---\ntitle", "title"));
        assertThat(library.reloadIfChanged()).isTrue();
        assertThat(library.current().section(Language.EN, "code-missing").orElseThrow().heading())
                .isEqualTo("Where is my code?");
    }

    @Test
    void aFileThatIsNotUtf8_isReportedOnReload_andOtherChangesStillLoad() throws Exception {
        write("en", "codes.md", ARTICLE);
        write("en", "other.md", ARTICLE.replace("code-missing", "other-section"));
        KnowledgeLibrary library = KnowledgeLibrary.load(dir);

        Files.write(dir.resolve("en/codes.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xC3, (byte) 0x28});
        write("en", "other.md", ARTICLE.replace("code-missing", "other-section").replace("Why did", "Why has"));
        library.reloadIfChanged();

        assertThat(library.current().section(Language.EN, "code-missing")).isPresent();
        assertThat(library.current().section(Language.EN, "other-section").orElseThrow().heading())
                .startsWith("Why has");
    }

    @Test
    void atStart_oneSectionIdInTwoArticles_stopsTheLoad() throws IOException {
        write("en", "codes.md", ARTICLE);
        write("en", "more.md", ARTICLE);

        assertThatThrownBy(() -> KnowledgeLibrary.load(dir))
                .hasMessage("knowledge/en/more.md: section id 'code-missing' is already used in knowledge/en/codes.md");
    }

    @Test
    void aByteOrderMark_atTheStartOfAFile_isAccepted() throws IOException {
        write("en", "codes.md", "\uFEFF" + ARTICLE);

        assertThat(KnowledgeLibrary.load(dir).current().section(Language.EN, "code-missing")).isPresent();
    }

    @Test
    void aVeryLongMessage_getsNoAnswerRatherThanAnError() {
        KnowledgeAnswers answers = TestKnowledge.answers();

        assertThat(answers.lookup("password reset code ".repeat(3000), Language.EN)).isNotNull();
    }

    @Test
    void passwordLikeMessages_areNeverKeptAsGaps() {
        assertThat(KnowledgeGaps.mayKeep("how do I book a room")).isTrue();
        assertThat(KnowledgeGaps.mayKeep("P@ssw0rd!23")).isFalse();
        assertThat(KnowledgeGaps.mayKeep("my new one is Summer2026! ok")).isFalse();
        assertThat(KnowledgeGaps.mayKeep("hunter2")).isFalse();
        KnowledgeGaps gaps = new KnowledgeGaps();
        gaps.record("Spring#2026 Autumn#2027 Winter#2028", Language.EN, 0);
        assertThat(gaps.mostAsked(10)).isEmpty();
    }

    @Test
    void onlyMessagesThatAskSomething_areKeptAsGaps() {
        KnowledgeGaps gaps = new KnowledgeGaps();
        gaps.record("my first school was in Brasov", Language.EN, 0);
        gaps.record("correct horse battery staple", Language.EN, 0);
        gaps.record("prima mea scoala era in Brasov", Language.RO, 0);
        gaps.record("how do I book a meeting room", Language.EN, 0);
        gaps.record("getting SSPR_0099 on the reset page", Language.EN, 0);
        gaps.record("unde găsesc politica de parole?", Language.RO, 0);

        assertThat(gaps.mostAsked(10)).extracting(KnowledgeGaps.Gap::question).containsExactlyInAnyOrder(
                "how do i book a meeting room", "getting sspr 0099 on the reset page", "unde gasesc politica de parole");
    }
}
