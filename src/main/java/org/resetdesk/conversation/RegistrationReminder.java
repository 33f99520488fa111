package org.resetdesk.conversation;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.text.Language;
import org.resetdesk.text.Reply;

/**
 * Reminds a signed-in user whose reset methods are missing (fewer than the policy requires) or due for
 * reconfirmation to look at them, at most once a day. Thread-safe; never completes exceptionally (a failure means no
 * reminder).
 */
public interface RegistrationReminder {

    /** Reminds nobody. */
    RegistrationReminder NONE = (objectId, language) -> CompletableFuture.completedFuture(Optional.empty());

    /**
     * The reminder for the user a validated channel token names, or empty when none is due or one was given today.
     *
     * @param objectId the user's directory object id, as the validated token states it
     */
    CompletableFuture<Optional<Reply>> due(String objectId, Language language);
}
