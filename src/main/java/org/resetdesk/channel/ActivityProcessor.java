package org.resetdesk.channel;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.DeliveryModes;
import com.microsoft.bot.schema.RoleTypes;
import org.resetdesk.text.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one activity's JSON through the adapter and the bot and turns the result into an HTTP answer: 200 with a body
 * for invokes and {@code expectReplies}, 202 otherwise; 400 for malformed input and 401 for a failed token check,
 * never a 500 for a client's mistake.
 */
final class ActivityProcessor {

    private static final Logger log = LoggerFactory.getLogger(ActivityProcessor.class);

    private final BotFrameworkHttpAdapter adapter;
    private final Bot bot;

    ActivityProcessor(BotFrameworkHttpAdapter adapter, Bot bot) {
        this.adapter = adapter;
        this.bot = bot;
    }

    /**
     * Put on activities whose replies come back in the response (in process, {@code expectReplies}) so the SDK has
     * a service URL; never called. One constant, because the SDK keeps a connector client per service URL forever.
     */
    static final String UNUSED_SERVICE_URL = "http://localhost/resetdesk/replies-in-response/";

    /** An activity from a channel, checked with the SDK's token validation. */
    CompletableFuture<ChannelResponse> fromChannel(String body, String authorization) {
        Activity activity;
        try {
            activity = parse(body);
        } catch (InvalidActivityException e) {
            return CompletableFuture.completedFuture(ChannelResponse.badRequest(e.getMessage()));
        }
        CompletableFuture<InvokeResponse> processing;
        try (TurnLogContext context = TurnLogContext.open()) {
            processing = adapter.processIncomingActivity(authorization, activity, bot);
        } catch (RuntimeException e) {
            // The SDK throws on the calling thread for a bearer it cannot even parse.
            log.debug("Rejected a request with an unreadable Authorization header", e);
            return CompletableFuture.completedFuture(ChannelResponse.unauthorized("Invalid Authorization header"));
        }
        return processing.handle(this::respond);
    }

    /** An activity from a trusted in-process channel (our web chat), which has already authenticated its user. */
    CompletableFuture<ChannelResponse> inProcess(String body) {
        Activity activity;
        try {
            activity = parse(body);
            activity.setServiceUrl(UNUSED_SERVICE_URL);
            activity.setDeliveryMode(DeliveryModes.EXPECT_REPLIES.toString());
        } catch (InvalidActivityException e) {
            return CompletableFuture.completedFuture(ChannelResponse.badRequest(e.getMessage()));
        }
        ClaimsIdentity trusted = new ClaimsIdentity(AuthenticationConstants.ANONYMOUS_AUTH_TYPE);
        java.util.concurrent.atomic.AtomicBoolean secret = new java.util.concurrent.atomic.AtomicBoolean();
        CompletableFuture<InvokeResponse> processing;
        try (TurnLogContext context = TurnLogContext.open()) {
            processing = adapter.processActivity(trusted, activity, turn -> bot.onTurn(turn).thenRun(() ->
                    secret.set(ResetDeskBot.secretInput(turn))));
        }
        return processing.handle(this::respond)
                .thenApply(response -> secret.get() ? response.withSecretInput() : response);
    }

    private static Activity parse(String body) throws InvalidActivityException {
        if (body == null || body.isBlank()) {
            throw new InvalidActivityException("The request has no body; expected an activity as JSON");
        }
        Activity activity;
        try {
            activity = BotJson.readActivity(body);
        } catch (JsonProcessingException e) {
            throw new InvalidActivityException("The body is not a valid activity: " + e.getOriginalMessage());
        }
        if (activity == null) {
            throw new InvalidActivityException("The body is not a valid activity: expected a JSON object");
        }
        require(activity.getType(), "type");
        require(activity.getChannelId(), "channelId");
        require(activity.getConversation() == null ? null : activity.getConversation().getId(), "conversation.id");
        require(activity.getFrom() == null ? null : activity.getFrom().getId(), "from.id");
        if (activity.getRecipient() != null && activity.getRecipient().getRole() == null) {
            // The SDK's anonymous emulator check dereferences the recipient's role without a null check.
            activity.getRecipient().setRole(RoleTypes.BOT);
        }
        // The SDK makes the activity's locale the JVM's default locale; only ever let it be one we speak.
        activity.setLocale(Language.fromLocale(activity.getLocale()).map(Language::locale).orElse(null));
        boolean expectReplies = Objects.equals(DeliveryModes.EXPECT_REPLIES.toString(), activity.getDeliveryMode());
        if (activity.getServiceUrl() == null || activity.getServiceUrl().isBlank()) {
            if (!expectReplies) {
                throw new InvalidActivityException("The activity has no 'serviceUrl' to send replies to");
            }
            activity.setServiceUrl(UNUSED_SERVICE_URL);
        } else if (!isHttpUrl(activity.getServiceUrl())) {
            throw new InvalidActivityException("The activity's 'serviceUrl' is not an http(s) URL with a valid port");
        }
        return activity;
    }

    private static void require(String value, String field) throws InvalidActivityException {
        if (value == null || value.isBlank()) {
            throw new InvalidActivityException("The activity has no '" + field + "'");
        }
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && (uri.getPort() == -1 || uri.getPort() >= 1 && uri.getPort() <= 65535);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private ChannelResponse respond(InvokeResponse response, Throwable failure) {
        if (failure == null) {
            return response == null ? ChannelResponse.accepted()
                    : ChannelResponse.withBody(response.getStatus(), response.getBody());
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (isAuthenticationFailure(cause)) {
            log.debug("Rejected a request that failed the token check", cause);
            return ChannelResponse.unauthorized("The request's token is missing or not valid for this bot");
        }
        String reference = UUID.randomUUID().toString();
        log.error("Processing an activity failed, reference {}", reference, cause);
        return ChannelResponse.error(500, "ServiceError", "The bot could not process the activity; reference "
                + reference);
    }

    private static boolean isAuthenticationFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AuthenticationException) {
                return true;
            }
        }
        return false;
    }

    /** The request body is not an activity the bot can process. */
    static final class InvalidActivityException extends Exception {
        InvalidActivityException(String message) {
            super(message);
        }
    }
}
