package org.resetdesk.channel;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code POST /api/messages}, the Bot Framework messaging endpoint. The body is taken as text and read with the
 * channel's own Jackson 2 mapper. Without an app registration only loopback callers are served, unless
 * {@code resetdesk.channel.allow-anonymous=true}.
 */
@RestController
class MessagesController {

    private final ActivityProcessor processor;
    private final BotCredentials credentials;
    private final ChannelProperties properties;

    MessagesController(ActivityProcessor processor, BotCredentials credentials, ChannelProperties properties) {
        this.processor = processor;
        this.credentials = credentials;
        this.properties = properties;
    }

    @PostMapping("/api/messages")
    CompletableFuture<ResponseEntity<String>> receive(@RequestBody(required = false) String body,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            HttpServletRequest request) {
        if (!credentials.configured() && !properties.allowAnonymous() && !fromLoopback(request)) {
            return CompletableFuture.completedFuture(toEntity(ChannelResponse.error(403, "Forbidden",
                    "This bot has no app registration and only accepts requests from its own machine")));
        }
        if (credentials.configured() && (authorization == null || authorization.isBlank())) {
            return CompletableFuture.completedFuture(
                    toEntity(ChannelResponse.unauthorized("A Bot Framework bearer token is required")));
        }
        String ownServiceUrl = ServletUriComponentsBuilder.fromContextPath(request).path("/").toUriString();
        return processor.fromChannel(body, authorization, ownServiceUrl).thenApply(MessagesController::toEntity);
    }

    private static boolean fromLoopback(HttpServletRequest request) {
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static ResponseEntity<String> toEntity(ChannelResponse response) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(response.status());
        if (response.body() == null) {
            return builder.build();
        }
        return builder.contentType(MediaType.APPLICATION_JSON).body(response.body());
    }
}
