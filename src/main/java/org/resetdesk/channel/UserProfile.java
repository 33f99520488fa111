package org.resetdesk.channel;

import org.resetdesk.text.Language;

/** What the bot remembers about a user across conversations: the language they last used. */
record UserProfile(Language language) {
}
