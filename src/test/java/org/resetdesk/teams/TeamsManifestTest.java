package org.resetdesk.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks the Teams app package that process-resources builds into target/teams. */
class TeamsManifestTest {

    private static final Path PACKAGE_DIR = Path.of("target", "teams");
    private static final Path MANIFEST = PACKAGE_DIR.resolve("manifest.json");
    private static final Path VALIDATOR = Path.of("src", "test", "teams", "validate-manifest.mjs");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tempDir;

    private record Validation(int exitCode, String output) {
    }

    private Validation validate(Path manifest) throws IOException, InterruptedException {
        File log = tempDir.resolve("validator.log").toFile();
        Process node = new ProcessBuilder("node", VALIDATOR.toString(), manifest.toString())
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();
        if (!node.waitFor(60, TimeUnit.SECONDS)) {
            node.destroyForcibly();
            throw new AssertionError("manifest validator did not finish within 60 s");
        }
        return new Validation(node.exitValue(), Files.readString(log.toPath()));
    }

    private static JsonNode builtManifest() throws IOException {
        return JSON.readTree(MANIFEST.toFile());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }

    private static BufferedImage icon(String name) throws IOException {
        BufferedImage image = ImageIO.read(PACKAGE_DIR.resolve(name).toFile());
        assertThat(image).as("%s is a readable PNG", name).isNotNull();
        return image;
    }

    @Test
    void validator_builtManifest_passesOfficialSchema() throws Exception {
        Validation result = validate(MANIFEST);

        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void validator_manifestWithoutIcons_isRejectedWithSchemaError() throws Exception {
        ObjectNode broken = (ObjectNode) builtManifest();
        broken.remove("icons");
        Path copy = tempDir.resolve("manifest.json");
        JSON.writeValue(copy.toFile(), broken);

        Validation result = validate(copy);

        // Exit code 1 means "schema errors"; 2 would mean the validator could not run at all.
        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("required property 'icons'");
    }

    @Test
    void builtManifest_afterFiltering_hasNoPlaceholdersLeft() throws IOException {
        assertThat(Files.readString(MANIFEST, StandardCharsets.UTF_8)).doesNotContain("${");
    }

    @Test
    void builtManifest_afterFiltering_usesConfiguredBotIdAndDomain() throws IOException {
        // Surefire passes -D properties from the Maven command line on to the test JVM.
        String botId = System.getProperty("resetdesk.teams.bot-id", "00000000-0000-0000-0000-000000000000");
        String domain = System.getProperty("resetdesk.teams.domain", "resetdesk.example");
        JsonNode manifest = builtManifest();

        assertThat(manifest.path("id").asText()).isEqualTo(botId);
        assertThat(manifest.path("bots").path(0).path("botId").asText()).isEqualTo(botId);
        assertThat(manifest.path("validDomains").path(0).asText()).isEqualTo(domain);
        assertThat(manifest.path("developer").path("websiteUrl").asText()).startsWith("https://" + domain + "/");
    }

    @Test
    void builtManifest_bot_isInstallableInPersonalTeamAndGroupChat() throws IOException {
        List<String> scopes = texts(builtManifest().path("bots").path(0).path("scopes"));

        assertThat(scopes).containsExactlyInAnyOrder("personal", "team", "groupChat");
    }

    @Test
    void builtManifest_everyScope_offersTheThreeCommands() throws IOException {
        JsonNode commandLists = builtManifest().path("bots").path(0).path("commandLists");

        for (String scope : List.of("personal", "team", "groupChat")) {
            List<String> titles = new ArrayList<>();
            for (JsonNode list : commandLists) {
                if (texts(list.path("scopes")).contains(scope)) {
                    list.path("commands").forEach(command -> titles.add(command.path("title").asText()));
                }
            }
            assertThat(titles).as("commands in scope %s", scope)
                    .containsExactlyInAnyOrder("reset password", "unlock account", "help");
        }
    }

    @Test
    void colorIcon_size_is192Square() throws IOException {
        BufferedImage color = icon("color.png");

        assertThat(new int[] {color.getWidth(), color.getHeight()}).containsExactly(192, 192);
    }

    @Test
    void outlineIcon_size_is32Square() throws IOException {
        BufferedImage outline = icon("outline.png");

        assertThat(new int[] {outline.getWidth(), outline.getHeight()}).containsExactly(32, 32);
    }

    @Test
    void outlineIcon_visiblePixels_areAllWhite() throws IOException {
        BufferedImage outline = icon("outline.png");
        List<String> notWhite = new ArrayList<>();
        int visible = 0;
        for (int y = 0; y < outline.getHeight(); y++) {
            for (int x = 0; x < outline.getWidth(); x++) {
                int argb = outline.getRGB(x, y);
                if (argb >>> 24 != 0) {
                    visible++;
                    if ((argb & 0xFFFFFF) != 0xFFFFFF) {
                        notWhite.add("(%d,%d)=#%08X".formatted(x, y, argb));
                    }
                }
            }
        }

        assertThat(visible).as("visible pixels").isPositive();
        assertThat(notWhite).as("visible pixels that are not white").isEmpty();
    }

    @Test
    void outlineIcon_background_isTransparent() throws IOException {
        BufferedImage outline = icon("outline.png");

        assertThat(outline.getColorModel().hasAlpha()).isTrue();
        assertThat(outline.getRGB(0, 0) >>> 24).as("alpha of the top-left corner").isZero();
    }
}
