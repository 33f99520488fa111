package org.resetdesk.channel;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;


import org.resetdesk.web.RequestBodies;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code POST /api/messages}, the Bot Framework messaging endpoint. The body is taken as text and read with the
 * channel's own Jackson 2 mapper. Without an app registration only loopback callers are served, unless
 * {@code resetdesk.channel.allow-anonymous=true}.
 *
 * <p>A functional endpoint rather than a {@code @RestController}: when the turn has already finished by the time
 * the processing future is returned (the usual case), it writes the answer at once instead of going through a
 * servlet async dispatch, which measured as a third of a turn's cost.
 */
final class MessagesEndpoint {

    private final ActivityProcessor processor;
    private final BotCredentials credentials;
    private final ChannelProperties properties;

    MessagesEndpoint(ActivityProcessor processor, BotCredentials credentials, ChannelProperties properties) {
        this.processor = processor;
        this.credentials = credentials;
        this.properties = properties;
    }

    ServerResponse receive(ServerRequest request) throws IOException {
        if (!credentials.configured() && !properties.allowAnonymous() && !fromLoopback(request)) {
            return toResponse(ChannelResponse.error(403, "Forbidden",
                    "This bot has no app registration and only accepts requests from its own machine"));
        }
        String authorization = request.headers().firstHeader(HttpHeaders.AUTHORIZATION);
        if (credentials.configured() && (authorization == null || authorization.isBlank())) {
            return toResponse(ChannelResponse.unauthorized("A Bot Framework bearer token is required"));
        }
        String body;
        try {
            body = RequestBodies.readUtf8(request.servletRequest().getInputStream(), properties.maxBodySize());
        } catch (RequestBodies.TooLargeException e) {
            return toResponse(ChannelResponse.error(413, "PayloadTooLarge", e.getMessage()));
        }
        return ServerResponse.async(processor.fromChannel(body, authorization).thenApply(MessagesEndpoint::toResponse));
    }

    /** A proxy on this machine forwards other machines' requests: a forwarded request is never a local one. */
    private static boolean fromLoopback(ServerRequest request) {
        if (request.headers().firstHeader("X-Forwarded-For") != null
                || request.headers().firstHeader("Forwarded") != null) {
            return false;
        }
        try {
            return InetAddress.getByName(request.servletRequest().getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static ServerResponse toResponse(ChannelResponse response) {
        if (response.body() == null) {
            return ServerResponse.status(response.status()).build();
        }
        return ServerResponse.status(response.status()).contentType(MediaType.APPLICATION_JSON).body(response.body());
    }
}
