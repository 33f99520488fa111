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

    /**
     * The directory failed or refused for another reason.
     *
     * @param reference the correlation id, for the helpdesk
     * @param kind      what the user can be told about it
     */
    record Failed(String reference, Kind kind) implements ChangeResult {

        public Failed(String reference) {
            this(reference, Kind.NOT_CHANGED);
        }

        /** What a failure means for the user. */
        public enum Kind {
            /** Nothing was changed; trying again later may work. */
            NOT_CHANGED,
            /** The directory did not answer in time after the change was sent: it may or may not have happened. */
            MAYBE_CHANGED,
            /** The account is managed elsewhere (synced from on-premises): it cannot be changed here. */
            MANAGED_ELSEWHERE,
            /** The directory cannot unlock accounts at all (Entra ID's smart lockout ends by itself). */
            CANNOT_UNLOCK
        }
    }

    /** The account was not locked, so nothing needed doing. */
    record NothingToDo() implements ChangeResult {
    }

    /** No verified session (it expired, or this conversation never verified the account). */
    record NotVerified() implements ChangeResult {
    }
}
