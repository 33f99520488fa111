package org.resetdesk.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TermFilesTest {

    @TempDir
    Path dir;

    @Test
    void commonPasswords_shippedList_hasSeveralHundredWellKnownEntries() {
        assertThat(TermFiles.commonPasswords()).hasSizeGreaterThan(300)
                .contains("password", "123456", "qwerty", "letmein", "parola")
                .noneMatch(term -> term.startsWith("#") || term.isBlank());
    }

    @Test
    void customBannedTerms_skipsCommentsAndBlankLinesAndStripsSpaces() throws IOException {
        Path file = Files.writeString(dir.resolve("banned.txt"), "# our words\n  blank \n\nfabrikam\n");

        assertThat(TermFiles.customBannedTerms(file)).containsExactly("blank", "fabrikam");
    }

    @Test
    void customBannedTerms_termOfThreeCharacters_failsNamingSettingAndLine() throws IOException {
        Path file = Files.writeString(dir.resolve("banned.txt"), "blank\nabc\n");

        assertThatThrownBy(() -> TermFiles.customBannedTerms(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("resetdesk.password.banned-terms-file: ")
                .hasMessageContaining("line 2 has a term of 3 characters; terms must have 4 to 16");
    }

    @Test
    void customBannedTerms_termOfSeventeenCharacters_fails() throws IOException {
        Path file = Files.writeString(dir.resolve("banned.txt"), "a".repeat(17) + "\n");

        assertThatThrownBy(() -> TermFiles.customBannedTerms(file))
                .hasMessageContaining("line 1 has a term of 17 characters");
    }

    @Test
    void customBannedTerms_thousandTerms_areAccepted() throws IOException {
        Path file = Files.writeString(dir.resolve("banned.txt"), terms(1000));

        assertThat(TermFiles.customBannedTerms(file)).hasSize(1000);
    }

    @Test
    void customBannedTerms_thousandAndOneTerms_failsNamingSettingAndLine() throws IOException {
        Path file = Files.writeString(dir.resolve("banned.txt"), "# comment\n" + terms(1001));

        assertThatThrownBy(() -> TermFiles.customBannedTerms(file))
                .hasMessageStartingWith("resetdesk.password.banned-terms-file: ")
                .hasMessageContaining("line 1002 is term 1001; at most 1000 terms are allowed");
    }

    @Test
    void customBannedTerms_missingFile_failsNamingTheSetting() {
        assertThatThrownBy(() -> TermFiles.customBannedTerms(dir.resolve("absent.txt")))
                .hasMessageStartingWith("resetdesk.password.banned-terms-file: no such file");
    }

    private static String terms(int count) {
        return IntStream.range(0, count).mapToObj(i -> "term" + i).collect(Collectors.joining("\n")) + "\n";
    }
}
