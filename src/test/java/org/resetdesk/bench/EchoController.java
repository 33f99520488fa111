package org.resetdesk.bench;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.ServletException;

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
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code POST /api/messages} for the echo bot, the way the SDK's samples do it. The body is read and the reply
 * written with a Jackson 2 mapper because Spring Boot 4's MVC mapper is Jackson 3, which cannot handle the SDK's
 * Jackson 2 types. A functional route rather than a {@code @RestController}, so ResetDesk's component scan (which
 * covers this test package in the test suite) never picks it up.
 */
final class EchoController {

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

    ServerResponse receive(ServerRequest request) throws ServletException, IOException {
        Activity activity = JSON.readValue(request.body(String.class), Activity.class);
        String authorization = request.headers().firstHeader("Authorization");
        CompletableFuture<ServerResponse> response = adapter.processIncomingActivity(authorization, activity, bot)
                .thenApply(invoke -> invoke == null ? ServerResponse.status(HttpStatus.ACCEPTED).build()
                        : ServerResponse.status(invoke.getStatus()).contentType(MediaType.APPLICATION_JSON)
                                .body(write(invoke.getBody())));
        return ServerResponse.async(response);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the reply", e);
        }
    }
}
