package org.resetdesk.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resetdesk.MutableClock;
import org.resetdesk.directory.DirectoryFailure;
import org.resetdesk.directory.DirectoryUser;

class DemoDirectoryTest {

    private static final String ANA = "0f9a6c2e-1b7d-4e35-9c51-6a3f2d8b7e01";
    private static final String LOCKED = "8e1f3a5c-7b9d-4c2e-8f41-5a7c9e1b3d04";

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));

    private DemoDirectory open() {
        return DemoDirectory.open(new DemoDirectoryProperties(dir.resolve("directory.yaml"), "demo/directory.yaml",
                1000), clock);
    }

    private static DirectoryUser find(DemoDirectory directory, String identifier) throws Exception {
        return directory.find(identifier).get(5, TimeUnit.SECONDS).orElseThrow();
    }

    @Test
    void find_byUpnEmployeeIdOrAnyCase_findsTheSameAccount() throws Exception {
        DemoDirectory directory = open();

        assertThat(find(directory, "ana.popescu@contoso.example").id()).isEqualTo(ANA);
        assertThat(find(directory, "  ANA.Popescu@Contoso.example ").id()).isEqualTo(ANA);
        assertThat(find(directory, "e1001").id()).isEqualTo(ANA);
    }

    @Test
    void find_unknownOrBlank_isEmpty() throws Exception {
        DemoDirectory directory = open();

        assertThat(directory.find("nobody@contoso.example").get()).isEmpty();
        assertThat(directory.find(" ").get()).isEmpty();
    }

    @Test
    void seed_hasTheDocumentedSampleUsers() throws Exception {
        DemoDirectory directory = open();

        assertThat(find(directory, "ana.popescu@contoso.example").contacts().mobilePhone()).isEqualTo("+40721000001");
        assertThat(find(directory, "john.doe@contoso.example").locale()).isEqualTo("en");
        assertThat(find(directory, "admin.ionescu@contoso.example").administrator()).isTrue();
        assertThat(find(directory, "locked.user@contoso.example").locked()).isTrue();
        assertThat(find(directory, "no.methods@contoso.example").contacts()).isEqualTo(DirectoryUser.Contacts.NONE);
        assertThat(find(directory, "disabled.user@contoso.example").enabled()).isFalse();
        assertThat(directory.organisation()).isEqualTo("Contoso");
    }

    @Test
    void resetPassword_isKeptAcrossARestartAsAHashOnly() throws Exception {
        open().resetPassword(ANA, "Fake-Test-Pass-42", false).get(5, TimeUnit.SECONDS);

        DemoDirectory restarted = open();

        assertThat(restarted.passwordMatches(ANA, "Fake-Test-Pass-42")).isTrue();
        assertThat(restarted.passwordMatches(ANA, "something-else")).isFalse();
        assertThat(Files.readString(dir.resolve("directory.yaml"))).doesNotContain("Fake-Test-Pass-42")
                .contains("pbkdf2-sha256$1000$", "passwordChangedAt: '2026-03-02T08:00:00Z'");
    }

    @Test
    void resetPassword_isJournalled_andFoldedIntoTheFileAtClose_leavingNoOtherFiles() throws Exception {
        DemoDirectory directory = open();
        directory.resetPassword(ANA, "Fake-Test-Pass-42", true).get(5, TimeUnit.SECONDS);

        assertThat(names()).containsExactlyInAnyOrder("directory.yaml", "directory.yaml.journal");
        assertThat(Files.readString(dir.resolve("directory.yaml.journal"))).contains(ANA)
                .doesNotContain("Fake-Test-Pass-42").endsWith("\n");

        directory.close();

        assertThat(names()).containsExactly("directory.yaml");
        assertThat(Files.readString(dir.resolve("directory.yaml"))).contains("mustChangePassword: true");
    }

    @Test
    void aCrashAfterAChange_losesNothing_theJournalIsReplayedAtTheNextStart() throws Exception {
        open().unlock(LOCKED).get(5, TimeUnit.SECONDS); // never closed: the process "dies" here

        DemoDirectory restarted = open();

        assertThat(find(restarted, "locked.user@contoso.example").locked()).isFalse();
        assertThat(names()).containsExactly("directory.yaml");
        assertThat(Files.readString(dir.resolve("directory.yaml"))).doesNotContain("locked: true");
    }

    @Test
    void whatACallerDoesAfterItsChange_neverRunsOnTheWriter_soItCannotHoldUpTheNextBatch() throws Exception {
        DemoDirectory directory = open();
        List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();

        for (int change = 0; change < 50; change++) {
            directory.unlock(LOCKED).thenRun(() -> threads.add(Thread.currentThread().getName()))
                    .get(5, TimeUnit.SECONDS);
        }

        assertThat(threads).hasSize(50).noneMatch(name -> name.startsWith("demo-directory-writer"));
    }

    @Test
    void aJournalLineTornByACrash_isIgnored_andTheChangesBeforeItAreKept() throws Exception {
        DemoDirectory directory = open();
        directory.unlock(LOCKED).get(5, TimeUnit.SECONDS);
        Files.writeString(dir.resolve("directory.yaml.journal"), "{\"id\":\"" + ANA + "\",\"upn\":\"ana.po",
                java.nio.file.StandardOpenOption.APPEND);

        DemoDirectory restarted = open();

        assertThat(find(restarted, "locked.user@contoso.example").locked()).isFalse();
        assertThat(find(restarted, "ana.popescu@contoso.example").displayName()).isEqualTo("Ana Popescu");
    }

    @Test
    void aDamagedJournalLineBeforeTheLast_stopsTheStart_withoutQuotingIt() throws Exception {
        open();
        Files.writeString(dir.resolve("directory.yaml.journal"),
                "pbkdf2-sha256$1$c2FsdA==$aGFzaA==\n{\"id\":\"" + LOCKED + "\",\"upn\":\"x\"}\n");

        assertThatThrownBy(this::open)
                .hasMessageContaining("directory.yaml.journal: line 1 is not a user record")
                .hasMessageNotContaining("pbkdf2");
    }

    @Test
    void theJournal_isFoldedIntoTheFile_onceItHoldsEnoughChanges() throws Exception {
        DemoDirectory directory = open();
        for (int i = 0; i < DemoDirectory.COMPACT_AFTER; i++) {
            directory.unlock(LOCKED).get(5, TimeUnit.SECONDS);
        }

        assertThat(names()).containsExactly("directory.yaml");
        directory.unlock(LOCKED).get(5, TimeUnit.SECONDS);
        assertThat(Files.readString(dir.resolve("directory.yaml.journal")).lines()).hasSize(1);
    }

    @Test
    void theFileAndTheJournal_areReadableByTheirOwnerOnly() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        DemoDirectory directory = open();
        directory.unlock(LOCKED).get(5, TimeUnit.SECONDS);

        var ownerOnly = java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");
        assertThat(Files.getPosixFilePermissions(dir.resolve("directory.yaml.journal"))).isEqualTo(ownerOnly);
        directory.close();
        assertThat(Files.getPosixFilePermissions(dir.resolve("directory.yaml"))).isEqualTo(ownerOnly);
    }

    @Test
    void aJournalLineTornInsideACharacter_isIgnored() throws Exception {
        open().unlock(LOCKED).get(5, TimeUnit.SECONDS);
        byte[] start = ("{\"id\":\"" + ANA + "\",\"upn\":\"ana.popescu@contoso.example\",\"displayName\":\"Bra")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] torn = java.util.Arrays.copyOf(start, start.length + 1);
        torn[start.length] = (byte) 0xC8; // the first of the two bytes of "ș"
        Files.write(dir.resolve("directory.yaml.journal"), torn, java.nio.file.StandardOpenOption.APPEND);

        DemoDirectory restarted = open();

        assertThat(find(restarted, "locked.user@contoso.example").locked()).isFalse();
        assertThat(find(restarted, "e1001").displayName()).isEqualTo("Ana Popescu");
    }

    @Test
    void aJournalRecordThatWouldBreakTheFile_stopsTheStart_andLeavesTheFileAsItWas() throws Exception {
        open();
        String before = Files.readString(dir.resolve("directory.yaml"));
        Files.writeString(dir.resolve("directory.yaml.journal"), "{\"id\":\"" + ANA + "\"}\n");

        assertThatThrownBy(this::open).hasMessageContaining("has no 'id' or 'upn'");
        assertThat(Files.readString(dir.resolve("directory.yaml"))).isEqualTo(before);
        assertThat(dir.resolve("directory.yaml.journal")).exists();
    }

    private List<String> names() throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }

    @Test
    void unlock_clearsTheLockoutAndIsKept() throws Exception {
        open().unlock(LOCKED).get(5, TimeUnit.SECONDS);

        assertThat(find(open(), "locked.user@contoso.example").locked()).isFalse();
    }

    @Test
    void resetPassword_unknownAccount_failsWithNotFound() {
        assertThatThrownBy(() -> open().resetPassword("no-such-id", "Fake-Test-Pass-42", false).get())
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(DirectoryFailure.class,
                        failure -> assertThat(failure.reason()).isEqualTo(DirectoryFailure.Reason.NOT_FOUND));
    }

    @Test
    void resetPassword_accountSyncedFromOnPremises_failsAsSynced() throws Exception {
        Path file = dir.resolve("synced.yaml");
        Files.writeString(file, "users:\n  - id: s1\n    upn: synced@contoso.example\n    synced: true\n");
        DemoDirectory directory = DemoDirectory.open(new DemoDirectoryProperties(file, "demo/directory.yaml", 1000),
                clock);

        assertThatThrownBy(() -> directory.resetPassword("s1", "Fake-Test-Pass-42", false).get())
                .cause().isInstanceOfSatisfying(DirectoryFailure.class,
                        failure -> assertThat(failure.reason()).isEqualTo(DirectoryFailure.Reason.SYNCED_ACCOUNT));
    }

    @Test
    void open_userWithoutId_failsWithoutPrintingTheEntry() throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, "users:\n  - upn: a@contoso.example\n    passwordHash: pbkdf2-sha256$1$c2FsdA==$aGFzaA==\n");

        assertThatThrownBy(() -> DemoDirectory.open(new DemoDirectoryProperties(file, "demo/directory.yaml", 1000),
                clock)).hasMessage("The demo directory's user number 1 has no 'id' or 'upn'");
    }

    @Test
    void resetPassword_journalCannotBeWritten_failsAsUnavailableAndChangesNothing() throws Exception {
        DemoDirectory directory = open();
        Files.createDirectory(dir.resolve("directory.yaml.journal")); // a folder where the journal should be

        assertThatThrownBy(() -> directory.resetPassword(ANA, "Fake-Test-Pass-42", false).get())
                .cause().isInstanceOfSatisfying(DirectoryFailure.class,
                        failure -> assertThat(failure.reason()).isEqualTo(DirectoryFailure.Reason.UNAVAILABLE));
        assertThat(directory.passwordMatches(ANA, "Fake-Test-Pass-42")).isFalse();
    }

    @Test
    void manyChangesAtOnce_areAllWrittenAndKeptAfterARestart() throws Exception {
        DemoDirectory directory = open();
        List<String> ids = List.of(ANA, LOCKED, "2c4e8a1d-5f3b-4b6a-8d27-1e9c0b5a4f02");
        List<java.util.concurrent.CompletableFuture<Void>> changes = new java.util.ArrayList<>();
        for (int round = 0; round < 20; round++) {
            for (String id : ids) {
                changes.add(directory.resetPassword(id, "Round-" + round + "-Pw", false));
            }
        }

        java.util.concurrent.CompletableFuture.allOf(changes.toArray(java.util.concurrent.CompletableFuture[]::new))
                .get(10, TimeUnit.SECONDS);

        DemoDirectory reopened = open();
        for (String id : ids) {
            assertThat(reopened.passwordMatches(id, "Round-19-Pw")).as(id).isTrue();
        }
    }

    @Test
    void aChangeWhoseWriteFails_failsAsUnavailable_andIsNotApplied() throws Exception {
        DemoDirectory directory = open();
        Files.createDirectories(dir.resolve("directory.yaml.journal").resolve("in-the-way"));

        assertThatThrownBy(() -> directory.resetPassword(ANA, "Never-Written-1", false).get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(DirectoryFailure.class)
                .cause().satisfies(failure -> assertThat(((DirectoryFailure) failure).reason())
                        .isEqualTo(DirectoryFailure.Reason.UNAVAILABLE));
        assertThat(directory.passwordMatches(ANA, "Never-Written-1")).isFalse();
    }

    @Test
    void aChangeAfterClose_fails() {
        DemoDirectory directory = open();
        directory.close();

        assertThatThrownBy(() -> directory.unlock(LOCKED).get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(DirectoryFailure.class);
    }

    @Test
    void aJsonFile_isCreatedFromTheSeed_andKeepsChangesInJson() throws Exception {
        Path file = dir.resolve("directory.json");
        DemoDirectory directory = DemoDirectory.open(new DemoDirectoryProperties(file, "demo/directory.yaml", 1000),
                clock);

        directory.resetPassword(ANA, "Json-Kept-Pw-1", false).get(5, TimeUnit.SECONDS);

        assertThat(Files.readString(file)).startsWith("{").contains("\"upn\" : \"ana.popescu@contoso.example\"");
        DemoDirectory reopened = DemoDirectory.open(new DemoDirectoryProperties(file, "demo/directory.yaml", 1000),
                clock);
        assertThat(reopened.passwordMatches(ANA, "Json-Kept-Pw-1")).isTrue();
        assertThat(find(reopened, "e1001").displayName()).isEqualTo("Ana Popescu");
    }

    @Test
    void aYamlSyntaxError_namesTheFileAndLine_withoutQuotingIt() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("directory.yaml"), "users:\n  - id: u1\n    upn: a@x\n"
                + "    enrollment: {authenticatorSecret: JBSWY3DPEHPK3PXP\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(this::open)
                .isInstanceOf(InvalidDirectoryFileException.class)
                .hasMessageContaining(dir.resolve("directory.yaml").toString()).hasMessageContaining("line 5")
                .hasMessageNotContaining("JBSWY3DPEHPK3PXP").hasMessageNotContaining("reader")
                .hasNoCause();
    }

    @Test
    void twoUsersWithTheSameUpn_stopTheStart() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("directory.yaml"), "users:\n  - {id: u1, upn: a@x}\n"
                + "  - {id: u2, upn: A@x}\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(this::open)
                .hasMessage("The demo directory's user number 2 has the same upn as another name of user number 1");
    }

    @Test
    void aPasswordHashNotMadeByResetDesk_stopsTheStartWithoutQuotingIt() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("directory.yaml"), "users:\n  - {id: u1, upn: a@x,"
                + " passwordHash: '$2y$10$abcdefghijklmnopqrstuv'}\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(this::open)
                .hasMessageContaining("user number 1 has a passwordHash that is not a pbkdf2-sha256 hash")
                .hasMessageNotContaining("$2y$");
    }
}
