package org.resetdesk.bench;

import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/messages} for the echo bot, the way the SDK's samples do it. The body is read and the reply
 * written with a Jackson 2 mapper because Spring Boot 4's MVC mapper is Jackson 3, which cannot handle the SDK's
 * Jackson 2 types.
 */
@RestController
class EchoController {

    private static final ObjectMapper JSON = new ObjectMapper()
            .findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final BotFrameworkHttpAdapter adapter;
    private final Bot bot;

    EchoController(BotFrameworkHttpAdapter adapter, Bot bot) {
        this.adapter = adapter;
        this.bot = bot;
    }

    @PostMapping("/api/messages")
    CompletableFuture<ResponseEntity<String>> receive(@RequestBody String body,
            @RequestHeader(name = "Authorization", required = false) String authorization)
            throws JsonProcessingException {
        Activity activity = JSON.readValue(body, Activity.class);
        return adapter.processIncomingActivity(authorization, activity, bot).thenApply(response -> {
            if (response == null) {
                return ResponseEntity.status(HttpStatus.ACCEPTED).<String>build();
            }
            return ResponseEntity.status(response.getStatus()).contentType(MediaType.APPLICATION_JSON)
                    .body(write(response.getBody()));
        });
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the reply", e);
        }
    }
}
