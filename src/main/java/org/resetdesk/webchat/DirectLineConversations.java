package org.resetdesk.webchat;

import java.util.Optional;

/** The open web chat conversations: in this process's memory, or in the shared store. Thread-safe. */
interface DirectLineConversations {

    /**
     * A new conversation.
     *
     * @throws DirectLineException 503 with a retry time when there is no room for one
     */
    DirectLineConversation open();

    Optional<DirectLineConversation> find(String id);

    /**
     * Refuses a post while there is no room for more history.
     *
     * @throws DirectLineException 503 with a retry time
     */
    void checkRoomForPost();
}
