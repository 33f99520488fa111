package org.resetdesk.reset;

import java.util.List;

/** How an attempt to change an account ended; the texts are in the user's language. */
public sealed interface ChangeResult {

    /** The directory made the change. */
    record Done() implements ChangeResult {
    }

    /** The new password was refused (by ResetDesk's policy or the directory's); nothing changed. */
    record Rejected(List<String> reasons) implements ChangeResult {
        public Rejected {
            reasons = List.copyOf(reasons);
        }
    }

    /** The directory failed or refused for another reason; nothing can be assumed changed. */
    record Failed(String reference) implements ChangeResult {
    }

    /** The account was not locked, so nothing needed doing. */
    record NothingToDo() implements ChangeResult {
    }

    /** No verified session (it expired, or this conversation never verified the account). */
    record NotVerified() implements ChangeResult {
    }
}
