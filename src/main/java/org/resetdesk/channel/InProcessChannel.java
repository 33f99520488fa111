package org.resetdesk.channel;

import java.util.concurrent.CompletableFuture;

/**
 * The bot as seen by ResetDesk's own web chat endpoint: it hands over one activity as JSON and gets the bot's replies
 * back in the same call, with no HTTP round trip to ourselves. The caller must have authenticated the user; the
 * activity is run with {@code deliveryMode: expectReplies}.
 */
public interface InProcessChannel {

    /**
     * Set to {@code true} in the channel data of a reply that holds something to show once only (a temporary
     * password, a single-use link): a channel that keeps a history masks it after delivering it.
     */
    String SHOWN_ONCE = "resetdeskShownOnce";

    /**
     * Delivers an activity and returns the bot's answer.
     *
     * @param activityJson the activity, as Bot Framework JSON
     * @return the status (200 with an {@code ExpectedReplies} body, 400 with the reason for a malformed activity)
     *         and the body
     */
    CompletableFuture<Answer> deliver(String activityJson);

    /**
     * An HTTP-like status and a JSON body ({@code null} when there is none).
     *
     * @param secretInput whether the delivered activity held a password, code or answer, which must not be kept
     */
    record Answer(int status, String body, boolean secretInput) {
    }
}
