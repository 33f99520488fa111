package org.resetdesk.channel;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.microsoft.bot.schema.Activity;

/**
 * The Jackson 2 mapper for Bot Framework JSON. Spring Boot 4's own mapper is Jackson 3, which cannot bind the SDK's
 * Jackson 2 {@code JsonNode} fields, so the channel reads and writes activities with this one, configured like the
 * SDK's serializer. A mix-in replaces bot-schema's timestamp format, which rejects timestamps without fractional
 * seconds ({@code 2026-01-01T08:00:00Z}) and reads {@code .123} as nanoseconds.
 */
final class BotJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            // "{...}x" is not an activity: everything after the JSON value must be whitespace.
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
            .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            // Only the schema's annotated fields and overflow properties: the classes also have many derived
            // is/get methods (isTeamsActivity...) that are not part of the wire format.
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .addMixIn(Activity.class, ActivityTimestamps.class)
            .build();

    private BotJson() {
    }

    static Activity readActivity(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, Activity.class);
    }

    static byte[] writeBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /** Mix-in for {@link Activity}: timestamps in ISO 8601 with or without fractional seconds. */
    abstract static class ActivityTimestamps {
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @JsonDeserialize(using = FlexibleTimestamp.Reader.class)
        @JsonSerialize(using = FlexibleTimestamp.Writer.class)
        OffsetDateTime timestamp;

        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @JsonDeserialize(using = FlexibleTimestamp.Reader.class)
        @JsonSerialize(using = FlexibleTimestamp.Writer.class)
        OffsetDateTime localTimestamp;
    }

    /** ISO 8601 date-times; a missing offset is read as UTC. Written with milliseconds, as the channels do. */
    static final class FlexibleTimestamp {
        private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

        private FlexibleTimestamp() {
        }

        static OffsetDateTime parse(String text) {
            try {
                return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException withoutOffset) {
                return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atOffset(ZoneOffset.UTC);
            }
        }

        static final class Reader extends StdScalarDeserializer<OffsetDateTime> {
            Reader() {
                super(OffsetDateTime.class);
            }

            @Override
            public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String text = parser.getValueAsString();
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return parse(text.trim());
                } catch (DateTimeParseException e) {
                    return (OffsetDateTime) context.handleWeirdStringValue(OffsetDateTime.class, text,
                            "not an ISO 8601 date-time");
                }
            }
        }

        static final class Writer extends StdScalarSerializer<OffsetDateTime> {
            Writer() {
                super(OffsetDateTime.class);
            }

            @Override
            public void serialize(OffsetDateTime value, JsonGenerator generator, SerializerProvider provider)
                    throws IOException {
                generator.writeString(OUT.format(value));
            }
        }
    }
}
