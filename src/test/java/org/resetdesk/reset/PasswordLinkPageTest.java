package org.resetdesk.reset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.resetdesk.text.Language;
import org.resetdesk.text.MessageCatalog;

/** The HTML of the password link page: texts from the message files, everything inserted escaped, no scripts. */
class PasswordLinkPageTest {

    private static final String MARKUP = "<script>alert('x')</script> & \"quoted\"";

    private final PasswordLinkPage page = new PasswordLinkPage(MessageCatalog.load(Path.of("dialogs")));

    @Test
    void form_escapesTheRulesAndTheProblems() {
        String html = page.form(Language.EN, MARKUP, List.of(MARKUP, "second"));

        assertThat(html).doesNotContain("<script", "alert('x')", "\"quoted\"")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;")
                .contains("<li>second</li>");
        assertThat(html.split("<li>", -1)).hasSize(3);
    }

    @Test
    void form_withoutProblems_hasNoProblemList() {
        assertThat(page.form(Language.EN, "rules", List.of())).doesNotContain("class=\"problems\"");
    }

    @Test
    void notice_escapesItsMessageAndHasNoForm() {
        String html = page.notice(Language.RO, MARKUP, "failed");

        assertThat(html).startsWith("<!doctype html>").contains("<html lang=\"ro\">", "<h1>Setează parola nouă</h1>",
                "<p class=\"failed\">&lt;script&gt;").doesNotContain("<script", "<form");
    }

    @Test
    void romanianDiacritics_areKeptAsTheyAre() {
        assertThat(page.form(Language.RO, "reguli", List.of())).contains("Scrie-o din nou", "Setează parola");
    }
}
