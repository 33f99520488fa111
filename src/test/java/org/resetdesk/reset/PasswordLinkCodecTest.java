package org.resetdesk.reset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.resetdesk.dialog.Caller;
import org.resetdesk.identity.ResetSession;
import org.resetdesk.state.JsonCodec;
import org.resetdesk.text.Language;

/** A password link as a shared store keeps it comes back whole. */
class PasswordLinkCodecTest {

    @Test
    void aLink_comesBackEqual() {
        JsonCodec<PasswordLinks.Link> codec = new JsonCodec<>(PasswordLinks.Link.class);
        PasswordLinks.Link link = new PasswordLinks.Link(new Caller("webchat", "conv-1", false, null,
                ZoneId.of("Europe/Bucharest")), new ResetSession.Ref("corr-1", "user-1"), Language.RO,
                Instant.parse("2026-12-07T08:05:00.123Z"));

        assertThat(codec.decode(codec.encode(link))).isEqualTo(link);
    }
}
