package org.resetdesk.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The Teams app package that {@code mvn package} writes: what an administrator uploads to Teams. */
class TeamsPackageIT {

    private static final Path PACKAGE = Path.of("target", "resetdesk-teams-app.zip");

    @Test
    void zip_holdsTheManifestAndBothIconsAtItsRoot() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(PACKAGE.toFile())) {
            zip.stream().map(ZipEntry::getName).forEach(names::add);
        }

        assertThat(names).containsExactlyInAnyOrder("manifest.json", "color.png", "outline.png");
    }

    @Test
    void zippedManifest_carriesTheConfiguredBotIdAndDomain() throws IOException {
        JsonNode manifest;
        try (ZipFile zip = new ZipFile(PACKAGE.toFile())) {
            String text = new String(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(text).doesNotContain("${");
            manifest = new ObjectMapper().readTree(text);
        }

        String botId = System.getProperty("resetdesk.teams.bot-id", "00000000-0000-0000-0000-000000000000");
        String domain = System.getProperty("resetdesk.teams.domain", "resetdesk.example");
        assertThat(manifest.at("/bots/0/botId").asText()).isEqualTo(botId);
        assertThat(manifest.at("/id").asText()).isEqualTo(botId);
        assertThat(manifest.at("/validDomains/0").asText()).isEqualTo(domain);
        assertThat(manifest.at("/developer/privacyUrl").asText()).isEqualTo("https://" + domain + "/privacy.html");
    }
}
