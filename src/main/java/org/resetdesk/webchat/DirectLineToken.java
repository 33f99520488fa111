package org.resetdesk.webchat;

import java.time.Instant;

/**
 * What a web chat token grants: one user, in one conversation, until it expires.
 *
 * @param conversationId the only conversation this token may read or write
 * @param userId         the user id the bot sees for this visitor (assigned by us, never taken from the client)
 * @param expiresAt      the end of validity
 */
record DirectLineToken(String conversationId, String userId, Instant expiresAt) {
}
