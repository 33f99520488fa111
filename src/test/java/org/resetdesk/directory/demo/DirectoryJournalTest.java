package org.resetdesk.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryJournalTest {

    @TempDir
    Path dir;

    private static final List<Map<String, Object>> USERS = List.of(
            Map.of("id", "u1", "upn", "one@contoso.example", "locked", true),
            Map.of("id", "u2", "upn", "two@contoso.example", "locked", true));

    @Test
    void appendedRecords_replayInOrder_theLastRecordOfAUserWinning() throws Exception {
        DirectoryJournal journal = new DirectoryJournal(dir.resolve("d.yaml"));
        journal.append(List.of(Map.of("id", "u1", "upn", "one@contoso.example", "locked", false)));
        journal.append(List.of(Map.of("id", "u1", "upn", "one@contoso.example", "locked", true, "note", "again"),
                Map.of("id", "u2", "upn", "two@contoso.example", "locked", false)));
        journal.close();

        DirectoryJournal reopened = new DirectoryJournal(dir.resolve("d.yaml"));
        List<Map<String, Object>> replayed = reopened.replay(USERS).orElseThrow();

        assertThat(replayed).extracting(user -> user.get("locked")).containsExactly(true, false);
        assertThat(replayed.get(0)).containsEntry("note", "again");
        assertThat(reopened.entries()).isEqualTo(3);
    }

    @Test
    void aRecordForAnUnknownUser_isIgnored_theJournalNeverAddsUsers() throws Exception {
        Files.writeString(dir.resolve("d.yaml.journal"), "{\"id\":\"u9\",\"upn\":\"nine@contoso.example\"}\n\n");

        DirectoryJournal journal = new DirectoryJournal(dir.resolve("d.yaml"));
        List<Map<String, Object>> replayed = journal.replay(USERS).orElseThrow();

        assertThat(replayed).isEqualTo(USERS);
    }

    @Test
    void noJournal_orAnEmptyOne_replaysNothing() throws Exception {
        DirectoryJournal journal = new DirectoryJournal(dir.resolve("d.yaml"));
        assertThat(journal.replay(USERS)).isEmpty();

        Files.writeString(journal.path(), "");
        assertThat(journal.replay(USERS)).isEmpty();
        assertThat(journal.entries()).isZero();
    }

    @Test
    void clear_deletesTheJournal_andTheNextAppendStartsANewOne() throws Exception {
        DirectoryJournal journal = new DirectoryJournal(dir.resolve("d.yaml"));
        journal.append(List.of(Map.of("id", "u1", "upn", "one@contoso.example")));

        journal.clear();
        assertThat(journal.path()).doesNotExist();
        assertThat(journal.entries()).isZero();

        journal.append(List.of(Map.of("id", "u2", "upn", "two@contoso.example")));
        journal.close();
        assertThat(Files.readAllLines(journal.path())).hasSize(1).first().asString().contains("u2");
    }
}
