package org.resetdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.microsoft.bot.schema.Activity;
import org.junit.jupiter.api.Test;

class BotJsonTest {

    private static Activity withTimestamp(String timestamp) throws JsonProcessingException {
        return BotJson.readActivity("{\"type\":\"message\",\"timestamp\":\"" + timestamp + "\"}");
    }

    @Test
    void readActivity_timestampWithoutFraction_isAccepted() throws JsonProcessingException {
        assertThat(withTimestamp("2026-03-02T08:00:00Z").getTimestamp())
                .isEqualTo(OffsetDateTime.of(2026, 3, 2, 8, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void readActivity_millisecondFraction_isMillisecondsNotNanoseconds() throws JsonProcessingException {
        assertThat(withTimestamp("2026-03-02T08:00:00.123Z").getTimestamp().getNano()).isEqualTo(123_000_000);
    }

    @Test
    void readActivity_sevenDigitFractionAndOffset_isAccepted() throws JsonProcessingException {
        assertThat(withTimestamp("2026-03-02T10:00:00.1234567+02:00").getTimestamp().toInstant())
                .isEqualTo(OffsetDateTime.of(2026, 3, 2, 8, 0, 0, 123_456_700, ZoneOffset.UTC).toInstant());
    }

    @Test
    void readActivity_notADate_isRejected() {
        assertThatThrownBy(() -> withTimestamp("yesterday")).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void write_timestamp_usesMillisecondsAndKeepsUnknownProperties() throws JsonProcessingException {
        Activity activity = BotJson.readActivity(
                "{\"type\":\"message\",\"timestamp\":\"2026-03-02T08:00:00Z\",\"x-custom\":{\"a\":1}}");

        String json = BotJson.write(activity);

        assertThat(json).contains("\"timestamp\":\"2026-03-02T08:00:00.000Z\"", "\"x-custom\":{\"a\":1}")
                .doesNotContain("teamsActivity", "\"properties\"");
    }
}
